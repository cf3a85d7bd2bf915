#pragma once

// A reviewer's note on an article: about the whole text, or anchored to a passage.

#include <QDateTime>
#include <QString>

#include <optional>

namespace newsdesk {

// Where a passage note points: character offsets into the editor's plain text at the content
// hash the note was written against, plus the quoted words, so the UI can find the passage
// again after the text moved.
struct PassageAnchor {
    int start = 0;
    int length = 0;
    QString quotedText;

    bool operator==(const PassageAnchor &) const = default;
};

struct ReviewNote {
    qint64 id = 0;
    qint64 articleId = 0;
    QString author;
    QString note;
    std::optional<PassageAnchor> anchor;  // none: a note on the whole article
    QString contentHash;  // the text the note was written against
    QDateTime createdAt;  // UTC
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt;  // UTC; invalid while open
};

}  // namespace newsdesk
