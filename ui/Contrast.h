#pragma once

// Colour contrast (WCAG 2) for widgets that pick colours from the palette: keep status colours
// readable on light and dark palettes alike.

#include <QColor>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace newsdesk::contrast {

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

}  // namespace newsdesk::contrast
