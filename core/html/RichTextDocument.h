#pragma once

// The editor's QTextDocument <-> canonical HTML. Loading builds the document with QTextCursor
// from sanitized HTML (not QTextDocument::setHtml, which has no figures and keeps javascript:
// links); saving walks the document and runs the result through the sanitizer, so whatever a
// person did in the editor, the store receives canonical HTML. For canonical input the round
// trip is exact: toCanonical(loadCanonical(x)) == x.

#include <QString>
#include <QStringView>
#include <QTextFormat>

class QTextDocument;

namespace newsdesk::html {

// Properties Newsdesk sets on document formats, beyond what Qt models.
enum DocumentProperty {
    BlockKindProperty = QTextFormat::UserProperty + 1,  // BlockKind, on block formats
    ImageAltProperty,  // QString, on image formats
    HeaderCellProperty,  // bool, on table cell formats
    PaddingCellProperty,  // bool: a cell added only because QTextTable is rectangular
    // int, on block and table formats: the lowest blockquote level that starts anew here, so
    // two quotes in a row stay two quotes (the quote level alone would merge them).
    QuoteStartProperty,
};

enum class BlockKind { Paragraph = 0, Figure = 1, Figcaption = 2 };

// Replaces the document's content with `html` (sanitized first, so any HTML is accepted).
void loadCanonical(QTextDocument &document, QStringView html);

// The document as canonical HTML.
QString toCanonical(const QTextDocument &document);

}  // namespace newsdesk::html
