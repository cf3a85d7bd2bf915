#pragma once

// The portal's posting-time line, "Thời gian đăng: 15/01/2021 08:56:49 PM", in the portal's
// time zone. Times are stored UTC; only this line and the UI show local portal time.

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace newsdesk::portal_time {

// Asia/Ho_Chi_Minh; a fixed UTC+7 if the system has no time-zone data.
QTimeZone defaultZone();

// "15/01/2021 08:56:49 PM" for a UTC time, shown in `zone`.
QString format(const QDateTime &utc, const QTimeZone &zone);

// Reads "15/01/2021 08:56:49 PM" (also without seconds, or on a 24-hour clock) as a time in
// `zone`; returns it in UTC.
std::optional<QDateTime> parse(QStringView text, const QTimeZone &zone);

// "Thời gian đăng" — the portal's own words, not translated with the UI.
QString postingTimeLabel();

// "UTC+07:00": the zone's offset at that moment (a zone with daylight saving changes it).
QString utcOffsetText(const QTimeZone &zone, const QDateTime &at);
// "Tác giả" — likewise.
QString authorLabel();

}  // namespace newsdesk::portal_time
