#include "TestStore.h"
#include "text/Folding.h"
#include "text/Snippet.h"
#include "text/VietnameseText.h"
#include "text/WordDiff.h"

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::text;

TEST(Fold, DropsTonesAndHooksAndLowercases)
{
    EXPECT_EQ(fold(u"Mường Lay"), QStringLiteral("muong lay"));
    EXPECT_EQ(fold(u"MƯỜNG LAY"), QStringLiteral("muong lay"));
    EXPECT_EQ(fold(u"Nghị quyết"), QStringLiteral("nghi quyet"));
}

TEST(Fold, FoldsDStrokeWhichNfdAloneKeeps)
{
    EXPECT_EQ(fold(u"đảm bảo"), QStringLiteral("dam bao"));
    EXPECT_EQ(fold(u"ĐẢNG ỦY"), QStringLiteral("dang uy"));
    // NFD keeps đ as a letter of its own: a plain decomposition would not fold it.
    EXPECT_TRUE(
        QStringLiteral("đ").normalized(QString::NormalizationForm_D).contains(QChar(0x0111)));
}

TEST(Fold, HandlesDecomposedInput)
{
    const QString decomposed = QStringLiteral("Mường Lay").normalized(QString::NormalizationForm_D);
    ASSERT_NE(decomposed, QStringLiteral("Mường Lay"));
    EXPECT_EQ(fold(decomposed), QStringLiteral("muong lay"));
}

TEST(Fold, KeepsPunctuationButSearchFormSplitsOnIt)
{
    EXPECT_EQ(fold(u"“Hội nghị”, 2026!"), QStringLiteral("“hoi nghi”, 2026!"));
    EXPECT_EQ(searchTokens(u"“Hội nghị”, COVID-19!"),
        (QStringList {QStringLiteral("hoi"), QStringLiteral("nghi"), QStringLiteral("covid"),
            QStringLiteral("19")}));
}

TEST(Slug, MatchesThePortalForm)
{
    EXPECT_EQ(slug(u"Mường Lay triển khai Nghị quyết"),
        QStringLiteral("muong-lay-trien-khai-nghi-quyet"));
    EXPECT_EQ(
        slug(u"  Đảm bảo an toàn – giao thông!! "), QStringLiteral("dam-bao-an-toan-giao-thong"));
    EXPECT_EQ(slug(u"“”"), QString());
}

TEST(Slug, IsCutAtAHyphenWhenLong)
{
    QString title;
    for (int i = 0; i < 40; ++i)
        title += QStringLiteral("Mường Lay ");
    const QString result = slug(title);
    EXPECT_LE(result.size(), kMaxSlugLength);
    EXPECT_FALSE(result.endsWith(QLatin1Char('-')));
    EXPECT_TRUE(result.endsWith(QStringLiteral("muong")) || result.endsWith(QStringLiteral("lay")));
}

TEST(Nfc, ComposesDecomposedText)
{
    const QString composed = QStringLiteral("Thời gian đăng");
    EXPECT_EQ(nfc(composed.normalized(QString::NormalizationForm_D)), composed);
    EXPECT_EQ(nfc(composed), composed);
}

TEST(WordCount, CountsSyllablesSeparatedBySpace)
{
    EXPECT_EQ(wordCount(u"Mường Lay triển khai Nghị quyết"), 6);
    EXPECT_EQ(wordCount(u"  Một,  hai – ba...\n\nbốn  "), 4);  // the dash alone is no word
    EXPECT_EQ(wordCount(u""), 0);
    EXPECT_EQ(wordCount(u"HĐND 2026"), 2);
}

TEST(Snippet, HighlightsOriginalWordsForFoldedTokens)
{
    const QString text = QStringLiteral("Huyện đã đảm bảo an toàn cho người dân.");
    const QList<TextRange> matches
        = findMatches(text, {QStringLiteral("dam"), QStringLiteral("bao")});
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(text.mid(matches[0].start, matches[0].length), QStringLiteral("đảm"));
    EXPECT_EQ(text.mid(matches[1].start, matches[1].length), QStringLiteral("bảo"));
}

