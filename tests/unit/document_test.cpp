// The editor's document <-> canonical HTML: exact round trips, and edits made through the
// document coming out canonical.
#include "QtPrinters.h"
#include "html/CanonicalSlices.h"
#include "html/HtmlSanitizer.h"
#include "html/RichTextDocument.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace newsdesk::html;

namespace {

QString roundTrip(const QString &canonical)
{
    QTextDocument document;
    loadCanonical(document, canonical);
    return toCanonical(document);
}

class CanonicalRoundTrip : public ::testing::TestWithParam<const char *> { };

}  // namespace

TEST_P(CanonicalRoundTrip, IsExact)
{
    const QString canonical = sanitize(QString::fromUtf8(GetParam()));
    ASSERT_EQ(sanitize(canonical), canonical);  // the input really is canonical
    EXPECT_EQ(roundTrip(canonical), canonical);
}

INSTANTIATE_TEST_SUITE_P(Constructs, CanonicalRoundTrip,
    ::testing::Values("<p>Một đoạn văn.</p>", "<p>Đoạn một.</p><p>Đoạn hai.</p>",
        "<h2>Tiêu đề hai</h2><h3>Ba</h3><h4>Bốn</h4><p>Chữ</p>",
        "<p>Chữ <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch chân</u>, <s>gạch ngang</s>.</p>",
        "<p><strong>đậm <em>cả nghiêng</em> rồi đậm</strong> thường</p>",
        "<p><em><strong>x</strong> y</em></p>",
        "<p>Xem <a href=\"https://portal.gov.vn/tin?id=1&amp;p=2\">trang <strong>tin</strong></a> "
        "và "
        "<a href=\"mailto:ban@portal.gov.vn\">thư</a>.</p>",
        "<p>Dòng một<br>dòng hai</p>", "<ul><li>một</li><li>hai</li></ul>",
        "<ol><li>một</li><li>hai<ul><li>hai a</li><li>hai b</li></ul></li><li>ba</li></ol>",
        "<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul><p>sau</p>",
        "<ul><li>một</li></ul><ol><li>khác</li></ol>",
        "<blockquote><p>Trích dẫn.</p><p>Đoạn hai.</p></blockquote><p>Ngoài.</p>",
        "<blockquote><p>ngoài</p><blockquote><p>trong</p></blockquote></blockquote>",
        "<blockquote><ul><li>trong trích dẫn</li></ul></blockquote>",
        "<figure><img src=\"newsdesk-media://ab12\" alt=\"Cảnh\"><figcaption>Chú thích "
        "<em>ảnh</em></figcaption></figure>",
        "<figure><img src=\"https://portal.gov.vn/a.jpg\" alt=\"\"></figure><p>Sau ảnh</p>",
        "<table><thead><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr></thead>"
        "<tbody><tr><td>Thu ngân "
        "sách</td><td>112%</td></tr><tr><td>Dòng<br>hai</td><td></td></tr></tbody></table>",
        "<table><tbody><tr><th>Hàng</th><td>1</td></tr></tbody></table><p>Sau bảng</p>",
        "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>ngắn</td></tr></tbody></table>",
        "<p>Trước</p><hr><p>Sau</p>", "<p>Ký tự &lt;đặc biệt&gt; &amp; “ngoặc” ’ — …</p>",
        "<p>Khoảng\u00a0trắng cứng</p>"));

