#include "io/PortalTime.h"

#include <cstdlib>

#include <QLocale>

namespace newsdesk::portal_time {

QTimeZone defaultZone()
{
    QTimeZone zone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    if (zone.isValid())
        return zone;
    return QTimeZone(7 * 3600);  // Viet Nam has had no daylight saving since 1975
}

QString format(const QDateTime &utc, const QTimeZone &zone)
{
    // The C locale gives the portal's "AM"/"PM" whatever the UI language.
    return QLocale::c().toString(utc.toTimeZone(zone), QStringLiteral("dd/MM/yyyy hh:mm:ss AP"));
}

std::optional<QDateTime> parse(QStringView text, const QTimeZone &zone)
{
    const QString input = text.trimmed().toString().toUpper();
    static const QStringList formats {
        QStringLiteral("dd/MM/yyyy hh:mm:ss AP"),
        QStringLiteral("d/M/yyyy h:mm:ss AP"),
        QStringLiteral("dd/MM/yyyy hh:mm AP"),
        QStringLiteral("d/M/yyyy h:mm AP"),
        QStringLiteral("dd/MM/yyyy HH:mm:ss"),
        QStringLiteral("d/M/yyyy H:mm:ss"),
        QStringLiteral("dd/MM/yyyy HH:mm"),
        QStringLiteral("d/M/yyyy H:mm"),
    };
    for (const QString &pattern : formats) {
        const QDateTime parsed = QLocale::c().toDateTime(input, pattern);
        if (parsed.isValid())
            return QDateTime(parsed.date(), parsed.time(), zone).toUTC();
    }
    return std::nullopt;
}

QString postingTimeLabel()
{
    return QStringLiteral("Thời gian đăng");
}

QString authorLabel()
{
    return QStringLiteral("Tác giả");
}

QString utcOffsetText(const QTimeZone &zone, const QDateTime &at)
{
    const int seconds = zone.offsetFromUtc(at);
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace newsdesk::portal_time
