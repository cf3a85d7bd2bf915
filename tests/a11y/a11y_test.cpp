// Every control a person can Tab to has a name a screen reader can say, in the main window with
// all its docks open and in the dialogs of the editor and the workflow; Tab goes through the
// editor pane in the order it reads.
#include "A11yTestSupport.h"
#include "AccessibleNames.h"
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "FindReplaceBar.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ReviewNotesPanel.h"
#include "ScheduleDialog.h"
#include "UiTestSupport.h"
#include "WorkflowBar.h"
#include "editing/AutosaveSession.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QTimeEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

QString classOf(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className());
}

// "QLineEdit#name < QWidget < newsdesk::ArticleEditor < ...": where the offender is.
QString chainOf(const QWidget *widget)
{
    QStringList parts;
    for (const QObject *o = widget; o; o = o->parent()) {
        QString part = classOf(o);
        if (!o->objectName().isEmpty())
            part += u'#' + o->objectName();
        parts << part;
    }
    return parts.join(QStringLiteral(" < "));
}

class NameWalker {
public:
    // Labels anywhere in `root` name their buddies.
    void collectBuddies(const QWidget *root)
    {
        for (const QLabel *label : root->findChildren<QLabel *>())
            if (label->buddy() && !spokenName(label->text()).isEmpty())
                m_buddied.insert(label->buddy());
    }

    void walk(const QWidget *root)
    {
        collectBuddies(root);
        QList<const QWidget *> all {root};
        for (const QWidget *child : root->findChildren<QWidget *>())
            all << child;
        for (const QWidget *widget : all) {
            if (!widget->isVisible() || (widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
                continue;
            if (named(widget))
                continue;
            const QString line = chainOf(widget);
            if (!m_offenders.contains(line))
                m_offenders << line;
        }
    }

    bool named(const QWidget *widget) const
    {
        if (!widget->accessibleName().trimmed().isEmpty() || m_buddied.contains(widget))
            return true;
        if (auto *button = qobject_cast<const QAbstractButton *>(widget))
            return !spokenName(button->text()).isEmpty();
        if (auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->tabText(i).isEmpty())
                    return false;
            return tabs->count() > 0;
        }
        // The line edit inside a combo or spin box: the box is what is named.
        const QWidget *parent = widget->parentWidget();
        if (parent
            && (qobject_cast<const QComboBox *>(parent)
                || qobject_cast<const QAbstractSpinBox *>(parent)))
            return named(parent);
        return false;
    }

    QStringList offenders() const { return m_offenders; }

private:
    QSet<const QWidget *> m_buddied;
    QStringList m_offenders;
};

struct Newsroom {
    TestStore store;
    std::unique_ptr<MainWindow> window;

    Newsroom()
    {
        fillNewsroom(store);
        window = std::make_unique<MainWindow>(*store.articles, store.clock);
        actAs(window->workflow(), kApprover, Role::Approver);
        window->workflowBar()->refresh();
        window->reviewNotes()->refresh();
        window->refreshInbox();
    }
};

}  // namespace

TEST(Accessibility, EveryControlInTheMainWindowAndItsDocksHasAName)
{
    Newsroom room;
    MainWindow &window = *room.window;
    showActive(window);
    ASSERT_NE(window.autosave()->articleId(), 0);

    NameWalker walker;
    window.editor()->findBar()->openReplace();  // both rows of the find bar
    walker.walk(&window);
    for (QDockWidget *dock : {window.historyDock(), window.proofreadingDock(),
             window.calendarDock(), window.reviewNotesDock(), window.compareDock()}) {
        dock->show();
        dock->raise();  // tabified docks show one at a time
        QCoreApplication::processEvents();
        if (dock == window.reviewNotesDock())
            window.reviewNotes()->generalNoteAction()->trigger();  // the composer too
        walker.walk(&window);
    }
    EXPECT_TRUE(walker.offenders().isEmpty())
        << "Controls without an accessible name (Tab reaches them, a screen reader says "
           "nothing):\n  "
        << walker.offenders().join(QStringLiteral("\n  ")).toStdString();
}

