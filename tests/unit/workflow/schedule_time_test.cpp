// Schedule times are read and shown in the portal's zone, even on a computer set to
// America/New_York (ctest sets TZ for this executable; the fixture sets it again when the
// test is run by hand).
#include "QtPrinters.h"
#include "io/PortalTime.h"
#include "util/Clock.h"
#include "workflow/ScheduleTime.h"

#include <gtest/gtest.h>

#include <ctime>

using namespace newsdesk;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

class ScheduleTimeTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        qputenv("TZ", "America/New_York");
        tzset();
    }

    // 2026-01-15 13:56:49 UTC = 20:56:49 in Ha Noi = 08:56:49 in New York.
    ManualClock clock {utc(2026, 1, 15, 13, 56, 49)};
    ScheduleTime schedule {clock, portal_time::defaultZone()};
};

}  // namespace

TEST_F(ScheduleTimeTest, TheComputerReallyIsInNewYork)
{
    // Guards the test itself: local time here is five hours behind UTC in January.
    EXPECT_EQ(QDateTime(QDate(2026, 1, 15), QTime(12, 0)).offsetFromUtc(), -5 * 3600);
}

TEST_F(ScheduleTimeTest, PortalLocalTimeBecomesUtc)
{
    auto checked = schedule.checkLocal(QDate(2026, 1, 15), QTime(21, 30));
    ASSERT_TRUE(checked.ok()) << checked.error().message.toStdString();
    EXPECT_EQ(checked->utc, utc(2026, 1, 15, 14, 30));
    EXPECT_EQ(checked->utc.timeSpec(), Qt::UTC);
    EXPECT_EQ(checked->display, QStringLiteral("15/01/2026 21:30 (UTC+07:00)"));
    EXPECT_FALSE(checked->soon);
    EXPECT_TRUE(checked->warning.isEmpty());
}

TEST_F(ScheduleTimeTest, AfterMidnightInHaNoiIsStillTheDayBeforeInUtc)
{
    auto checked = schedule.checkLocal(QDate(2026, 1, 16), QTime(0, 30));
    ASSERT_TRUE(checked.ok());
    EXPECT_EQ(checked->utc, utc(2026, 1, 15, 17, 30));
    EXPECT_EQ(checked->display, QStringLiteral("16/01/2026 00:30 (UTC+07:00)"));
}

TEST_F(ScheduleTimeTest, NewYorksDaylightSavingDoesNotMoveHaNoiTimes)
{
    // 02:30 on 8 March 2026 does not exist in New York; in Ha Noi it is an ordinary time.
    clock.set(utc(2026, 3, 7, 12, 0));
    auto checked = schedule.checkLocal(QDate(2026, 3, 8), QTime(2, 30));
    ASSERT_TRUE(checked.ok()) << checked.error().message.toStdString();
    EXPECT_EQ(checked->utc, utc(2026, 3, 7, 19, 30));
    EXPECT_EQ(checked->display, QStringLiteral("08/03/2026 02:30 (UTC+07:00)"));
}

TEST_F(ScheduleTimeTest, PastTimesAreRefusedWithPublishNowOffered)
{
    auto refused = schedule.checkLocal(QDate(2026, 1, 15), QTime(20, 56));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().detail, QStringLiteral("schedule_in_past"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Publish it now")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("15/01/2026 20:56 (UTC+07:00)")))
        << refused.error().message.toStdString();
    // "Now" itself is not in the future either.
    EXPECT_FALSE(schedule.checkUtc(clock.nowUtc()).ok());
}

TEST_F(ScheduleTimeTest, WarnsWhenLessThanFiveMinutesAway)
{
    auto near = schedule.checkLocal(QDate(2026, 1, 15), QTime(21, 0));  // 3 min 11 s ahead
    ASSERT_TRUE(near.ok());
    EXPECT_TRUE(near->soon);
    EXPECT_TRUE(near->warning.contains(QStringLiteral("5 minutes")));
    clock.set(utc(2026, 1, 15, 13, 55));
    auto exactlyFive = schedule.checkLocal(QDate(2026, 1, 15), QTime(21, 0));
    ASSERT_TRUE(exactlyFive.ok());
    EXPECT_FALSE(exactlyFive->soon);
}

TEST_F(ScheduleTimeTest, AcceptsUtcFromAnyZoneAndSaysItInThePortalZone)
{
    const QDateTime inNewYork(QDate(2026, 1, 15), QTime(10, 0), QTimeZone("America/New_York"));
    auto checked = schedule.checkUtc(inNewYork);
    ASSERT_TRUE(checked.ok());
    EXPECT_EQ(checked->utc, utc(2026, 1, 15, 15, 0));
    EXPECT_EQ(checked->display, QStringLiteral("15/01/2026 22:00 (UTC+07:00)"));
}

TEST_F(ScheduleTimeTest, AnotherPortalZoneShowsItsOwnOffsetAndGaps)
{
    ScheduleTime newYork(clock, QTimeZone("America/New_York"));
    EXPECT_EQ(
        newYork.display(utc(2026, 1, 15, 15, 0)), QStringLiteral("15/01/2026 10:00 (UTC-05:00)"));
    EXPECT_EQ(
        newYork.display(utc(2026, 7, 1, 15, 0)), QStringLiteral("01/07/2026 11:00 (UTC-04:00)"));
    clock.set(utc(2026, 3, 1, 0, 0));
    auto gap = newYork.checkLocal(QDate(2026, 3, 8), QTime(2, 30));
    ASSERT_FALSE(gap.ok());
    EXPECT_EQ(gap.error().detail, QStringLiteral("schedule_invalid"));
}

TEST_F(ScheduleTimeTest, InvalidInputIsRefused)
{
    EXPECT_EQ(schedule.checkLocal(QDate(2026, 2, 30), QTime(9, 0)).error().detail,
        QStringLiteral("schedule_invalid"));
    EXPECT_EQ(schedule.checkUtc(QDateTime()).error().detail, QStringLiteral("schedule_invalid"));
}
