// Real-world pastes and pages (tests/data/html/*.html) against golden files (*.expected.html).
// NEWSDESK_UPDATE_GOLDEN=1 rewrites the golden files from the current output; review the diff.

#include "QtPrinters.h"
#include "html/HtmlSanitizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

using namespace Qt::StringLiterals;
using namespace newsdesk::html;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(NEWSDESK_TEST_DATA_DIR) % u"/html/" % name;
}

QString readFixture(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Golden files end with a newline for the sake of editors; the sanitizer's output does not.
QString readGolden(const QString &name)
{
    QString text = readFixture(name);
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

void updateGoldenIfAsked(const QString &name, const QString &actual)
{
    if (qEnvironmentVariableIsEmpty("NEWSDESK_UPDATE_GOLDEN"))
        return;
    QFile file(dataPath(name));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(actual.toUtf8() + '\n');
}

struct Fixture {
    const char16_t *input;
    const char16_t *expected;
    const char16_t *baseUrl;
};

constexpr Fixture kPastes[] = {
    {u"word_paste.html", u"word_paste.expected.html", u""},
    {u"libreoffice_paste.html", u"libreoffice_paste.expected.html", u""},
    {u"gdocs_paste.html", u"gdocs_paste.expected.html", u""},
    {u"hostile.html", u"hostile.expected.html", u""},
    {u"malformed.html", u"malformed.expected.html", u""},
};

const QStringList kAllFixtures {u"word_paste.html"_s, u"libreoffice_paste.html"_s,
    u"gdocs_paste.html"_s, u"hostile.html"_s, u"news_page.html"_s, u"malformed.html"_s};

}  // namespace

class SanitizeFixture : public ::testing::TestWithParam<Fixture> { };

TEST_P(SanitizeFixture, MatchesGoldenOutput)
{
    const Fixture fixture = GetParam();
    const QString input = readFixture(QString::fromUtf16(fixture.input));
    ASSERT_FALSE(input.isEmpty()) << "missing fixture";
    SanitizeOptions options;
    options.baseUrl = QUrl(QString::fromUtf16(fixture.baseUrl));
    const QString actual = sanitize(input, options);
    updateGoldenIfAsked(QString::fromUtf16(fixture.expected), actual);
    EXPECT_EQ(actual, readGolden(QString::fromUtf16(fixture.expected)));
}

INSTANTIATE_TEST_SUITE_P(Pastes, SanitizeFixture, ::testing::ValuesIn(kPastes));

TEST(SanitizeFixtures, AreIdempotent)
{
    for (const QString &name : kAllFixtures) {
        const QString once = sanitize(readFixture(name));
        ASSERT_FALSE(once.isEmpty()) << name.toStdString();
        EXPECT_EQ(sanitize(once), once) << name.toStdString();
    }
}

TEST(SanitizeFixtures, WordPasteListsAndTables)
{
    SanitizeReport report;
    const QString out = sanitize(readFixture(u"word_paste.html"_s), {}, &report);
    EXPECT_TRUE(out.contains(
        u"<ul>\n<li>Đảm bảo an ninh trật tự;<ul>\n<li>Tăng cường tuần tra ban đêm;</li>"));
    EXPECT_TRUE(out.contains(u"<ol>\n<li>Rà soát kế hoạch;</li>"));
    EXPECT_FALSE(out.contains(u"·"));  // Word's bullet glyphs are replaced by list markup
    EXPECT_FALSE(out.contains(u"Mso"));
    EXPECT_FALSE(out.contains(u"mso-"));
    EXPECT_EQ(report.blockedUrls, 1);  // the file:/// image from Word's temp folder
    EXPECT_EQ(report.droppedImages, 1);
    EXPECT_EQ(report.removedElements, 1);  // the <style> in the head
}

TEST(SanitizeFixtures, WordPasteImagesReachTheMapper)
{
    QStringList seen;
    SanitizeOptions options;
    options.mapImageSource = [&seen](const QString &src) -> QString {
        seen << src;
        return kMediaScheme % u"://" % QString(64, u'c');
    };
    const QString out = sanitize(readFixture(u"word_paste.html"_s), options);
    EXPECT_EQ(seen,
        QStringList {
            u"file:///C:/Users/bientap/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg"_s});
    EXPECT_TRUE(out.contains(u"<figure><img src=\"newsdesk-media://" % QString(64, u'c')
        % u"\" alt=\"Hội nghị triển khai\"></figure>"));
}

TEST(SanitizeFixtures, HostilePasteLeavesNothingActive)
{
    SanitizeReport report;
    const QString out = sanitize(readFixture(u"hostile.html"_s), {}, &report);
    const QString lower = out.toLower();
    for (const char16_t *needle :
        {u"script", u"javascript:", u"vbscript", u"iframe", u"style", u"url(", u"data:", u"file:",
            u"tracker.example", u"evil.example", u"alert", u"expression", u"<svg", u"<math",
            u"<form", u"<input", u"<object", u"<embed", u"secret"}) {
        EXPECT_FALSE(lower.contains(QStringView(needle)))
            << QString::fromUtf16(needle).toStdString();
    }
    EXPECT_FALSE(QRegularExpression(u"\\son[a-z]+\\s*="_s).match(lower).hasMatch());
    // Only canonical attributes remain.
    const QRegularExpression attribute(u"\\s([a-z-]+)="_s);
    for (auto it = attribute.globalMatch(out); it.hasNext();) {
        const QString name = it.next().captured(1);
        EXPECT_TRUE(name == u"href" || name == u"src" || name == u"alt") << name.toStdString();
    }
    EXPECT_EQ(report.removedElements, 17);
    EXPECT_EQ(report.blockedUrls, 10);
    EXPECT_EQ(report.droppedImages, 6);
    EXPECT_GT(report.removedAttributes, 10);
}

TEST(SanitizeFixtures, NewsPageSplitsIntoTitleAndBody)
{
    SanitizeOptions options;
    options.baseUrl = QUrl(u"https://muonglay.dienbien.gov.vn/tin-tuc/hoi-nghi.html"_s);
    SanitizeReport report;
    const HtmlDocumentParts parts
        = splitDocument(readFixture(u"news_page.html"_s), options, &report);
    EXPECT_EQ(parts.title, u"Hội nghị triển khai nhiệm vụ năm 2021"_s);
    updateGoldenIfAsked(u"news_page.expected.html"_s, parts.bodyHtml);
    EXPECT_EQ(parts.bodyHtml, readGolden(u"news_page.expected.html"_s));
    EXPECT_FALSE(parts.bodyHtml.contains(u"<h1"));
    EXPECT_FALSE(parts.bodyHtml.contains(u"Hội nghị triển khai nhiệm vụ năm 2021</h2>"));
    EXPECT_EQ(report.removedElements, 3);  // three scripts
    EXPECT_EQ(report.droppedImages, 1);  // the statistics pixel
}

TEST(SanitizeFixtures, NewsPageWithoutHeadingUsesTitleElement)
{
    QString page = readFixture(u"news_page.html"_s);
    page.replace(QRegularExpression(u"<h1[^>]*>[\\s\\S]*</h1>"_s), QString());
    EXPECT_EQ(splitDocument(page).title,
        u"Mường Lay: Hội nghị triển khai nhiệm vụ năm 2021 - Cổng thông tin điện tử thị xã Mường Lay"_s);
}
