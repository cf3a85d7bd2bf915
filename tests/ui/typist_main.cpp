// newsdesk_typist: the real main window on a store, typed into by a steady "person", for the
// kill-and-recover test. It prints "typed N" after every character so the test knows how much
// was on screen when it killed the process.
//
//   newsdesk_typist --db STORE --text FILE [--interval-ms 25]   type FILE into the open article
//   newsdesk_typist --db STORE --report                          print where the window reopens
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "MainWindow.h"
#include "editing/AutosaveSession.h"
#include "preview/PreviewUrlSchemes.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QTimer>

#include <cstdio>

namespace {

void sendCharacter(QWidget *target, QChar ch)
{
    const bool newline = ch == u'\n';
    const int key = newline ? Qt::Key_Return : Qt::Key_unknown;
    const QString text = newline ? QStringLiteral("\r") : QString(ch);
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

}  // namespace

int main(int argc, char *argv[])
{
    newsdesk::preview::registerPreviewUrlSchemes();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption textOption(QStringLiteral("text"), QString(), QStringLiteral("file"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval-ms"), QString(), QStringLiteral("ms"), QStringLiteral("25"));
    const QCommandLineOption reportOption(QStringLiteral("report"));
    parser.addOptions({dbOption, textOption, intervalOption, reportOption});
    parser.process(app);

    auto db = newsdesk::Database::open(newsdesk::Database::Options {parser.value(dbOption)});
    if (!db) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(db.error().message));
        return 1;
    }
    newsdesk::SystemClock clock;
    newsdesk::ArticleStore store(*db.value(), clock);
    newsdesk::MainWindow window(store, clock);
    window.show();
    window.activateWindow();
    newsdesk::BodyEdit *body = window.editor()->bodyEdit();

    if (parser.isSet(reportOption)) {
        QTimer::singleShot(0, &app, [&] {
            const QJsonObject report {
                {QStringLiteral("article"), window.autosave()->articleId()},
                {QStringLiteral("cursor"), body->textCursor().position()},
                {QStringLiteral("text"), body->toPlainText()},
                {QStringLiteral("bodyHasFocus"), body->hasFocus()},
            };
            std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
            std::fflush(stdout);
            window.close();
            app.quit();
        });
        return app.exec();
    }

    QFile file(parser.value(textOption));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(file.fileName()));
        return 1;
    }
    const QString text = QString::fromUtf8(file.readAll());
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    qsizetype typed = 0;
    QTimer keyboard;
    keyboard.setInterval(parser.value(intervalOption).toInt());
    QObject::connect(&keyboard, &QTimer::timeout, &app, [&] {
        if (typed == text.size()) {
            keyboard.stop();
            std::puts("done");
            std::fflush(stdout);
            return;
        }
        sendCharacter(body, text[typed++]);
        std::printf("typed %lld\n", static_cast<long long>(typed));
        std::fflush(stdout);
    });
    keyboard.start();
    return app.exec();
}
