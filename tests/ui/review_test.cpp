// Review notes beside the editor (comment on a selection, find the passage again, resolve) and
// the compare view (what changed since the approved or submitted version).
#include "BodyEdit.h"
#include "CompareView.h"
#include "ReviewNotesPanel.h"
#include "UiTestSupport.h"
#include "WorkflowTestSupport.h"
#include "io/PortalTime.h"
#include "util/Translations.h"
#include "workflow/WorkflowService.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

const QString kBody = QStringLiteral("<p>Lễ hội Hoa Ban diễn ra tại thành phố Điện Biên Phủ.</p>"
                                     "<p>Năm nay có 20 đoàn nghệ thuật tham gia.</p>");

void selectWords(BodyEdit &body, const QString &words)
{
    const int at = int(body.toPlainText().indexOf(words));
    ASSERT_GE(at, 0) << words.toStdString();
    QTextCursor cursor(body.document());
    cursor.setPosition(at);
    cursor.setPosition(at + int(words.size()), QTextCursor::KeepAnchor);
    body.setTextCursor(cursor);
}

void clickRow(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    ASSERT_NE(item, nullptr);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

// The body editor and the panel side by side, as the window's dock puts them.
struct NotesWindow {
    QSplitter window;
    BodyEdit *body;
    ReviewNotesPanel *panel;

    NotesWindow(WorkflowService &service, const QString &bodyHtml)
    {
        body = new BodyEdit(&window);
        body->setCanonicalHtml(bodyHtml);
        panel = new ReviewNotesPanel(service, body, &window);
        window.addWidget(body);
        window.addWidget(panel);
        window.resize(1000, 560);
        window.setSizes({560, 440});
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
};

// The text of the diff's removed (struck through) or added (green) words.
QString diffWords(QTextBrowser *view, bool removed)
{
    QString words;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const bool struck = format.fontStrikeOut();
            const bool added = !struck && format.background().color() == QColor(0xcc, 0xff, 0xd8);
            if (removed ? struck : added)
                words += it.fragment().text();
        }
    }
    return words;
}

}  // namespace

