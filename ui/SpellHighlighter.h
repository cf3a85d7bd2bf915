#pragma once

// Underlines what the proofreader found in the article body, without touching the document's
// own formats (so nothing of it is ever saved): misspelt syllables in red, block by block as
// the text changes (QSyntaxHighlighter re-checks only the paragraphs that changed), and the
// article-wide proofreading findings in orange, from the last background run.

#include "text/proofread/Finding.h"

#include <QList>
#include <QSyntaxHighlighter>

namespace newsdesk {

namespace proofread {
class SpellChecker;
}

class SpellHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    SpellHighlighter(QTextDocument *document, const proofread::SpellChecker *spell);

    // Findings with positions in the document's plain text; re-underlines the paragraphs
    // they touch. Spelling findings from the rules are left to the per-block check.
    void setFindings(const QList<proofread::Finding> &findings);
    const QList<proofread::Finding> &findings() const { return m_findings; }

    // The finding covering document position `position`, if any.
    const proofread::Finding *findingAt(int position) const;

    // Whether the spelling underline (red) marks `word` as misspelt; never while spelling is
    // switched off.
    bool isMisspelt(QStringView word) const;

    // Spelling underlines on or off (the findings' underlines stay); re-underlines the text.
    void setSpellCheckEnabled(bool on);
    bool spellCheckEnabled() const { return m_spellCheckEnabled; }

    // The underline colours, readable on `base` (the editor's background), light or dark.
    static QColor misspeltColor(const QColor &base);
    static QColor findingColor(const QColor &base);

protected:
    void highlightBlock(const QString &text) override;

private:
    const proofread::SpellChecker *m_spell;
    QList<proofread::Finding> m_findings;  // sorted by start
    bool m_spellCheckEnabled = true;
};

}  // namespace newsdesk
