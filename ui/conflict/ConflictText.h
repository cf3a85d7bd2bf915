#pragma once

// The two versions of a conflicted article side by side, as the conflict dialog and its merge
// editor show them: for each field that differs (title, summary, body) the plain text of each
// side, with the words found only on that side highlighted. Word-level, like CompareView and the
// revision history (text::wordDiff); the body is compared as plain text (html::toPlainText).

#include "sync/ConflictResolver.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QStringList>

namespace newsdesk {

class ConflictText {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ConflictText)

public:
    // A highlight for words found on one side only: a tint with text that reads on it at
    // WCAG 4.5 or better, on light and dark palettes alike. Highlighted words are also bold, so
    // colour is not the only mark.
    struct Highlight {
        QColor background;
        QColor text;
    };
    static Highlight mineOnly(const QPalette &palette);
    static Highlight portalOnly(const QPalette &palette);

    // "title" -> "Title", "content" -> "Body", "excerpt" -> "Summary" (translated); others as
    // they are.
    static QString fieldName(const QString &field);

    struct SideBySide {
        QString mineHtml;
        QString portalHtml;
        QStringList differing;  // "title", "excerpt", "content" (in the order shown)
        int mineOnlyWords = 0;
        int portalOnlyWords = 0;
    };
    // Both sides in local form (photos as newsdesk-media:, no marker).
    static SideBySide render(
        const MergedText &mine, const MergedText &portal, const QPalette &palette);
};

}  // namespace newsdesk