TEST(ReviewNotes, ApproverCommentsOnPassagesAndRequestsChangesTheWriterFindsAndResolvesThem)
{
    TestStore store;
    const qint64 id = store.create(QStringLiteral("Lễ hội Hoa Ban"), kBody, kWriter).id;
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    actAs(service, kWriter, Role::Writer);
    ASSERT_TRUE(service.perform(id, WorkflowAction::Submit).ok());

    actAs(service, kApprover, Role::Approver);
    NotesWindow ui(service, store.articles->get(id)->content.bodyHtml);
    ReviewNotesPanel *panel = ui.panel;
    BodyEdit *body = ui.body;
    panel->setArticle(id);
    EXPECT_EQ(panel->summaryLabel()->text(), QStringLiteral("No review notes."));
    EXPECT_FALSE(panel->commentAction()->isEnabled());  // nothing selected yet
    EXPECT_EQ(panel->commentAction()->toolTip(),
        QStringLiteral("Select the words to comment on in the text first."));
    EXPECT_TRUE(panel->generalNoteAction()->isEnabled());

    // Through the panel: the action opens the inline editor on the selection.
    const QString quote = QStringLiteral("20 đoàn nghệ thuật");
    selectWords(*body, quote);
    const int quoteAt = int(body->toPlainText().indexOf(quote));
    ASSERT_TRUE(panel->commentAction()->isEnabled());
    panel->commentAction()->trigger();
    ASSERT_TRUE(panel->composer()->isVisible());
    EXPECT_FALSE(panel->composerSendButton()->isEnabled());  // nothing written yet
    typeText(panel->composerEdit(), QStringLiteral("Ghi rõ nguồn của con số này."));
    QTest::mouseClick(panel->composerSendButton(), Qt::LeftButton);
    EXPECT_FALSE(panel->composer()->isVisible());
    auto notes = service.notes(id);
    ASSERT_TRUE(notes.ok());
    ASSERT_EQ(notes->size(), 1);
    const ReviewNote passageNote = notes->front();
    ASSERT_TRUE(passageNote.anchor.has_value());
    EXPECT_EQ(passageNote.anchor->start, quoteAt);
    EXPECT_EQ(passageNote.anchor->length, quote.size());
    EXPECT_EQ(passageNote.anchor->quotedText, quote);
    EXPECT_EQ(passageNote.author, kApprover);
    EXPECT_EQ(passageNote.note, QStringLiteral("Ghi rõ nguồn của con số này."));

    // The testable path, and a note on the whole article; then the article goes back.
    selectWords(*body, QStringLiteral("Điện Biên Phủ"));
    const auto city = panel->commentOnSelection(QStringLiteral("Ghi đầy đủ tên tỉnh."));
    ASSERT_TRUE(city.ok()) << city.error().message.toStdString();
    EXPECT_EQ(city->anchor->quotedText, QStringLiteral("Điện Biên Phủ"));
    const auto general = panel->addGeneralNote(QStringLiteral("Thêm ảnh minh họa."));
    ASSERT_TRUE(general.ok());
    EXPECT_FALSE(general->anchor.has_value());
    ASSERT_TRUE(service
                    .perform(id, WorkflowAction::RequestChanges,
                        QStringLiteral("Xem các ghi chú bên cạnh bài."))
                    .ok());
    EXPECT_EQ(service.info(id)->status, Status::ChangesRequested);
    ASSERT_EQ(panel->noteList()->count(), 3);
    EXPECT_EQ(panel->noteAt(0).id, general->id);  // newest first
    EXPECT_EQ(panel->noteAt(2).id, passageNote.id);
    EXPECT_EQ(panel->summaryLabel()->text(), QStringLiteral("Open notes: 3"));

    // The writer: she sees the notes, cannot add any, and has added words at the top, so the
    // passages moved.
    actAs(service, kWriter, Role::Writer);
    panel->refresh();
    EXPECT_FALSE(panel->commentAction()->isEnabled());
    EXPECT_EQ(panel->noteList()->count(), 3);
    QTextCursor top(body->document());
    top.insertText(QStringLiteral("Sáng nay, "));
    clickRow(panel->noteList(), 2);
    EXPECT_EQ(body->textCursor().selectedText(), quote);
    EXPECT_EQ(body->textCursor().selectionStart(), quoteAt + 10);
    EXPECT_FALSE(panel->messageLabel()->isVisible());

    ASSERT_TRUE(panel->resolveButton()->isEnabled());
    QTest::mouseClick(panel->resolveButton(), Qt::LeftButton);
    EXPECT_EQ(service.notes(id, false)->size(), 2);
    EXPECT_EQ(service.notes(id)->front().resolvedBy, kWriter);
    EXPECT_EQ(panel->noteList()->count(), 2);  // resolved ones are hidden unless asked for
    EXPECT_EQ(panel->summaryLabel()->text(), QStringLiteral("Open notes: 2"));
    EXPECT_EQ(panel->showResolvedBox()->text(), QStringLiteral("Show resolved (1)"));
    panel->showResolvedBox()->setChecked(true);
    ASSERT_EQ(panel->noteList()->count(), 3);
    EXPECT_TRUE(panel->noteAt(2).resolved);
    EXPECT_TRUE(
        panel->noteList()->item(2)->text().contains(QStringLiteral("Resolved by ") + kWriter));
    clickRow(panel->noteList(), 2);
    EXPECT_FALSE(panel->resolveButton()->isEnabled());  // already resolved

    // The quoted words are gone: the panel says so and leaves the selection alone.
    body->setCanonicalHtml(QStringLiteral("<p>Lễ hội Hoa Ban năm nay rất đông khách.</p>"));
    clickRow(panel->noteList(), panel->rowOf(city->id));
    EXPECT_TRUE(panel->messageLabel()->isVisible());
    EXPECT_TRUE(panel->messageLabel()->text().startsWith(QStringLiteral("The passage changed")))
        << panel->messageLabel()->text().toStdString();
    EXPECT_FALSE(body->textCursor().hasSelection());
    EXPECT_FALSE(panel->showPassage(city->id).ok());
}

