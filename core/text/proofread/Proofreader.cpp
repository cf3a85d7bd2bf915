#include "text/proofread/Proofreader.h"

#include "text/proofread/Rules.h"
#include "text/proofread/SpellChecker.h"

#include <algorithm>

namespace newsdesk::proofread {

QList<Finding> Proofreader::check(const QString &text) const
{
    QList<Finding> findings;
    auto run = [&](RuleId rule, auto &&function) {
        if (!m_disabled.contains(rule))
            findings += function();
    };
    run(RuleId::RepeatedWord, [&] { return repeatedWords(text); });
    run(RuleId::MissingSpace, [&] { return missingSpaces(text); });
    run(RuleId::UnmatchedPair, [&] { return unmatchedPairs(text); });
    run(RuleId::ExtraSpace, [&] { return extraSpaces(text); });
    run(RuleId::NotNfc, [&] { return notNfc(text); });
    run(RuleId::MixedTonePlacement, [&] { return mixedTonePlacement(text); });
    if (m_spell) {
        run(RuleId::JoinedWords, [&] { return joinedWords(text, *m_spell); });
        run(RuleId::ToneOrHook, [&] { return toneOrHook(text, *m_spell); });
    }
    std::sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length < b.length;
        return int(a.rule) < int(b.rule);
    });
    return findings;
}

}  // namespace newsdesk::proofread
