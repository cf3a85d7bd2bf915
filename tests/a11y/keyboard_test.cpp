// What a mouse does, done from the keyboard: the calendar's days and articles, the history's
// restore, review notes, the workflow buttons' mnemonics, Escape on the find bar; and spelling
// underlines switched off while the proofreading rules go on.
#include "A11yTestSupport.h"
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "CalendarView.h"
#include "FindReplaceBar.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "Proofreading.h"
#include "ReviewNotesPanel.h"
#include "SpellHighlighter.h"
#include "UiTestSupport.h"
#include "WorkflowBar.h"
#include "editing/AutosaveSession.h"
#include "io/PortalTime.h"
#include "workflow/WorkflowService.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QToolBar>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

QChar mnemonicOf(const QString &text)
{
    const qsizetype at = text.indexOf(u'&');
    return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toUpper() : QChar();
}

// The spelling (red) underlines the highlighter put on the body, as (start, length).
QList<std::pair<int, int>> spellingUnderlines(BodyEdit *body)
{
    const QColor red
        = SpellHighlighter::misspeltColor(QGuiApplication::palette().color(QPalette::Base));
    QList<std::pair<int, int>> ranges;
    for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next())
        for (const QTextLayout::FormatRange &range : block.layout()->formats())
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
                && range.format.underlineColor() == red)
                ranges.append({block.position() + range.start, range.length});
    return ranges;
}

}  // namespace

