// The review workflow through the main window: the bar's buttons and their reasons, the note,
// schedule and profile dialogs, the warning before an edit withdraws an approval, and the
// inbox counts on the toolbar.
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "CalendarView.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ScheduleDialog.h"
#include "UiTestSupport.h"
#include "WorkflowBar.h"
#include "WorkflowTestSupport.h"
#include "editing/AutosaveSession.h"
#include "model/ArticleListModel.h"
#include "util/Translations.h"
#include "workflow/WorkflowService.h"
#include <QDockWidget>
#include <QTreeWidget>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimeEdit>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

void actAs(MainWindow &window, const QString &name, Role role)
{
    newsdesk::testing::actAs(window.workflow(), name, role);
    window.workflowBar()->refresh();
    window.refreshInbox();
}

// Clicks the action's button, or picks it from the overflow menu when the bar is too narrow.
void click(WorkflowBar *bar, WorkflowAction action)
{
    QAction *act = bar->action(action);
    ASSERT_TRUE(act->isVisible()) << Workflow::actionKey(action).toStdString();
    ASSERT_TRUE(act->isEnabled()) << act->toolTip().toStdString();
    QAbstractButton *button = bar->button(action);
    if (button && button->isVisible())
        QTest::mouseClick(button, Qt::LeftButton);
    else
        act->trigger();
}

Status shownStatus(MainWindow &window, qint64 id)
{
    return window.articleModel()->summaryAt(window.articleModel()->rowOf(id)).status;
}

bool stateShows(WorkflowBar *bar, Status status)
{
    return bar->stateLabel()->text().contains(statusDisplayName(status));
}