TEST(Accessibility, TheWorkflowDialogsNameEveryControl)
{
    Newsroom room;
    MainWindow &window = *room.window;
    window.show();
    {
        ScheduleDialog dialog(window.workflow(), room.store.clock.nowUtc(), &window);
        dialog.show();
        NameWalker walker;
        walker.walk(&dialog);
        EXPECT_TRUE(walker.offenders().isEmpty())
            << walker.offenders().join(QStringLiteral("\n")).toStdString();
        EXPECT_FALSE(dialog.dateEdit()->accessibleName().isEmpty());
        EXPECT_FALSE(dialog.timeEdit()->accessibleName().isEmpty());
    }
    {
        auto profile = window.workflow().profile();
        ASSERT_TRUE(profile.ok());
        ProfileDialog dialog(*profile, &window);
        dialog.show();
        NameWalker walker;
        walker.walk(&dialog);
        EXPECT_TRUE(walker.offenders().isEmpty())
            << walker.offenders().join(QStringLiteral("\n")).toStdString();
        EXPECT_EQ(dialog.nameEdit()->accessibleName(), QStringLiteral("Name"));
        EXPECT_EQ(dialog.roleBox()->accessibleName(), QStringLiteral("Role"));
        // Escape closes a dialog.
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Escape);
        EXPECT_FALSE(dialog.isVisible());
    }
}

TEST(Accessibility, TheInsertTableDialogNamesItsFields)
{
    Newsroom room;
    MainWindow &window = *room.window;
    showActive(window);
    QAction *table = nullptr;
    for (QAction *action : window.editor()->formatBar()->actions())
        if (action->text() == QStringLiteral("Table…"))
            table = action;
    ASSERT_NE(table, nullptr);
    QStringList offenders;
    bool seen = false;
    // The dialog runs its own loop: look at it from inside, then close it with Escape.
    QTimer probe;
    probe.setInterval(20);
    int tries = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(top);
            if (!dialog || !dialog->isVisible())
                continue;
            seen = dialog->windowTitle() == QStringLiteral("Insert a table");
            NameWalker walker;
            walker.walk(dialog);
            offenders = walker.offenders();
            QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
            if (dialog->isVisible())
                dialog->reject();
            probe.stop();
            return;
        }
        if (++tries > 250)
            probe.stop();
    });
    probe.start();
    table->trigger();
    EXPECT_TRUE(seen);
    EXPECT_TRUE(offenders.isEmpty()) << offenders.join(QStringLiteral("\n")).toStdString();
}

TEST(Accessibility, TabGoesThroughTheEditorPaneInTheOrderItReads)
{
    Newsroom room;
    MainWindow &window = *room.window;
    showActive(window);
    ArticleEditor *editor = window.editor();
    ASSERT_TRUE(editor->isEnabled());
    editor->titleEdit()->setFocus();
    ASSERT_TRUE(editor->titleEdit()->hasFocus());

    QStringList visited;
    for (int i = 0; i < 12 && !editor->bodyEdit()->hasFocus(); ++i) {
        visited << QApplication::focusWidget()->accessibleName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    ASSERT_TRUE(editor->bodyEdit()->hasFocus())
        << visited.join(QStringLiteral(" → ")).toStdString();
    visited << QApplication::focusWidget()->accessibleName();
    // "Remove" is disabled without a featured image, so Tab passes it by; the format bar is one
    // stop (its first button), as toolbars are.
    EXPECT_EQ(visited.join(QStringLiteral(" → ")).toStdString(),
        "Title → Summary (sapo) → Author → Category → Tags → Choose the featured image → Bold → "
        "Article text");

    // Inside the format bar, arrows move; Tab leaves from the button it is on.
    editor->bodyEdit()->setFocus();
    QTest::keyClick(editor->bodyEdit(), Qt::Key_Backtab);
    ASSERT_EQ(QApplication::focusWidget()->accessibleName(), QStringLiteral("Bold"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    EXPECT_EQ(QApplication::focusWidget()->accessibleName(), QStringLiteral("Italic"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(editor->bodyEdit()->hasFocus());
    QTest::keyClick(editor->bodyEdit(), Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget()->accessibleName(), QStringLiteral("Italic"));
    // Space presses it: the body's format follows.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_TRUE(editor->bodyEdit()->currentCharFormat().fontItalic());
}

TEST(Accessibility, FormatButtonsAreNamedForWhatTheyDo)
{
    Newsroom room;
    MainWindow &window = *room.window;
    window.show();
    QStringList names;
    for (QAction *action : window.editor()->formatBar()->actions())
        if (QWidget *button = window.editor()->formatBar()->widgetForAction(action))
            names << button->accessibleName();
    for (const char *expected : {"Bold", "Italic", "Underline", "Strikethrough", "Heading level 2",
             "Bulleted list", "Numbered list", "Block quote", "Link", "Find", "Undo"})
        EXPECT_TRUE(names.contains(QString::fromLatin1(expected)))
            << expected << " in " << names.join(QStringLiteral(", ")).toStdString();
}
