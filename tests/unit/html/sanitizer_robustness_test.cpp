// The sanitizer against hostile shapes: random and mutated HTML (fixed seed), absurd nesting,
// attribute and formatting bombs, and a 5 MB page. Every output must be canonical and stable.

#include "QtPrinters.h"
#include "html/HtmlSanitizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <gtest/gtest.h>

#include <ctime>
#include <functional>
#include <ostream>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace newsdesk::html;

namespace {

#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
constexpr double kFiveMegabyteBudgetSeconds = 1.0;
#else
constexpr double kFiveMegabyteBudgetSeconds = 20.0;  // unoptimized or sanitizer builds
#endif
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
constexpr double kBombBudgetSeconds = 0.5;
#else
constexpr double kBombBudgetSeconds = 10.0;
#endif

QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(NEWSDESK_TEST_DATA_DIR) % u"/html/" % name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// CPU seconds, not wall time: other builds on the machine must not fail the test.
double cpuSecondsFor(const std::function<void()> &work)
{
    const std::clock_t start = std::clock();
    work();
    return double(std::clock() - start) / CLOCKS_PER_SEC;
}

QString repeated(QStringView piece, int count)
{
    return piece.toString().repeated(count);
}

// ---------------------------------------------------------------------------------------------
// A checker for the canonical subset: allowed elements in allowed places, only href/src/alt.

class CanonicalChecker {
public:
    // Empty when `html` is canonical, else what is wrong.
    QString problem(const QString &html)
    {
        m_stack = {u"#root"_s};
        qsizetype at = 0;
        while (at < html.size()) {
            const qsizetype open = html.indexOf(u'<', at);
            const QStringView text
                = QStringView(html).mid(at, (open < 0 ? html.size() : open) - at);
            if (const QString issue = checkText(text); !issue.isEmpty())
                return issue;
            if (open < 0)
                break;
            const qsizetype close = html.indexOf(u'>', open);
            if (close < 0)
                return u"unterminated tag at " % QString::number(open);
            const QString issue = checkTag(QStringView(html).mid(open + 1, close - open - 1));
            if (!issue.isEmpty())
                return issue % u" at " % QString::number(open);
            at = close + 1;
        }
        return m_stack.size() == 1 ? QString() : u"unclosed " % m_stack.back();
    }

private:
    static bool isInline(const QString &tag)
    {
        static const QStringList inlineTags {u"strong"_s, u"em"_s, u"u"_s, u"s"_s, u"a"_s, u"br"_s};
        return inlineTags.contains(tag);
    }

    static bool holdsInline(const QString &parent)
    {
        static const QStringList hosts {
            u"p"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"li"_s, u"td"_s, u"th"_s, u"figcaption"_s};
        return hosts.contains(parent) || (isInline(parent) && parent != u"br");
    }

    static bool allowed(const QString &parent, const QString &child)
    {
        static const QStringList flow {u"p"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"ul"_s, u"ol"_s,
            u"blockquote"_s, u"figure"_s, u"table"_s, u"hr"_s};
        if (parent == u"#root" || parent == u"blockquote")
            return flow.contains(child);
        if (parent == u"ul" || parent == u"ol")
            return child == u"li";
        if (parent == u"li" && (child == u"ul" || child == u"ol"))
            return true;
        if (parent == u"table")
            return child == u"thead" || child == u"tbody";
        if (parent == u"thead" || parent == u"tbody")
            return child == u"tr";
        if (parent == u"tr")
            return child == u"td" || child == u"th";
        if (parent == u"figure")
            return child == u"img" || child == u"figcaption";
        if (child == u"a" && parent == u"a")
            return false;
        return holdsInline(parent) && isInline(child);
    }

    QString checkText(QStringView text) const
    {
        if (text.isEmpty())
            return {};
        if (text.contains(u'>'))
            return u"unescaped > in text"_s;
        const QString &parent = m_stack.back();
        const bool blank = text.trimmed().isEmpty();
        if (!holdsInline(parent) && !(blank && text == u"\n"))
            return u"text directly in " % parent % u": " % text.left(40).toString();
        return {};
    }

    // "tag", "/tag" or "tag attr=\"value\" ..." (values hold no quotes or angle brackets).
    QString checkTag(QStringView inside)
    {
        if (inside.startsWith(u'/'))
            return closeTag(inside.mid(1).toString());
        const qsizetype space = inside.indexOf(u' ');
        const QString name = inside.left(space < 0 ? inside.size() : space).toString();
        static const QRegularExpression namePattern(u"^[a-z0-9]+$"_s);
        if (!namePattern.match(name).hasMatch())
            return u"bad tag name " % name;
        return openTag(name, space < 0 ? QString() : inside.mid(space).toString());
    }

