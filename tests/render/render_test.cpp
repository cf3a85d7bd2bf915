// Portal templates: the built-in page, custom folders, what load() refuses, assets, the exported
// page and "Copy for the portal".
#include "TestStore.h"
#include "html/MediaUrl.h"
#include "io/ArticleExporter.h"
#include "io/PortalTime.h"
#include "render/ArticlePage.h"
#include "render/PortalHandOff.h"
#include "render/PortalTemplate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace newsdesk;
using namespace newsdesk::render;

namespace {

const QString kTemplates = QStringLiteral(NEWSDESK_TEST_DATA_DIR "/templates");

QString customFolder()
{
    return kTemplates + QStringLiteral("/custom");
}

Article sampleArticle()
{
    Article article;
    article.uuid = QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001");
    article.content.title = QStringLiteral("Mường Lay đổi mới");
    article.content.summary = QStringLiteral("Thị xã tổng kết một năm.");
    article.content.bodyHtml = QStringLiteral(
        "<p>Đoạn một.</p>\n"
        "<figure><img src=\"newsdesk-media:aa11\" alt=\"Ảnh\"><figcaption>Chú thích</figcaption>"
        "</figure>\n<p>Đoạn hai.</p>");
    article.content.author = QStringLiteral("Nguyễn Văn A");
    article.publishAt = QDateTime(QDate(2021, 1, 15), QTime(13, 56, 49), Qt::UTC);
    return article;
}

PageOptions pageOptions()
{
    PageOptions options;
    options.portalZone = portal_time::defaultZone();
    return options;
}

QString between(const QString &text, const QString &start, const QString &end)
{
    const qsizetype from = text.indexOf(start);
    if (from < 0)
        return QStringLiteral("<missing>");
    const qsizetype to = text.indexOf(end, from + start.size());
    return text.mid(from + start.size(), to - from - start.size());
}

// A template folder written for one test.
class TemplateFolder {
public:
    TemplateFolder()
    {
        write(QStringLiteral("page.html"),
            "<html><head>{{stylesheet}}</head><body><h1>{{title}}</h1>{{body}}</body></html>");
    }
    void write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    void remove(const QString &name) { QFile::remove(m_dir.filePath(name)); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // The error message of load(), or "<loaded>".
    QString loadError() const
    {
        auto loaded = PortalTemplate::load(path());
        return loaded ? QStringLiteral("<loaded>") : loaded.error().message;
    }

private:
    QTemporaryDir m_dir;
};

}  // namespace

TEST(PortalTemplate, BuiltInLoadsFromTheResources)
{
    const PortalTemplate builtIn = PortalTemplate::builtIn();
    EXPECT_EQ(builtIn.folder(), QStringLiteral(":/portal-template"));
    EXPECT_FALSE(builtIn.name().isEmpty());
    EXPECT_EQ(builtIn.styleSheets(), QStringList {QStringLiteral("style.css")});
    const auto css = builtIn.asset(QStringLiteral("style.css"));
    ASSERT_TRUE(css.has_value());
    EXPECT_TRUE(css->contains("#a3161a"));
    EXPECT_TRUE(css->contains("@page"));
    EXPECT_FALSE(builtIn.asset(QStringLiteral("../portal-template/page.html")).has_value());
    // A default-constructed template is the built-in one.
    EXPECT_EQ(PortalTemplate().folder(), builtIn.folder());
}

TEST(ArticlePage, BuiltInTemplateShowsEachPartWithItsClass)
{
    PageOptions options = pageOptions();
    options.portalName = QStringLiteral("Cổng thông tin điện tử thị xã Mường Lay");
    options.mapImageSource
        = [](const QString &src) -> QString { return QStringLiteral("mapped/") + src; };
    const QString page = articlePage(sampleArticle(), options);

    EXPECT_EQ(between(page, QStringLiteral("<div class=\"portal-name\">"), QStringLiteral("<")),
        QStringLiteral("Cổng thông tin điện tử thị xã Mường Lay"));
    EXPECT_EQ(between(page, QStringLiteral("<h1 class=\"article-title\">"), QStringLiteral("<")),
        QStringLiteral("Mường Lay đổi mới"));
    EXPECT_EQ(between(page, QStringLiteral("<p class=\"posting-time\">"), QStringLiteral("<")),
        QStringLiteral("Thời gian đăng: 15/01/2021 08:56:49 PM"));
    EXPECT_EQ(between(page, QStringLiteral("<p class=\"article-summary\">"), QStringLiteral("<")),
        QStringLiteral("Thị xã tổng kết một năm."));
    EXPECT_EQ(between(page, QStringLiteral("<p class=\"article-author\">"), QStringLiteral("<")),
        QStringLiteral("Tác giả: Nguyễn Văn A"));
    const QString body
        = between(page, QStringLiteral("<div class=\"article-body\">"), QStringLiteral("</div>"));
    EXPECT_TRUE(body.contains(QStringLiteral(
        "<img src=\"mapped/newsdesk-media:aa11\" alt=\"Ảnh\"><figcaption>Chú thích</figcaption>")))
        << body.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("<p>Đoạn hai.</p>")));

    // Reading order: banner, title, time, summary, body, author.
    QList<qsizetype> positions;
    for (const char *cls : {"portal-name", "article-title", "posting-time", "article-summary",
             "article-body", "article-author"})
        positions.append(page.indexOf(QStringLiteral("class=\"") + QString::fromLatin1(cls)));
    for (qsizetype i = 0; i < positions.size(); ++i) {
        EXPECT_GE(positions[i], 0) << i;
        if (i > 0) {
            EXPECT_LT(positions[i - 1], positions[i]) << i;
        }
    }
    EXPECT_TRUE(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"vi\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("<title>Mường Lay đổi mới</title>")));
}

