// Import and export: the portal's own lines, every format, bad files, round trips.
#include "TestStore.h"
#include "io/ArticleExporter.h"
#include "io/ArticleImporter.h"
#include "io/ArticleJson.h"
#include "io/PortalTime.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QString readText(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

}  // namespace

TEST(PortalTime, FormatsInThePortalZoneWithAmPm)
{
    const QTimeZone zone = portal_time::defaultZone();
    ASSERT_TRUE(zone.isValid());
    const QDateTime utc(QDate(2021, 1, 15), QTime(13, 56, 49), Qt::UTC);
    EXPECT_EQ(portal_time::format(utc, zone), QStringLiteral("15/01/2021 08:56:49 PM"));
    const QDateTime morning(QDate(2021, 1, 15), QTime(1, 5, 0), Qt::UTC);
    EXPECT_EQ(portal_time::format(morning, zone), QStringLiteral("15/01/2021 08:05:00 AM"));
}

TEST(PortalTime, ParsesThePortalFormatToUtc)
{
    const QTimeZone zone = portal_time::defaultZone();
    const QDateTime expected(QDate(2021, 1, 15), QTime(13, 56, 49), Qt::UTC);
    EXPECT_EQ(portal_time::parse(u"15/01/2021 08:56:49 PM", zone), expected);
    EXPECT_EQ(portal_time::parse(u" 15/01/2021 08:56:49 pm ", zone), expected);
    EXPECT_EQ(portal_time::parse(u"15/01/2021 20:56:49", zone), expected);
    EXPECT_EQ(portal_time::parse(u"15/01/2021 12:00:00 AM", zone),
        QDateTime(QDate(2021, 1, 14), QTime(17, 0), Qt::UTC));
    EXPECT_FALSE(portal_time::parse(u"32/01/2021 08:56:49 PM", zone).has_value());
    EXPECT_FALSE(portal_time::parse(u"hôm qua", zone).has_value());
}

TEST(Importer, PlainTextTakesTitleTimeParagraphsAndAuthor)
{
    TestStore store;
    ArticleImporter importer(portal_time::defaultZone());
    const QByteArray text = "Mường Lay triển khai Nghị quyết\n"
                            "Thời gian đăng: 15/01/2021 08:56:49 PM\n"
                            "\n"
                            "Sáng 15/1, Thị ủy Mường Lay tổ chức hội nghị.\n"
                            "Dòng thứ hai của đoạn một.\n"
                            "\n"
                            "Đoạn hai <có> dấu & ký tự.\n"
                            "\n"
                            "Tác giả: Nguyễn Văn A\n";
    auto imported = importer.importData(text, ArticleImporter::Format::PlainText);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->content.title, QStringLiteral("Mường Lay triển khai Nghị quyết"));
    EXPECT_EQ(imported->publishAt, QDateTime(QDate(2021, 1, 15), QTime(13, 56, 49), Qt::UTC));
    EXPECT_EQ(imported->content.author, QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(imported->content.bodyHtml,
        QStringLiteral(
            "<p>Sáng 15/1, Thị ủy Mường Lay tổ chức hội nghị.<br>Dòng thứ hai của đoạn một.</p>\n"
            "<p>Đoạn hai &lt;có&gt; dấu &amp; ký tự.</p>"));
}

TEST(Importer, PlainTextWithoutBlankLinesMakesOneParagraphALine)
{
    ArticleImporter importer(portal_time::defaultZone());
    auto imported = importer.importData(
        "Tiêu đề\nĐoạn một.\nĐoạn hai.\nAuthor: Jane Doe", ArticleImporter::Format::PlainText);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->content.bodyHtml, QStringLiteral("<p>Đoạn một.</p>\n<p>Đoạn hai.</p>"));
    EXPECT_EQ(imported->content.author, QStringLiteral("Jane Doe"));
    EXPECT_FALSE(imported->publishAt.isValid());
}

TEST(Importer, RejectsInvalidUtf8AndEmptyFiles)
{
    ArticleImporter importer(portal_time::defaultZone());
    auto invalid
        = importer.importData(QByteArray("Ti\xeau \xff\xfe\n"), ArticleImporter::Format::PlainText);
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(invalid.error().message.contains(QStringLiteral("UTF-8")));
    auto empty = importer.importData(QByteArray(" \n\n "), ArticleImporter::Format::PlainText);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::InvalidInput);
}

TEST(Importer, FileErrorsNameTheFile)
{
    QTemporaryDir dir;
    ArticleImporter importer(portal_time::defaultZone());
    auto missing = importer.importFile(dir.filePath(QStringLiteral("khong-co.txt")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("khong-co.txt")));
    auto unknown = importer.importFile(writeFile(dir, QStringLiteral("anh.docx"), "x"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("anh.docx")));
}

TEST(Importer, HtmlPageGivesTitleBodyTimeAndAuthorAndIsSanitized)
{
    ArticleImporter importer(portal_time::defaultZone());
    const QByteArray page
        = "<html><head><title>Cổng thông tin</title><script>alert(1)</script></head><body>"
          "<h1>Hội nghị   tổng kết</h1>"
          "<p>Thời gian đăng: 15/01/2021 08:56:49 PM</p>"
          "<p style=\"color:red\" onclick=\"x()\">Nội dung <b>chính</b> <a "
          "href=\"javascript:alert(1)\">xấu</a>.</p>"
          "<p>Tác giả: Trần Thị B</p></body></html>";
    auto imported = importer.importData(page, ArticleImporter::Format::Html);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->content.title, QStringLiteral("Hội nghị tổng kết"));
    EXPECT_EQ(imported->content.author, QStringLiteral("Trần Thị B"));
    EXPECT_TRUE(imported->publishAt.isValid());
    EXPECT_EQ(
        imported->content.bodyHtml, QStringLiteral("<p>Nội dung <strong>chính</strong> xấu.</p>"));
    EXPECT_GT(imported->report.blockedUrls + imported->report.removedAttributes, 0);
}