TEST(ReviewNotes, AWriterCannotCommentAndIsToldWhy)
{
    TestStore store;
    const qint64 id = store.create(QStringLiteral("Tin"), kBody, kWriter).id;
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    actAs(service, kWriter, Role::Writer);
    NotesWindow ui(service, kBody);
    ui.panel->setArticle(id);
    selectWords(*ui.body, QStringLiteral("Hoa Ban"));

    const std::optional<QString> reason = ui.panel->commentRefusal();
    ASSERT_TRUE(reason.has_value());
    EXPECT_FALSE(ui.panel->commentAction()->isEnabled());
    EXPECT_EQ(ui.panel->commentAction()->toolTip(), *reason);
    EXPECT_FALSE(ui.panel->generalNoteAction()->isEnabled());
    EXPECT_EQ(ui.panel->generalNoteAction()->toolTip(), *reason);

    const auto refused = ui.panel->commentOnSelection(QStringLiteral("Sửa lại."));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().detail, QStringLiteral("workflow:role_not_allowed"));
    EXPECT_EQ(refused.error().message, *reason);  // the tooltip said what the service says
    EXPECT_EQ(ui.panel->messageLabel()->text(), *reason);
    EXPECT_TRUE(service.notes(id)->isEmpty());
}

TEST(ReviewNotes, OpeningAnArticleWithFewerNotesKeepsNoStaleSelection)
{
    // Regression: with the third note of one article selected, opening an article with one note
    // looked the old row up in the new, shorter list and crashed.
    TestStore store;
    const qint64 many = store.create(QStringLiteral("Nhiều ghi chú"), kBody, kWriter).id;
    const qint64 one = store.create(QStringLiteral("Một ghi chú"), kBody, kWriter).id;
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    actAs(service, kApprover, Role::Approver);
    for (const QString &text :
        {QStringLiteral("Thứ nhất."), QStringLiteral("Thứ hai."), QStringLiteral("Thứ ba.")})
        ASSERT_TRUE(service.addNote(many, text).ok());
    ASSERT_TRUE(service.addNote(one, QStringLiteral("Chỉ một.")).ok());
    NotesWindow ui(service, kBody);
    ui.panel->setArticle(many);
    ASSERT_EQ(ui.panel->noteList()->count(), 3);
    ui.panel->noteList()->setCurrentRow(2);
    ui.panel->setArticle(one);
    ASSERT_EQ(ui.panel->noteList()->count(), 1);
    EXPECT_TRUE(ui.panel->noteList()->item(0)->text().contains(QStringLiteral("Chỉ một.")));
    ui.panel->setArticle(many);  // and back: the list is whole again
    EXPECT_EQ(ui.panel->noteList()->count(), 3);
}

TEST(ReviewNotes, FindingAPassageAgain)
{
    const PassageAnchor anchor {8, 3, QStringLiteral("hai")};
    // Still at its offset.
    EXPECT_EQ(
        ReviewNotesPanel::locatePassage(QStringLiteral("một hai hai ba"), anchor), std::pair(8, 3));
    // Moved: the nearest occurrence wins, before or after the old offset.
    EXPECT_EQ(ReviewNotesPanel::locatePassage(QStringLiteral("hai, một mười hai"), anchor),
        std::pair(14, 3));
    EXPECT_EQ(ReviewNotesPanel::locatePassage(QStringLiteral("một hai ba bốn năm sáu hai"), anchor),
        std::pair(4, 3));
    EXPECT_FALSE(ReviewNotesPanel::locatePassage(QStringLiteral("một ba"), anchor).has_value());
}