void screenshot(QWidget &widget, const char *name)
{
    QCoreApplication::processEvents();  // layouts settle (toolbar actions shown or hidden)
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(widget.grab().save(
        QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/") + QString::fromLatin1(name)));
}

// Approvers submit and approve their own articles too: the shortest way to an approval.
void approveThroughTheBar(WorkflowBar *bar)
{
    click(bar, WorkflowAction::Submit);
    click(bar, WorkflowAction::Approve);
    ASSERT_TRUE(stateShows(bar, Status::Approved)) << bar->stateLabel()->text().toStdString();
}

}  // namespace

TEST(WorkflowUi, SubmitRequestChangesResubmitApproveAndScheduleThroughTheBar)
{
    TestStore store;
    const qint64 id = store
                          .create(QStringLiteral("Lễ hội Hoa Ban"),
                              QStringLiteral("<p>Lễ hội diễn ra tại thành phố.</p>"), kWriter)
                          .id;
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    WorkflowBar *bar = window.workflowBar();
    ASSERT_EQ(bar->articleId(), id);
    EXPECT_TRUE(stateShows(bar, Status::Draft));

    // No name yet: the first action asks for one, through the real dialog.
    WorkflowBar::Prompts prompts = bar->prompts();
    int profileAsked = 0;
    prompts.profile = [&](ProfileDialog &dialog) {
        ++profileAsked;
        EXPECT_FALSE(dialog.okButton()->isEnabled());  // a name is required
        dialog.nameEdit()->setText(kWriter);
        EXPECT_TRUE(dialog.okButton()->isEnabled());
        dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(QStringLiteral("writer")));
        return true;
    };
    prompts.note
        = [](QWidget *) { return std::optional(QStringLiteral("Thêm số liệu năm 2025.")); };
    bar->setPrompts(prompts);

    click(bar, WorkflowAction::Submit);
    EXPECT_EQ(profileAsked, 1);
    EXPECT_EQ(window.workflow().profile()->name, kWriter);
    EXPECT_TRUE(stateShows(bar, Status::InReview));
    EXPECT_EQ(shownStatus(window, id), Status::InReview);

    // A writer sees Approve, disabled, and why.
    QAction *approve = bar->action(WorkflowAction::Approve);
    EXPECT_TRUE(approve->isVisible());
    EXPECT_TRUE(bar->button(WorkflowAction::Approve)->isVisible());
    EXPECT_FALSE(bar->button(WorkflowAction::Approve)->isEnabled());
    EXPECT_FALSE(approve->isEnabled());
    const auto reason = window.workflow().check(id, WorkflowAction::Approve);
    ASSERT_TRUE(reason.ok());
    EXPECT_FALSE(reason->reason.isEmpty());
    EXPECT_EQ(approve->toolTip(), reason->reason);
    EXPECT_FALSE(window.waitingAction()->isVisible());  // writers approve nothing
    screenshot(window, "workflow-writer-bar.png");

    // The approver's inbox has it; clicking the count shows it.
    actAs(window, kApprover, Role::Approver);
    EXPECT_EQ(window.waitingAction()->text(), QStringLiteral("Waiting for my approval (1)"));
    EXPECT_TRUE(window.waitingAction()->isVisible());
    window.waitingAction()->trigger();
    EXPECT_TRUE(window.articleModel()->isShowingOnly());  // exactly the inbox's articles
    ASSERT_EQ(window.articleModel()->rowCount(), 1);
    EXPECT_EQ(window.articleModel()->summaryAt(0).id, id);
    screenshot(window, "workflow-inbox.png");

    click(bar, WorkflowAction::RequestChanges);
    EXPECT_TRUE(stateShows(bar, Status::ChangesRequested));
    EXPECT_EQ(window.waitingAction()->text(), QStringLiteral("Waiting for my approval (0)"));
    auto history = window.workflow().history(id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->back().note, QStringLiteral("Thêm số liệu năm 2025."));
    EXPECT_EQ(history->back().actor, kApprover);

    // Back to the writer: it is returned to her; she edits and submits again.
    actAs(window, kWriter, Role::Writer);
    EXPECT_EQ(window.returnedAction()->text(), QStringLiteral("Returned to me (1)"));
    window.returnedAction()->trigger();
    EXPECT_TRUE(window.articleModel()->isShowingOnly());
    ASSERT_EQ(window.articleModel()->rowCount(), 1);
    EXPECT_EQ(window.articleModel()->summaryAt(0).id, id);
    BodyEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" Năm 2025 có 20.000 lượt khách."));
    click(bar, WorkflowAction::Submit);  // saves the text on screen first
    EXPECT_TRUE(storedBody(store, id).contains(QStringLiteral("20.000 lượt khách")));
    EXPECT_TRUE(stateShows(bar, Status::InReview));
    EXPECT_EQ(window.returnedAction()->text(), QStringLiteral("Returned to me (0)"));

    actAs(window, kApprover, Role::Approver);
    click(bar, WorkflowAction::Approve);
    EXPECT_TRUE(stateShows(bar, Status::Approved));
    EXPECT_EQ(window.workflow().info(id)->approvedHash, store.articles->get(id)->contentHash);

    // Schedule an hour ahead, in the portal's zone whatever the computer's is.
    const QDateTime target = store.clock.nowUtc().addSecs(3600).toTimeZone(hoChiMinh());
    const QTime minute(target.time().hour(), target.time().minute());
    prompts.schedule = [&](ScheduleDialog &dialog) {
        dialog.setLocalTime(target.date(), minute);
        EXPECT_EQ(dialog.zoneLabel()->text(), QStringLiteral("UTC+07:00"));
        EXPECT_TRUE(dialog.scheduleButton()->isEnabled());
        EXPECT_FALSE(dialog.publishNowButton()->isVisibleTo(&dialog));
        EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("(UTC+07:00)")));
        screenshot(dialog, "workflow-schedule-dialog.png");
        return true;
    };
    bar->setPrompts(prompts);
    click(bar, WorkflowAction::Schedule);
    EXPECT_TRUE(stateShows(bar, Status::Scheduled)) << bar->stateLabel()->text().toStdString();
    EXPECT_EQ(window.workflow().info(id)->scheduledAt,
        QDateTime(target.date(), minute, hoChiMinh()).toUTC());
    EXPECT_EQ(shownStatus(window, id), Status::Scheduled);
    EXPECT_TRUE(bar->action(WorkflowAction::Unschedule)->isVisible());
    EXPECT_TRUE(bar->impactNotice()->isVisible());
    screenshot(window, "workflow-scheduled.png");
    EXPECT_TRUE(window.workflow().verifyAuditChain()->ok);
}

