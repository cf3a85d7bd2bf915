#include "AppShell.h"

#include "MainWindow.h"
#include "WorkflowBar.h"
#include "editing/AutosaveSession.h"
#include "firstrun/FirstRunAssistant.h"
#include "firstrun/SettingsDialog.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"
#include "util/Translations.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QSettings>

#include <algorithm>

namespace newsdesk {

AppShell::AppShell(ArticleStore &store, const Clock &clock, QSettings &settings)
    : m_store(store), m_clock(clock), m_settings(settings)
{
    openWindow();
}

AppShell::~AppShell() = default;

QLocale::Language AppShell::savedLanguage(const QSettings &settings)
{
    return AppSettings::languageFrom(settings);
}

AppSettings AppShell::currentSettings() const
{
    return AppSettings::load(m_settings);
}

void AppShell::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_store, m_clock);
    m_window->setCurrentLanguage(savedLanguage(m_settings));
    m_baseTitle = m_window->windowTitle();
    if (m_defaultMaxAutosaveDelay == 0)
        m_defaultMaxAutosaveDelay = m_window->autosave()->maxDelay();
    applySettings(currentSettings());
    setDemo(m_demo);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this,
        [this](QLocale::Language language) {
            // Not from inside the menu action that asked: the window is about to go away.
            QMetaObject::invokeMethod(
                this, [this, language] { switchLanguage(language); }, Qt::QueuedConnection);
        });
}

void AppShell::setDemo(bool demo)
{
    m_demo = demo;
    if (!m_window)
        return;
    m_window->setWindowTitle(demo ? tr("Demo newsroom — %1").arg(m_baseTitle) : m_baseTitle);
}

void AppShell::applySettings(const AppSettings &settings)
{
    if (!m_window)
        return;
    AutosaveSession *session = m_window->autosave();
    session->setIdleDelay(settings.autosaveIdleMs);
    // A pause longer than the longest wait would never be the one that saves.
    session->setMaxDelay(std::max(m_defaultMaxAutosaveDelay, settings.autosaveIdleMs + 500));
}

bool AppShell::switchLanguage(QLocale::Language language)
{
    const QRect geometry = m_window->geometry();
    const bool wasVisible = m_window->isVisible();
    if (!m_window->close())
        return false;  // the article could not be saved and the person chose to stay
    AppSettings::saveLanguage(m_settings, language);
    m_settings.sync();
    installTranslations(*QCoreApplication::instance(), language);
    m_window.reset();
    openWindow();
    m_window->setGeometry(geometry);
    if (wasVisible)
        m_window->show();
    return true;
}

void AppShell::switchLanguageLater(QLocale::Language language, QLocale::Language before)
{
    QMetaObject::invokeMethod(
        this,
        [this, language, before] {
            if (switchLanguage(language))
                return;
            // The window stays as it is, so its language stays too.
            AppSettings::saveLanguage(m_settings, before);
            m_settings.sync();
            installTranslations(*QCoreApplication::instance(), before);
        },
        Qt::QueuedConnection);
}

void AppShell::openSettings()
{
    if (!m_window)
        return;
    const QLocale::Language before = savedLanguage(m_settings);
    bool assistantAsked = false;
    {
        SettingsDialog dialog(m_settings, m_store.database().path(), m_window.get());
        connect(
            &dialog, &SettingsDialog::settingsChanged, this, [this](const AppSettings &settings) {
                applySettings(settings);
                Q_EMIT settingsChanged(settings);
            });
        connect(&dialog, &SettingsDialog::firstRunAssistantRequested, this,
            [&assistantAsked] { assistantAsked = true; });
        if (!m_settingsHook || m_settingsHook(dialog))
            dialog.exec();
    }
    const QLocale::Language after = savedLanguage(m_settings);
    if (after != before)
        switchLanguageLater(after, before);
    if (assistantAsked)  // after the language switch, over the new window
        QMetaObject::invokeMethod(this, &AppShell::openFirstRunAssistant, Qt::QueuedConnection);
}

void AppShell::openFirstRunAssistant()
{
    if (!m_window)
        return;
    ProfileStore profiles(m_store.database());
    QLocale::Language shown = QLocale::Vietnamese;
    QLocale::Language chosen = QLocale::Vietnamese;
    {
        FirstRunAssistant assistant(m_settings, profiles, m_window.get());
        shown = assistant.initialLanguage();
        if (!m_assistantHook || m_assistantHook(assistant))
            assistant.exec();
        chosen = assistant.language();
    }
    refreshProfile();
    if (chosen != shown)
        switchLanguageLater(chosen, shown);
}

void AppShell::refreshProfile()
{
    auto profile = m_window->workflow().profile();
    if (profile && !profile->name.isEmpty())
        m_window->autosave()->setActor(profile->name);
    m_window->refreshInbox();
    m_window->workflowBar()->refresh();
}

}  // namespace newsdesk