TEST(Importer, MarkdownHeadingBecomesTheTitle)
{
    ArticleImporter importer(portal_time::defaultZone());
    auto imported
        = importer.importData("# Đảm bảo an toàn\n\nĐoạn **đậm** và *nghiêng*.\n\n- một\n- hai\n",
            ArticleImporter::Format::Markdown);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->content.title, QStringLiteral("Đảm bảo an toàn"));
    EXPECT_TRUE(imported->content.bodyHtml.startsWith(
        QStringLiteral("<p>Đoạn <strong>đậm</strong> và <em>nghiêng</em>.</p>")))
        << imported->content.bodyHtml.toStdString();
    EXPECT_TRUE(imported->content.bodyHtml.contains(QStringLiteral("<li>một</li>")));
}

TEST(Importer, LocalPicturesGoIntoTheMediaStoreAndBrokenOnesAreDropped)
{
    TestStore store;
    QTemporaryDir dir;
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    ASSERT_TRUE(image.save(dir.filePath(QStringLiteral("anh.png"))));
    writeFile(dir, QStringLiteral("hong.jpg"), "not a picture");
    const QString page = writeFile(dir, QStringLiteral("bai.html"),
        "<h1>Ảnh</h1><p>Trước</p><img src=\"anh.png\" alt=\"Cảnh\"><img "
        "src=\"hong.jpg\"><p>Sau</p>");
    ArticleImporter importer(portal_time::defaultZone(), store.media.get());
    auto imported = importer.importFile(page);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    const QString body = imported->content.bodyHtml;
    EXPECT_TRUE(body.contains(QStringLiteral("src=\"newsdesk-media:"))) << body.toStdString();
    EXPECT_FALSE(body.contains(QStringLiteral("newsdesk-media://"))) << body.toStdString();
    EXPECT_FALSE(body.contains(QStringLiteral("hong.jpg")));
    EXPECT_EQ(store.articles->stats()->media, 1);
}

TEST(Exporter, JsonRoundTripsThroughTheImporter)
{
    TestStore store;
    NewArticle article;
    article.content.title = QStringLiteral("Bài xuất");
    article.content.summary = QStringLiteral("Tóm tắt.");
    article.content.bodyHtml = QStringLiteral("<p>Thân bài.</p>");
    article.content.author = QStringLiteral("Hà");
    article.content.tags = {QStringLiteral("A"), QStringLiteral("B")};
    article.status = Status::Published;
    article.publishAt = fixedStart();
    auto created = store.articles->create(article);
    ASSERT_TRUE(created.ok());

    QTemporaryDir out;
    ArticleExporter exporter(portal_time::defaultZone(), store.media.get());
    auto written = exporter.exportArticle(*created, ArticleExporter::Format::Json, out.path());
    ASSERT_TRUE(written.ok());
    EXPECT_TRUE(written->endsWith(created->uuid + QStringLiteral(".json")));

    ArticleImporter importer(portal_time::defaultZone());
    auto imported = importer.importFile(*written);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(imported->content, created->content);
    EXPECT_EQ(imported->uuid, created->uuid);
    EXPECT_EQ(imported->status, Status::Published);
    EXPECT_EQ(imported->publishAt, created->publishAt);
}

TEST(Exporter, HtmlPageLooksLikeThePortalPage)
{
    TestStore store;
    NewArticle article;
    article.content.title = QStringLiteral("Mường Lay <đổi mới>");
    article.content.bodyHtml = QStringLiteral("<p>Đoạn một.</p>");
    article.content.author = QStringLiteral("Nguyễn Văn A");
    article.publishAt = QDateTime(QDate(2021, 1, 15), QTime(13, 56, 49), Qt::UTC);
    auto created = store.articles->create(article);
    ASSERT_TRUE(created.ok());
    QTemporaryDir out;
    ArticleExporter exporter(portal_time::defaultZone(), store.media.get());
    auto written = exporter.exportArticle(*created, ArticleExporter::Format::Html, out.path());
    ASSERT_TRUE(written.ok());
    EXPECT_TRUE(QFileInfo(*written).fileName().startsWith(QStringLiteral("muong-lay-doi-moi-")));
    const QString html = readText(*written);
    EXPECT_TRUE(html.contains(
        QStringLiteral("<h1 class=\"article-title\">Mường Lay &lt;đổi mới&gt;</h1>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Thời gian đăng: 15/01/2021 08:56:49 PM")));
    EXPECT_TRUE(html.contains(QStringLiteral("<p>Đoạn một.</p>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Tác giả: Nguyễn Văn A")));
    EXPECT_LT(html.indexOf(QStringLiteral("Đoạn một")), html.indexOf(QStringLiteral("Tác giả")));
}

TEST(ArticleJson, RejectsOtherJson)
{
    EXPECT_FALSE(articleFromJson(QJsonDocument::fromJson(R"({"title":"x"})").object()).ok());
    EXPECT_FALSE(articleFromJson(
        QJsonDocument::fromJson(
            R"({"format":"newsdesk-article","version":1,"title":"x","bodyHtml":"","status":"flying"})")
            .object())
                     .ok());
}
