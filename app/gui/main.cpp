// newsdesk: the desktop application. Parses arguments, opens the store, shows the window.
#include "MainWindow.h"

#include "store/ArticleStore.h"
#include "store/Database.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// Vietnamese is the default UI language (the first users are a Vietnamese town portal);
// NEWSDESK_LANG=en switches to English until the settings dialog exists.
QLocale::Language uiLanguage()
{
    return qEnvironmentVariable("NEWSDESK_LANG") == u"en" ? QLocale::English : QLocale::Vietnamese;
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    newsdesk::applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Newsdesk"));
    newsdesk::installTranslations(app, uiLanguage());

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
    newsdesk::MainWindow window(store, clock);
    window.show();
    if (parser.isSet(screenshotOption)) {
        QTimer::singleShot(300, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshotOption));
            window.close();
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
