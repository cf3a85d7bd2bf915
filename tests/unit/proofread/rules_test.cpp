// One test group per rule, each with texts it must flag and texts it must leave alone.
#include "text/proofread/Rules.h"
#include "text/proofread/SpellChecker.h"
#include "text/proofread/ToneMarks.h"

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::proofread;

namespace {

// What a finding covers, for readable expectations.
QString covered(const QString &text, const Finding &finding)
{
    return text.mid(finding.start, finding.length);
}

// The text with every one-click fix applied, back to front.
QString fixed(QString text, const QList<Finding> &findings)
{
    for (qsizetype i = findings.size() - 1; i >= 0; --i) {
        if (findings[i].replacement)
            text.replace(findings[i].start, findings[i].length, *findings[i].replacement);
    }
    return text;
}

const SpellChecker &vietnamese()
{
    static const std::unique_ptr<SpellChecker> spell = [] {
        auto opened = SpellChecker::open(QStringLiteral("/usr/share/hunspell/vi_VN"));
        return opened ? std::move(opened).value() : nullptr;
    }();
    if (!spell)
        ADD_FAILURE() << "the vi_VN dictionary did not load";
    return *spell;
}

}  // namespace

// 1. Repeated words

TEST(RepeatedWords, FlagsTheSameWordTwiceAndRemovesTheRepeat)
{
    const QString text = QStringLiteral("Dự án được được triển khai. Tỉnh tỉnh ủy chỉ đạo.");
    const auto findings = repeatedWords(text);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(covered(text, findings[0]), QStringLiteral("được được"));
    EXPECT_EQ(findings[0].rule, RuleId::RepeatedWord);
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("được")));
    EXPECT_EQ(covered(text, findings[1]), QStringLiteral("Tỉnh tỉnh"));  // ignoring case
    EXPECT_EQ(fixed(text, findings), QStringLiteral("Dự án được triển khai. Tỉnh ủy chỉ đạo."));
}

TEST(RepeatedWords, LeavesIntendedRepetitionsAndOtherSpacingAlone)
{
    for (const QString &text : {QStringLiteral("Ngày ngày người người thi đua."),
             QStringLiteral("Năm năm qua, nhà nhà đều có điện."),
             QStringLiteral("Mưa dần dần tạnh."),
             QStringLiteral("được  được"),  // two spaces: extraSpaces' finding, not this one
             QStringLiteral("được, được"), QStringLiteral("la lá"),
             QStringLiteral("ngày 15 15 tháng")})
        EXPECT_TRUE(repeatedWords(text).isEmpty()) << text.toStdString();
}

// 2. Missing space after punctuation

TEST(MissingSpaces, FlagsPunctuationRunIntoTheNextWord)
{
    const QString text = QStringLiteral(
        "Tăng cường đầu tư.Thực hiện tốt công tác hội,văn nghệ. Điều 1:Phạm vi. Năm 2020.Tiếp");
    const auto findings = missingSpaces(text);
    ASSERT_EQ(findings.size(), 4);
    EXPECT_EQ(covered(text, findings[0]), QStringLiteral("."));
    EXPECT_EQ(findings[0].start, text.indexOf(QStringLiteral(".Thực")));
    EXPECT_EQ(covered(text, findings[1]), QStringLiteral(","));
    EXPECT_EQ(covered(text, findings[2]), QStringLiteral(":"));
    EXPECT_EQ(findings[3].start, text.indexOf(QStringLiteral(".Tiếp")));
    EXPECT_EQ(fixed(text, findings),
        QStringLiteral("Tăng cường đầu tư. Thực hiện tốt công tác hội, văn nghệ. Điều 1: Phạm "
                       "vi. Năm 2020. Tiếp"));
}

TEST(MissingSpaces, LeavesNumbersLinksAndAbbreviationsAlone)
{
    for (const QString &text : {QStringLiteral("Tăng 3.5% so với 1,2 tỷ; tổng 1.000.000 đồng."),
             QStringLiteral("Tại TP.HCM, TT.HĐND và UBND tỉnh, v.v. đều họp."),
             QStringLiteral("PGS.TS Nguyễn Văn A làm việc ở Tp.Điện Biên Phủ."),
             QStringLiteral("Ông N.V.Hùng phát biểu lúc 8:30 sáng."),
             QStringLiteral(
                 "Xem https://dienbien.gov.vn/tin-tuc?id=3&x=Hai hoặc www.dienbien.gov.vn."),
             QStringLiteral("Gửi về vanphong@dienbien.gov.vn hoặc tải bao-cao.docx, "
                            "dienbien.gov.vn."),
             QStringLiteral("Tỉ lệ 2:1, phiên bản 1.2.")})
        EXPECT_TRUE(missingSpaces(text).isEmpty()) << text.toStdString();
}