    QString openTag(const QString &tag, const QString &attributes)
    {
        if (!allowed(m_stack.back(), tag))
            return u"<" % tag % u"> inside <" % m_stack.back() % u">";
        if (const QString issue = checkAttributes(tag, attributes); !issue.isEmpty())
            return issue;
        if (tag != u"br" && tag != u"hr" && tag != u"img")
            m_stack.push_back(tag);
        return {};
    }

    QString closeTag(const QString &tag)
    {
        if (m_stack.size() < 2 || m_stack.back() != tag)
            return u"</" % tag % u"> does not close <" % m_stack.back() % u">";
        m_stack.pop_back();
        return {};
    }

    static QString checkAttributes(const QString &tag, const QString &attributes)
    {
        static const QRegularExpression attributePattern(u" ([a-z]+)=\"([^\"<>]*)\""_s);
        static const QRegularExpression wholePattern(u"^(?: [a-z]+=\"[^\"<>]*\")*$"_s);
        if (!wholePattern.match(attributes).hasMatch())
            return u"malformed attributes in <" % tag % u">: " % attributes;
        QStringList names;
        for (auto it = attributePattern.globalMatch(attributes); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            names << match.captured(1);
            if (match.captured(1) == u"href" || match.captured(1) == u"src") {
                QString url = match.captured(2);
                url.replace(u"&quot;"_s, u"\""_s)
                    .replace(u"&lt;"_s, u"<"_s)
                    .replace(u"&gt;"_s, u">"_s);
                url.replace(u"&amp;"_s, u"&"_s);
                if (safeUrl(url) != url)
                    return u"unsafe url " % url;
            }
        }
        const QStringList expected = tag == u"a" ? QStringList {u"href"_s}
            : tag == u"img"                      ? QStringList {u"src"_s, u"alt"_s}
                                                 : QStringList {};
        return names == expected ? QString() : u"attributes of <" % tag % u">: " % names.join(u',');
    }

    QStringList m_stack;
};

// ---------------------------------------------------------------------------------------------
// Random HTML from a fixed seed: tag soup with the shapes real pastes and attackers use.

class SoupGenerator {
public:
    explicit SoupGenerator(quint32 seed) : m_random(seed) { }

    QString document(int pieces)
    {
        QString html;
        std::vector<QString> open;
        for (int i = 0; i < pieces; ++i) {
            switch (pick(10)) {
            case 0:
            case 1:
            case 2:
                html += text();
                break;
            case 3:
            case 4:
            case 5: {
                const QString tag = element();
                html += u'<' % tag % attributes() % u'>';
                open.push_back(tag);
                break;
            }
            case 6:
            case 7:
                if (!open.empty() && pick(4) != 0) {
                    html += u"</" % open.back() % u'>';
                    open.pop_back();
                } else {
                    html += u"</" % element() % u'>';  // stray or misnested end tag
                }
                break;
            case 8:
                html += special();
                break;
            default:
                html += u"<img" % attributes() % u'>';
                break;
            }
        }
        return html;
    }

    QString mutate(const QString &source, int edits)
    {
        QString html = source;
        for (int i = 0; i < edits && !html.isEmpty(); ++i) {
            const qsizetype at = pick(int(html.size()));
            const qsizetype length = std::min<qsizetype>(pick(40) + 1, html.size() - at);
            switch (pick(4)) {
            case 0:
                html.remove(at, length);
                break;
            case 1:
                html.insert(at, html.mid(at, length));
                break;
            case 2:
                html.insert(at, pick(2) ? text() : u'<' % element() % attributes() % u'>');
                break;
            default:
                html.insert(pick(int(html.size())), html.mid(at, length));
                break;
            }
        }
        return html;
    }

private:
    int pick(int count) { return int(m_random() % quint32(count)); }

    template<typename T> T pickFrom(std::initializer_list<T> options)
    {
        return *(options.begin() + pick(int(options.size())));
    }

