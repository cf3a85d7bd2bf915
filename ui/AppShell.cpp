#include "AppShell.h"

#include "MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QSettings>

namespace newsdesk {
namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

}  // namespace

AppShell::AppShell(ArticleStore &store, const Clock &clock, QSettings &settings)
    : m_store(store), m_clock(clock), m_settings(settings)
{
    openWindow();
}

AppShell::~AppShell() = default;

QLocale::Language AppShell::savedLanguage(const QSettings &settings)
{
    return settings.value(kLanguageKey).toString() == u"en" ? QLocale::English
                                                            : QLocale::Vietnamese;
}

void AppShell::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_store, m_clock);
    m_window->setCurrentLanguage(savedLanguage(m_settings));
    connect(m_window.get(), &MainWindow::languageChangeRequested, this,
        [this](QLocale::Language language) {
            // Not from inside the menu action that asked: the window is about to go away.
            QMetaObject::invokeMethod(
                this, [this, language] { switchLanguage(language); }, Qt::QueuedConnection);
        });
}

bool AppShell::switchLanguage(QLocale::Language language)
{
    const QRect geometry = m_window->geometry();
    const bool wasVisible = m_window->isVisible();
    if (!m_window->close())
        return false;  // the article could not be saved and the person chose to stay
    m_settings.setValue(
        kLanguageKey, language == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi"));
    m_settings.sync();
    installTranslations(*QCoreApplication::instance(), language);
    m_window.reset();
    openWindow();
    m_window->setGeometry(geometry);
    if (wasVisible)
        m_window->show();
    return true;
}

}  // namespace newsdesk