TEST(ArticlePage, EmptySectionsAreLeftOut)
{
    Article article = sampleArticle();
    article.publishAt = {};
    article.content.summary.clear();
    article.content.author = QStringLiteral("  ");
    const QString page = articlePage(article, pageOptions());
    EXPECT_TRUE(page.contains(QStringLiteral("class=\"article-title\"")));
    EXPECT_TRUE(page.contains(QStringLiteral("class=\"article-body\"")));
    for (const char *cls : {"posting-time", "article-summary", "article-author"})
        EXPECT_FALSE(page.contains(QStringLiteral("class=\"") + QString::fromLatin1(cls))) << cls;
    // No portal name given: the built-in template's own banner text.
    EXPECT_TRUE(page.contains(QStringLiteral("Cổng thông tin điện tử")));
    EXPECT_FALSE(page.contains(QStringLiteral("Thời gian đăng")));
    EXPECT_FALSE(page.contains(QStringLiteral("Tác giả")));
}

TEST(ArticlePage, TitleAndAuthorStayText)
{
    Article article = sampleArticle();
    article.content.title = QStringLiteral("<script>alert(1)</script> & \"{{body}}\"");
    article.content.author = QStringLiteral("A <b>&</b> B");
    article.content.summary = QStringLiteral("{{title}}");
    PageOptions options = pageOptions();
    options.portalName = QStringLiteral("<i>Cổng</i>");
    const QString page = articlePage(article, options);
    EXPECT_FALSE(page.contains(QStringLiteral("<script")));
    EXPECT_FALSE(page.contains(QStringLiteral("<b>")));
    EXPECT_FALSE(page.contains(QStringLiteral("<i>")));
    EXPECT_EQ(
        between(page, QStringLiteral("<h1 class=\"article-title\">"), QStringLiteral("</h1>")),
        QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;{{body}}&quot;"));
    EXPECT_TRUE(page.contains(QStringLiteral("Tác giả: A &lt;b&gt;&amp;&lt;/b&gt; B")));
    // Values are never expanded again.
    EXPECT_TRUE(page.contains(QStringLiteral("<p class=\"article-summary\">{{title}}</p>")));
    EXPECT_EQ(page.count(QStringLiteral("<p>Đoạn một.</p>")), 1);
}

TEST(ArticlePage, InvalidZoneFallsBackToThePortalDefault)
{
    const QString page = articlePage(sampleArticle(), PageOptions {});
    EXPECT_TRUE(page.contains(QStringLiteral("Thời gian đăng: 15/01/2021 08:56:49 PM")));
}

TEST(ArticlePage, BuiltInPageLoadsNothingRemote)
{
    Article article = sampleArticle();
    const QString page = articlePage(article, pageOptions());
    EXPECT_FALSE(page.contains(QStringLiteral("http:"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("https:"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("@import")));
    EXPECT_FALSE(page.contains(QStringLiteral("<link")));
    EXPECT_FALSE(page.contains(QStringLiteral("<script")));
}

TEST(ArticlePage, InlineCopiesTheStyleSheetLinkedPointsAtTheBaseUrl)
{
    const Article article = sampleArticle();
    PageOptions inlineOptions = pageOptions();
    const QString inlined = articlePage(article, inlineOptions);
    EXPECT_TRUE(inlined.contains(QStringLiteral("<style>")));
    EXPECT_TRUE(inlined.contains(QStringLiteral("#a3161a")));
    EXPECT_FALSE(inlined.contains(QStringLiteral("<link")));

    PageOptions linkedOptions = pageOptions();
    linkedOptions.assets = PageOptions::Assets::Linked;
    linkedOptions.assetBaseUrl = QStringLiteral("newsdesk-preview://template/");
    const QString linked = articlePage(article, linkedOptions);
    EXPECT_TRUE(linked.contains(
        QStringLiteral("<link rel=\"stylesheet\" href=\"newsdesk-preview://template/style.css\">")))
        << linked.toStdString();
    EXPECT_FALSE(linked.contains(QStringLiteral("<style")));
    EXPECT_FALSE(linked.contains(QStringLiteral("#a3161a")));
}

TEST(PortalTemplate, CustomFolderRendersWithItsOwnMarkup)
{
    auto loaded = PortalTemplate::load(customFolder());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->name(), QStringLiteral("Mẫu thử nghiệm"));
    EXPECT_EQ(loaded->defaultPortalName(), QStringLiteral("Cổng TTĐT thị xã Mẫu"));
    EXPECT_EQ(loaded->styleSheets(),
        (QStringList {QStringLiteral("css/site.css"), QStringLiteral("print.css")}));

    const QString page = articlePage(sampleArticle(), *loaded, pageOptions());
    EXPECT_TRUE(
        page.contains(QStringLiteral("<title>Mường Lay đổi mới - Cổng TTĐT thị xã Mẫu</title>")));
    EXPECT_TRUE(
        page.contains(QStringLiteral("<span class=\"portal-name\">Cổng TTĐT thị xã Mẫu</span>")));
    EXPECT_TRUE(page.contains(
        QStringLiteral("Ngày đăng: <span class=\"posting-time\">15/01/2021 08:56:49 PM</span>")));
    EXPECT_TRUE(
        page.contains(QStringLiteral("<span class=\"article-author\">Nguyễn Văn A</span>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<a href=\"https://example.gov.vn/\">")));

    PageOptions named = pageOptions();
    named.portalName = QStringLiteral("Cổng khác");
    EXPECT_TRUE(articlePage(sampleArticle(), *loaded, named)
                    .contains(QStringLiteral("<span class=\"portal-name\">Cổng khác</span>")));

    Article bare = sampleArticle();
    bare.publishAt = {};
    bare.content.author.clear();
    const QString barePage = articlePage(bare, *loaded, pageOptions());
    EXPECT_FALSE(barePage.contains(QStringLiteral("Ngày đăng")));
    EXPECT_FALSE(barePage.contains(QStringLiteral("byline")));
}

TEST(PortalTemplate, InlineTurnsFontAndImageUrlsIntoDataUrls)
{
    auto loaded = PortalTemplate::load(customFolder());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const QString page = articlePage(sampleArticle(), *loaded, pageOptions());
    const auto font = loaded->asset(QStringLiteral("fonts/test.woff2"));
    const auto logo = loaded->asset(QStringLiteral("img/logo.png"));
    ASSERT_TRUE(font && logo);
    const QString fontUrl = QStringLiteral("url(\"data:font/woff2;base64,")
        + QString::fromLatin1(font->toBase64()) + QStringLiteral("\")");
    const QString logoData
        = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(logo->toBase64());
    EXPECT_EQ(page.count(fontUrl), 2) << page.toStdString();  // with and without "?#iefix"
    EXPECT_TRUE(page.contains(QStringLiteral("url(\"") + logoData + QStringLiteral("\")")));
    EXPECT_TRUE(page.contains(QStringLiteral("<img class=\"logo\" src=\"") + logoData));
    EXPECT_TRUE(page.contains(QStringLiteral("url(\"#shape\")")));
    EXPECT_FALSE(page.contains(QStringLiteral("../fonts")));
    EXPECT_FALSE(page.contains(QStringLiteral("<link")));
    EXPECT_TRUE(page.contains(QStringLiteral("@page { size: A4; margin: 20mm; }")));

    PageOptions linkedOptions = pageOptions();
    linkedOptions.assets = PageOptions::Assets::Linked;
    linkedOptions.assetBaseUrl = QStringLiteral("newsdesk-preview://template/");
    const QString linked = articlePage(sampleArticle(), *loaded, linkedOptions);
    EXPECT_TRUE(linked.contains(QStringLiteral(
        "<link rel=\"stylesheet\" href=\"newsdesk-preview://template/css/site.css\">\n"
        "<link rel=\"stylesheet\" href=\"newsdesk-preview://template/print.css\">")));
    EXPECT_TRUE(linked.contains(
        QStringLiteral("<img class=\"logo\" src=\"newsdesk-preview://template/img/logo.png\"")));
    EXPECT_FALSE(linked.contains(QStringLiteral("data:")));
}

TEST(PortalTemplate, AssetRefusesAnythingOutsideTheFolder)
{
    TemplateFolder folder;
    folder.write(QStringLiteral("img/a.png"), "png");
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("secret.txt")));
    ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
    ASSERT_TRUE(QFile::link(secret.fileName(), folder.filePath(QStringLiteral("img/link.png"))));
    ASSERT_TRUE(QFile::link(outside.path(), folder.filePath(QStringLiteral("out"))));
    auto loaded = PortalTemplate::load(folder.path());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();

    EXPECT_EQ(loaded->asset(QStringLiteral("img/a.png")), QByteArray("png"));
    EXPECT_EQ(loaded->asset(QStringLiteral("./img/../img/a.png")), QByteArray("png"));
    EXPECT_TRUE(loaded->asset(QStringLiteral("page.html")).has_value());
    const QString relativeOut = QStringLiteral("../") + QFileInfo(outside.path()).fileName()
        + QStringLiteral("/secret.txt");
    for (const QString &path :
        {relativeOut, QStringLiteral("img/../../x"), QStringLiteral(".."), QStringLiteral(""),
            QStringLiteral("img"), secret.fileName(), QStringLiteral("/etc/passwd"),
            QStringLiteral("img\\a.png"), QStringLiteral("C:/x.png"),
            QStringLiteral(":/portal-template/page.html"), QStringLiteral("img/link.png"),
            QStringLiteral("out/secret.txt"), QStringLiteral("img/missing.png")})
        EXPECT_FALSE(loaded->asset(path).has_value()) << path.toStdString();

    const PortalTemplate builtIn = PortalTemplate::builtIn();
    EXPECT_FALSE(builtIn.asset(QStringLiteral("../i18n/newsdesk_vi.qm")).has_value());
    EXPECT_FALSE(builtIn.asset(QStringLiteral(":/i18n/newsdesk_vi.qm")).has_value());
}

