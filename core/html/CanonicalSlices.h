#pragma once

// Cuts canonical HTML into runs of whole top-level blocks (a paragraph, a list, a table...),
// each about `targetSize` characters, cut only where a plain paragraph (<p>) begins, so a
// document without paragraphs stays in one piece. A huge paste is
// inserted slice by slice so the editor keeps answering; every slice is canonical HTML itself.

#include <QStringList>
#include <QStringView>

namespace newsdesk::html {

QStringList canonicalSlices(QStringView canonicalHtml, qsizetype targetSize);

}  // namespace newsdesk::html

namespace newsdesk::html {

// Splits every top-level paragraph longer than `maxChars` characters at sentence ends (". ",
// "? ", "! "; at a space when a sentence is longer still), closing and reopening the inline
// elements open at the cut, so no word is lost and every piece stays canonical. A paragraph of
// a megabyte is valid HTML, but laying it out as one block freezes any text editor.
// `splitCount`, when given, receives how many paragraphs were split.
QString splitLongParagraphs(
    QStringView canonicalHtml, qsizetype maxChars, int *splitCount = nullptr);

}  // namespace newsdesk::html
