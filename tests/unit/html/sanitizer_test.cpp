// Behaviour of sanitize(), splitDocument() and safeUrl(), one rule at a time, with exact output.

#include "QtPrinters.h"
#include "html/HtmlSanitizer.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

using namespace Qt::StringLiterals;
using namespace newsdesk::html;

namespace {

QString clean(QStringView html)
{
    return sanitize(html);
}

QString clean(const QString &html)
{
    return sanitize(html);
}

SanitizeOptions withBase(const QString &base)
{
    SanitizeOptions options;
    options.baseUrl = QUrl(base);
    return options;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Element mapping

TEST(SanitizeMapping, KeepsCanonicalElements)
{
    const QString canonical = u"<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>\n"
                              u"<p><strong>s</strong> <em>e</em> <u>u</u> <s>x</s><br>y</p>\n"
                              u"<hr>"_s;
    EXPECT_EQ(clean(canonical), canonical);
}

TEST(SanitizeMapping, MapsHeadingLevels)
{
    EXPECT_EQ(clean(u"<h1>One</h1><h5>Five</h5><h6>Six</h6>"),
        u"<h2>One</h2>\n<h4>Five</h4>\n<h4>Six</h4>"_s);
}

TEST(SanitizeMapping, MapsPresentationalInlineTags)
{
    EXPECT_EQ(clean(u"<p><b>b</b> <i>i</i> <strike>k</strike> <del>d</del> <ins>n</ins></p>"),
        u"<p><strong>b</strong> <em>i</em> <s>k</s> <s>d</s> <u>n</u></p>"_s);
}

TEST(SanitizeMapping, MapsGoogleDocsInlineStyles)
{
    const QString html = u"<p><span style=\"font-weight:700\">a</span>"
                         u"<span style=\"font-weight: bold\">b</span>"
                         u"<span style=\"FONT-WEIGHT:600 !important\">c</span>"
                         u"<span style=\"font-weight:400\">d</span>"
                         u"<span style=\"font-style:italic\">e</span>"
                         u"<span style=\"text-decoration:underline\">f</span>"
                         u"<span style=\"text-decoration-line:line-through\">g</span></p>"_s;
    EXPECT_EQ(clean(html), u"<p><strong>abc</strong>d<em>e</em><u>f</u><s>g</s></p>"_s);
}

TEST(SanitizeMapping, InlineStyleOverridesItsTag)
{
    // Google Docs wraps the whole paste in <b style="font-weight:normal">.
    EXPECT_EQ(clean(u"<b style=\"font-weight:normal\" id=\"docs-internal-guid-1\"><p>plain "
                    u"<span style=\"font-weight:700\">bold</span></p></b>"),
        u"<p>plain <strong>bold</strong></p>"_s);
    EXPECT_EQ(clean(u"<p><strong>a <span style=\"font-weight:normal\">b</span></strong></p>"),
        u"<p><strong>a </strong>b</p>"_s);
    EXPECT_EQ(clean(u"<p><i>a <span style=\"font-style:normal\">b</span></i></p>"),
        u"<p><em>a </em>b</p>"_s);
}

TEST(SanitizeMapping, TextDecorationNoneDoesNotRemoveAnOuterUnderline)
{
    EXPECT_EQ(clean(u"<p><u>a <span style=\"text-decoration:none\">b</span></u></p>"),
        u"<p><u>a b</u></p>"_s);
}

TEST(SanitizeMapping, FontShorthandKeywords)
{
    EXPECT_EQ(clean(u"<p><span style=\"font: italic bold 12px Arial\">x</span></p>"),
        u"<p><strong><em>x</em></strong></p>"_s);
}

TEST(SanitizeMapping, UnwrapsContainersAndKeepsTheirContent)
{
    EXPECT_EQ(clean(u"<section><article><header><div>Head</div></header><main><center>"
                    u"<font face=\"Arial\" size=\"3\">Body <span class=\"x\">text</span></font>"
                    u"</center></main><footer>Foot</footer></article></section>"),
        u"<p>Head</p>\n<p>Body text</p>\n<p>Foot</p>"_s);
}

TEST(SanitizeMapping, UnknownElementsAreUnwrapped)
{
    EXPECT_EQ(clean(u"<p>Word<o:p></o:p> <custom-tag>custom</custom-tag> <x-y>z</x-y></p>"),
        u"<p>Word custom z</p>"_s);
}

TEST(SanitizeMapping, WrapsLooseInlineContentInParagraphs)
{
    EXPECT_EQ(clean(u"loose <b>bold</b><p>para</p>tail <i>it</i><div>div</div>end"),
        u"<p>loose <strong>bold</strong></p>\n<p>para</p>\n<p>tail <em>it</em></p>\n"
        u"<p>div</p>\n<p>end</p>"_s);
}

TEST(SanitizeMapping, BlocksInsideInlineElementsSplitIntoParagraphs)
{
    EXPECT_EQ(clean(u"<b><p>one</p><p>two</p></b>"),
        u"<p><strong>one</strong></p>\n<p><strong>two</strong></p>"_s);
    EXPECT_EQ(clean(u"<span>a<div>b</div>c</span>"), u"<p>a</p>\n<p>b</p>\n<p>c</p>"_s);
}

TEST(SanitizeMapping, NeverNestsParagraphs)
{
    // <p> inside <p> cannot come out of an HTML parser, but <p> inside a heading, a table
    // cell or a quirks-mode table can; none of them may produce a nested paragraph.
    const QString out = clean(u"<p>a<span><p>b</p></span>c</p><h2><p>h</p></h2>"
                              u"<table><tr><td><p>x</p><p>y</p></td></tr></table>");
    EXPECT_EQ(out,
        u"<p>a</p>\n<p>b</p>\n<p>c</p>\n<h2>h</h2>\n"
        u"<table>\n<tbody>\n<tr><td>x<br>y</td></tr>\n</tbody>\n</table>"_s);
}

TEST(SanitizeMapping, BlocksInsideHeadingsBecomeLineBreaks)
{
    EXPECT_EQ(clean(u"<h2>Title<div>subtitle</div></h2>"), u"<h2>Title<br>subtitle</h2>"_s);
}

TEST(SanitizeMapping, PreformattedTextBecomesParagraphWithBreaks)
{
    EXPECT_EQ(clean(u"<pre>line one\nline   two\n\nline four\n</pre>"),
        u"<p>line one<br>line two<br><br>line four</p>"_s);
}

TEST(SanitizeMapping, DefinitionListsBecomeParagraphs)
{
    EXPECT_EQ(clean(u"<dl><dt>Term</dt><dd>Meaning</dd></dl>"), u"<p>Term</p>\n<p>Meaning</p>"_s);
}

// ---------------------------------------------------------------------------------------------
// Dropped content

class SanitizeDrops : public ::testing::TestWithParam<const char16_t *> { };

TEST_P(SanitizeDrops, DropsElementWithItsContent)
{
    const QString element = QString::fromUtf16(GetParam());
    const QString html
        = u"<p>before</p><" % element % u">secret text</" % element % u"><p>after</p>";
    SanitizeReport report;
    EXPECT_EQ(sanitize(html, {}, &report), u"<p>before</p>\n<p>after</p>"_s)
        << element.toStdString();
    EXPECT_EQ(report.removedElements, 1) << element.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Elements, SanitizeDrops,
    ::testing::Values(u"script", u"style", u"iframe", u"object", u"noscript", u"template", u"title",
        u"svg", u"math", u"canvas", u"audio", u"video", u"button", u"select", u"textarea",
        u"noembed", u"noframes", u"applet"));

TEST(SanitizeDrop, DropsVoidFormControlsAndComments)
{
    SanitizeReport report;
    EXPECT_EQ(sanitize(u"<p>a<input value=\"v\">b<!-- secret comment -->c<embed src=\"x.swf\">"
                       u"d</p>",
                  {}, &report),
        u"<p>abcd</p>"_s);
    EXPECT_EQ(report.removedElements, 2);
}

TEST(SanitizeDrop, DropsHeadButCountsItsScripts)
{
    SanitizeReport report;
    EXPECT_EQ(sanitize(u"<html><head><title>T</title><meta charset=\"utf-8\"><script>x()</script>"
                       u"<style>p{}</style></head><body><p>Body</p></body></html>",
                  {}, &report),
        u"<p>Body</p>"_s);
    EXPECT_EQ(report.removedElements, 2);  // the script and the style; title and meta are not news
}

TEST(SanitizeDrop, DropsEveryAttribute)
{
    SanitizeReport report;
    EXPECT_EQ(sanitize(u"<p style=\"color:red\" class=\"c\" id=\"i\" onclick=\"x()\" dir=\"ltr\" "
                       u"data-x=\"1\">t<a href=\"https://a.vn/\" title=\"t\" target=\"_blank\" "
                       u"onmouseover=\"y()\">l</a></p><table border=\"1\"><tr><td colspan=\"2\" "
                       u"width=\"50%\">c</td></tr></table>",
                  {}, &report),
        u"<p>t<a href=\"https://a.vn/\">l</a></p>\n"
        u"<table>\n<tbody>\n<tr><td>c</td></tr>\n</tbody>\n</table>"_s);
    EXPECT_EQ(report.removedAttributes, 6 + 3 + 1 + 2);
}

// ---------------------------------------------------------------------------------------------
// URLs

TEST(SanitizeUrls, KeepsAllowedSchemes)
{
    EXPECT_EQ(
        clean(u"<p><a href=\"https://a.vn/x?y=1&amp;z=2\">1</a> <a href=\"http://b.vn\">2</a> "
              u"<a href=\"mailto:toa.soan@muonglay.gov.vn\">3</a> "
              u"<a href=\"HTTPS://C.VN/\">4</a></p>"),
        u"<p><a href=\"https://a.vn/x?y=1&amp;z=2\">1</a> <a href=\"http://b.vn\">2</a> "
        u"<a href=\"mailto:toa.soan@muonglay.gov.vn\">3</a> <a href=\"HTTPS://C.VN/\">4</a></p>"_s);
}

TEST(SanitizeUrls, UnwrapsLinksWithRefusedSchemes)
{
    SanitizeReport report;
    const QString html = u"<p><a href=\"javascript:alert(1)\">a</a> <a href=\"JavaScript:x\">b</a> "
                         u"<a href=\" \t javascript:x\">c</a> <a href=\"java\tscript:x\">d</a> "
                         u"<a href=\"java&#x0A;script:x\">e</a> "
                         u"<a href=\"&#106;avascript:x\">f</a> <a href=\"vbscript:x\">g</a> "
                         u"<a href=\"data:text/html,x\">h</a> <a href=\"file:///etc/passwd\">i</a> "
                         u"<a href=\"ftp://a.vn/\">j</a> <a href=\"\x01javascript:x\">k</a> "
                         u"<a href=\"java script:x\">l</a></p>"_s;
    EXPECT_EQ(sanitize(html, {}, &report), u"<p>a b c d e f g h i j k l</p>"_s);
    EXPECT_EQ(report.blockedUrls, 12);
}

TEST(SanitizeUrls, RelativeUrlsNeedABase)
{
    SanitizeReport report;
    EXPECT_EQ(
        sanitize(u"<p><a href=\"/tin-tuc/a.html\">a</a> <a href=\"#top\">b</a></p>", {}, &report),
        u"<p>a b</p>"_s);
    EXPECT_EQ(report.blockedUrls, 2);
    EXPECT_EQ(sanitize(u"<p><a href=\"/tin-tuc/a.html\">a</a> <a href=\"b.html\">b</a> "
                       u"<a href=\"//cdn.vn/c\">c</a></p>",
                  withBase(u"https://muonglay.gov.vn/news/index.html"_s)),
        u"<p><a href=\"https://muonglay.gov.vn/tin-tuc/a.html\">a</a> "
        u"<a href=\"https://muonglay.gov.vn/news/b.html\">b</a> "
        u"<a href=\"https://cdn.vn/c\">c</a></p>"_s);
}

TEST(SanitizeUrls, ResolvedUrlsStillNeedAnAllowedScheme)
{
    EXPECT_EQ(sanitize(u"<p><a href=\"a.html\">a</a></p>", withBase(u"file:///home/user/"_s)),
        u"<p>a</p>"_s);
}

TEST(SanitizeUrls, MediaSchemeIsAllowed)
{
    const QString src = kMediaScheme % u"://" % QString(64, u'a');
    EXPECT_EQ(clean(u"<img src=\"" % src % u"\" alt=\"x\">"),
        u"<figure><img src=\"" % src % u"\" alt=\"x\"></figure>");
}

TEST(SanitizeUrls, NestedLinksKeepTheOuterOne)
{
    // The HTML parser closes an open <a> at the next <a>; styles wrapped in a link stay inside.
    EXPECT_EQ(clean(u"<p><a href=\"https://a.vn/\">x <b>y</b></a></p>"),
        u"<p><a href=\"https://a.vn/\">x <strong>y</strong></a></p>"_s);
}

TEST(SanitizeUrls, DropsUnderlineInsideLinks)
{
    EXPECT_EQ(
        clean(u"<p><a href=\"https://a.vn/\"><span style=\"text-decoration:underline\">x</span>"
              u"</a></p>"),
        u"<p><a href=\"https://a.vn/\">x</a></p>"_s);
}

TEST(SafeUrl, CleansAndFilters)
{
    EXPECT_EQ(safeUrl(u"  https://a.vn/x \n"), u"https://a.vn/x"_s);
    EXPECT_EQ(safeUrl(u"ht\ntps://a.vn/"), u"https://a.vn/"_s);
    EXPECT_EQ(safeUrl(u"mailto:a@b.vn"), u"mailto:a@b.vn"_s);
    EXPECT_EQ(safeUrl(u"newsdesk-media://abc"), u"newsdesk-media://abc"_s);
    EXPECT_TRUE(safeUrl(u"javascript:alert(1)").isEmpty());
    EXPECT_TRUE(safeUrl(u"JAVASCRIPT:alert(1)").isEmpty());
    EXPECT_TRUE(safeUrl(u"j\ta\rv\na script:x").isEmpty());
    EXPECT_TRUE(safeUrl(u"\x0e javascript:x").isEmpty());
    EXPECT_TRUE(safeUrl(u"data:image/png;base64,AAAA").isEmpty());
    EXPECT_TRUE(safeUrl(u":no-scheme").isEmpty());
    EXPECT_TRUE(safeUrl(u"relative/path").isEmpty());
    EXPECT_EQ(safeUrl(u"relative/path", QUrl(u"https://a.vn/dir/page"_s)),
        u"https://a.vn/dir/relative/path"_s);
    EXPECT_EQ(safeUrl(u"a b.html", QUrl(u"https://a.vn/"_s)), u"https://a.vn/a%20b.html"_s);
    EXPECT_TRUE(safeUrl(u"").isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Images

TEST(SanitizeImages, StandaloneImageSplitsItsParagraph)
{
    EXPECT_EQ(clean(u"<p>Before <img src=\"https://a.vn/1.jpg\" alt=\" Quang  cảnh \"> after</p>"),
        u"<p>Before</p>\n<figure><img src=\"https://a.vn/1.jpg\" alt=\"Quang cảnh\"></figure>\n"
        u"<p>after</p>"_s);
    EXPECT_EQ(clean(u"<p><img src=\"https://a.vn/1.jpg\"></p>"),
        u"<figure><img src=\"https://a.vn/1.jpg\" alt=\"\"></figure>"_s);
}

TEST(SanitizeImages, FigureKeepsItsCaption)
{
    EXPECT_EQ(clean(u"<figure class=\"image\"><a href=\"https://a.vn/big.jpg\"><img "
                    u"src=\"https://a.vn/1.jpg\" alt=\"A &quot;quoted&quot; alt\"></a>"
                    u"<figcaption>Caption <b>bold</b><p>line</p></figcaption></figure>"),
        u"<figure><img src=\"https://a.vn/1.jpg\" alt=\"A &quot;quoted&quot; alt\">"
        u"<figcaption>Caption <strong>bold</strong><br>line</figcaption></figure>"_s);
}

TEST(SanitizeImages, CaptionWithoutImageIsAParagraph)
{
    EXPECT_EQ(
        clean(u"<figure><blockquote>Quote</blockquote><figcaption>Author</figcaption></figure>"),
        u"<blockquote>\n<p>Quote</p>\n</blockquote>\n<p>Author</p>"_s);
}

TEST(SanitizeImages, DropsTrackingPixels)
{
    SanitizeReport report;
    EXPECT_EQ(sanitize(u"<p>a<img src=\"https://t.vn/1\" width=\"1\" height=\"1\">"
                       u"<img src=\"https://t.vn/2\" width=\"0\">"
                       u"<img src=\"https://t.vn/3\" height=\"2px\">"
                       u"<img src=\"https://t.vn/4\" style=\"width:1px;height:1px\">"
                       u"<img src=\"https://t.vn/5\" style=\"display:none\">"
                       u"<img src=\"https://t.vn/6\" width=\"3\" height=\"3\">b</p>",
                  {}, &report),
        u"<p>a</p>\n<figure><img src=\"https://t.vn/6\" alt=\"\"></figure>\n<p>b</p>"_s);
    EXPECT_EQ(report.droppedImages, 5);
}

TEST(SanitizeImages, DropsImagesWithoutUsableSource)
{
    SanitizeReport report;
    EXPECT_EQ(
        sanitize(
            u"<img><img src=\"\"><img src=\"javascript:x\"><img src=\"data:image/png;base64,AA\">"
            u"<img src=\"rel.png\"><img src=\"file:///tmp/a.png\">",
            {}, &report),
        QString());
    EXPECT_EQ(report.droppedImages, 6);
    EXPECT_EQ(report.blockedUrls, 4);
}

TEST(SanitizeImages, LazyLoadedImagesUseDataSrc)
{
    EXPECT_EQ(
        clean(u"<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"https://a.vn/real.jpg\">"),
        u"<figure><img src=\"https://a.vn/real.jpg\" alt=\"\"></figure>"_s);
}

TEST(SanitizeImages, MapperSeesResolvedSourcesBeforeTheSchemeCheck)
{
    QStringList seen;
    SanitizeOptions options;
    options.baseUrl = QUrl(u"file:///home/bientap/bai-viet/"_s);
    options.mapImageSource = [&seen](const QString &src) -> QString {
        seen << src;
        if (src.endsWith(u".png"))
            return kMediaScheme % u"://" % QString(64, u'0');
        return {};  // refuse everything else
    };
    SanitizeReport report;
    const QString out = sanitize(u"<p><img src=\"anh/a.png\" alt=\"a\"><img src=\"b.gif\">"
                                 u"<img src=\"data:image/png;base64,AA\"></p>",
        options, &report);
    EXPECT_EQ(seen,
        (QStringList {u"file:///home/bientap/bai-viet/anh/a.png"_s,
            u"file:///home/bientap/bai-viet/b.gif"_s, u"data:image/png;base64,AA"_s}));
    EXPECT_EQ(out,
        u"<figure><img src=\"newsdesk-media://" % QString(64, u'0') % u"\" alt=\"a\"></figure>");
    EXPECT_EQ(report.droppedImages, 2);
}

TEST(SanitizeImages, MapperResultIsStillFiltered)
{
    SanitizeOptions options;
    options.mapImageSource = [](const QString &) { return u"javascript:alert(1)"_s; };
    SanitizeReport report;
    EXPECT_EQ(sanitize(u"<img src=\"https://a.vn/a.png\">", options, &report), QString());
    EXPECT_EQ(report.blockedUrls, 1);
}

TEST(SanitizeImages, ImagesInListsAndTablesMoveAfterThem)
{
    EXPECT_EQ(
        clean(u"<ul><li>a<img src=\"https://a.vn/1.jpg\"><ul><li>b<img src=\"https://a.vn/2.jpg\">"
              u"</li></ul></li></ul><table><tr><td>c<img "
              u"src=\"https://a.vn/3.jpg\"></td></tr></table>"),
        u"<ul>\n<li>a<ul>\n<li>b</li>\n</ul></li>\n</ul>\n"
        u"<figure><img src=\"https://a.vn/1.jpg\" alt=\"\"></figure>\n"
        u"<figure><img src=\"https://a.vn/2.jpg\" alt=\"\"></figure>\n"
        u"<table>\n<tbody>\n<tr><td>c</td></tr>\n</tbody>\n</table>\n"
        u"<figure><img src=\"https://a.vn/3.jpg\" alt=\"\"></figure>"_s);
}

TEST(SanitizeImages, ImageInACaptionMovesAfterItsFigure)
{
    EXPECT_EQ(clean(u"<ul><li><figure><img src=\"https://a.vn/1.png\"><figcaption>Chú thích"
                    u"<img src=\"https://a.vn/2.png\"></figcaption></figure></li></ul>"),
        u"<figure><img src=\"https://a.vn/1.png\" alt=\"\"><figcaption>Chú thích</figcaption>"
        u"</figure>\n<figure><img src=\"https://a.vn/2.png\" alt=\"\"></figure>"_s);
}

TEST(SanitizeImages, ImageInHeadingSplitsIt)
{
    EXPECT_EQ(clean(u"<h2>Left <img src=\"https://a.vn/1.jpg\"> right</h2>"),
        u"<h2>Left</h2>\n<figure><img src=\"https://a.vn/1.jpg\" alt=\"\"></figure>\n<h2>right</h2>"_s);
}

// ---------------------------------------------------------------------------------------------
// Tables

TEST(SanitizeTables, KeepsStructure)
{
    EXPECT_EQ(clean(u"<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td>"
                    u"<td>2</td></tr></tbody><tfoot><tr><td>Σ</td><td>3</td></tr></tfoot></table>"),
        u"<table>\n<thead>\n<tr><th>A</th><th>B</th></tr>\n</thead>\n<tbody>\n"
        u"<tr><td>1</td><td>2</td></tr>\n<tr><td>Σ</td><td>3</td></tr>\n</tbody>\n</table>"_s);
}

TEST(SanitizeTables, RowsOutsideTbodyGoIntoTbody)
{
    EXPECT_EQ(
        clean(u"<table><tr><td>1</td></tr><tbody><tr><td>2</td></tr></tbody><tr><td>3</td></tr>"
              u"</table>"),
        u"<table>\n<tbody>\n<tr><td>1</td></tr>\n<tr><td>2</td></tr>\n<tr><td>3</td></tr>\n"
        u"</tbody>\n</table>"_s);
}

TEST(SanitizeTables, CellsHoldInlineContentOnly)
{
    EXPECT_EQ(clean(u"<table><tr><td><h2>Head</h2><ul><li>one</li><li>two</li></ul><p>para "
                    u"<b>b</b></p></td><td></td></tr></table>"),
        u"<table>\n<tbody>\n<tr><td>Head<br>one<br>two<br>para <strong>b</strong></td>"
        u"<td></td></tr>\n</tbody>\n</table>"_s);
}

TEST(SanitizeTables, NestedTablesAreFlattened)
{
    EXPECT_EQ(clean(u"<table><tr><td>out<table><tr><td>in1</td><td>in2</td></tr></table></td></tr>"
                    u"</table>"),
        u"<table>\n<tbody>\n<tr><td>out<br>in1<br>in2</td></tr>\n</tbody>\n</table>"_s);
}

TEST(SanitizeTables, CaptionBecomesParagraphBefore)
{
    EXPECT_EQ(clean(u"<table><caption>Kết quả</caption><tr><td>1</td></tr></table>"),
        u"<p>Kết quả</p>\n<table>\n<tbody>\n<tr><td>1</td></tr>\n</tbody>\n</table>"_s);
}

TEST(SanitizeTables, EmptyTablesAreDropped)
{
    EXPECT_EQ(clean(u"<table><tr></tr></table><table></table><p>x</p>"), u"<p>x</p>"_s);
}

// ---------------------------------------------------------------------------------------------
// Lists

TEST(SanitizeLists, KeepsNestedLists)
{
    EXPECT_EQ(clean(u"<ol><li>one<ul><li>a</li><li>b</li></ul>after</li><li>two</li></ol>"),
        u"<ol>\n<li>one<ul>\n<li>a</li>\n<li>b</li>\n</ul>after</li>\n<li>two</li>\n</ol>"_s);
}

TEST(SanitizeLists, BlocksInsideItemsBecomeLineBreaks)
{
    EXPECT_EQ(
        clean(u"<ul><li><p>first</p><p>second</p></li><li><blockquote>q</blockquote></li></ul>"),
        u"<ul>\n<li>first<br>second</li>\n<li>q</li>\n</ul>"_s);
}

TEST(SanitizeLists, ListDirectlyInListJoinsThePreviousItem)
{
    EXPECT_EQ(clean(u"<ul><li>a</li><ul><li>a1</li></ul><li>b</li></ul>"),
        u"<ul>\n<li>a<ul>\n<li>a1</li>\n</ul></li>\n<li>b</li>\n</ul>"_s);
    EXPECT_EQ(
        clean(u"<ul><ul><li>x</li></ul></ul>"), u"<ul>\n<li><ul>\n<li>x</li>\n</ul></li>\n</ul>"_s);
}

TEST(SanitizeLists, StrayItemsAndEmptyItems)
{
    EXPECT_EQ(clean(u"<li>stray</li><ul><li></li><li> &nbsp; </li><li>x</li></ul><ul></ul>"),
        u"<p>stray</p>\n<ul>\n<li>x</li>\n</ul>"_s);
}

TEST(SanitizeLists, TextDirectlyInAListBecomesAnItem)
{
    EXPECT_EQ(clean(u"<ul>loose<li>x</li></ul>"), u"<ul>\n<li>loose</li>\n<li>x</li>\n</ul>"_s);
}

TEST(SanitizeLists, WordListParagraphsBecomeLists)
{
    const QString html
        = uR"(<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Bullet one</p>
<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>o<span>&nbsp;</span></span><![endif]>Sub item</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>Bullet two</p>
<p class=MsoNormal>Between</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>Numbered</p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2)<span>&nbsp;</span></span>Second</p>)"_s;
    EXPECT_EQ(clean(html),
        u"<ul>\n<li>Bullet one<ul>\n<li>Sub item</li>\n</ul></li>\n<li>Bullet two</li>\n"
        u"</ul>\n<p>Between</p>\n<ol>\n<li>Numbered</li>\n<li>Second</li>\n</ol>"_s);
}

// ---------------------------------------------------------------------------------------------
// Blockquotes and rules

TEST(SanitizeBlocks, BlockquoteHoldsBlocks)
{
    EXPECT_EQ(clean(u"<blockquote>loose<p>para</p><ul><li>x</li></ul><blockquote>inner</blockquote>"
                    u"</blockquote>"),
        u"<blockquote>\n<p>loose</p>\n<p>para</p>\n<ul>\n<li>x</li>\n</ul>\n<blockquote>\n"
        u"<p>inner</p>\n</blockquote>\n</blockquote>"_s);
}

TEST(SanitizeBlocks, RuleSplitsAParagraph)
{
    EXPECT_EQ(clean(u"<p>a<hr>b</p>"), u"<p>a</p>\n<hr>\n<p>b</p>"_s);
}

// ---------------------------------------------------------------------------------------------
// Text

TEST(SanitizeText, CollapsesAndTrimsWhitespace)
{
    EXPECT_EQ(clean(u"<p>\n   a \t\n b  <b> c </b> d <br>  e  </p>"),
        u"<p>a b <strong>c </strong>d<br>e</p>"_s);
}

TEST(SanitizeText, DropsEmptyBlocks)
{
    EXPECT_EQ(clean(u"<p></p><p> </p><p>&nbsp;</p><p><br></p><h2> </h2><blockquote> </blockquote>"
                    u"<p><b></b></p><p>x</p>"),
        u"<p>x</p>"_s);
}

TEST(SanitizeText, TrimsLineBreaksAtBlockEdges)
{
    EXPECT_EQ(clean(u"<p><br>a<br><br>b<br><br></p>"), u"<p>a<br><br>b</p>"_s);
}

TEST(SanitizeText, EscapesOnlyWhatMust)
{
    EXPECT_EQ(clean(u"<p>&lt;b&gt; &amp; \"quotes\" 'apos' &copy; &hellip;</p>"),
        u"<p>&lt;b&gt; &amp; \"quotes\" 'apos' © …</p>"_s);
}

TEST(SanitizeText, KeepsNoBreakSpaceLiteral)
{
    EXPECT_EQ(clean(u"<p>10&nbsp;000 đồng</p>"), u"<p>10\u00A0000 đồng</p>"_s);
}

TEST(SanitizeText, OutputsNfc)
{
    const QString composed = u"Mường Lay đảm bảo"_s;
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    ASSERT_NE(decomposed, composed);
    EXPECT_EQ(clean(u"<p>" % decomposed % u"</p>"), u"<p>" % composed % u"</p>");
    // Entities that decode to combining marks are composed too.
    EXPECT_EQ(clean(u"<p>e&#x301;</p>"), u"<p>é</p>"_s);
    EXPECT_EQ(clean(u"<img src=\"https://a.vn/a.png\" alt=\"" % decomposed % u"\">"),
        u"<figure><img src=\"https://a.vn/a.png\" alt=\"" % composed % u"\"></figure>");
}

TEST(SanitizeText, StripsControlCharacters)
{
    EXPECT_EQ(clean(u"<p>a\x01\x7f\u0085\uFEFFb</p>"), u"<p>ab</p>"_s);
}

TEST(SanitizeText, KeepsVietnameseAndEmoji)
{
    EXPECT_EQ(clean(u"<p>Thời gian đăng: 15/01/2021 08:56:49 PM 😀</p>"),
        u"<p>Thời gian đăng: 15/01/2021 08:56:49 PM 😀</p>"_s);
}

// ---------------------------------------------------------------------------------------------
// Output format

TEST(SanitizeFormat, CanonicalLayout)
{
    const QString expected
        = u"<h2>Tiêu đề</h2>\n"
          u"<p>Đoạn <a href=\"https://a.vn/\"><strong>đậm</strong></a> và <em>nghiêng</em>.</p>\n"
          u"<ul>\n<li>một<ol>\n<li>a</li>\n</ol></li>\n<li>hai</li>\n</ul>\n"
          u"<blockquote>\n<p>trích</p>\n</blockquote>\n"
          u"<figure><img src=\"https://a.vn/a.jpg\" alt=\"Ảnh\"><figcaption>Chú "
          u"thích</figcaption></figure>\n"
          u"<table>\n<thead>\n<tr><th>A</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td></tr>\n</"
          u"tbody>\n</table>\n"
          u"<hr>"_s;
    const QString messy
        = u"<h1>Tiêu  đề</h1>Đoạn <a href=\"https://a.vn/\"><b>đậm</b></a> và <i>nghiêng</i>."
          u"<ul><li>một<ol><li>a</ol><li>hai</ul><blockquote>trích</blockquote>"
          u"<figure><img src=\"https://a.vn/a.jpg\" alt=\"Ảnh\"><figcaption>Chú thích"
          u"</figcaption></figure><table><thead><tr><th>A<tbody><tr><td>1</table><hr/>"_s;
    EXPECT_EQ(clean(messy), expected);
    EXPECT_EQ(clean(expected), expected);
    EXPECT_FALSE(expected.endsWith(u'\n'));
}

TEST(SanitizeFormat, InlineTagsNestInAFixedOrder)
{
    EXPECT_EQ(clean(u"<p><s><u><em><strong>x</strong></em></u></s></p>"),
        u"<p><strong><em><u><s>x</s></u></em></strong></p>"_s);
    // A tag that is already open stays open around the next run.
    EXPECT_EQ(clean(u"<p><em>a<strong>b</strong></em><strong>c</strong></p>"),
        u"<p><em>a<strong>b</strong></em><strong>c</strong></p>"_s);
    EXPECT_EQ(clean(u"<p><b>a</b><b>b</b> <b><b>c</b></b></p>"),
        u"<p><strong>ab</strong> <strong>c</strong></p>"_s);
    EXPECT_EQ(clean(u"<p><s>a<br>b</s><br>c</p>"), u"<p><s>a<br>b</s><br>c</p>"_s);
}

TEST(SanitizeFormat, EmptyInputGivesEmptyOutput)
{
    EXPECT_EQ(clean(u""), QString());
    EXPECT_EQ(clean(u"   \n "), QString());
    EXPECT_EQ(clean(u"<html><body></body></html>"), QString());
}

// ---------------------------------------------------------------------------------------------
// Report

TEST(SanitizeReportCounts, CountsWhatWasRemoved)
{
    SanitizeReport report;
    report.removedElements = 99;  // overwritten, not added to
    sanitize(u"<script>a</script><script>b</script><iframe></iframe><p onclick=\"x\" class=\"c\">"
             u"<a href=\"javascript:x\">t</a><img src=\"https://t.vn/p\" width=\"1\"></p>",
        {}, &report);
    EXPECT_EQ(report.removedElements, 3);
    EXPECT_EQ(report.removedAttributes, 3);  // onclick, class, width
    EXPECT_EQ(report.blockedUrls, 1);
    EXPECT_EQ(report.droppedImages, 1);
}

// ---------------------------------------------------------------------------------------------
// splitDocument

TEST(SplitDocument, TakesTheFirstHeadingAsTitle)
{
    const HtmlDocumentParts parts = splitDocument(
        u"<html><head><title>Site title</title></head><body><h1>  Bài  <em>viết</em>\n mới </h1>"
        u"<p>Nội dung</p><h1>Second</h1></body></html>");
    EXPECT_EQ(parts.title, u"Bài viết mới"_s);
    EXPECT_EQ(parts.bodyHtml, u"<p>Nội dung</p>\n<h2>Second</h2>"_s);
}

TEST(SplitDocument, FallsBackToTheTitleElement)
{
    const HtmlDocumentParts parts
        = splitDocument(u"<html><head><title>\n Tiêu đề   trang "
                        u"</title></head><body><h2>Sub</h2><p>x</p></body></html>");
    EXPECT_EQ(parts.title, u"Tiêu đề trang"_s);
    EXPECT_EQ(parts.bodyHtml, u"<h2>Sub</h2>\n<p>x</p>"_s);
}

TEST(SplitDocument, NoTitleAtAll)
{
    const HtmlDocumentParts parts = splitDocument(u"<p>Only text</p>");
    EXPECT_TRUE(parts.title.isEmpty());
    EXPECT_EQ(parts.bodyHtml, u"<p>Only text</p>"_s);
}

TEST(SplitDocument, SkipsHeadingsWithoutText)
{
    const HtmlDocumentParts parts = splitDocument(
        u"<h1><img src=\"https://a.vn/logo.png\" alt=\"Logo\"></h1><script><h1>no</h1></script>"
        u"<h1>Real</h1><p>x</p>");
    EXPECT_EQ(parts.title, u"Real"_s);
    EXPECT_EQ(parts.bodyHtml,
        u"<figure><img src=\"https://a.vn/logo.png\" alt=\"Logo\"></figure>\n<p>x</p>"_s);
}

TEST(SplitDocument, TitleIsNfc)
{
    const QString decomposed = u"Mường Lay"_s.normalized(QString::NormalizationForm_D);
    EXPECT_EQ(splitDocument(QString(u"<h1>" % decomposed % u"</h1>")).title, u"Mường Lay"_s);
    EXPECT_EQ(splitDocument(QString(u"<title>" % decomposed % u"</title>")).title, u"Mường Lay"_s);
}

TEST(SplitDocument, ReportsAndOptionsApply)
{
    SanitizeReport report;
    const HtmlDocumentParts parts
        = splitDocument(u"<h1>T</h1><script>x</script><p><a href=\"/a\">a</a></p>",
            withBase(u"https://a.vn/"_s), &report);
    EXPECT_EQ(parts.bodyHtml, u"<p><a href=\"https://a.vn/a\">a</a></p>"_s);
    EXPECT_EQ(report.removedElements, 1);
}