TEST(PortalTemplate, MimeTypes)
{
    const std::map<QString, QString> expected {
        {QStringLiteral("style.css"), QStringLiteral("text/css")},
        {QStringLiteral("fonts/a.woff2"), QStringLiteral("font/woff2")},
        {QStringLiteral("fonts/a.woff"), QStringLiteral("font/woff")},
        {QStringLiteral("fonts/a.TTF"), QStringLiteral("font/ttf")},
        {QStringLiteral("fonts/a.otf"), QStringLiteral("font/otf")},
        {QStringLiteral("img/a.png"), QStringLiteral("image/png")},
        {QStringLiteral("img/a.jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("img/a.jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("img/a.svg"), QStringLiteral("image/svg+xml")},
        {QStringLiteral("img/a.webp"), QStringLiteral("image/webp")},
        {QStringLiteral("img/a.gif"), QStringLiteral("image/gif")},
        {QStringLiteral("README"), QStringLiteral("application/octet-stream")},
    };
    for (const auto &[path, type] : expected)
        EXPECT_EQ(PortalTemplate::mimeTypeFor(path), type) << path.toStdString();
}

TEST(PortalTemplate, LoadExplainsWhatIsWrongAndNamesTheFile)
{
    const auto expectError = [](TemplateFolder &folder, const QString &file, const QString &words) {
        const QString message = folder.loadError();
        EXPECT_TRUE(message.contains(QDir::toNativeSeparators(folder.filePath(file))))
            << message.toStdString();
        EXPECT_TRUE(message.contains(words)) << message.toStdString();
    };
    {
        TemplateFolder folder;
        EXPECT_EQ(folder.loadError(), QStringLiteral("<loaded>"));
        folder.remove(QStringLiteral("page.html"));
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("missing"));
    }
    {
        TemplateFolder folder;  // a folder where the file should be: cannot be read
        folder.remove(QStringLiteral("page.html"));
        QDir(folder.path()).mkdir(QStringLiteral("page.html"));
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("Cannot read"));
    }
    {
        TemplateFolder folder;
        folder.write(QStringLiteral("page.html"), "<h1>{{title}}</h1>");
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("{{body}}"));
        folder.write(QStringLiteral("page.html"), "{{body}}");
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("{{title}}"));
    }
    {
        TemplateFolder folder;
        folder.write(QStringLiteral("page.html"), "{{title}}{{body}} \xC3\x28 Vi\xE1\xBB");
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("UTF-8"));
    }
    {
        TemplateFolder folder;
        folder.write(QStringLiteral("page.html"),
            "{{title}}{{body}}" + QByteArray(PortalTemplate::kMaxPageBytes, ' '));
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("too big"));
    }
    {
        TemplateFolder folder;
        folder.write(QStringLiteral("page.html"), "{{title}}\n{{body}}\n{{titel}}");
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("line 3"));
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("{{titel}}"));
        folder.write(QStringLiteral("page.html"), "{{title}}{{body}}{{#summary}}<p>{{summary}}");
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("{{#summary}}"));
        folder.write(QStringLiteral("page.html"), "{{title}}{{body}}{{#summary}}{{/author}}");
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("{{/author}}"));
        folder.write(QStringLiteral("page.html"), "{{title}}{{body}}\n{{summary");
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("line 2"));
    }
    {
        TemplateFolder folder;
        for (const QByteArray &page : {
                 QByteArray("<link rel=\"stylesheet\" href=\"https://cdn.example/x.css\">"),
                 QByteArray("<img src=\"http://tracker.example/p.gif\">"),
                 QByteArray("<img src='//tracker.example/p.gif'>"),
                 QByteArray("<img src=img/logo.png>"),
                 QByteArray("<img src=\"{{title}}\">"),
                 QByteArray("<img srcset=\"{{asset:a.png}} 1x, https://x.example/b.png 2x\">"),
                 QByteArray("<script src=\"{{asset:a.js}}\"></script>"),
                 QByteArray("<iframe></iframe>"),
                 QByteArray("<base href=\"https://x.example/\">"),
                 QByteArray("<meta http-equiv=\"refresh\" content=\"0;url=https://x.example\">"),
                 QByteArray("<style>@import url(x.css);</style>"),
                 QByteArray("<style>body { background: url(https://x.example/b.png) }</style>"),
                 QByteArray("<div style=\"background:url('https://x.example/b.png')\"></div>"),
             }) {
            folder.write(QStringLiteral("page.html"), "{{title}}{{body}}" + page);
            expectError(folder, QStringLiteral("page.html"), QStringLiteral("may only load"));
        }
        folder.write(QStringLiteral("a.png"), "png");
        folder.write(QStringLiteral("page.html"),
            "{{title}}{{body}}<a href=\"https://portal.example/\">x</a>"
            "<img src=\"{{asset:a.png}}\"><img src=\"data:image/png;base64,AA==\">");
        EXPECT_EQ(folder.loadError(), QStringLiteral("<loaded>"));
        folder.write(QStringLiteral("page.html"), "{{title}}{{body}}<img src=\"{{asset:b.png}}\">");
        expectError(folder, QStringLiteral("page.html"), QStringLiteral("b.png"));
    }
    {
        TemplateFolder folder;
        folder.write(QStringLiteral("style.css"), "@import url(\"other.css\");");
        expectError(folder, QStringLiteral("style.css"), QStringLiteral("@import"));
        folder.write(
            QStringLiteral("style.css"), "body { background: url(https://x.example/b.png) }");
        expectError(folder, QStringLiteral("style.css"), QStringLiteral("https://x.example/b.png"));
        folder.write(QStringLiteral("style.css"), "@font-face { src: url(fonts/none.woff2) }");
        expectError(folder, QStringLiteral("style.css"), QStringLiteral("fonts/none.woff2"));
        folder.write(QStringLiteral("style.css"), "@font-face { src: url(../../etc/x.woff2) }");
        expectError(folder, QStringLiteral("style.css"), QStringLiteral("may only load"));
        folder.write(QStringLiteral("style.css"), "b { color: red } \xFF");
        expectError(folder, QStringLiteral("style.css"), QStringLiteral("UTF-8"));
    }
    {
        TemplateFolder folder;
        folder.write(QStringLiteral("template.json"), "{ not json");
        expectError(folder, QStringLiteral("template.json"), QStringLiteral("manifest"));
        folder.write(QStringLiteral("template.json"), R"({"stylesheets": ["../outside.css"]})");
        expectError(folder, QStringLiteral("template.json"), QStringLiteral("../outside.css"));
        folder.write(QStringLiteral("template.json"), R"({"stylesheets": ["missing.css"]})");
        expectError(folder, QStringLiteral("template.json"), QStringLiteral("missing.css"));
        folder.write(QStringLiteral("template.json"), R"({"name": "Tên", "stylesheets": []})");
        auto loaded = PortalTemplate::load(folder.path());
        ASSERT_TRUE(loaded.ok());
        EXPECT_EQ(loaded->name(), QStringLiteral("Tên"));
    }
    {
        const QString missing = QDir::temp().filePath(QStringLiteral("newsdesk-no-such-template"));
        auto loaded = PortalTemplate::load(missing);
        ASSERT_FALSE(loaded.ok());
        EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
        EXPECT_TRUE(loaded.error().message.contains(QDir::toNativeSeparators(missing)));
    }
}

