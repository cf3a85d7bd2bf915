#pragma once

// What the rules share: cutting text into words and finding links (URLs, e-mail addresses,
// domain and file names), inside which punctuation and spelling follow other rules.

#include <QList>
#include <QStringView>

namespace newsdesk::proofread {

struct Span {
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
};

// Runs of letters, digits and combining marks, in order.
QList<Span> wordSpans(QStringView text);

// URLs (scheme:// or www.), e-mail addresses, and names such as "dienbien.gov.vn" or
// "bao-cao.docx" (ending in a known top-level domain or file extension); sorted.
QList<Span> linkSpans(QStringView text);

// Whether `position` falls inside one of the sorted `spans`.
bool contains(const QList<Span> &spans, int position);

// The letters of `word` are all upper-case (and there is at least one).
bool isAllUpper(QStringView word);

}  // namespace newsdesk::proofread
