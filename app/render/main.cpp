// newsdesk-render: prints one article of a store to PDF through the preview's locked-down
// WebEngine page, without a window. newsdesk-cli (which links only the core) runs it for
// `export --format pdf`; it is not meant to be run by hand.
//
//   newsdesk-render --db STORE --out FILE.pdf [--template FOLDER] ARTICLE_ID
//
// Exit codes as the CLI's: 0 written, 1 failed (one line on stderr), 2 usage.
#include "io/PortalTime.h"
#include "preview/PdfExporter.h"
#include "preview/PreviewUrlSchemes.h"
#include "render/PortalTemplate.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "newsdesk-render: %s\n", qUtf8Printable(message));
    return 1;
}

}  // namespace

int main(int argc, char *argv[])
{
    // No display is needed: the page is laid out and printed offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    newsdesk::preview::registerPreviewUrlSchemes();
    QApplication app(argc, argv);
    newsdesk::applyAppIdentity();
    newsdesk::installTranslations(app,
        QLocale::system().language() == QLocale::English ? QLocale::English : QLocale::Vietnamese);

    QCommandLineParser parser;
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("file"));
    const QCommandLineOption folder(
        QStringLiteral("template"), QString(), QStringLiteral("folder"));
    parser.addOptions({db, out, folder});
    parser.addPositionalArgument(QStringLiteral("id"), QString());
    if (!parser.parse(QCoreApplication::arguments()) || !parser.isSet(db) || !parser.isSet(out)
        || parser.positionalArguments().size() != 1) {
        std::fprintf(
            stderr, "usage: newsdesk-render --db STORE --out FILE.pdf [--template FOLDER] ID\n");
        return 2;
    }
    bool numeric = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&numeric);
    if (!numeric)
        return failWith(QStringLiteral("the article id must be a number"));

    newsdesk::Database::Options options;
    options.path = parser.value(db);
    options.createIfMissing = false;
    options.backupBeforeUpgrade = false;
    auto store = newsdesk::Database::open(options);
    if (!store)
        return failWith(store.error().message);
    newsdesk::SystemClock clock;
    newsdesk::ArticleStore articles(*store.value(), clock);
    newsdesk::MediaStore media(*store.value(), clock);
    auto article = articles.get(id);
    if (!article)
        return failWith(article.error().message);

    newsdesk::preview::PdfJob job;
    job.article = *article;
    if (parser.isSet(folder)) {
        auto loaded = newsdesk::render::PortalTemplate::load(parser.value(folder));
        if (!loaded)
            return failWith(loaded.error().message);
        job.portalTemplate = *loaded;
    }
    job.portalZone = newsdesk::portal_time::defaultZone();
    job.media = &media;
    job.outputPath = parser.value(out);
    auto printed = newsdesk::preview::PdfExporter::run(job);
    if (!printed)
        return failWith(printed.error().message);
    return 0;
}