TEST(PortalTemplate, NameFallsBackToTheFolderName)
{
    TemplateFolder folder;
    auto loaded = PortalTemplate::load(folder.path());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->name(), QFileInfo(folder.path()).fileName());
    EXPECT_TRUE(loaded->styleSheets().isEmpty());
    auto withSlash = PortalTemplate::load(folder.path() + u'/');
    ASSERT_TRUE(withSlash.ok());
    EXPECT_EQ(withSlash->name(), loaded->name());
    // Without {{stylesheet}} or style.css the page is just the markup.
    const QString page = articlePage(sampleArticle(), *loaded, pageOptions());
    EXPECT_TRUE(
        page.startsWith(QStringLiteral("<html><head></head><body><h1>Mường Lay đổi mới</h1><p>")));
}

TEST(ArticlePage, LongArticleWithManyPhotosRendersWhole)
{
    Article article = sampleArticle();
    QString body;
    int photos = 0;
    for (int paragraph = 0; paragraph < 100; ++paragraph) {
        body += QStringLiteral("<p>");
        for (int word = 0; word < 50; ++word)
            body += QStringLiteral("chữ%1 ").arg(paragraph * 50 + word);
        body += QStringLiteral("</p>\n");
        if (paragraph % 5 == 4) {
            body += QStringLiteral("<figure><img src=\"newsdesk-media:%1\" alt=\"Ảnh %2\">"
                                   "<figcaption>Chú thích %2</figcaption></figure>\n")
                        .arg(QString::number(photos, 16).rightJustified(64, u'0'))
                        .arg(photos);
            ++photos;
        }
    }
    ASSERT_EQ(photos, 20);
    article.content.bodyHtml = body;
    int mapped = 0;
    PageOptions options = pageOptions();
    options.mapImageSource = [&](const QString &src) -> QString {
        ++mapped;
        return QStringLiteral("media/") + html::mediaSha(QStringView(src)) + QStringLiteral(".jpg");
    };
    const QString page = articlePage(article, options);
    EXPECT_EQ(mapped, 20);
    EXPECT_EQ(page.count(QStringLiteral("<img src=\"media/")), 20);
    EXPECT_EQ(page.count(QStringLiteral("newsdesk-media:")), 0);
    EXPECT_TRUE(page.contains(QStringLiteral("chữ0 ")));
    EXPECT_TRUE(page.contains(QStringLiteral("chữ4999 ")));
    EXPECT_TRUE(page.contains(QStringLiteral("Chú thích 19")));
    EXPECT_LT(page.indexOf(QStringLiteral("chữ4999 ")), page.indexOf(QStringLiteral("Tác giả")));
}

