#pragma once

// Paints the title cell of the article list. While searching, the cell shows the title with the
// matched words marked and, beneath it, the passage of the text where they were found.

#include "Contrast.h"

#include <QStyledItemDelegate>

namespace newsdesk {

class ArticleListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Rows are this many text lines tall while searching.
    static constexpr int kSearchRowLines = 3;

    // The colours a search row is drawn in: text, the snippet's dimmer text, and the marked
    // words' highlighter band and their text. Each text reads on its background (WCAG 4.5).
    struct RowColors {
        QColor background;
        QColor text;
        QColor snippet;
        QColor markBackground;
        QColor markText;
    };
    static RowColors rowColors(const QPalette &palette, bool selected);
};

}  // namespace newsdesk
