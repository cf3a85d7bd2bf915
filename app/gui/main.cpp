// newsdesk: the desktop application. Parses arguments, opens the store, shows the window.
#include "AppShell.h"
#include "MainWindow.h"
#include "preview/PreviewUrlSchemes.h"

#include "store/ArticleStore.h"
#include "store/Database.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

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

}  // namespace

int main(int argc, char *argv[])
{
    newsdesk::preview::registerPreviewUrlSchemes();
    QApplication app(argc, argv);
    newsdesk::applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Newsdesk"));
    QSettings settings;
    newsdesk::installTranslations(app, uiLanguage(settings));

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
    parser.process(app);

    newsdesk::Database::Options options;
    options.path
        = parser.isSet(dbOption) ? parser.value(dbOption) : newsdesk::Database::defaultPath();
    auto db = newsdesk::Database::open(options);
    if (!db) {
        std::fprintf(stderr, "newsdesk: %s\n", qUtf8Printable(db.error().message));
        if (qEnvironmentVariableIsEmpty("NEWSDESK_NO_DIALOGS"))
            QMessageBox::critical(nullptr,
                QApplication::translate("main", "Newsdesk cannot open the article store"),
                db.error().message);
        return 1;
    }
    newsdesk::SystemClock clock;
    newsdesk::ArticleStore store(*db.value(), clock);
    newsdesk::AppShell shell(store, clock, settings);
    shell.window()->setCurrentLanguage(uiLanguage(settings));
    shell.window()->show();
    if (parser.isSet(screenshotOption)) {
        QTimer::singleShot(300, &shell, [&] {
            const bool saved = shell.window()->grab().save(parser.value(screenshotOption));
            shell.window()->close();
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
