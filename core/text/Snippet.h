#pragma once

// Snippets for search results: a short passage of the ORIGINAL text (diacritics intact) around
// the best match, with the matching words marked. Matching folds each word the way the index
// does, so "dam bao" marks "đảm bảo".

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace newsdesk::text {

struct TextRange {
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextRange &) const = default;
};

struct Snippet {
    QString text;
    QList<TextRange> highlights;  // into `text`
};

// Ranges of the words of `text` whose folded form is one of `foldedTokens`.
QList<TextRange> findMatches(QStringView text, const QStringList &foldedTokens);

// The passage of at most `maxWords` words that holds the most distinct query tokens (a whole
// phrase wins), with "…" where text was cut.
Snippet makeSnippet(QStringView text, const QStringList &foldedTokens, int maxWords = 30);

// HTML with the highlights in <mark>, everything else escaped. For the list view and export.
QString toHtml(const Snippet &snippet, QStringView markTag = u"mark");

}  // namespace newsdesk::text
