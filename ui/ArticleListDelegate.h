#pragma once

// Paints the title cell of the article list. While searching, the cell shows the title with the
// matched words marked and, beneath it, the passage of the text where they were found.
//
// Also home of the small colour helpers the editor's widgets share, so status colours (spelling
// red, proofreading orange, the calendar's blue and green) stay readable on a light or a dark
// palette: contrast is measured as WCAG defines it.

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

#include <algorithm>
#include <cmath>

namespace newsdesk {

namespace contrast {

// WCAG 2 relative luminance, 0 (black) to 1 (white).
inline double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

// WCAG contrast ratio, 1 to 21; text wants 4.5, lines and marks 3.
inline double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `t` of the way from a to b (opaque).
inline QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Whether the palette is a dark one (light text on a dark base).
inline bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

// `wanted` as close as it can stay to its hue while reaching `minRatio` against `background`:
// darkened on light backgrounds, lightened on dark ones.
inline QColor readableOn(const QColor &wanted, const QColor &background, double minRatio = 4.5)
{
    if (ratio(wanted, background) >= minRatio)
        return wanted;
    const QColor towards = luminance(background) > 0.18 ? QColor(0, 0, 0) : QColor(255, 255, 255);
    for (int step = 1; step <= 20; ++step) {
        const QColor tried = mix(wanted, towards, step / 20.0);
        if (ratio(tried, background) >= minRatio)
            return tried;
    }
    return towards;
}

}  // namespace contrast

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
