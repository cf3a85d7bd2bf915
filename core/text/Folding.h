#pragma once

// Vietnamese-aware folding for search and slugs. "Mường Lay" and "MUONG LAY" fold to
// "muong lay"; "đảm bảo" folds to "dam bao" (đ is a letter of its own in Unicode, not d with
// a mark, so NFD alone would keep it; FTS5's remove_diacritics misses it too).

#include <QString>
#include <QStringList>
#include <QStringView>

namespace newsdesk::text {

// NFD, drop non-spacing marks, đ/Đ -> d, lower-case. Everything else is kept as it is.
QString fold(QStringView text);

// fold(), then every character that is not a letter or a digit becomes a space: the form
// that goes into the full-text index and into queries, so the tokenizer only splits on spaces.
// With `wordCount`, also counts the words as text::wordCount() does, in the same pass: saving
// an article needs both and this runs on every save.
QString foldForSearch(QStringView text, int *wordCount = nullptr);

// One character as foldForSearch() sees it: the folded character, u' ' for a separator, or
// u'\0' for a character that folding drops (a combining mark). For scanners that must keep
// positions in the original text, such as the snippet builder.
char16_t foldSearchChar(char16_t c);

// fold() one character at a time, so position i of the result is character i of `text`
// (a combining mark becomes u'\0'). For finding text in a document and selecting what was found.
QString foldKeepingPositions(QStringView text);

// Where `needle` occurs in `haystack` ignoring case and diacritics ("dam bao" finds "Đảm bảo"),
// searching forwards from `from` or backwards from it; -1 when it does not. Both are expected
// in NFC, as everything in the store is.
qsizetype indexOfFolded(
    QStringView haystack, QStringView needle, qsizetype from = 0, bool backwards = false);

// The search tokens of a text, in order: foldForSearch() split on spaces.
QStringList searchTokens(QStringView text);

// Bumped whenever fold() changes what it produces: the search index is then rebuilt, because
// a contentless index can only forget rows whose folded text it is given back unchanged.
inline constexpr int kFoldVersion = 1;

}  // namespace newsdesk::text