TEST(MissingSpaces, StillFlagsASentenceEndingInAnAbbreviation)
{
    const QString text = QStringLiteral("Báo cáo gửi UBND.Tiếp theo là phần thảo luận.");
    const auto findings = missingSpaces(text);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].start, text.indexOf(QStringLiteral(".Tiếp")));
}

// 3. Words run together

TEST(JoinedWords, SplitsAnUnknownWordIntoKnownSyllables)
{
    const QString text = QStringLiteral("Tổng quátnăm nay, thủ đô HàNội đẹp.");
    const auto findings = joinedWords(text, vietnamese());
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(covered(text, findings[0]), QStringLiteral("quátnăm"));
    EXPECT_EQ(findings[0].replacement, QStringLiteral("quát năm"));
    EXPECT_EQ(covered(text, findings[1]), QStringLiteral("HàNội"));
    EXPECT_EQ(findings[1].replacement, QStringLiteral("Hà Nội"));
}

TEST(JoinedWords, LeavesKnownWordsForeignNamesAndWrongMarksAlone)
{
    for (const QString &text : {QStringLiteral("Tổng quát năm nay."),
             QStringLiteral("Đoàn công tác đến London và dùng Facebook."),
             QStringLiteral("nghiẹp vụ"),  // one syllable with a wrong mark: toneOrHook's
             QStringLiteral("HĐNDtỉnh họp"), QStringLiteral("Covid-19 và 5G")})
        EXPECT_TRUE(joinedWords(text, vietnamese()).isEmpty()) << text.toStdString();
}

// 4. Unmatched quotes and brackets

TEST(UnmatchedPairs, FlagsClosingWithoutOpeningAndTheReverse)
{
    const QString text = QStringLiteral("Ông nói: “Phải làm ngay.\n"
                                        "Kết quả tốt” và (theo báo cáo của Sở.\n"
                                        "Tổng số 15 xã) đã xong; [ghi chú].");
    const auto findings = unmatchedPairs(text);
    ASSERT_EQ(findings.size(), 4);
    EXPECT_EQ(findings[0].start, text.indexOf(QStringLiteral("“")));
    EXPECT_EQ(findings[1].start, text.indexOf(QStringLiteral("”")));
    EXPECT_EQ(findings[2].start, text.indexOf(QStringLiteral("(")));
    EXPECT_EQ(findings[3].start, text.indexOf(QStringLiteral(")")));
    for (const Finding &finding : findings) {
        EXPECT_EQ(finding.length, 1);
        EXPECT_EQ(finding.rule, RuleId::UnmatchedPair);
        EXPECT_FALSE(finding.replacement.has_value());
    }
}

TEST(UnmatchedPairs, FlagsAStrayStraightQuote)
{
    const QString text = QStringLiteral("Phong trào \"Nông thôn mới đạt kết quả.");
    const auto findings = unmatchedPairs(text);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].start, text.indexOf(QLatin1Char('"')));
}

TEST(UnmatchedPairs, LeavesBalancedTextListsApostrophesAndLongQuotationsAlone)
{
    for (const QString &text : {QStringLiteral("Ông nói: “Phải làm ngay” (theo Sở Y tế)."),
             QStringLiteral("Phong trào \"Nông thôn mới\" và [phụ lục] đều ổn."),
             QStringLiteral("Nội dung gồm:\na) Tổ chức hội nghị;\nb) Báo cáo kết quả.\n"
                            "1) Bước một; 2) Bước hai; iv) Bước bốn."),
             QStringLiteral("Ông O’Neill đến thăm."),
             // A quotation over paragraphs reopens each one and closes once, at its end.
             QStringLiteral("“Đoạn thứ nhất của lời phát biểu.\n\n“Đoạn thứ hai, hết.”"),
             QStringLiteral("Lời dẫn ‘trích’ trong «ngoặc kép»")})
        EXPECT_TRUE(unmatchedPairs(text).isEmpty()) << text.toStdString();
}

