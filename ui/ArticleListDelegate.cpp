#include "ArticleListDelegate.h"

#include "model/ArticleListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace newsdesk {
namespace {

// <mark> is drawn as a highlighter band: soft yellow on a light palette, a deep amber on a dark
// one, readable when the row is selected too.
QString rowHtml(
    const QString &titleHtml, const QString &snippetHtml, const ArticleListDelegate::RowColors &c)
{
    return QStringLiteral("<style>mark{background-color:%1;color:%2}</style>"
                          "<div><b>%3</b></div><div style=\"color:%4\">%5</div>")
        .arg(c.markBackground.name(), c.markText.name(), titleHtml, c.snippet.name(), snippetHtml);
}

}  // namespace

ArticleListDelegate::RowColors ArticleListDelegate::rowColors(
    const QPalette &palette, bool selected)
{
    RowColors colors;
    colors.background = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    colors.text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    // The snippet is a little dimmer than the title, never below the contrast text needs.
    colors.snippet = selected
        ? colors.text
        : contrast::readableOn(
            contrast::mix(colors.text, colors.background, 0.3), colors.background);
    const bool dark = contrast::isDark(palette);
    colors.markBackground = dark ? QColor(0x6b, 0x55, 0x00) : QColor(0xff, 0xf3, 0xa3);
    colors.markText = contrast::readableOn(
        dark ? QColor(0xff, 0xff, 0xff) : QColor(0, 0, 0), colors.markBackground);
    return colors;
}

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
    const RowColors colors = rowColors(opt.palette, selected);
    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(2);
    document.setTextWidth(opt.rect.width());
    document.setHtml(rowHtml(titleHtml.isEmpty() ? plainTitle : titleHtml, snippetHtml, colors));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, colors.text);
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
