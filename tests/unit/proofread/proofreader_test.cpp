// The Proofreader: every rule together, sorted; spell rules only with a dictionary; rule keys.
#include "text/proofread/Proofreader.h"
#include "text/proofread/SpellChecker.h"

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::proofread;

namespace {

QStringList keys(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &finding : findings)
        out << ruleKey(finding.rule);
    return out;
}

const QString kArticle = QStringLiteral(
    "Hội nghị được được tổ chức.Tổng quátnăm nay  tốt . Quyêt tâm hoà hợp, hoà giải, hòa bình ”");

}  // namespace

TEST(Proofreader, RunsEveryRuleAndSortsByPosition)
{
    auto spell = SpellChecker::open(QStringLiteral("/usr/share/hunspell/vi_VN"));
    ASSERT_TRUE(spell.ok());
    const Proofreader proofreader(spell.value().get());
    const auto findings = proofreader.check(kArticle);
    EXPECT_EQ(keys(findings),
        (QStringList {QStringLiteral("repeated-word"), QStringLiteral("missing-space"),
            QStringLiteral("joined-words"), QStringLiteral("extra-space"),
            QStringLiteral("extra-space"), QStringLiteral("tone-or-hook"),
            QStringLiteral("mixed-tone-placement"), QStringLiteral("unmatched-pair")}));
    for (qsizetype i = 1; i < findings.size(); ++i)
        EXPECT_LE(findings[i - 1].start, findings[i].start);
}

TEST(Proofreader, WithoutADictionaryRunsOnlyTheOtherRules)
{
    const Proofreader proofreader;
    const QStringList found = keys(proofreader.check(kArticle));
    EXPECT_FALSE(found.contains(QStringLiteral("joined-words")));
    EXPECT_FALSE(found.contains(QStringLiteral("tone-or-hook")));
    EXPECT_TRUE(found.contains(QStringLiteral("repeated-word")));
}

TEST(Proofreader, SkipsDisabledRules)
{
    Proofreader proofreader;
    proofreader.setDisabled({RuleId::ExtraSpace, RuleId::RepeatedWord});
    const QStringList found = keys(proofreader.check(kArticle));
    EXPECT_FALSE(found.contains(QStringLiteral("extra-space")));
    EXPECT_FALSE(found.contains(QStringLiteral("repeated-word")));
    EXPECT_TRUE(found.contains(QStringLiteral("missing-space")));
}

TEST(Proofreader, FindsNothingInCleanText)
{
    auto spell = SpellChecker::open(QStringLiteral("/usr/share/hunspell/vi_VN"));
    ASSERT_TRUE(spell.ok());
    const Proofreader proofreader(spell.value().get());
    EXPECT_TRUE(proofreader
                    .check(QStringLiteral(
                        "Mường Lay triển khai Nghị quyết\n"
                        "Thị xã đảm bảo tiến độ các công trình (đường, trường học) theo kế "
                        "hoạch; UBND thị xã, HĐND và Ủy ban MTTQ cùng giám sát. Ông Nguyễn "
                        "Văn A cho biết: “Năm 2024, thị xã đạt 1.250 tỷ đồng, tăng 3,5%.”"))
                    .isEmpty());
}

TEST(Proofreader, RuleKeysAreStableAndRoundTrip)
{
    const QStringList expected {QStringLiteral("repeated-word"), QStringLiteral("missing-space"),
        QStringLiteral("joined-words"), QStringLiteral("unmatched-pair"),
        QStringLiteral("extra-space"), QStringLiteral("not-nfc"),
        QStringLiteral("mixed-tone-placement"), QStringLiteral("tone-or-hook")};
    QStringList actual;
    for (RuleId rule : allRules()) {
        actual << ruleKey(rule);
        EXPECT_EQ(ruleFromKey(ruleKey(rule)), rule);
        EXPECT_FALSE(ruleDisplayName(rule).isEmpty());
    }
    EXPECT_EQ(actual, expected);
    EXPECT_FALSE(ruleFromKey(QStringLiteral("no-such-rule")).has_value());
    EXPECT_EQ(ruleDisplayName(RuleId::RepeatedWord), QStringLiteral("Repeated word"));
}