TEST(WorkflowUi, ScheduleDialogRefusesThePastOffersPublishNowAndWarnsWhenNear)
{
    TestStore store;
    const qint64 id = store.create(QStringLiteral("Tin"), QStringLiteral("<p>a</p>"), kWriter).id;
    MainWindow window(*store.articles, store.clock);
    window.show();
    actAs(window, kApprover, Role::Approver);
    WorkflowBar *bar = window.workflowBar();
    approveThroughTheBar(bar);

    ScheduleDialog dialog(window.workflow(), store.clock.nowUtc());
    const QDateTime now = store.clock.nowUtc().toTimeZone(hoChiMinh());
    dialog.setLocalTime(now.date(), now.time().addSecs(-3600));
    EXPECT_FALSE(dialog.scheduleButton()->isEnabled());
    EXPECT_TRUE(dialog.publishNowButton()->isVisibleTo(&dialog));
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("already passed")));

    dialog.setLocalTime(now.date(), QTime(now.time().hour(), now.time().minute()).addSecs(180));
    EXPECT_TRUE(dialog.scheduleButton()->isEnabled());
    EXPECT_FALSE(dialog.checked()->warning.isEmpty());
    EXPECT_EQ(dialog.messageLabel()->text(), dialog.checked()->warning);

    // "Publish now" from the dialog publishes.
    WorkflowBar::Prompts prompts = bar->prompts();
    prompts.schedule = [&](ScheduleDialog &shown) {
        shown.setLocalTime(now.date(), now.time().addSecs(-3600));
        shown.publishNowButton()->click();
        return shown.result() == QDialog::Accepted;
    };
    bar->setPrompts(prompts);
    click(bar, WorkflowAction::Schedule);
    EXPECT_TRUE(stateShows(bar, Status::Published)) << bar->stateLabel()->text().toStdString();
    EXPECT_EQ(window.workflow().info(id)->status, Status::Published);
}

TEST(WorkflowUi, EditingAnApprovedArticleWarnsFirstThenWithdrawsTheApproval)
{
    TestStore store;
    const qint64 id
        = store.create(QStringLiteral("Tin"), QStringLiteral("<p>Bản tin.</p>"), kWriter).id;
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    actAs(window, kApprover, Role::Approver);
    WorkflowBar *bar = window.workflowBar();
    approveThroughTheBar(bar);

    // Before any edit: the strip says what an edit would do.
    EXPECT_EQ(window.workflow().editImpact(id).value(), EditImpact::RevokesApproval);
    ASSERT_TRUE(bar->impactNotice()->isVisible());
    EXPECT_TRUE(
        bar->impactNotice()->text().contains(QStringLiteral("Editing will withdraw the approval")));
    screenshot(window, "workflow-approved-warning.png");

    BodyEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" Thêm"));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("withdraw")));
    EXPECT_TRUE(stateShows(bar, Status::Approved));  // nothing saved yet

    ASSERT_TRUE(window.autosave()->saveNow().ok());
    EXPECT_TRUE(stateShows(bar, Status::Draft)) << bar->stateLabel()->text().toStdString();
    EXPECT_FALSE(bar->impactNotice()->isVisible());
    EXPECT_EQ(shownStatus(window, id), Status::Draft);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("withdrawn")));
    EXPECT_FALSE(bar->action(WorkflowAction::Schedule)->isEnabled());
    auto history = window.workflow().history(id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->back().action, QString::fromUtf16(kApprovalRevokedAction));
    EXPECT_EQ(history->back().toStatus, Status::Draft);
    EXPECT_TRUE(window.workflow().verifyAuditChain()->ok);
}

TEST(WorkflowUi, EditsToAPublishedArticleSayThePortalKeepsTheApprovedText)
{
    TestStore store;
    store.create(QStringLiteral("Tin"), QStringLiteral("<p>Bản tin.</p>"), kWriter);
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    actAs(window, kApprover, Role::Approver);
    WorkflowBar *bar = window.workflowBar();
    approveThroughTheBar(bar);
    click(bar, WorkflowAction::Publish);
    EXPECT_FALSE(bar->impactNotice()->isVisible());

    BodyEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" Cập nhật"));
    ASSERT_TRUE(window.autosave()->saveNow().ok());
    EXPECT_TRUE(stateShows(bar, Status::Published));
    ASSERT_TRUE(bar->impactNotice()->isVisible());
    EXPECT_EQ(bar->impactNotice()->text(),
        QStringLiteral("The portal shows the approved text until this one is approved."));
    EXPECT_TRUE(bar->action(WorkflowAction::Submit)->isEnabled());
    EXPECT_FALSE(bar->action(WorkflowAction::Publish)->isEnabled());
}

TEST(WorkflowUi, ARefusalIsShownAndChangesNothing)
{
    TestStore store;
    const qint64 id = store.create(QStringLiteral("Tin"), QStringLiteral("<p>a</p>"), kWriter).id;
    MainWindow window(*store.articles, store.clock);
    window.show();
    actAs(window, kApprover, Role::Approver);
    WorkflowBar *bar = window.workflowBar();
    click(bar, WorkflowAction::Submit);
    QSignalSpy refused(bar, &WorkflowBar::refused);
    // Asking for changes without saying which is refused by the service, not silently dropped.
    auto result = bar->performWithNote(WorkflowAction::RequestChanges, QStringLiteral("  "));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().detail, QStringLiteral("workflow:note_required"));
    EXPECT_EQ(refused.count(), 1);
    EXPECT_EQ(window.statusBar()->currentMessage(), result.error().message);
    EXPECT_EQ(window.workflow().info(id)->status, Status::InReview);
}

