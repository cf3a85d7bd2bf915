// RetryPolicy: capped exponential backoff with jitter, never sooner than Retry-After.

#include "sync/RetryPolicy.h"

#include <gtest/gtest.h>

using namespace newsdesk;

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
}

TEST(RetryPolicyTest, BackoffDoublesWithinJitterAndIsCapped)
{
    RetryPolicy policy;
    qint64 previousCeiling = 0;
    for (int attempts = 1; attempts <= 12; ++attempts) {
        const qint64 low = kNow.msecsTo(policy.nextAttempt(attempts, kNow, {}, 0.0));
        const qint64 high = kNow.msecsTo(policy.nextAttempt(attempts, kNow, {}, 0.999999));
        const qint64 ceiling = std::min(policy.maxDelayMs, policy.firstDelayMs << (attempts - 1));
        EXPECT_EQ(low, ceiling / 2) << attempts;
        EXPECT_LE(high, ceiling) << attempts;
        EXPECT_GE(high, ceiling - 2) << attempts;
        EXPECT_GE(ceiling, previousCeiling);
        previousCeiling = ceiling;
    }
    EXPECT_EQ(previousCeiling, policy.maxDelayMs);
}

TEST(RetryPolicyTest, RetryAfterWinsOverAShorterBackoff)
{
    RetryPolicy policy;
    EXPECT_EQ(kNow.msecsTo(policy.nextAttempt(1, kNow, "120", 0.5)), 120'000);
    // A shorter Retry-After does not shorten the backoff.
    EXPECT_GE(kNow.msecsTo(policy.nextAttempt(8, kNow, "1", 0.0)), 128'000);
    // An absurd one is bounded.
    EXPECT_EQ(kNow.msecsTo(policy.nextAttempt(1, kNow, "99999999", 0.0)), policy.maxRetryAfterMs);
}

TEST(RetryPolicyTest, ReadsRetryAfterAsSecondsOrHttpDate)
{
    EXPECT_EQ(RetryPolicy::retryAfterMs("30", kNow), 30'000);
    EXPECT_EQ(RetryPolicy::retryAfterMs(" 0 ", kNow), 0);
    EXPECT_EQ(RetryPolicy::retryAfterMs("Sat, 28 Nov 2026 10:02:00 GMT", kNow), 120'000);
    EXPECT_EQ(RetryPolicy::retryAfterMs("Sat, 28 Nov 2026 09:00:00 GMT", kNow), 0);
    EXPECT_FALSE(RetryPolicy::retryAfterMs("", kNow));
    EXPECT_FALSE(RetryPolicy::retryAfterMs("-5", kNow));
    EXPECT_FALSE(RetryPolicy::retryAfterMs("soon", kNow));
}
