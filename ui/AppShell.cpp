#include "AppShell.h"

#include "MainWindow.h"
#include "PortalSession.h"
#include "WorkflowBar.h"
#include "backup/BackupWorker.h"
#include "backup/BackupsDialog.h"
#include "editing/AutosaveSession.h"
#include "firstrun/FirstRunAssistant.h"
#include "firstrun/SettingsDialog.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"
#include "util/Translations.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QDir>
#include <QEventLoopLocker>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace newsdesk {

AppShell::AppShell(ArticleStore &store, const Clock &clock, QSettings &settings)
    : m_store(store), m_clock(clock), m_settings(settings),
      m_portal(std::make_unique<PortalSession>(store.database(), clock))
{
    connect(m_portal.get(), &PortalSession::accountChanged, this, [this] {
        if (m_window)
            refreshProfile();
    });
    openWindow();
}

AppShell::~AppShell()
{
    if (m_window)
        m_window->saveLayout(m_settings);  // geometry, docks, splitter, preview width
}

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
    m_window->restoreLayout(m_settings);
    applySettings(currentSettings());
    setDemo(m_demo);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this,
        [this](QLocale::Language language) {
            // Not from inside the menu action that asked: the window is about to go away.
            QMetaObject::invokeMethod(
                this, [this, language] { switchLanguage(language); }, Qt::QueuedConnection);
        });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppShell::openSettings);
    connect(m_window.get(), &MainWindow::backupsRequested, this, &AppShell::openBackups);
    m_portal->attach(m_window.get());
}

BackupOptions AppShell::backupOptions() const
{
    const AppSettings settings = currentSettings();
    BackupOptions options;
    options.keep = settings.backupKeep;
    if (!m_demo)
        options.folder = settings.backupFolder;  // the demo's: beside the demo store
    return options;
}

void AppShell::showStatusMessage(const QString &text, int timeoutMs)
{
    if (m_window)
        m_window->statusBar()->showMessage(text, timeoutMs);
}

void AppShell::openBackups()
{
    if (!m_window)
        return;
    // What was typed a moment ago belongs in a backup made now.
    if (m_window->autosave()->hasUnsavedChanges())
        (void)m_window->autosave()->saveNow();  // a failure shows in the window already
    QString chosen;
    {
        BackupsDialog dialog(m_store.database().path(), m_clock, backupOptions(), m_window.get());
        connect(&dialog, &BackupsDialog::restoreRequested, this,
            [&chosen](const QString &backupPath) { chosen = backupPath; });
        if (!m_backupsHook || m_backupsHook(dialog))
            dialog.exec();
    }
    if (chosen.isEmpty())
        return;
    // Not from inside the dialog or the menu action that opened it: the window goes away.
    QMetaObject::invokeMethod(
        this, [this, chosen] { (void)restoreBackup(chosen); }, Qt::QueuedConnection);
}

Result<RestoreOutcome> AppShell::restoreBackup(const QString &nameOrPath)
{
    if (!m_window)
        return makeError(ErrorCode::Internal, tr("The main window is not open."));
    const QString storePath = m_store.database().path();
    const BackupOptions options = backupOptions();
    const QRect geometry = m_window->geometry();
    const bool wasVisible = m_window->isVisible();
    // The main window closes for a moment: that must not end the program.
    const QEventLoopLocker keepRunning;

    QProgressDialog progress;
    progress.setWindowTitle(tr("Restoring a backup"));
    progress.setLabelText(tr("Saving the open article…"));
    progress.setCancelButton(nullptr);
    progress.setRange(0, 0);  // busy, no percentage
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumWidth(420);
    if (wasVisible) {
        progress.show();
        progress.move(geometry.center() - progress.rect().center());
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }

    if (!m_window->close()) {  // saves the open article; refused when the person stays
        return makeError(ErrorCode::InvalidInput,
            tr("Nothing was restored: the open article could not be saved."));
    }
    m_window->saveLayout(m_settings);
    m_window.reset();

    progress.setLabelText(tr("Restoring the backup… This can take a few seconds."));
    const Clock &clock = m_clock;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<RestoreOutcome> restored = backup_work::runOffThread<Result<RestoreOutcome>>(
        [storePath, nameOrPath, options, &clock] {
            return StoreBackup::restore(storePath, nameOrPath, options, clock);
        });
    QApplication::restoreOverrideCursor();

    // Restored or not, a new window reads the store as it is now.
    openWindow();
    m_window->setGeometry(geometry);
    if (wasVisible)
        m_window->show();
    progress.close();

    if (!restored) {
        const QString message = restored.error().message;
        showStatusMessage(message);
        if (m_warningHook)
            m_warningHook(message);
        else
            QMessageBox::warning(m_window.get(), tr("The backup was not restored"), message);
        return restored;
    }
    const BackupInfo &backup = restored->restored;
    QString text = tr("Restored the backup of %1 (%n article(s)).", nullptr, backup.articleCount)
                       .arg(BackupsDialog::shownTime(backup));
    if (restored->madeSafetyCopy)
        text += u' '
            + tr("The articles from before the restore are in the backup %1.")
                  .arg(QDir::toNativeSeparators(restored->safetyCopy.path));
    showStatusMessage(text);
    return restored;
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
    m_window->applySettings(settings);  // photos, preview template, spelling
}

bool AppShell::switchLanguage(QLocale::Language language)
{
    const QRect geometry = m_window->geometry();
    const bool wasVisible = m_window->isVisible();
    if (!m_window->close())
        return false;  // the article could not be saved and the person chose to stay
    AppSettings::saveLanguage(m_settings, language);
    m_window->saveLayout(m_settings);
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
