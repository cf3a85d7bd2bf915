#pragma once

// Runs every proofreading rule over a text and returns the findings in text order. The rules
// that need a dictionary (joined words, tone or hook) run only when a SpellChecker is given.
//
// A Proofreader holds no state of its own: it is as thread-safe as its SpellChecker (which
// locks internally), so a worker thread may run check() while the UI thread adds a word.

#include "text/proofread/Finding.h"

#include <QList>
#include <QSet>
#include <QString>

namespace newsdesk::proofread {

class SpellChecker;

class Proofreader {
public:
    explicit Proofreader(const SpellChecker *spell = nullptr) : m_spell(spell) { }

    // Rules left out of check(), e.g. the ones a user switched off.
    void setDisabled(const QSet<RuleId> &rules) { m_disabled = rules; }

    // Sorted by start, then length, then rule.
    QList<Finding> check(const QString &text) const;

private:
    const SpellChecker *m_spell;
    QSet<RuleId> m_disabled;
};

}  // namespace newsdesk::proofread