TEST(CanonicalRoundTrip, IsExactForTheSanitizerGoldenFiles)
{
    const QDir dir(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/html"));
    const QStringList golden = dir.entryList({QStringLiteral("*.expected.html")});
    ASSERT_GE(golden.size(), 4);
    for (const QString &name : golden) {
        SCOPED_TRACE(name.toStdString());
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString canonical = QString::fromUtf8(file.readAll()).trimmed();
        EXPECT_EQ(roundTrip(canonical), canonical);
    }
}

namespace {

// Random documents built from every construct the canonical form has, nested in random ways.
class RandomDocument {
public:
    explicit RandomDocument(quint32 seed) : m_random(seed) { }

    QString blocks(int depth)
    {
        QString out;
        const int count = pick(1, 4);
        for (int i = 0; i < count; ++i) {
            switch (pick(0, depth > 2 ? 3 : 8)) {
            case 0:
            case 1:
                out += QStringLiteral("<p>") + inlines(2) + QStringLiteral("</p>");
                break;
            case 2:
                out += QStringLiteral("<h%1>").arg(pick(2, 4)) + inlines(1)
                    + QStringLiteral("</h2>");
                break;
            case 3:
                out += QStringLiteral("<hr>");
                break;
            case 4:
                out += list(depth);
                break;
            case 5:
                out += QStringLiteral("<blockquote>") + blocks(depth + 1)
                    + QStringLiteral("</blockquote>");
                break;
            case 6:
                out += QStringLiteral("<figure><img src=\"newsdesk-media://%1\" alt=\"ảnh %1\">")
                           .arg(pick(1, 99));
                if (pick(0, 1))
                    out += QStringLiteral("<figcaption>") + inlines(1)
                        + QStringLiteral("</figcaption>");
                out += QStringLiteral("</figure>");
                break;
            case 7:
                out += table();
                break;
            default:
                out += QStringLiteral("<p>") + word() + QStringLiteral("</p>");
            }
        }
        return out;
    }

private:
    int pick(int low, int high) { return int(m_random.bounded(low, high + 1)); }

    QString word()
    {
        static const QStringList words {QStringLiteral("Mường"), QStringLiteral("Lay"),
            QStringLiteral("đảm bảo"), QStringLiteral("a&b"), QStringLiteral("<x>"),
            QStringLiteral("HĐND"), QStringLiteral("năm 2026"), QStringLiteral("“trích”")};
        return words[pick(0, int(words.size()) - 1)].toHtmlEscaped();
    }

    QString inlines(int depth)
    {
        QString out;
        const int count = pick(1, 4);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                out += QLatin1Char(' ');
            static const QStringList tags {QStringLiteral("strong"), QStringLiteral("em"),
                QStringLiteral("u"), QStringLiteral("s")};
            const int choice = depth > 0 ? pick(0, 6) : 0;
            if (choice <= 1) {
                out += word();
            } else if (choice == 2) {
                out += QStringLiteral("<a href=\"https://portal.gov.vn/%1\">").arg(pick(1, 3))
                    + inlines(depth - 1) + QStringLiteral("</a>");
            } else if (choice == 3) {
                out += word() + QStringLiteral("<br>") + word();
            } else {
                const QString tag = tags[choice - 3 - 1 + (choice == 6 ? 0 : 0)];
                out += u'<' + tag + u'>' + inlines(depth - 1) + QStringLiteral("</") + tag + u'>';
            }
        }
        return out;
    }

    QString list(int depth)
    {
        const QString tag = pick(0, 1) ? QStringLiteral("ul") : QStringLiteral("ol");
        QString out = u'<' + tag + u'>';
        const int items = pick(1, 3);
        for (int i = 0; i < items; ++i) {
            out += QStringLiteral("<li>") + inlines(1);
            if (depth < 3 && pick(0, 3) == 0)
                out += list(depth + 1);
            out += QStringLiteral("</li>");
        }
        return out + QStringLiteral("</") + tag + u'>';
    }

    QString table()
    {
        QString out = QStringLiteral("<table>");
        if (pick(0, 1))
            out += QStringLiteral("<thead><tr><th>") + word() + QStringLiteral("</th><th>") + word()
                + QStringLiteral("</th></tr></thead>");
        out += QStringLiteral("<tbody>");
        const int rows = pick(1, 3);
        for (int r = 0; r < rows; ++r) {
            out += QStringLiteral("<tr>");
            const int cells = pick(1, 3);
            for (int c = 0; c < cells; ++c)
                out += QStringLiteral("<td>") + inlines(1) + QStringLiteral("</td>");
            out += QStringLiteral("</tr>");
        }
        return out + QStringLiteral("</tbody></table>");
    }

    QRandomGenerator m_random;
};

}  // namespace

TEST(CanonicalRoundTrip, IsExactForRandomDocuments)
{
    for (quint32 seed = 1; seed <= 1500; ++seed) {
        const QString canonical = sanitize(RandomDocument(seed).blocks(0));
        const QString back = roundTrip(canonical);
        ASSERT_EQ(back, canonical)
            << "seed " << seed << "\n in: " << QString(canonical).replace(u'\n', u' ').toStdString()
            << "\nout: " << QString(back).replace(u'\n', u' ').toStdString();
    }
}

TEST(RichTextDocument, LoadingSanitizesFirst)
{
    QTextDocument document;
    loadCanonical(document,
        u"<div onclick=\"x()\"><b>Đậm</b> <a "
        u"href=\"javascript:alert(1)\">xấu</a><script>alert(2)</script></div>");
    EXPECT_EQ(toCanonical(document), QStringLiteral("<p><strong>Đậm</strong> xấu</p>"));
    EXPECT_EQ(document.toPlainText(), QStringLiteral("Đậm xấu"));
}

TEST(RichTextDocument, EditsMadeWithACursorComeOutCanonical)
{
    QTextDocument document;
    loadCanonical(document, u"<p>Mường Lay triển khai</p>");
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::WordRight, QTextCursor::KeepAnchor);  // "Mường "
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.mergeCharFormat(bold);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("Đoạn mới"));
    QTextBlockFormat heading;
    heading.setHeadingLevel(
        1);  // an h1 from anywhere becomes h2, as the portal page has the title as h1
    cursor.insertBlock(heading);
    cursor.insertText(QStringLiteral("Mục"));
    EXPECT_EQ(toCanonical(document),
        QStringLiteral(
            "<p><strong>Mường </strong>Lay triển khai</p>\n<p>Đoạn mới</p>\n<h2>Mục</h2>"));
}

