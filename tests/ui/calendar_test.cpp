// The editorial calendar: days in the portal's zone on a computer set to America/New_York
// (ctest sets TZ; the fixture sets it again when run by hand), gaps, the week view, and
// rescheduling by drag (approvers only, never into the past), with screenshots in Vietnamese.
#include "CalendarView.h"
#include "UiTestSupport.h"
#include "WorkflowTestSupport.h"
#include "io/PortalTime.h"
#include "util/Translations.h"
#include "workflow/WorkflowService.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>

#include <ctime>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

class CalendarTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        qputenv("TZ", "America/New_York");
        tzset();
    }

    CalendarTest()
    {
        store.clock.set(utc(1, 5, 1, 0));  // published articles first, in the past
        actAs(kApprover, Role::Approver);
    }

    void actAs(const QString &name, Role role) { newsdesk::testing::actAs(service, name, role); }

    qint64 approved(const QString &title)
    {
        const qint64 id = store.create(title, QStringLiteral("<p>Nội dung.</p>"), kWriter).id;
        EXPECT_TRUE(service.perform(id, WorkflowAction::Submit).ok());
        EXPECT_TRUE(service.perform(id, WorkflowAction::Approve).ok());
        return id;
    }

    // Published at `at`; call before the clock reaches now().
    qint64 published(const QString &title, const QDateTime &at)
    {
        store.clock.set(at.addSecs(-60));
        const qint64 id = approved(title);
        store.clock.set(at);
        EXPECT_TRUE(service.perform(id, WorkflowAction::Publish).ok());
        return id;
    }

    qint64 scheduled(const QString &title, const QDateTime &atUtc)
    {
        if (store.clock.nowUtc() < fixedStart())
            store.clock.set(fixedStart());
        const qint64 id = approved(title);
        auto done = service.perform(id, WorkflowAction::Schedule, {}, atUtc);
        EXPECT_TRUE(done.ok()) << done.error().message.toStdString();
        return id;
    }

    QDateTime scheduledAt(qint64 id) { return service.info(id)->scheduledAt; }
    qsizetype historySize(qint64 id) { return service.history(id)->size(); }

    TestStore store;
    WorkflowService service {*store.db, store.clock, portal_time::defaultZone()};
};

