#include "sync/RetryPolicy.h"

#include <QLocale>

#include <algorithm>

namespace newsdesk {

QDateTime RetryPolicy::nextAttempt(
    int attempts, const QDateTime &nowUtc, const QByteArray &retryAfter, double random01) const
{
    const int exponent = std::clamp(attempts - 1, 0, 30);
    const qint64 ceiling = std::min(maxDelayMs, firstDelayMs << exponent);
    // "Equal jitter": at least half the delay, so backoff still grows.
    qint64 delay = ceiling / 2 + qint64(double(ceiling / 2) * std::clamp(random01, 0.0, 1.0));
    if (const auto asked = retryAfterMs(retryAfter, nowUtc))
        delay = std::max(delay, std::min(*asked, maxRetryAfterMs));
    return nowUtc.addMSecs(delay);
}

std::optional<qint64> RetryPolicy::retryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime at = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, nowUtc.msecsTo(at));
}

}  // namespace newsdesk