TEST(CompareView, ShowsWhatChangedSinceTheApprovedVersion)
{
    TestStore store;
    const qint64 id = store
                          .create(QStringLiteral("Lễ hội"),
                              QStringLiteral("<p>Lễ hội diễn ra tại thành phố.</p>"), kWriter)
                          .id;  // revision 1
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    actAs(service, kApprover, Role::Approver);
    ASSERT_TRUE(service.perform(id, WorkflowAction::Submit).ok());
    ASSERT_TRUE(service.perform(id, WorkflowAction::Approve).ok());  // at 13:56:50 UTC
    store.clock.advanceMs(3600 * 1000);

    // An edit kept as revision 2, then an autosave that keeps no revision: the view compares
    // with the text as it is now.
    ArticleContent content = store.articles->get(id)->content;
    content.bodyHtml = QStringLiteral("<p>Lễ hội diễn ra tại thị xã vào tháng Ba.</p>");
    ASSERT_TRUE(
        store.articles->saveContent(id, content, {true, QStringLiteral("Edited"), kWriter}).ok());
    content.bodyHtml = QStringLiteral("<p>Lễ hội diễn ra tại thị xã vào tháng Ba năm 2026.</p>");
    ASSERT_TRUE(store.articles->saveContent(id, content, {}).ok());
    EXPECT_EQ(service.info(id)->status, Status::Draft);  // the edit withdrew the approval

    CompareView view(*store.articles, service);
    view.resize(600, 400);
    view.setArticle(id);
    EXPECT_EQ(view.headingLabel()->text(),
        QStringLiteral("What changed since the last approved version"));
    EXPECT_EQ(view.captionLabel()->text(),
        QStringLiteral("Since the version approved by Trần Thị B on 15/01/2026 20:56 "
                       "(revision 1)."));
    EXPECT_EQ(view.baselineRevision(), 1);
    const QString removed = diffWords(view.diffView(), true);
    const QString added = diffWords(view.diffView(), false);
    // Word by word (the spaces between changed words may be drawn unmarked).
    EXPECT_EQ(removed.simplified().remove(u' '), QStringLiteral("thànhphố."))
        << removed.toStdString();
    for (const QString &word : {QStringLiteral("thị"), QStringLiteral("xã"),
             QStringLiteral("tháng"), QStringLiteral("2026")})
        EXPECT_TRUE(added.contains(word)) << added.toStdString();
    EXPECT_FALSE(added.contains(QStringLiteral("Lễ hội")));

    // Submitted again but not approved: still the approved version.
    ASSERT_TRUE(service.perform(id, WorkflowAction::Submit).ok());
    view.refresh();
    EXPECT_EQ(view.baselineRevision(), 1);
    EXPECT_TRUE(view.captionLabel()->text().contains(QStringLiteral("approved by")));
}