    QString element()
    {
        return QString::fromUtf16(pickFrom<const char16_t *>({u"p", u"div", u"span", u"b", u"i",
            u"u", u"s", u"strong", u"em", u"a", u"a", u"h1", u"h2", u"h3", u"h5", u"ul", u"ol",
            u"li", u"li", u"table", u"thead", u"tbody", u"tr", u"td", u"th", u"caption",
            u"blockquote", u"figure", u"figcaption", u"pre", u"font", u"center", u"section", u"dl",
            u"dt", u"dd", u"o:p", u"sup", u"code", u"script", u"style", u"iframe", u"svg", u"math",
            u"select", u"option", u"textarea", u"template", u"noscript", u"title", u"form",
            u"button", u"object", u"del", u"ins", u"strike", u"br", u"hr", u"body", u"html",
            u"head", u"col", u"colgroup", u"tfoot"}));
    }

    QString attributes()
    {
        QString out;
        const int count = pick(3);
        for (int i = 0; i < count; ++i) {
            out += QString::fromUtf16(
                pickFrom<const char16_t *>({u" href=\"https://a.vn/x?a=1&amp;b=2\"",
                    u" href=\"javascript:alert(1)\"", u" href=\"java&#9;script:x\"",
                    u" href=\"/relative\"", u" href=\"mailto:a@b.vn\"",
                    u" href=\" data:text/html,x\"", u" src=\"https://a.vn/a.jpg\"",
                    u" src=\"newsdesk-media://abc\"", u" src=\"file:///tmp/x.png\"",
                    u" src=\"data:image/png;base64,AA\"", u" width=\"1\"", u" height=\"300\"",
                    u" alt=\"Ảnh &quot;đẹp&quot; <x>\"", u" style=\"font-weight:700\"",
                    u" style=\"font-weight:normal;font-style:italic\"",
                    u" style=\"text-decoration:underline line-through\"",
                    u" style=\"mso-list:l0 level2 lfo1\"", u" style=\"mso-list:Ignore\"",
                    u" style=\"width:1px;height:1px\"", u" style=\"background:url(javascript:x)\"",
                    u" class=\"MsoNormal\"", u" onclick=\"alert(1)\"", u" onerror=alert(2)",
                    u" data-src=\"https://a.vn/lazy.jpg\"", u" id=x", u" title='t'", u" colspan=2",
                    u" unterminated=\"a"}));
        }
        return out;
    }

    QString text()
    {
        return QString::fromUtf16(pickFrom<const char16_t *>({u"Mường Lay", u" đảm bảo ", u"\n  ",
            u" ", u"&nbsp;", u"&amp;", u"&lt;b&gt;", u"a&#769;", u"&#0;", u"&#xD800;", u"&foo;",
            u"<", u">", u"&", u"\"quoted\"", u"e\u0301", u"\u00A0", u"\u200B", u"\uFEFF",
            u"\x01\x7f", u"😀", u"1.", u"\u0338", u"x", u"\t", u"\r\n", u"·"}));
    }

    QString special()
    {
        return QString::fromUtf16(pickFrom<const char16_t *>(
            {u"<!-- comment -->", u"<!-->", u"<![if !supportLists]>", u"<![endif]>",
                u"<![CDATA[x]]>", u"<!DOCTYPE html>", u"<?xml version=\"1.0\"?>", u"</>", u"<br/>",
                u"</br>", u"</p>", u"<p/>", u"<div <p>", u"<a href=x<b>", u"<table><tr><td>",
                u"<ul><li>", u"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>",
                u"<img src=\"https://a.vn/b.png\" alt=\"b\">", u"<svg><g><rect/></g>",
                u"<math><mi>x</mi>", u"<script>if (a < b) {}</script>", u"<!--"}));
    }

    std::mt19937 m_random;
};

void expectCanonicalAndStable(const QString &input, const std::string &label)
{
    const QString once = sanitize(input);
    CanonicalChecker checker;
    const QString problem = checker.problem(once);
    ASSERT_TRUE(problem.isEmpty())
        << label << ": " << problem.toStdString() << "\ninput: " << input.toStdString()
        << "\noutput: " << once.toStdString();
    const QString twice = sanitize(once);
    ASSERT_EQ(twice, once) << label << "\ninput: " << input.toStdString();
}

}  // namespace

