#pragma once

// When to try a failed send again: capped exponential backoff with jitter (so a hundred
// laptops coming back online do not knock on the portal in step), never sooner than the
// server's Retry-After.

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace newsdesk {

struct RetryPolicy {
    qint64 firstDelayMs = 2'000;
    qint64 maxDelayMs = 15 * 60 * 1000;
    qint64 maxRetryAfterMs = 6 * 60 * 60 * 1000;  // a longer Retry-After is read as this
    int maxAttempts = 12;  // then the operation fails and is shown; the user can retry it

    // `attempts`: how many were made so far (>= 1). `random01` in [0, 1): injected for tests.
    QDateTime nextAttempt(
        int attempts, const QDateTime &nowUtc, const QByteArray &retryAfter, double random01) const;
    // Retry-After as a delay: delta-seconds or an HTTP date (RFC 9110); nothing if unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &nowUtc);
};

}  // namespace newsdesk
