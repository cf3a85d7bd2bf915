#include "SpellHighlighter.h"

#include "text/proofread/SpellChecker.h"
#include "text/proofread/TextScan.h"

#include <QTextDocument>

#include <algorithm>

namespace newsdesk {

SpellHighlighter::SpellHighlighter(QTextDocument *document, const proofread::SpellChecker *spell)
    : QSyntaxHighlighter(document), m_spell(spell)
{
}

bool SpellHighlighter::isMisspelt(QStringView word) const
{
    return m_spell && !proofread::SpellChecker::isSkipped(word) && !m_spell->isCorrect(word);
}

void SpellHighlighter::setFindings(const QList<proofread::Finding> &findings)
{
    m_findings = findings;
    rehighlight();
}

const proofread::Finding *SpellHighlighter::findingAt(int position) const
{
    for (const proofread::Finding &finding : m_findings) {
        if (finding.start > position)
            break;
        if (position >= finding.start && position <= finding.start + finding.length)
            return &finding;
    }
    return nullptr;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelt.setUnderlineColor(QColor(0xd0, 0x1c, 0x1c));
    const QList<proofread::Span> links = proofread::linkSpans(text);
    for (const proofread::Span &word : proofread::wordSpans(text)) {
        if (!proofread::contains(links, word.start)
            && isMisspelt(QStringView(text).sliced(word.start, word.length)))
            setFormat(word.start, word.length, misspelt);
    }

    QTextCharFormat flagged;
    flagged.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    flagged.setUnderlineColor(QColor(0xe0, 0x7b, 0x00));
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const proofread::Finding &finding : m_findings) {
        if (finding.start > blockEnd)
            break;
        const int from = std::max(finding.start, blockStart);
        // A zero-length finding (a missing space) still gets a mark: the character after it.
        const int to = std::min(finding.start + std::max(finding.length, 1), blockEnd);
        if (to > from)
            setFormat(from - blockStart, to - from, flagged);
    }
}

}  // namespace newsdesk
