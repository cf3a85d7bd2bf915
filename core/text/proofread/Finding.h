#pragma once

// What a proofreading rule reports: a range of the checked text, which rule, a translated
// message and, when the fix is certain enough for one click, the text that replaces the range.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace newsdesk::proofread {

enum class RuleId {
    RepeatedWord,  // "được được"
    MissingSpace,  // "đầu tư.Thực hiện"
    JoinedWords,  // "quátnăm"
    UnmatchedPair,  // ” without “, ")" without "("
    ExtraSpace,  // two spaces; a space before , . ; : ! ?
    NotNfc,  // decomposed letters pasted from elsewhere
    MixedTonePlacement,  // hoà and hòa in one article
    ToneOrHook,  // "quyêt" -> "quyết"
};

struct Finding {
    int start = 0;  // UTF-16 offset into the checked text
    int length = 0;
    RuleId rule = RuleId::RepeatedWord;
    QString message;  // translated, one sentence
    std::optional<QString> replacement;  // replaces [start, start + length) when applied

    bool operator==(const Finding &) const = default;
};

// Stable keys for settings, JSON and tests: "repeated-word", "missing-space", "joined-words",
// "unmatched-pair", "extra-space", "not-nfc", "mixed-tone-placement", "tone-or-hook".
QString ruleKey(RuleId rule);
std::optional<RuleId> ruleFromKey(const QString &key);
QString ruleDisplayName(RuleId rule);  // translated
QList<RuleId> allRules();

// Translation context for the rules' free functions (lupdate files their tr() calls here).
class RuleText {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::proofread::RuleText)
};

}  // namespace newsdesk::proofread
