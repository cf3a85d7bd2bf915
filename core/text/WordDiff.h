#pragma once

// Word-level differences between two texts, for comparing revisions. Built on dtl (Debian's
// libdtl-dev), an O(ND) diff; we only decide what a "word" is and merge the pieces.

#include <QList>
#include <QString>
#include <QStringView>

namespace newsdesk::text {

struct DiffSegment {
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffSegment &) const = default;
};

// Splits into words and the whitespace between them, so the pieces join back exactly.
QList<DiffSegment> wordDiff(QStringView before, QStringView after);

// "[-old-]{+new+}" markup, as `git diff --word-diff` prints it: for the CLI and logs.
QString toWordDiffMarkup(const QList<DiffSegment> &segments);

}  // namespace newsdesk::text