TEST(Keyboard, CalendarDaysAreChosenWithArrowsAndArticlesOpenWithEnter)
{
    TestStore store;
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    actAs(service, kApprover, Role::Approver);
    const qint64 id
        = store
              .create(QStringLiteral("Lễ hội Hoa Ban"), QStringLiteral("<p>Nội dung.</p>"), kWriter)
              .id;
    ASSERT_TRUE(service.perform(id, WorkflowAction::Submit).ok());
    ASSERT_TRUE(service.perform(id, WorkflowAction::Approve).ok());
    const QDateTime when = store.clock.nowUtc().addDays(3);
    ASSERT_TRUE(service.perform(id, WorkflowAction::Schedule, {}, when).ok());
    const QDate day = when.toTimeZone(portal_time::defaultZone()).date();

    CalendarView view(service, store.clock);
    view.resize(1000, 700);
    showActive(view);
    QWidget *grid = view.grid();
    grid->setFocus();
    ASSERT_TRUE(grid->hasFocus());
    EXPECT_FALSE(grid->accessibleName().isEmpty());
    EXPECT_EQ(view.selectedDate(), view.today());

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(grid, Qt::Key_Right);
    ASSERT_EQ(view.selectedDate(), day);
    EXPECT_EQ(view.selectedArticle(), id);
    EXPECT_TRUE(grid->accessibleDescription().contains(QStringLiteral("Lễ hội Hoa Ban")))
        << grid->accessibleDescription().toStdString();
    QSignalSpy opened(&view, &CalendarView::articleActivated);
    QTest::keyClick(grid, Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(), id);

    // A week down and back; Home is today.
    QTest::keyClick(grid, Qt::Key_Down);
    EXPECT_EQ(view.selectedDate(), day.addDays(7));
    QTest::keyClick(grid, Qt::Key_Up);
    EXPECT_EQ(view.selectedDate(), day);

    // The keyboard's drag: Ctrl+Shift+Right reschedules the chosen article a day later.
    QTest::keyClick(grid, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(view.selectedDate(), day.addDays(1));
    EXPECT_EQ(service.info(id)->scheduledAt.toUTC(), when.addDays(1));
    EXPECT_EQ(view.selectedArticle(), id);

    // Page Down turns the month; the chosen day goes with it.
    const QDate before = view.selectedDate();
    QTest::keyClick(grid, Qt::Key_PageDown);
    EXPECT_EQ(view.selectedDate(), before.addMonths(1));
    EXPECT_EQ(view.currentDate().month(), before.addMonths(1).month());
    QTest::keyClick(grid, Qt::Key_Home);
    EXPECT_EQ(view.selectedDate(), view.today());

    // The arrow-only buttons say where they go.
    for (QAbstractButton *button : view.findChildren<QAbstractButton *>())
        EXPECT_FALSE(button->accessibleName().isEmpty() && button->text().isEmpty())
            << button->objectName().toStdString();
}

TEST(Keyboard, HistoryRevisionsAreChosenWithArrowsAndRestoredWithEnter)
{
    TestStore store;
    const qint64 id = store.create(QStringLiteral("Tin"), QStringLiteral("<p>Một.</p>")).id;
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    ASSERT_EQ(window.autosave()->articleId(), id);
    window.saveRevision();
    store.clock.advanceMs(1000);
    window.editor()->bodyEdit()->setCanonicalHtml(QStringLiteral("<p>Hai.</p>"));
    window.autosave()->markChanged();
    window.saveRevision();
    window.historyDock()->show();
    QCoreApplication::processEvents();
    HistoryPanel *history = window.historyPanel();
    QTableView *view = history->revisionView();
    ASSERT_GE(view->model()->rowCount(), 2);
    EXPECT_FALSE(view->accessibleName().isEmpty());
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    ASSERT_EQ(view->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(view->selectionModel()->selectedRows().front().row(), 1);
    QSignalSpy restore(history, &HistoryPanel::restoreRequested);
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(restore.count(), 1);
    // Tab leaves the list for the differences and the buttons.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), static_cast<QWidget *>(history->diffView()));
}

TEST(Keyboard, EnterOnAReviewNoteSelectsItsPassage)
{
    TestStore store;
    const qint64 id
        = store
              .create(QStringLiteral("Tin"),
                  QStringLiteral("<p>Lễ hội Hoa Ban diễn ra tại Điện Biên.</p>"), kWriter)
              .id;
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    actAs(service, kApprover, Role::Approver);
    QWidget window;
    auto *body = new BodyEdit(&window);
    body->setCanonicalHtml(store.articles->get(id)->content.bodyHtml);
    auto *panel = new ReviewNotesPanel(service, body, &window);
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(body);
    layout->addWidget(panel);
    panel->setArticle(id);
    showActive(window);

    QTextCursor cursor(body->document());
    const int at = int(body->toPlainText().indexOf(QStringLiteral("Hoa Ban")));
    cursor.setPosition(at);
    cursor.setPosition(at + 7, QTextCursor::KeepAnchor);
    body->setTextCursor(cursor);
    ASSERT_TRUE(panel->commentOnSelection(QStringLiteral("Viết hoa đúng chưa?")).ok());
    body->moveCursor(QTextCursor::End);
    ASSERT_FALSE(body->textCursor().hasSelection());

    QListWidget *list = panel->noteList();
    EXPECT_FALSE(list->accessibleName().isEmpty());
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(body->textCursor().selectedText(), QStringLiteral("Hoa Ban"));

    // The composer: opened from the keyboard, Escape closes it.
    panel->generalNoteAction()->trigger();
    ASSERT_TRUE(panel->composer()->isVisible());
    EXPECT_FALSE(panel->composerEdit()->accessibleName().isEmpty());
    QTest::keyClick(panel->composerEdit(), Qt::Key_Escape);
    EXPECT_FALSE(panel->composer()->isVisible());
}

TEST(Keyboard, WorkflowButtonsHaveTheirOwnMnemonics)
{
    TestStore store;
    const qint64 id = store.create(QStringLiteral("Tin"), QStringLiteral("<p>Một.</p>")).id;
    MainWindow window(*store.articles, store.clock);
    actAs(window.workflow(), kWriter, Role::Writer);
    window.workflowBar()->refresh();
    showActive(window);
    ASSERT_EQ(window.autosave()->articleId(), id);

    QSet<QChar> menus;
    for (QAction *menu : window.menuBar()->actions())
        menus.insert(mnemonicOf(menu->text()));
    QSet<QChar> seen;
    for (WorkflowAction action : Workflow::allActions()) {
        const QString text = window.workflowBar()->action(action)->iconText();
        const QChar key = mnemonicOf(text);
        ASSERT_FALSE(key.isNull()) << text.toStdString();
        EXPECT_FALSE(menus.contains(key)) << text.toStdString() << " clashes with a menu";
        EXPECT_FALSE(seen.contains(key)) << text.toStdString() << " clashes with another button";
        seen.insert(key);
    }
    // Alt+the Submit button's letter submits the article.
    QAbstractButton *submit = window.workflowBar()->button(WorkflowAction::Submit);
    ASSERT_NE(submit, nullptr);
    ASSERT_TRUE(submit->isVisible() && submit->isEnabled());
    const QChar key = mnemonicOf(submit->text());
    ASSERT_FALSE(key.isNull()) << submit->text().toStdString();
    QTest::keyClick(window.editor()->titleEdit(), Qt::Key(key.unicode()), Qt::AltModifier);
    // A mnemonic clicks the button as a short animation: the action follows a moment later.
    QTRY_VERIFY(window.workflow().info(id)->status == Status::InReview);
}

TEST(Keyboard, EscapeClosesTheFindBarFromAnyOfItsControls)
{
    TestStore store;
    store.create(QStringLiteral("Tin"), QStringLiteral("<p>Một hai ba.</p>"));
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    FindReplaceBar *bar = window.editor()->findBar();
    bar->openReplace();
    ASSERT_TRUE(bar->isVisible());
    EXPECT_FALSE(bar->findEdit()->accessibleName().isEmpty());
    EXPECT_FALSE(bar->replaceEdit()->accessibleName().isEmpty());
    bar->exactBox()->setFocus();
    QTest::keyClick(bar->exactBox(), Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(window.editor()->bodyEdit()->hasFocus());
}

TEST(Proofreading, SpellingUnderlinesCanBeSwitchedOffWhileTheRulesRun)
{
    QTemporaryDir dir;
    BodyEdit body;
    body.setCanonicalHtml(QStringLiteral("<p>Triển khai Nghị quyêt của tỉnh được được.</p>"));
    Proofreading proofreading(&body, dir.filePath(QStringLiteral("words.txt")));
    if (!proofreading.spellingProblem().isEmpty())
        GTEST_SKIP() << proofreading.spellingProblem().toStdString();
    body.show();
    QCoreApplication::processEvents();  // the highlighter's first pass is queued
    // Red before the rules run: a rule's finding on the same word is underlined orange over it.
    const int misspelt = int(body.toPlainText().indexOf(QStringLiteral("quyêt")));
    EXPECT_TRUE(proofreading.spellCheckEnabled());
    EXPECT_TRUE(spellingUnderlines(&body).contains(std::pair {misspelt, 5}));
    proofreading.checkNow();

    int realEdits = 0;
    QObject::connect(&body, &QTextEdit::textChanged, [&] {
        if (body.isTextEdit())
            ++realEdits;
    });
    proofreading.setSpellCheckEnabled(false);
    EXPECT_FALSE(proofreading.spellCheckEnabled());
    EXPECT_TRUE(spellingUnderlines(&body).isEmpty());
    EXPECT_EQ(realEdits, 0);  // repainting is not an edit: autosave does not fire
    // No suggestions or "Add to dictionary" for the word any more.
    QTextCursor at(body.document());
    at.setPosition(misspelt + 2);
    QObject owner;
    for (QAction *action : proofreading.contextActions(at, &owner))
        EXPECT_FALSE(action->text().contains(QStringLiteral("quyêt")))
            << action->text().toStdString();
    // The rules still run: the repeated word is found.
    proofreading.checkNow();
    bool repeated = false;
    for (const proofread::Finding &finding : proofreading.findings())
        repeated = repeated || finding.rule == proofread::RuleId::RepeatedWord;
    EXPECT_TRUE(repeated);
    // Typing a new misspelling while it is off underlines nothing.
    QTextCursor end(body.document());
    end.movePosition(QTextCursor::End);
    end.insertText(QStringLiteral(" Mườnglayy"));
    EXPECT_TRUE(spellingUnderlines(&body).isEmpty());

    // Back on: the new misspelling is red again.
    proofreading.setSpellCheckEnabled(true);
    const int typed = int(body.toPlainText().indexOf(QStringLiteral("Mườnglayy")));
    bool red = false;
    for (const auto &[start, length] : spellingUnderlines(&body))
        red = red || (start <= typed && typed < start + length);
    EXPECT_TRUE(red);
}
