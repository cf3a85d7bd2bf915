#include "text/proofread/Finding.h"

#include <QCoreApplication>

#include <array>

namespace newsdesk::proofread {
namespace {

struct RuleInfo {
    RuleId rule;
    const char *key;
    const char *displayName;
};

constexpr std::array kRules {
    RuleInfo {RuleId::RepeatedWord, "repeated-word",
        QT_TRANSLATE_NOOP("newsdesk::proofread::RuleText", "Repeated word")},
    RuleInfo {RuleId::MissingSpace, "missing-space",
        QT_TRANSLATE_NOOP("newsdesk::proofread::RuleText", "Missing space after punctuation")},
    RuleInfo {RuleId::JoinedWords, "joined-words",
        QT_TRANSLATE_NOOP("newsdesk::proofread::RuleText", "Words run together")},
    RuleInfo {RuleId::UnmatchedPair, "unmatched-pair",
        QT_TRANSLATE_NOOP("newsdesk::proofread::RuleText", "Unmatched quote or bracket")},
    RuleInfo {RuleId::ExtraSpace, "extra-space",
        QT_TRANSLATE_NOOP("newsdesk::proofread::RuleText", "Extra space")},
    RuleInfo {RuleId::NotNfc, "not-nfc",
        QT_TRANSLATE_NOOP("newsdesk::proofread::RuleText", "Decomposed characters")},
    RuleInfo {RuleId::MixedTonePlacement, "mixed-tone-placement",
        QT_TRANSLATE_NOOP("newsdesk::proofread::RuleText", "Inconsistent tone mark placement")},
    RuleInfo {RuleId::ToneOrHook, "tone-or-hook",
        QT_TRANSLATE_NOOP("newsdesk::proofread::RuleText", "Wrong tone mark or hook")},
};

const RuleInfo &infoFor(RuleId rule)
{
    for (const auto &info : kRules) {
        if (info.rule == rule)
            return info;
    }
    return kRules.front();
}

}  // namespace

QString ruleKey(RuleId rule)
{
    return QString::fromLatin1(infoFor(rule).key);
}

std::optional<RuleId> ruleFromKey(const QString &key)
{
    for (const auto &info : kRules) {
        if (key == QLatin1String(info.key))
            return info.rule;
    }
    return std::nullopt;
}

QString ruleDisplayName(RuleId rule)
{
    return QCoreApplication::translate("newsdesk::proofread::RuleText", infoFor(rule).displayName);
}

QList<RuleId> allRules()
{
    QList<RuleId> rules;
    for (const auto &info : kRules)
        rules.append(info.rule);
    return rules;
}

}  // namespace newsdesk::proofread