TEST(PortalHandOff, HtmlHasTheLinesAndEmbeddedPhotos)
{
    const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAA"
                                                  "DElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC");
    Article article = sampleArticle();
    article.content.bodyHtml += QStringLiteral(
        "\n<figure><img src=\"newsdesk-media:bb22\" alt=\"Mất\"><figcaption>Ảnh mất</figcaption>"
        "</figure>\n<p><img src=\"https://example.vn/a.jpg\" alt=\"\"></p>");
    QStringList asked;
    const PortalHandOff handOff
        = portalHandOff(article, [&](const QString &sha) -> std::optional<QByteArray> {
              asked.append(sha);
              if (sha == u"aa11")
                  return png;
              return std::nullopt;
          });
    EXPECT_EQ(asked, (QStringList {QStringLiteral("aa11"), QStringLiteral("bb22")}));
    const QString expectedHtml
        = QStringLiteral("<p><em>Thời gian đăng: 15/01/2021 08:56:49 PM</em></p>\n"
                         "<p><strong>Thị xã tổng kết một năm.</strong></p>\n"
                         "<p>Đoạn một.</p>\n"
                         "<figure><img src=\"data:image/png;base64,")
        + QString::fromLatin1(png.toBase64())
        + QStringLiteral(
            "\" alt=\"Ảnh\"><figcaption>Chú thích</figcaption></figure>\n"
            "<p>Đoạn hai.</p>\n"
            "<figure><figcaption>Ảnh mất</figcaption></figure>\n"
            "<p><img src=\"https://example.vn/a.jpg\" alt=\"\"></p>\n"
            "<p style=\"text-align: right;\"><strong>Tác giả: Nguyễn Văn A</strong></p>");
    EXPECT_EQ(handOff.html, expectedHtml);
    EXPECT_FALSE(handOff.html.contains(QStringLiteral("<h1")));
    EXPECT_FALSE(handOff.html.contains(QStringLiteral("newsdesk-media:")));

    EXPECT_EQ(handOff.plainText,
        QStringLiteral("Thời gian đăng: 15/01/2021 08:56:49 PM\n\n"
                       "Thị xã tổng kết một năm.\n\n"
                       "Đoạn một.\n\n"
                       "Chú thích\n\n"
                       "Đoạn hai.\n\n"
                       "Ảnh mất\n\n"
                       "Tác giả: Nguyễn Văn A"));
}

