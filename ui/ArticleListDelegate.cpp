#include "ArticleListDelegate.h"

#include "model/ArticleListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace newsdesk {
namespace {

// <mark> is drawn as a soft yellow band: the look of a highlighter pen, readable when the row
// is selected too.
QString rowHtml(const QString &titleHtml, const QString &snippetHtml, const QColor &dim)
{
    return QStringLiteral("<style>mark{background-color:#fff3a3;color:black}</style>"
                          "<div><b>%1</b></div><div style=\"color:%2\">%3</div>")
        .arg(titleHtml, dim.name(), snippetHtml);
}

}  // namespace

void ArticleListDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString titleHtml = index.data(ArticleListModel::TitleHtmlRole).toString();
    if (titleHtml.isEmpty() && index.data(ArticleListModel::SnippetHtmlRole).toString().isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString snippetHtml = index.data(ArticleListModel::SnippetHtmlRole).toString();
    const QString plainTitle = opt.text.toHtmlEscaped();  // "(untitled)"
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(2);
    document.setTextWidth(opt.rect.width());
    document.setHtml(rowHtml(titleHtml.isEmpty() ? plainTitle : titleHtml, snippetHtml,
        selected ? text : opt.palette.color(QPalette::PlaceholderText)));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize ArticleListDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(ArticleListModel::SnippetHtmlRole).toString().isEmpty())
        size.setHeight(option.fontMetrics.lineSpacing() * kSearchRowLines + 6);
    return size;
}

}  // namespace newsdesk