// NEWSDESK_FUZZ_ITERATIONS=<n> runs a longer search (and NEWSDESK_FUZZ_SEED another seed).
TEST(SanitizeRobustness, RandomSoupIsCanonicalAndIdempotent)
{
    bool ok = false;
    const int iterations = qEnvironmentVariableIntValue("NEWSDESK_FUZZ_ITERATIONS", &ok);
    const int seed = qEnvironmentVariableIntValue("NEWSDESK_FUZZ_SEED");
    SoupGenerator generator(20210115u + quint32(seed));
    for (int i = 0; i < (ok ? iterations : 3000); ++i) {
        const QString html = generator.document(5 + i % 60);
        expectCanonicalAndStable(html, "soup #" + std::to_string(i));
        if (HasFatalFailure())
            return;
    }
}

TEST(SanitizeRobustness, MutatedFixturesAreCanonicalAndIdempotent)
{
    SoupGenerator generator(856494);
    for (const QString &name : {u"word_paste.html"_s, u"libreoffice_paste.html"_s,
             u"gdocs_paste.html"_s, u"hostile.html"_s, u"news_page.html"_s, u"malformed.html"_s}) {
        const QString source = readFixture(name);
        ASSERT_FALSE(source.isEmpty()) << name.toStdString();
        for (int i = 0; i < 200; ++i) {
            expectCanonicalAndStable(generator.mutate(source, 1 + i % 12),
                name.toStdString() + " mutation #" + std::to_string(i));
            if (HasFatalFailure())
                return;
        }
    }
}

TEST(SanitizeRobustness, CheckerRejectsNonCanonicalHtml)
{
    CanonicalChecker checker;
    EXPECT_TRUE(checker.problem(u"<p>a<br>b</p>\n<ul>\n<li>x</li>\n</ul>"_s).isEmpty());
    EXPECT_FALSE(checker.problem(u"<p><p>a</p></p>"_s).isEmpty());
    EXPECT_FALSE(checker.problem(u"<div>a</div>"_s).isEmpty());
    EXPECT_FALSE(checker.problem(u"<p class=\"x\">a</p>"_s).isEmpty());
    EXPECT_FALSE(checker.problem(u"<p><a href=\"javascript:x\">a</a></p>"_s).isEmpty());
    EXPECT_FALSE(checker.problem(u"text"_s).isEmpty());
    EXPECT_FALSE(checker.problem(u"<p>a"_s).isEmpty());
}

// 100,000 levels of nesting: no stack overflow (gumbo's own tree destruction recurses per level;
// the sanitizer never calls it), no quadratic parse, and the text survives.
struct Nesting {
    const char16_t *open;
    bool keepsText;  // false where the container is dropped with its content (svg, select)
};

class SanitizeDeepNesting : public ::testing::TestWithParam<Nesting> { };

TEST_P(SanitizeDeepNesting, FlattensWithoutOverflowOrQuadraticTime)
{
    const QString open = QString::fromUtf16(GetParam().open);
    const QString html = repeated(open, 100000) % u"deep text" % repeated(u"</div></b></ul>", 1000);
    QString out;
    const double seconds = cpuSecondsFor([&] { out = sanitize(html); });
    EXPECT_LT(seconds, kBombBudgetSeconds * 4) << open.toStdString();
    EXPECT_EQ(out.contains(u"deep text"), GetParam().keepsText) << open.toStdString();
    EXPECT_TRUE(CanonicalChecker().problem(out).isEmpty()) << open.toStdString();
    EXPECT_EQ(sanitize(out), out) << open.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Tags, SanitizeDeepNesting,
    ::testing::Values(Nesting {u"<div>", true}, Nesting {u"<ul>", true}, Nesting {u"<b>", true},
        Nesting {u"<ul><li>", true}, Nesting {u"<ol><li><p>", true},
        Nesting {u"<blockquote>", true}, Nesting {u"<span>", true},
        Nesting {u"<table><tr><td>", true}, Nesting {u"<a href=\"https://a.vn/\">", true},
        Nesting {u"<font>", true}, Nesting {u"<em><strong>", true}, Nesting {u"<div/>", true},
        Nesting {u"<td>", true}, Nesting {u"<li>", true}, Nesting {u"<p><span>", true},
        Nesting {u"<section><article>", true}, Nesting {u"<b><div>", true},
        Nesting {u"<p><b id=x>", true}, Nesting {u"<dl><dd>", true}, Nesting {u"<figure>", true},
        Nesting {u"<h1>", true}, Nesting {u"<svg><g>", false}, Nesting {u"<select><option>", false},
        Nesting {u"<object>", false}));

