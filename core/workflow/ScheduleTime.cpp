#include "workflow/ScheduleTime.h"

#include "io/PortalTime.h"

#include <QLocale>

namespace newsdesk {

ScheduleTime::ScheduleTime(const Clock &clock, QTimeZone zone)
    : m_clock(clock), m_zone(std::move(zone))
{
}

QString ScheduleTime::display(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    // The C locale: digits and separators must not follow the UI language.
    return QLocale::c().toString(local, QStringLiteral("dd/MM/yyyy HH:mm")) + QStringLiteral(" (")
        + portal_time::utcOffsetText(m_zone, utc) + u')';
}

Result<ScheduledTime> ScheduleTime::checkLocal(QDate date, QTime time) const
{
    if (!date.isValid() || !time.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Choose a valid date and time."),
            QStringLiteral("schedule_invalid"));
    const QDateTime local(date, time, m_zone);
    // A wall-clock time skipped by a daylight-saving change does not exist in the zone.
    if (!local.isValid() || local.date() != date || local.time() != time)
        return makeError(ErrorCode::InvalidInput,
            tr("%1 %2 does not exist in the portal's time zone (the clocks skip it). Choose "
               "another time.")
                .arg(QLocale::c().toString(date, QStringLiteral("dd/MM/yyyy")),
                    QLocale::c().toString(time, QStringLiteral("HH:mm"))),
            QStringLiteral("schedule_invalid"));
    return checkUtc(local.toUTC());
}

Result<ScheduledTime> ScheduleTime::checkUtc(const QDateTime &requested) const
{
    if (!requested.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Choose a valid date and time."),
            QStringLiteral("schedule_invalid"));
    const QDateTime utc = requested.toUTC();
    const QDateTime now = m_clock.nowUtc();
    if (utc <= now)
        return makeError(ErrorCode::InvalidInput,
            tr("%1 has already passed (it is now %2). Publish it now instead, or choose a "
               "later time.")
                .arg(display(utc), display(now)),
            QStringLiteral("schedule_in_past"));
    ScheduledTime result;
    result.utc = utc;
    result.display = display(utc);
    const qint64 ahead = now.msecsTo(utc);
    if (ahead < kSoonMs) {
        result.soon = true;
        result.warning
            = tr("%1 is less than 5 minutes from now: the article may be published before the "
                 "portal receives the schedule.")
                  .arg(result.display);
    }
    return result;
}

}  // namespace newsdesk
