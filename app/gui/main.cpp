// newsdesk: the desktop application. Parses arguments, opens the store, shows the window.
#include "AppShell.h"
#include "MainWindow.h"
#include "PortalSession.h"
#include "backup/BackupWorker.h"
#include "firstrun/AppSettings.h"
#include "firstrun/FirstRunAssistant.h"
#include "preview/PreviewUrlSchemes.h"

#include "demo/DemoNewsroom.h"
#include "io/PortalTime.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "util/LogCategories.h"
#include "util/LogFile.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Vietnamese is the default UI language (the first users are a Vietnamese town portal); the
// person picks another in Settings > Interface language. NEWSDESK_LANG=en|vi overrides the
// saved choice (for screenshots and tests).
QLocale::Language uiLanguage(const QSettings &settings)
{
    const QString forced = qEnvironmentVariable("NEWSDESK_LANG");
    if (forced == u"en")
        return QLocale::English;
    if (forced == u"vi")
        return QLocale::Vietnamese;
    return newsdesk::AppShell::savedLanguage(settings);
}

// The first-run assistant opens before the main window until it has been finished or skipped
// once — but never for screenshots, scripts and tests (NEWSDESK_NO_DIALOGS, or
// NEWSDESK_SKIP_FIRST_RUN=1), nor in the demo newsroom, whose people are already set up.
bool firstRunWanted(const QSettings &settings, bool screenshot, bool demo)
{
    if (screenshot || demo || !qEnvironmentVariableIsEmpty("NEWSDESK_NO_DIALOGS")
        || qEnvironmentVariableIntValue("NEWSDESK_SKIP_FIRST_RUN") != 0)
        return false;
    return newsdesk::FirstRunAssistant::isDue(settings);
}

}  // namespace

int main(int argc, char *argv[])
{
    newsdesk::preview::registerPreviewUrlSchemes();
    QApplication app(argc, argv);
    newsdesk::applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Newsdesk"));
    QSettings settings(QSettings::UserScope, newsdesk::settingsOrganization(),
        QCoreApplication::applicationName());
    newsdesk::installTranslations(app, uiLanguage(settings));
    // The GUI always keeps a log (see docs/BACKUPS.md); without one it still runs.
    if (auto logged = newsdesk::LogFile::install({}); !logged)
        std::fprintf(stderr, "newsdesk: %s\n", qUtf8Printable(logged.error().message));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Newsroom editor for portal articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "Open the article store at <path>."),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    // For documentation and tests: show the window, save a picture of it, quit.
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot of the main window to <file> and quit."),
        QStringLiteral("file"));
    parser.addOption(screenshotOption);
    // Sample articles in every workflow state, in a store of its own: the real one is not
    // opened at all.
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main",
            "Open the demo newsroom: sample articles in every workflow state, kept apart from "
            "your own articles."));
    parser.addOption(demoOption);
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    if (demo && parser.isSet(dbOption)) {
        std::fprintf(stderr, "newsdesk: %s\n",
            qUtf8Printable(QApplication::translate(
                "main", "--demo opens a store of its own and cannot be combined with --db.")));
        return 2;
    }
    auto db = [&]() -> newsdesk::Result<std::unique_ptr<newsdesk::Database>> {
        if (demo)
            return newsdesk::DemoNewsroom::open(newsdesk::DemoNewsroom::defaultPath(),
                QDateTime::currentDateTimeUtc(), newsdesk::portal_time::defaultZone());
        newsdesk::Database::Options options;
        options.path
            = parser.isSet(dbOption) ? parser.value(dbOption) : newsdesk::Database::defaultPath();
        // The backup before a schema upgrade goes where the person keeps backups.
        const newsdesk::AppSettings preferences = newsdesk::AppSettings::load(settings);
        options.backupFolder = preferences.backupFolder;
        options.backupKeep = preferences.backupKeep;
        return newsdesk::Database::open(options);
    }();
    if (!db) {
        qCWarning(newsdesk::lcApp) << "cannot open the store:" << db.error().detail;
        std::fprintf(stderr, "newsdesk: %s\n", qUtf8Printable(db.error().message));
        if (qEnvironmentVariableIsEmpty("NEWSDESK_NO_DIALOGS"))
            QMessageBox::critical(nullptr,
                QApplication::translate("main", "Newsdesk cannot open the article store"),
                db.error().message);
        return 1;
    }
    if (firstRunWanted(settings, parser.isSet(screenshotOption), demo)) {
        newsdesk::ProfileStore profiles(*db.value());
        newsdesk::FirstRunAssistant assistant(settings, profiles);
        assistant.exec();  // finished or skipped, it has saved what it should
    }
    newsdesk::SystemClock clock;
    newsdesk::ArticleStore store(*db.value(), clock);
    newsdesk::AppShell shell(store, clock, settings);
    shell.setDemo(demo);
    shell.window()->setCurrentLanguage(uiLanguage(settings));
    shell.window()->show();
    qCInfo(newsdesk::lcApp) << "started" << NEWSDESK_VERSION << "store" << db.value()->path()
                            << (demo ? "(demo)" : "");

    // The daily backup, once the window is up and off the GUI thread: it never delays the
    // start, and a failure is said once in the status bar. Not for screenshots (they must not
    // add backups to the person's folder) nor for the demo newsroom (nothing of value to keep;
    // its Backups window still works, on the demo's own folder).
    std::unique_ptr<newsdesk::DailyBackup> daily;
    if (!parser.isSet(screenshotOption) && !demo) {
        // The portal password from the keychain, then sync in the background.
        QTimer::singleShot(0, shell.portal(), &newsdesk::PortalSession::start);
        daily = std::make_unique<newsdesk::DailyBackup>(
            db.value()->path(), shell.backupOptions(), clock);
        QObject::connect(
            daily.get(), &newsdesk::DailyBackup::failed, &shell, [&shell](const QString &message) {
                shell.showStatusMessage(
                    QApplication::translate("main", "The daily backup could not be made: %1")
                        .arg(message));
            });
        QTimer::singleShot(1000, daily.get(), &newsdesk::DailyBackup::start);
    }
    if (parser.isSet(screenshotOption)) {
        QTimer::singleShot(300, &shell, [&] {
            const bool saved = shell.window()->grab().save(parser.value(screenshotOption));
            shell.window()->close();
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    const int status = app.exec();
    daily.reset();  // waits for a backup still being written
    qCInfo(newsdesk::lcApp) << "quit";
    newsdesk::LogFile::uninstall();
    return status;
}
