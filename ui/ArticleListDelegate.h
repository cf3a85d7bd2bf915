#pragma once

// Paints the title cell of the article list. While searching, the cell shows the title with the
// matched words marked and, beneath it, the passage of the text where they were found.

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
};

}  // namespace newsdesk