TEST(Snippet, PicksThePassageWithThePhraseAndMarksCuts)
{
    QString text;
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("chữ ");
    text += QStringLiteral("thị xã Mường Lay hôm nay ");
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("chữ ");
    const Snippet snippet = makeSnippet(text, {QStringLiteral("muong"), QStringLiteral("lay")}, 20);
    EXPECT_TRUE(snippet.text.startsWith(QChar(0x2026)));
    EXPECT_TRUE(snippet.text.endsWith(QChar(0x2026)));
    ASSERT_EQ(snippet.highlights.size(), 2);
    EXPECT_EQ(snippet.text.mid(snippet.highlights[0].start, snippet.highlights[0].length),
        QStringLiteral("Mường"));
    EXPECT_EQ(toHtml(snippet).count(QStringLiteral("<mark>")), 2);
    EXPECT_TRUE(toHtml(snippet).contains(QStringLiteral("<mark>Mường</mark> <mark>Lay</mark>")));
}

TEST(Snippet, EscapesHtmlAroundMarks)
{
    Snippet snippet {QStringLiteral("a < b & Lay"), {TextRange {8, 3}}};
    EXPECT_EQ(toHtml(snippet), QStringLiteral("a &lt; b &amp; <mark>Lay</mark>"));
}

TEST(WordDiff, ReportsChangedWordsAndJoinsBack)
{
    const QString before = QStringLiteral("Huyện triển khai kế hoạch năm 2025.");
    const QString after = QStringLiteral("Huyện triển khai nhanh kế hoạch năm 2026.");
    const auto segments = wordDiff(before, after);
    QString rebuiltBefore;
    QString rebuiltAfter;
    for (const auto &segment : segments) {
        if (segment.kind != DiffSegment::Kind::Added)
            rebuiltBefore += segment.text;
        if (segment.kind != DiffSegment::Kind::Removed)
            rebuiltAfter += segment.text;
    }
    EXPECT_EQ(rebuiltBefore, before);
    EXPECT_EQ(rebuiltAfter, after);
    const QString markup = toWordDiffMarkup(segments);
    EXPECT_TRUE(markup.contains(QStringLiteral("{+nhanh +}"))) << markup.toStdString();
    EXPECT_TRUE(markup.contains(QStringLiteral("{+2026.+}"))) << markup.toStdString();
    EXPECT_TRUE(markup.contains(QStringLiteral("[-2025.-]"))) << markup.toStdString();
    EXPECT_TRUE(markup.startsWith(QStringLiteral("Huyện triển khai "))) << markup.toStdString();
}

TEST(Folding, FindsTextIgnoringCaseAndDiacriticsKeepingPositions)
{
    const QString text = QStringLiteral("Công an ĐẢM BẢO an toàn; đảm bảo trật tự.");
    EXPECT_EQ(text::foldKeepingPositions(text).size(), text.size());
    EXPECT_EQ(text::indexOfFolded(text, u"dam bao"), 8);
    EXPECT_EQ(text::indexOfFolded(text, u"dam bao", 9), 25);
    EXPECT_EQ(text::indexOfFolded(text, u"Đảm bảo", -1, true), 25);
    EXPECT_EQ(text::indexOfFolded(text, u"dam bao", 24, true), 8);
    EXPECT_EQ(text::indexOfFolded(text, u"trat tu."), 33);
    EXPECT_EQ(text::indexOfFolded(text, u"dam  bao"), -1);
    EXPECT_EQ(text::indexOfFolded(text, u""), -1);
    // A decomposed mark (not NFC) never matches a letter: positions must stay one to one.
    EXPECT_EQ(text::indexOfFolded(QStringLiteral("a\u0301b"), u"ab"), -1);
}