TEST(WorkflowUi, CalendarNotesAndComparePanelsFollowTheWindow)
{
    TestStore store;
    const qint64 id = store
                          .create(QStringLiteral("Lễ hội Hoa Ban"),
                              QStringLiteral("<p>Chương trình các ngày.</p>"), kWriter)
                          .id;
    MainWindow window(*store.articles, store.clock);
    window.show();
    actAs(window, kApprover, Role::Approver);
    approveThroughTheBar(window.workflowBar());
    ASSERT_TRUE(window.workflow()
                    .perform(id, WorkflowAction::Schedule, {}, store.clock.nowUtc().addDays(2))
                    .ok());

    // The calendar opens from the View menu with the article on its day, and opens it back.
    window.calendarDock()->toggleViewAction()->trigger();
    ASSERT_TRUE(window.calendarDock()->isVisible());
    const QDate day = store.clock.nowUtc().addDays(2).toTimeZone(hoChiMinh()).date();
    window.calendar()->setCurrentDate(day);
    EXPECT_EQ(window.calendar()->entriesOn(day).size(), 1);
    window.openArticle(0);
    Q_EMIT window.calendar()->articleActivated(id);
    EXPECT_EQ(window.autosave()->articleId(), id);

    // The history panel shows the review log, newest first.
    window.historyDock()->toggleViewAction()->trigger();
    QTreeWidget *log = window.historyPanel()->reviewLog();
    ASSERT_GE(log->topLevelItemCount(), 3);  // submit, approve, schedule
    EXPECT_EQ(log->topLevelItem(0)->text(2), QStringLiteral("Schedule"));
    EXPECT_EQ(log->topLevelItem(0)->text(1), kApprover);

    // The review panels follow the open article.
    window.reviewNotesDock()->toggleViewAction()->trigger();
    EXPECT_TRUE(window.reviewNotesDock()->isVisible());
    window.compareDock()->toggleViewAction()->trigger();
    EXPECT_TRUE(window.compareDock()->isVisible());
    // The approved text was kept as a revision by the bar, so it can be compared with.
    const auto revisions = store.articles->revisions(id);
    ASSERT_TRUE(revisions.ok());
    const QList<Revision> &list = *revisions;
    const bool keptForReview = std::any_of(list.cbegin(), list.cend(),
        [](const Revision &r) { return r.label == QStringLiteral("Text at the review step"); });
    EXPECT_TRUE(keptForReview);
}

TEST(WorkflowUi, InboxAndCalendarInVietnamese)
{
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::Vietnamese));
    {
        TestStore store;
        MainWindow window(*store.articles, store.clock);
        actAs(window, kApprover, Role::Approver);
        const QStringList titles {QStringLiteral("Mường Lay triển khai Nghị quyết Đại hội"),
            QStringLiteral("Đảm bảo an toàn giao thông dịp Tết"),
            QStringLiteral("Bản tin nông nghiệp tháng 11")};
        for (const QString &title : titles) {
            const qint64 id = store.create(title, QStringLiteral("<p>Nội dung.</p>"), kWriter).id;
            ASSERT_TRUE(window.workflow().perform(id, WorkflowAction::Submit).ok());
        }
        const qint64 scheduled
            = store.create(QStringLiteral("Lễ hội Hoa Ban"), QStringLiteral("<p>a</p>"), kWriter)
                  .id;
        for (WorkflowAction action : {WorkflowAction::Submit, WorkflowAction::Approve})
            ASSERT_TRUE(window.workflow().perform(scheduled, action).ok());
        ASSERT_TRUE(
            window.workflow()
                .perform(scheduled, WorkflowAction::Schedule, {}, store.clock.nowUtc().addDays(3))
                .ok());
        window.articleModel()->refresh();
        window.refreshInbox();
        window.resize(1200, 720);
        window.show();
        screenshot(window, "inbox-vi.png");
        window.calendarDock()->toggleViewAction()->trigger();
        window.calendar()->setCurrentDate(store.clock.nowUtc().toTimeZone(hoChiMinh()).date());
        screenshot(*window.calendarDock(), "calendar-vi.png");
    }
    installTranslations(*QCoreApplication::instance(), QLocale::English);
}