TEST(PortalHandOff, TitleOnRequestAndEmptyLinesLeftOut)
{
    Article article;
    article.content.title = QStringLiteral("Tin <ngắn> & gọn");
    article.content.bodyHtml = QStringLiteral("<p>Một.</p>\n<p>Hai.</p>");
    HandOffOptions options;
    options.includeTitle = true;
    const PortalHandOff handOff = portalHandOff(article, {}, options);
    EXPECT_EQ(handOff.html,
        QStringLiteral("<h1>Tin &lt;ngắn&gt; &amp; gọn</h1>\n<p>Một.</p>\n<p>Hai.</p>"));
    EXPECT_EQ(handOff.plainText, QStringLiteral("Tin <ngắn> & gọn\n\nMột.\n\nHai."));
    EXPECT_EQ(portalHandOff(article, {}).html, QStringLiteral("<p>Một.</p>\n<p>Hai.</p>"));
}

TEST(Exporter, HtmlUsesTheTemplateAndCanEmbedPhotos)
{
    newsdesk::testing::TestStore store;
    const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAA"
                                                  "DElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC");
    auto media = store.media->add(png, QStringLiteral("image/png"), QStringLiteral("a.png"));
    ASSERT_TRUE(media.ok());
    const Article article = store.create(QStringLiteral("Ảnh đẹp"),
        QStringLiteral("<figure><img src=\"") + html::mediaUrl(media->sha256)
            + QStringLiteral("\" alt=\"A\"><figcaption>C</figcaption></figure>"),
        QStringLiteral("Hà"));

    {  // Default: photos copied into media/, the built-in template inlined.
        QTemporaryDir out;
        ArticleExporter exporter(portal_time::defaultZone(), store.media.get());
        auto written = exporter.exportArticle(article, ArticleExporter::Format::Html, out.path());
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        QFile file(*written);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        const QString relative = QStringLiteral("media/") + media->sha256 + QStringLiteral(".png");
        EXPECT_TRUE(html.contains(QStringLiteral("<img src=\"") + relative + u'"'));
        EXPECT_TRUE(QFileInfo::exists(QDir(out.path()).filePath(relative)));
        EXPECT_TRUE(html.contains(QStringLiteral("<h1 class=\"article-title\">Ảnh đẹp</h1>")));
        EXPECT_TRUE(html.contains(QStringLiteral("<style>")));
    }
    {  // Embedded photos and a custom template with a banner.
        QTemporaryDir out;
        auto custom = PortalTemplate::load(customFolder());
        ASSERT_TRUE(custom.ok());
        ExportOptions options;
        options.embedImages = true;
        options.portalTemplate = *custom;
        options.portalName = QStringLiteral("Cổng Hà Giang");
        ArticleExporter exporter(portal_time::defaultZone(), store.media.get(), options);
        auto written = exporter.exportArticle(article, ArticleExporter::Format::Html, out.path());
        ASSERT_TRUE(written.ok());
        QFile file(*written);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        EXPECT_TRUE(html.contains(QStringLiteral("<img src=\"data:image/png;base64,")
            + QString::fromLatin1(png.toBase64()) + u'"'));
        EXPECT_FALSE(QFileInfo::exists(QDir(out.path()).filePath(QStringLiteral("media"))));
        EXPECT_TRUE(
            html.contains(QStringLiteral("<span class=\"portal-name\">Cổng Hà Giang</span>")));
        EXPECT_TRUE(html.contains(QStringLiteral("data:font/woff2;base64,")));
    }
}