void screenshot(QWidget &widget, const char *name)
{
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(widget.grab().save(
        QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/") + QString::fromLatin1(name)));
}

}  // namespace

TEST_F(CalendarTest, TheComputerReallyIsInNewYork)
{
    // Guards the test itself: local time here is five hours behind UTC in January.
    EXPECT_EQ(QDateTime(QDate(2026, 1, 15), QTime(12, 0)).offsetFromUtc(), -5 * 3600);
}

TEST_F(CalendarTest, EntriesAppearOnTheirDayInThePortalZone)
{
    const qint64 live = published(QStringLiteral("Khai mạc hội chợ"), utc(1, 12, 2, 0));
    // 23:30 UTC on the 16th is 06:30 on the 17th in Vietnam (18:30 on the 16th in New York).
    const qint64 late = scheduled(QStringLiteral("Lễ hội Hoa Ban"), utc(1, 16, 23, 30));
    CalendarView view(service, store.clock);
    view.resize(1000, 700);
    view.show();  // lays the grid out

    EXPECT_EQ(view.today(), QDate(2026, 1, 15));  // 20:56 in Ha Noi
    EXPECT_EQ(view.mode(), CalendarView::Mode::Month);
    EXPECT_TRUE(view.visibleDays().contains(QDate(2026, 1, 1)));
    EXPECT_TRUE(view.visibleDays().contains(QDate(2026, 1, 31)));

    const QList<CalendarEntry> on17 = view.entriesOn(QDate(2026, 1, 17));
    ASSERT_EQ(on17.size(), 1);
    EXPECT_EQ(on17.first().article.id, late);
    EXPECT_EQ(on17.first().kind, CalendarEntry::Kind::Scheduled);
    EXPECT_TRUE(view.entriesOn(QDate(2026, 1, 16)).isEmpty());

    const QList<CalendarEntry> on12 = view.entriesOn(QDate(2026, 1, 12));
    ASSERT_EQ(on12.size(), 1);
    EXPECT_EQ(on12.first().article.id, live);
    EXPECT_EQ(on12.first().kind, CalendarEntry::Kind::Published);

    // Drawn inside that day's cell, and the tooltip says when, in the portal zone.
    const QRect entry = view.entryRect(late);
    ASSERT_TRUE(entry.isValid());
    EXPECT_TRUE(view.dayRect(QDate(2026, 1, 17)).contains(entry));
    const QString tip = view.toolTipAt(entry.center());
    EXPECT_TRUE(tip.contains(QStringLiteral("Lễ hội Hoa Ban"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("17/01/2026 06:30 (UTC+07:00)"))) << tip.toStdString();
    EXPECT_TRUE(view.titleLabel()->text().contains(QStringLiteral("2026")));
}

TEST_F(CalendarTest, DaysWithNothingPlannedAreMarkedAsGaps)
{
    scheduled(QStringLiteral("Tin"), utc(1, 16, 2, 0));  // 09:00 on the 16th
    CalendarView view(service, store.clock);
    view.resize(1000, 700);
    view.show();  // lays the grid out
    EXPECT_FALSE(view.isGap(QDate(2026, 1, 16)));
    EXPECT_TRUE(view.isGap(QDate(2026, 1, 17)));
    EXPECT_TRUE(view.isGap(QDate(2026, 1, 31)));
    // Days of the neighbouring months are shown dimmed, not as this month's gaps.
    ASSERT_EQ(view.visibleDays().first(), QDate(2025, 12, 29));  // a Monday, as in Vietnam
    EXPECT_FALSE(view.isGap(QDate(2025, 12, 29)));
    const QRect empty = view.dayRect(QDate(2026, 1, 17));
    EXPECT_EQ(view.toolTipAt(empty.center()),
        QStringLiteral("Nothing scheduled or published on this day."));
}

TEST_F(CalendarTest, WeekViewShowsSevenDaysAndNavigates)
{
    scheduled(QStringLiteral("Tin"), utc(1, 16, 2, 0));
    CalendarView view(service, store.clock);
    view.resize(1000, 700);
    view.show();  // lays the grid out
    view.setMode(CalendarView::Mode::Week);
    EXPECT_TRUE(view.weekButton()->isChecked());
    EXPECT_FALSE(view.monthButton()->isChecked());

    QList<QDate> days = view.visibleDays();
    ASSERT_EQ(days.size(), 7);
    EXPECT_EQ(days.first().dayOfWeek(), int(QLocale().firstDayOfWeek()));
    for (int i = 1; i < days.size(); ++i)
        EXPECT_EQ(days.at(i - 1).addDays(1), days.at(i));
    EXPECT_TRUE(days.contains(view.today()));
    EXPECT_EQ(view.entriesOn(QDate(2026, 1, 16)).size(), 1);
    for (const QDate &day : days)
        EXPECT_TRUE(view.dayRect(day).isValid());

    view.showNext();
    EXPECT_EQ(view.visibleDays().first(), days.first().addDays(7));
    EXPECT_EQ(view.visibleDays().size(), 7);
    view.showToday();
    EXPECT_EQ(view.visibleDays(), days);

    view.setMode(CalendarView::Mode::Month);
    view.showNext();
    EXPECT_TRUE(view.inPeriod(QDate(2026, 2, 1)));
    EXPECT_FALSE(view.inPeriod(QDate(2026, 1, 31)));
    view.showPrevious();
    view.showPrevious();
    EXPECT_TRUE(view.inPeriod(QDate(2025, 12, 31)));
}

TEST_F(CalendarTest, AnApproverMovesAnArticleToAnotherDayAtTheSameTime)
{
    const qint64 id = scheduled(QStringLiteral("Lễ hội Hoa Ban"), utc(1, 16, 23, 30));
    CalendarView view(service, store.clock);
    view.resize(1000, 700);
    view.show();  // lays the grid out
    QSignalSpy moved(&view, &CalendarView::articleMoved);
    const qsizetype before = historySize(id);

    QString error;
    ASSERT_TRUE(view.moveArticle(id, QDate(2026, 1, 20), &error)) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    // 06:30 in Ha Noi on the 20th is 23:30 UTC on the 19th.
    EXPECT_EQ(scheduledAt(id), QDateTime(QDate(2026, 1, 20), QTime(6, 30), hoChiMinh()).toUTC());
    EXPECT_EQ(scheduledAt(id), utc(1, 19, 23, 30));
    EXPECT_EQ(service.info(id)->status, Status::Scheduled);
    EXPECT_EQ(moved.count(), 1);

    // One action in the history: Scheduled -> Scheduled with the new time.
    const auto history = service.history(id);
    ASSERT_EQ(history->size(), before + 1);
    EXPECT_EQ(history->back().action, QStringLiteral("schedule"));
    EXPECT_EQ(history->back().fromStatus, Status::Scheduled);
    EXPECT_EQ(history->back().toStatus, Status::Scheduled);
    EXPECT_EQ(history->back().scheduledAt, utc(1, 19, 23, 30));
    EXPECT_EQ(history->back().actor, kApprover);
    EXPECT_TRUE(service.verifyAuditChain()->ok);

    EXPECT_TRUE(view.entriesOn(QDate(2026, 1, 17)).isEmpty());
    ASSERT_EQ(view.entriesOn(QDate(2026, 1, 20)).size(), 1);
    EXPECT_TRUE(view.messageLabel()->text().contains(QStringLiteral("20/01/2026 06:30")));

    // The same day again: nothing to do, nothing recorded.
    EXPECT_TRUE(view.moveArticle(id, QDate(2026, 1, 20)));
    EXPECT_EQ(historySize(id), before + 1);
}

TEST_F(CalendarTest, DroppingAnArticleOnADayMovesIt)
{
    const qint64 id = scheduled(QStringLiteral("Tin"), utc(1, 16, 2, 0));
    CalendarView view(service, store.clock);
    view.resize(1000, 700);
    view.show();  // lays the grid out
    const QRect target = view.dayRect(QDate(2026, 1, 22));
    ASSERT_TRUE(target.isValid());

    QMimeData mime;
    mime.setData(CalendarView::mimeType(), QByteArray::number(id));
    // As a drag delivers it: enter and move make the grid the drop target, then the drop.
    const QPointF at(target.center());
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(view.grid(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDragMoveEvent move(at.toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(view.grid(), &move);
    ASSERT_TRUE(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(view.grid(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_EQ(scheduledAt(id), utc(1, 22, 2, 0))  // 09:00 in Ha Noi kept
        << view.messageLabel()->text().toStdString();
    EXPECT_TRUE(service.verifyAuditChain()->ok);
}

TEST_F(CalendarTest, AWritersMoveIsRefusedAndChangesNothing)
{
    const qint64 id = scheduled(QStringLiteral("Tin"), utc(1, 16, 23, 30));
    actAs(kWriter, Role::Writer);
    CalendarView view(service, store.clock);
    view.resize(1000, 700);
    view.show();  // lays the grid out
    QSignalSpy refused(&view, &CalendarView::refused);
    const QDateTime was = scheduledAt(id);
    const qsizetype before = historySize(id);

    const QString why = service.check(id, WorkflowAction::Schedule)->reason;
    ASSERT_FALSE(why.isEmpty());
    QString reason;
    EXPECT_FALSE(view.canMove(id, &reason));
    EXPECT_EQ(reason, why);
    // The tooltip on the article says why it cannot be dragged.
    const QRect entry = view.entryRect(id);
    ASSERT_TRUE(entry.isValid());
    EXPECT_TRUE(view.toolTipAt(entry.center()).contains(why));

    QString error;
    EXPECT_FALSE(view.moveArticle(id, QDate(2026, 1, 20), &error));
    EXPECT_EQ(error, why);
    EXPECT_EQ(refused.count(), 1);
    EXPECT_EQ(view.messageLabel()->text(), why);
    EXPECT_EQ(scheduledAt(id), was);
    EXPECT_EQ(historySize(id), before);
    EXPECT_EQ(view.entriesOn(QDate(2026, 1, 17)).size(), 1);
}

TEST_F(CalendarTest, APastDayOrTimeIsRefused)
{
    const qint64 id = scheduled(QStringLiteral("Tin"), utc(1, 16, 23, 30));  // 06:30 on the 17th
    CalendarView view(service, store.clock);
    view.resize(1000, 700);
    view.show();  // lays the grid out
    const QDateTime was = scheduledAt(id);
    const qsizetype before = historySize(id);

    QString error;
    EXPECT_FALSE(view.moveArticle(id, QDate(2026, 1, 14), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already passed"))) << error.toStdString();
    // Today, but 06:30 has passed (it is 20:56 in Ha Noi).
    EXPECT_FALSE(view.moveArticle(id, QDate(2026, 1, 15), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("15/01/2026 06:30"))) << error.toStdString();
    EXPECT_EQ(scheduledAt(id), was);
    EXPECT_EQ(historySize(id), before);
}

TEST_F(CalendarTest, PublishedArticlesStayWhereTheyAre)
{
    const qint64 id = published(QStringLiteral("Tin"), utc(1, 12, 2, 0));
    store.clock.set(fixedStart());
    CalendarView view(service, store.clock);
    QString error;
    EXPECT_FALSE(view.moveArticle(id, QDate(2026, 1, 20), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(service.info(id)->status, Status::Published);
}

TEST_F(CalendarTest, DoubleClickOpensTheArticle)
{
    const qint64 id = scheduled(QStringLiteral("Tin"), utc(1, 16, 2, 0));
    CalendarView view(service, store.clock);
    view.resize(1000, 700);
    view.show();  // lays the grid out
    QSignalSpy activated(&view, &CalendarView::articleActivated);
    QTest::mouseDClick(view.grid(), Qt::LeftButton, {}, view.entryRect(id).center());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toLongLong(), id);
}

TEST_F(CalendarTest, ScreenshotsInVietnamese)
{
    published(
        QStringLiteral("Khai mạc Hội chợ Xuân 2026 tại Quảng trường Trung tâm"), utc(1, 5, 2, 0));
    published(QStringLiteral("Kết quả Đại hội Đảng bộ xã nhiệm kỳ 2025–2030"), utc(1, 9, 1, 30));
    published(QStringLiteral("Thời tiết cuối tuần: trời rét đậm"), utc(1, 12, 23, 0));
    published(QStringLiteral("Giá lúa tăng trở lại"), utc(1, 14, 8, 15));
    scheduled(QStringLiteral("Lễ hội Hoa Ban 2026: chương trình chi tiết"), utc(1, 16, 23, 30));
    scheduled(QStringLiteral("Hướng dẫn nộp hồ sơ trực tuyến"), utc(1, 16, 2, 0));
    scheduled(
        QStringLiteral("Phỏng vấn Chủ tịch UBND tỉnh về kế hoạch năm mới"), utc(1, 20, 3, 15));
    for (int i = 0; i < 6; ++i)
        scheduled(QStringLiteral("Bản tin Tết số %1: chợ hoa, giao thông và an ninh").arg(i + 1),
            utc(1, 22, 1 + i, 0));
    scheduled(QStringLiteral("Chuẩn bị đón Tết Nguyên đán"), utc(1, 27, 0, 0));

    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::Vietnamese));
    {
        CalendarView view(service, store.clock);
        view.resize(1000, 700);
        view.show();
        EXPECT_TRUE(view.titleLabel()->text().contains(QStringLiteral("Tháng 1")))
            << view.titleLabel()->text().toStdString();
        EXPECT_EQ(view.visibleDays().first().dayOfWeek(), int(Qt::Monday));
        screenshot(view, "calendar-month-vi.png");
        view.setMode(CalendarView::Mode::Week);
        screenshot(view, "calendar-week-vi.png");
    }
    installTranslations(*QCoreApplication::instance(), QLocale::English);
}
