#pragma once

// Checks a requested publication time given in the portal's time zone (never the computer's):
// refuses times that have passed or do not exist, warns when the time is very near, and says
// it back as "dd/MM/yyyy HH:mm (UTC+07:00)" so nobody wonders which zone was meant.

#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace newsdesk {

struct ScheduledTime {
    QDateTime utc;
    QString display;  // in the portal zone, with its UTC offset
    bool soon = false;  // less than kSoonMs away
    QString warning;  // translated; empty unless soon
};

class ScheduleTime {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ScheduleTime)

public:
    static constexpr qint64 kSoonMs = 5 * 60 * 1000;

    // `zone`: the portal's zone (portal_time::defaultZone() unless the portal says otherwise).
    ScheduleTime(const Clock &clock, QTimeZone zone);

    // A wall-clock time in the portal zone. Errors have detail "schedule_in_past" (the message
    // offers publishing now) or "schedule_invalid".
    Result<ScheduledTime> checkLocal(QDate date, QTime time) const;
    Result<ScheduledTime> checkUtc(const QDateTime &utc) const;

    // "15/01/2026 20:56 (UTC+07:00)"
    QString display(const QDateTime &utc) const;
    const QTimeZone &zone() const { return m_zone; }

private:
    const Clock &m_clock;
    QTimeZone m_zone;
};

}  // namespace newsdesk