// 5. Extra spaces

TEST(ExtraSpaces, FlagsDoubleSpacesAndSpacesBeforePunctuation)
{
    const QString text = QStringLiteral("Đầu tư  thực hiện tốt . Vì sao ? Có ba:  một , hai.");
    const auto findings = extraSpaces(text);
    ASSERT_EQ(findings.size(), 5);
    EXPECT_EQ(findings[0].start, text.indexOf(QStringLiteral("  ")));
    EXPECT_EQ(findings[0].length, 2);
    EXPECT_EQ(findings[0].replacement, QStringLiteral(" "));
    EXPECT_EQ(covered(text, findings[1]), QStringLiteral(" "));
    EXPECT_EQ(findings[1].replacement, QString());
    EXPECT_EQ(
        fixed(text, findings), QStringLiteral("Đầu tư thực hiện tốt. Vì sao? Có ba: một, hai."));
}

TEST(ExtraSpaces, LeavesSingleSpacesIndentationAndFileNamesAlone)
{
    for (const QString &text : {QStringLiteral("Đầu tư thực hiện tốt."),
             QStringLiteral("  Đoạn thụt đầu dòng.\nDòng sau   \nhết"),
             QStringLiteral("Tải tệp .docx về máy; cách 10\u00A0km."),
             QStringLiteral("Lời dẫn (...) rồi tiếp.")})
        EXPECT_TRUE(extraSpaces(text).isEmpty()) << text.toStdString();
}

// 6. Not NFC

TEST(NotNfc, FlagsDecomposedWordsWithTheirComposedForm)
{
    const QString decomposed
        = QStringLiteral("Nghị quyết").normalized(QString::NormalizationForm_D);
    const QString text = QStringLiteral("Tỉnh ban hành ") + decomposed + QStringLiteral(" số 5.");
    const auto findings = notNfc(text);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].start, text.indexOf(decomposed));
    EXPECT_EQ(findings[0].replacement, QStringLiteral("Nghị"));
    EXPECT_EQ(findings[1].replacement, QStringLiteral("quyết"));
    EXPECT_EQ(covered(text, findings[1]), decomposed.mid(decomposed.indexOf(u' ') + 1));
    EXPECT_EQ(fixed(text, findings), QStringLiteral("Tỉnh ban hành Nghị quyết số 5."));
}

TEST(NotNfc, LeavesComposedTextAlone)
{
    EXPECT_TRUE(notNfc(QStringLiteral("Tỉnh ban hành Nghị quyết số 5 về “đảm bảo”…")).isEmpty());
    EXPECT_TRUE(notNfc(QStringLiteral("plain ASCII text")).isEmpty());
}

// 7. Mixed tone placement

TEST(MixedTonePlacement, FlagsTheMinorityStyleWithTheMajorityFix)
{
    const QString text = QStringLiteral(
        "Hoà bình, hoà giải và hoá học; sức khoẻ, thuỷ lợi. Nhưng hòa hợp và Thủy điện.");
    const auto findings = mixedTonePlacement(text);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(covered(text, findings[0]), QStringLiteral("hòa"));
    EXPECT_EQ(findings[0].replacement, QStringLiteral("hoà"));
    EXPECT_EQ(covered(text, findings[1]), QStringLiteral("Thủy"));
    EXPECT_EQ(findings[1].replacement, QStringLiteral("Thuỷ"));
}

TEST(MixedTonePlacement, UnifiesToTheOldStyleWhenThatIsTheMajority)
{
    const QString text = QStringLiteral("Hòa bình, sức khỏe, ủy ban, HÒA HỢP; nhưng hoá chất.");
    const auto findings = mixedTonePlacement(text);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(covered(text, findings[0]), QStringLiteral("hoá"));
    EXPECT_EQ(findings[0].replacement, QStringLiteral("hóa"));
    // On a tie, the style the text starts with wins.
    const QString tie = QStringLiteral("hòa và thuỷ");
    const auto tied = mixedTonePlacement(tie);
    ASSERT_EQ(tied.size(), 1);
    EXPECT_EQ(tied[0].replacement, QStringLiteral("thủy"));
}