TEST(SanitizeDeepNestingShapes, ListsKeepTheirTextAtTheNestingCap)
{
    const QString out = sanitize(QString(repeated(u"<ul><li>level", 200) % u"bottom"));
    EXPECT_TRUE(out.contains(u"bottom"));
    EXPECT_EQ(out.count(u"<ul>"), 32);  // deeper levels are flattened into line breaks
    EXPECT_TRUE(CanonicalChecker().problem(out).isEmpty());
}

TEST(SanitizeDeepNestingShapes, FormattingReconstructionBomb)
{
    // Distinct formatting elements left open across paragraphs make an HTML parser re-open all of
    // them in every paragraph: without a guard, quadratic work and a quadratic tree.
    QString html;
    for (int i = 0; i < 30000; ++i)
        html += u"<p><b id=\"b" % QString::number(i) % u"\">x";
    QString out;
    const double seconds = cpuSecondsFor([&] { out = sanitize(html); });
    EXPECT_LT(seconds, kBombBudgetSeconds);
    EXPECT_TRUE(CanonicalChecker().problem(out).isEmpty());
}

TEST(SanitizeBombs, ManyAttributesOnOneTag)
{
    QString html = u"<p"_s;
    for (int i = 0; i < 200000; ++i)
        html += u" a" % QString::number(i) % u"=\"v\"";
    html += u">text</p>";
    QString out;
    const double seconds = cpuSecondsFor([&] { out = sanitize(html); });
    EXPECT_LT(seconds, kBombBudgetSeconds * 4);
    EXPECT_EQ(out, u"<p>text</p>"_s);
}

TEST(SanitizeBombs, OddInputNeverCrashes)
{
    const QStringList inputs {u"<"_s, u"<!"_s, u"<!--"_s, u"</"_s, u"<a"_s, u"<a href=\""_s,
        u"<script>"_s, u"<plaintext>x<p>y"_s, u"<table>"_s, u"<frameset><frame></frameset>"_s,
        u"<svg><![CDATA["_s, u"\0\0<p>\0</p>"_s, QString(1, QChar(0xD800)) + u"<p>x</p>"_s,
        u"<p>\U0010FFFF\uFFFE</p>"_s, u"<title>t"_s, u"<html><html><body><body><head>"_s,
        u"<isindex prompt=x>"_s, u"<image src=\"https://a.vn/i.png\">"_s, u"<math><mtext><p>x"_s,
        u"<template><p>x</template>y"_s, u"<select><p>x"_s};
    for (const QString &input : inputs)
        expectCanonicalAndStable(input, input.toStdString());
}

TEST(SanitizePerformance, FiveMegabytesWellUnderASecond)
{
    // A realistic mix of Word-like paragraphs, lists, tables, links, figures and Vietnamese text.
    const QString words = u"Mường Lay triển khai Nghị quyết về phát triển kinh tế xã hội năm 2021 "
                          u"đảm bảo an ninh trật tự và phát triển du lịch cộng đồng"_s;
    QString html;
    html.reserve(5300000);
    for (int i = 0; html.size() < 5 * 1024 * 1024; ++i) {
        switch (i % 6) {
        case 0:
            html += u"<p class=\"MsoNormal\" style=\"margin:0\"><span style=\"font-size:12pt\">"
                % words % u"</span> <b>" % words.left(20) % u"</b><o:p></o:p></p>\n";
            break;
        case 1:
            html += u"<ul><li>" % words % u"</li><li><a href=\"https://example.vn/"
                % QString::number(i) % u"\">" % words.left(15) % u"</a></li></ul>\n";
            break;
        case 2:
            html += u"<table><tr><td>" % words.left(10) % u"</td><td>" % words.mid(10, 20)
                % u"</td></tr></table>\n";
            break;
        case 3:
            html += u"<div><span style=\"font-weight:700\">" % words % u"</span><br>" % words
                % u"</div>\n";
            break;
        case 4:
            html += u"<h2>" % words.left(40) % u"</h2><figure><img src=\"https://example.vn/"
                % QString::number(i) % u".jpg\" alt=\"" % words.left(10) % u"\"><figcaption>"
                % words.left(30) % u"</figcaption></figure>\n";
            break;
        default:
            html += u"<p>" % words % u" &amp; " % words % u"</p>\n";
            break;
        }
    }
    QString out;
    const double seconds = cpuSecondsFor([&] { out = sanitize(html); });
    EXPECT_LT(seconds, kFiveMegabyteBudgetSeconds);
    EXPECT_GT(out.size(), html.size() / 2);
    EXPECT_TRUE(CanonicalChecker().problem(out).isEmpty());
}
