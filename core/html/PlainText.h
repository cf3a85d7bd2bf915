#pragma once

// Plain text out of HTML: for the search index, word counts, snippets and the text/plain
// clipboard flavour. Tolerant of any HTML, fast on the canonical subset the store keeps.

#include <QString>
#include <QStringView>

namespace newsdesk::html {

// Tags dropped, entities decoded, block elements end with a newline, <br> is a newline.
// The content of <script>, <style>, <template> and comments is dropped.
QString toPlainText(QStringView html);

// Escapes &, <, >, " for use in text and attribute values.
QString escape(QStringView text);

// Appends `text` to `out` with &, < and > escaped, and " too when `quotes` is true
// (attribute values); canonical text leaves quotes alone.
void appendEscaped(QString &out, QStringView text, bool quotes);

// Decodes one entity body ("amp", "#39", "#x1F600"); empty when unknown.
QString decodeEntity(QStringView name);

}  // namespace newsdesk::html
