#include "SpellHighlighter.h"

#include "Contrast.h"

#include "text/proofread/SpellChecker.h"
#include "text/proofread/TextScan.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#include <algorithm>

namespace newsdesk {

SpellHighlighter::SpellHighlighter(QTextDocument *document, const proofread::SpellChecker *spell)
    : QSyntaxHighlighter(document), m_spell(spell)
{
}

bool SpellHighlighter::isMisspelt(QStringView word) const
{
    return m_spellCheckEnabled && m_spell && !proofread::SpellChecker::isSkipped(word)
        && !m_spell->isCorrect(word);
}

void SpellHighlighter::setSpellCheckEnabled(bool on)
{
    if (on == m_spellCheckEnabled)
        return;
    m_spellCheckEnabled = on;
    rehighlight();
}

// Red and orange keep their meaning; on a dark base they are lightened until the wavy line
// stands out (3:1, what WCAG asks of marks that are not text).
QColor SpellHighlighter::misspeltColor(const QColor &base)
{
    return contrast::readableOn(QColor(0xd0, 0x1c, 0x1c), base, 3.0);
}

QColor SpellHighlighter::findingColor(const QColor &base)
{
    return contrast::readableOn(QColor(0xe0, 0x7b, 0x00), base, 3.0);
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
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    if (m_spellCheckEnabled) {
        QTextCharFormat misspelt;
        misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        misspelt.setUnderlineColor(misspeltColor(base));
        const QList<proofread::Span> links = proofread::linkSpans(text);
        for (const proofread::Span &word : proofread::wordSpans(text)) {
            if (!proofread::contains(links, word.start)
                && isMisspelt(QStringView(text).sliced(word.start, word.length)))
                setFormat(word.start, word.length, misspelt);
        }
    }

    QTextCharFormat flagged;
    flagged.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    flagged.setUnderlineColor(findingColor(base));
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
