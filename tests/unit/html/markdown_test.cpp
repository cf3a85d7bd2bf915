// Markdown import: md4c's HTML, and what the sanitizer makes of it.

#include "QtPrinters.h"
#include "html/HtmlSanitizer.h"
#include "html/Markdown.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace Qt::StringLiterals;
using namespace newsdesk::html;

TEST(Markdown, Headings)
{
    EXPECT_EQ(markdownToHtml(u"# One\n\n## Two\n\n### Three\n"),
        u"<h1>One</h1>\n<h2>Two</h2>\n<h3>Three</h3>\n"_s);
}

TEST(Markdown, Emphasis)
{
    EXPECT_EQ(markdownToHtml(u"*em* **strong** ~~gone~~ `code`\n"),
        u"<p><em>em</em> <strong>strong</strong> <del>gone</del> <code>code</code></p>\n"_s);
}

TEST(Markdown, Lists)
{
    EXPECT_EQ(markdownToHtml(u"- a\n- b\n  1. b1\n  2. b2\n"),
        u"<ul>\n<li>a</li>\n<li>b<ol>\n<li>b1</li>\n<li>b2</li>\n</ol>\n</li>\n</ul>\n"_s);
    EXPECT_EQ(sanitize(markdownToHtml(u"- a\n- b\n  1. b1\n  2. b2\n")),
        u"<ul>\n<li>a</li>\n<li>b<ol>\n<li>b1</li>\n<li>b2</li>\n</ol></li>\n</ul>"_s);
}

TEST(Markdown, Links)
{
    EXPECT_EQ(markdownToHtml(u"[Cổng](https://dienbien.gov.vn/) and https://muonglay.gov.vn/tin\n"),
        u"<p><a href=\"https://dienbien.gov.vn/\">Cổng</a> and "
        u"<a href=\"https://muonglay.gov.vn/tin\">https://muonglay.gov.vn/tin</a></p>\n"_s);
    EXPECT_EQ(markdownToHtml(u"www.dienbien.gov.vn\n"),
        u"<p><a href=\"http://www.dienbien.gov.vn\">www.dienbien.gov.vn</a></p>\n"_s);
}

TEST(Markdown, Tables)
{
    EXPECT_EQ(markdownToHtml(u"| Chỉ tiêu | Kết quả |\n|---|---:|\n| Thu ngân sách | 105% |\n"),
        u"<table>\n<thead>\n<tr>\n<th>Chỉ tiêu</th>\n<th align=\"right\">Kết quả</th>\n</tr>\n"
        u"</thead>\n<tbody>\n<tr>\n<td>Thu ngân sách</td>\n<td align=\"right\">105%</td>\n"
        u"</tr>\n</tbody>\n</table>\n"_s);
}

TEST(Markdown, KeepsVietnameseIntact)
{
    const QString text = u"Thời gian đăng: 15/01/2021 08:56:49 PM — Tác giả: Nguyễn Văn Ánh"_s;
    EXPECT_EQ(markdownToHtml(text), u"<p>" % text % u"</p>\n");
}

TEST(Markdown, TitleLineBecomesTheDocumentTitle)
{
    const QString markdown = u"# Mường Lay đón Tết\n\nĐoạn **mở đầu**.\n\n## Chi tiết\n\n"
                             u"- Chợ hoa\n- Pháo hoa\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"_s;
    const HtmlDocumentParts parts = splitDocument(markdownToHtml(markdown));
    EXPECT_EQ(parts.title, u"Mường Lay đón Tết"_s);
    EXPECT_EQ(parts.bodyHtml,
        u"<p>Đoạn <strong>mở đầu</strong>.</p>\n<h2>Chi tiết</h2>\n<ul>\n<li>Chợ hoa</li>\n"
        u"<li>Pháo hoa</li>\n</ul>\n<table>\n<thead>\n<tr><th>A</th><th>B</th></tr>\n</thead>\n"
        u"<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n</table>"_s);
}

TEST(Markdown, RawHtmlIsLeftToTheSanitizer)
{
    const QString html
        = markdownToHtml(u"Text <script>alert(1)</script> [x](javascript:alert(2))\n");
    EXPECT_TRUE(html.contains(u"<script>"));
    EXPECT_EQ(sanitize(html), u"<p>Text x</p>"_s);
}

TEST(Markdown, EmptyInput)
{
    EXPECT_EQ(markdownToHtml(u""), QString());
}