TEST(CompareView, WithoutApprovalComparesWithTheLastSubmittedVersion)
{
    TestStore store;
    const qint64 id = store
                          .create(QStringLiteral("Tin"),
                              QStringLiteral("<p>Đoàn khách đến vào buổi sáng.</p>"), kWriter)
                          .id;
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    actAs(service, kWriter, Role::Writer);
    CompareView view(*store.articles, service);
    view.setArticle(id);
    EXPECT_EQ(view.baselineRevision(), 0);
    EXPECT_TRUE(view.captionLabel()->text().contains(
        QStringLiteral("has not been submitted or approved yet")));
    EXPECT_TRUE(view.diffView()->toPlainText().isEmpty());

    ASSERT_TRUE(service.perform(id, WorkflowAction::Submit).ok());
    ArticleContent content = store.articles->get(id)->content;
    content.bodyHtml = QStringLiteral("<p>Đoàn khách đến vào buổi chiều.</p>");
    ASSERT_TRUE(
        store.articles->saveContent(id, content, {true, QStringLiteral("Edited"), kWriter}).ok());
    view.refresh();
    EXPECT_EQ(view.headingLabel()->text(),
        QStringLiteral("What changed since the last submitted version"));
    EXPECT_EQ(view.captionLabel()->text(),
        QStringLiteral("Since the version submitted by Lò Thị Mai on 15/01/2026 20:56 "
                       "(revision 1)."));
    EXPECT_EQ(view.baselineRevision(), 1);
    EXPECT_TRUE(diffWords(view.diffView(), true).contains(QStringLiteral("sáng")));
    EXPECT_TRUE(diffWords(view.diffView(), false).contains(QStringLiteral("chiều")));

    // Sent back, edited by autosave only, submitted again: the submitted text was never kept
    // as a revision, and the view says so rather than comparing with something else.
    actAs(service, kApprover, Role::Approver);
    ASSERT_TRUE(
        service.perform(id, WorkflowAction::RequestChanges, QStringLiteral("Ghi giờ cụ thể."))
            .ok());
    content.bodyHtml = QStringLiteral("<p>Đoàn khách đến lúc 15 giờ.</p>");
    ASSERT_TRUE(store.articles->saveContent(id, content, {}).ok());
    actAs(service, kWriter, Role::Writer);
    ASSERT_TRUE(service.perform(id, WorkflowAction::Submit).ok());
    view.refresh();
    EXPECT_EQ(view.baselineRevision(), 0);
    EXPECT_TRUE(view.captionLabel()->text().contains(QStringLiteral("not in the revision history")))
        << view.captionLabel()->text().toStdString();
    EXPECT_TRUE(view.diffView()->toPlainText().isEmpty());
}

TEST(ReviewNotes, VietnameseScreenshot)
{
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::Vietnamese));
    struct BackToEnglish {
        ~BackToEnglish() { installTranslations(*QCoreApplication::instance(), QLocale::English); }
    } backToEnglish;

    TestStore store;
    const qint64 id = store.create(QStringLiteral("Lễ hội Hoa Ban"), kBody, kWriter).id;
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    actAs(service, kWriter, Role::Writer);
    ASSERT_TRUE(service.perform(id, WorkflowAction::Submit).ok());
    actAs(service, kApprover, Role::Approver);
    NotesWindow ui(service, kBody);
    ui.panel->setArticle(id);
    selectWords(*ui.body, QStringLiteral("20 đoàn nghệ thuật"));
    ASSERT_TRUE(ui.panel->commentOnSelection(QStringLiteral("Ghi rõ nguồn của con số này.")).ok());
    store.clock.advanceMs(5 * 60 * 1000);
    selectWords(*ui.body, QStringLiteral("Điện Biên Phủ"));
    const auto city = ui.panel->commentOnSelection(QStringLiteral("Ghi đầy đủ tên tỉnh."));
    ASSERT_TRUE(city.ok());
    store.clock.advanceMs(60 * 1000);
    ASSERT_TRUE(ui.panel->addGeneralNote(QStringLiteral("Thêm ảnh minh họa.")).ok());

    actAs(service, kWriter, Role::Writer);
    ui.panel->refresh();
    // The service's refusal is translated, and the panel shows it word for word.
    EXPECT_EQ(ui.panel->commentAction()->toolTip(),
        QStringLiteral("Chỉ người duyệt mới có thể thêm ghi chú duyệt bài."));
    store.clock.advanceMs(60 * 1000);
    ui.panel->noteList()->setCurrentRow(ui.panel->rowOf(city->id));
    ASSERT_TRUE(ui.panel->resolveSelected().ok());
    ui.panel->showResolvedBox()->setChecked(true);
    clickRow(ui.panel->noteList(), ui.panel->noteList()->count() - 1);
    EXPECT_TRUE(ui.body->textCursor().hasSelection());

    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(
        ui.window.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/review-notes-vi.png")));
}