TEST(RichTextDocument, DropsUnsafeLinksSetInTheDocument)
{
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(QStringLiteral("javascript:alert(1)"));
    cursor.insertText(QStringLiteral("bấm"), link);
    link.setAnchorHref(QStringLiteral("https://portal.gov.vn/"));
    cursor.insertText(QStringLiteral(" đây"), link);
    EXPECT_EQ(toCanonical(document),
        QStringLiteral("<p>bấm<a href=\"https://portal.gov.vn/\"> đây</a></p>"));
}

TEST(RichTextDocument, TypingIntoAFillerCellKeepsIt)
{
    QTextDocument document;
    loadCanonical(document,
        u"<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>ngắn</td></tr></tbody></table>");
    QTextTable *table = nullptr;
    for (auto it = document.rootFrame()->begin(); !it.atEnd() && !table; ++it)
        table = qobject_cast<QTextTable *>(it.currentFrame());
    ASSERT_NE(table, nullptr);
    table->cellAt(1, 1).firstCursorPosition().insertText(QStringLiteral("mới"));
    EXPECT_EQ(toCanonical(document),
        QStringLiteral("<table>\n<tbody>\n<tr><td>a</td><td>b</td></tr>\n"
                       "<tr><td>ngắn</td><td>mới</td></tr>\n</tbody>\n</table>"));
}

TEST(RichTextDocument, EmptyDocumentIsEmptyHtml)
{
    QTextDocument document;
    EXPECT_EQ(toCanonical(document), QString());
    loadCanonical(document, u"");
    EXPECT_EQ(toCanonical(document), QString());
    EXPECT_TRUE(document.isEmpty());
}

TEST(CanonicalSlices, CutOnlyBeforePlainParagraphsAndJoinBackExactly)
{
    QString canonical;
    for (int i = 0; i < 200; ++i)
        canonical += QStringLiteral("<h3>Mục %1</h3>\n<p>Đoạn &lt;%1&gt;.</p>\n<ul>\n<li>ý</li>\n"
                                    "</ul>\n<table>\n<tbody>\n<tr><td>a</td></tr>\n</tbody>\n"
                                    "</table>\n")
                         .arg(i);
    canonical.chop(1);
    const QStringList slices = newsdesk::html::canonicalSlices(canonical, 500);
    ASSERT_GT(slices.size(), 10);
    EXPECT_EQ(slices.join(u'\n'), canonical);
    for (qsizetype i = 1; i < slices.size(); ++i)
        EXPECT_TRUE(slices[i].startsWith(u"<p>")) << slices[i].left(40).toStdString();
    // No paragraph to cut before: one piece, however large.
    const QString table = QStringLiteral("<table>\n<tbody>\n")
        + QStringLiteral("<tr><td>x</td></tr>\n").repeated(1000)
        + QStringLiteral("</tbody>\n</table>");
    EXPECT_EQ(newsdesk::html::canonicalSlices(table, 100).size(), 1);
}

TEST(CanonicalSlices, SplitsOverlongParagraphsAtSentenceEndsKeepingEveryWordAndTag)
{
    QString sentence = QStringLiteral("Mưa lớn kéo dài <strong>gây sạt lở</strong> nhiều nơi. ");
    QString body = QStringLiteral("<p>Ngắn.</p>\n<p>") + sentence.repeated(100).trimmed()
        + QStringLiteral("</p>\n<p><em>") + QStringLiteral("chữ ").repeated(400).trimmed()
        + QStringLiteral("</em></p>");
    int splits = 0;
    const QString split = newsdesk::html::splitLongParagraphs(body, 500, &splits);
    EXPECT_EQ(splits, 2);
    EXPECT_TRUE(split.startsWith(QStringLiteral("<p>Ngắn.</p>\n<p>Mưa lớn")));
    EXPECT_EQ(split.count(QStringLiteral("gây sạt lở")), 100);
    EXPECT_EQ(split.count(QStringLiteral("chữ")), 400);
    EXPECT_GT(split.count(QStringLiteral("<p>")), 10);
    // Still canonical: the sanitizer changes nothing, so no tag was left open or broken.
    EXPECT_EQ(newsdesk::html::sanitize(split), split);
    // Sentences end where the cuts are; the inline <em> is closed and reopened around each.
    EXPECT_TRUE(split.contains(QStringLiteral("nhiều nơi.</p>\n<p>Mưa lớn")));
    EXPECT_TRUE(split.contains(QStringLiteral("chữ</em></p>\n<p><em>chữ")));
    // Short paragraphs are left alone.
    EXPECT_EQ(newsdesk::html::splitLongParagraphs(body, 1000000, &splits), body);
    EXPECT_EQ(splits, 0);
}