TEST(MixedTonePlacement, LeavesConsistentTextAndSyllablesThatDoNotVaryAlone)
{
    for (const QString &text : {QStringLiteral("hoà bình, thuỷ lợi, khoẻ mạnh"),
             QStringLiteral("hòa bình, thủy lợi, khỏe mạnh"),
             // Final consonant or "qu": both styles write these the same way.
             QStringLiteral("hòa, hoàn thành, quý, thuyền, tuyết, khuya, hoài")})
        EXPECT_TRUE(mixedTonePlacement(text).isEmpty()) << text.toStdString();
}

TEST(ToneMarks, MovesTheMarkBetweenTheTwoVowels)
{
    EXPECT_EQ(tonePlacement(u"hòa"), TonePlacement::Old);
    EXPECT_EQ(tonePlacement(u"hoà"), TonePlacement::New);
    EXPECT_EQ(tonePlacement(u"hoàn"), TonePlacement::None);
    EXPECT_EQ(tonePlacement(u"quý"), TonePlacement::None);
    EXPECT_EQ(tonePlacement(u"hoa"), TonePlacement::None);
    EXPECT_EQ(otherTonePlacement(u"Thủy"), QStringLiteral("Thuỷ"));
    EXPECT_EQ(otherTonePlacement(u"KHOẺ"), QStringLiteral("KHỎE"));
    EXPECT_EQ(otherTonePlacement(u"ủy"), QStringLiteral("uỷ"));
    EXPECT_EQ(otherTonePlacement(QStringLiteral("hòa").normalized(QString::NormalizationForm_D)),
        QStringLiteral("hoà"));
    EXPECT_FALSE(otherTonePlacement(u"hoàng").has_value());
}

// 8. Wrong tone mark or hook

TEST(ToneOrHook, OffersTheSyllableWithTheSameLetters)
{
    const QString text = QStringLiteral("Quyêt định về nghiẹp vụ đươc ban hành.");
    const auto findings = toneOrHook(text, vietnamese());
    ASSERT_EQ(findings.size(), 3);
    EXPECT_EQ(covered(text, findings[0]), QStringLiteral("Quyêt"));
    EXPECT_EQ(findings[0].replacement, QStringLiteral("Quyết"));
    EXPECT_EQ(covered(text, findings[1]), QStringLiteral("nghiẹp"));
    EXPECT_EQ(findings[1].replacement, QStringLiteral("nghiệp"));
    EXPECT_EQ(covered(text, findings[2]), QStringLiteral("đươc"));
    EXPECT_EQ(findings[2].replacement, QStringLiteral("được"));
    EXPECT_TRUE(findings[0].message.contains(QStringLiteral("Quyết")));
}

TEST(ToneOrHook, KeepsTheWritersTonePlacement)
{
    // "thũy" is no syllable; in the old style the fix keeps the mark on u.
    const auto findings = toneOrHook(QStringLiteral("thũy"), vietnamese());
    ASSERT_EQ(findings.size(), 1);
    ASSERT_TRUE(findings[0].replacement.has_value());
    EXPECT_NE(tonePlacement(*findings[0].replacement), TonePlacement::New);
}

TEST(ToneOrHook, LeavesValidSyllablesForeignWordsAndAbbreviationsAlone)
{
    // "Nghi quyết" is wrong in context, but "Nghi" is a valid syllable: a syllable checker
    // cannot see it (see docs/PROOFREADING.md).
    for (const QString &text : {QStringLiteral("Nghị quyết của HĐND tỉnh về hòa giải."),
             QStringLiteral("Nghi quyết"), QStringLiteral("Đăng trên Facebook và Zalo."),
             QStringLiteral("COVID-19, F0 và UBMTTQ"), QStringLiteral("https://quyêt.example.vn")})
        EXPECT_TRUE(toneOrHook(text, vietnamese()).isEmpty()) << text.toStdString();
}

TEST(ToneOrHook, TakesCapitalisedWordsInsideASentenceForNames)
{
    const QString text = QStringLiteral("Các xã Pá Khoang, Nà Nhạn. Quyêt tâm: “Nghiẹp vụ tốt”.");
    const auto findings = toneOrHook(text, vietnamese());
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(covered(text, findings[0]), QStringLiteral("Quyêt"));  // starts a sentence
    EXPECT_EQ(covered(text, findings[1]), QStringLiteral("Nghiẹp"));  // starts a quotation
}
