// Spelling and proofreading in the editor, and switching the interface language, through the
// real widgets.
#include "AppShell.h"
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "MainWindow.h"
#include "Proofreading.h"
#include "UiTestSupport.h"
#include "editing/AutosaveSession.h"
#include "util/Translations.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextLayout>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

// The underlines the highlighter put on the paragraph holding `position`, as (start, length).
QList<std::pair<int, int>> underlinesAround(BodyEdit *body, int position)
{
    const QTextBlock block = body->document()->findBlock(position);
    QList<std::pair<int, int>> ranges;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ranges.append({block.position() + range.start, range.length});
    }
    return ranges;
}

QAction *actionNamed(const QList<QAction *> &actions, const QString &text)
{
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

}  // namespace

TEST(Proofreading, UnderlinesMisspeltSyllablesAndOffersSuggestionsAndTheDictionary)
{
    QStandardPaths::setTestModeEnabled(true);  // the personal word list goes to a test folder
    QFile::remove(MainWindow::personalWordsPath());
    TestStore store;
    const qint64 id = store
                          .create(QStringLiteral("Tin"),
                              QStringLiteral("<p>Triển khai Nghị quyêt của HĐND tỉnh tại "
                                             "Mườnglay.</p>"))
                          .id;
    MainWindow window(*store.articles, store.clock);
    window.show();
    BodyEdit *body = window.editor()->bodyEdit();
    ASSERT_TRUE(window.proofreading()->spellingProblem().isEmpty())
        << window.proofreading()->spellingProblem().toStdString();
    const QString text = body->toPlainText();
    const int misspelt = int(text.indexOf(QStringLiteral("quyêt")));
    const auto underlined = underlinesAround(body, misspelt);
    EXPECT_TRUE(underlined.contains(std::pair {misspelt, 5}));
    // Abbreviations are not drowned in red.
    const int abbreviation = int(text.indexOf(QStringLiteral("HĐND")));
    for (const auto &[start, length] : underlined)
        EXPECT_FALSE(abbreviation >= start && abbreviation < start + length);

    QTextCursor at(body->document());
    at.setPosition(misspelt + 2);
    QObject owner;
    QList<QAction *> actions = window.proofreading()->contextActions(at, &owner);
    QAction *fix = actionNamed(actions, QStringLiteral("quyết"));
    ASSERT_NE(fix, nullptr);
    fix->trigger();
    EXPECT_TRUE(body->toPlainText().contains(QStringLiteral("Nghị quyết của")));
    ASSERT_TRUE(window.autosave()->saveNow().ok());
    EXPECT_TRUE(store.articles->get(id)->content.bodyHtml.contains(QStringLiteral("Nghị quyết")));

    // A place name the dictionary does not know goes into the person's own list.
    const int place = int(body->toPlainText().indexOf(QStringLiteral("Mườnglay")));
    at.setPosition(place + 1);
    actions = window.proofreading()->contextActions(at, &owner);
    QAction *add = actionNamed(actions, QStringLiteral("Add “Mườnglay” to my dictionary"));
    ASSERT_NE(add, nullptr);
    add->trigger();
    for (const auto &[start, length] : underlinesAround(body, place))
        EXPECT_FALSE(place >= start && place < start + length);
    QFile words(MainWindow::personalWordsPath());
    ASSERT_TRUE(words.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(words.readAll()).contains(QStringLiteral("Mườnglay")));
    // The underlines are a look: nothing of them is saved.
    EXPECT_FALSE(store.articles->get(id)->content.bodyHtml.contains(QStringLiteral("<span")));
}

TEST(Proofreading, PanelListsFindingsAndFixesThemWithOneClick)
{
    TestStore store;
    store.create(QStringLiteral("Tin"),
        QStringLiteral("<p>Dự án được được triển khai.Thực hiện đúng tiến độ.</p>"));
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    window.proofreadingDock()->toggleViewAction()->trigger();
    ASSERT_TRUE(window.proofreadingDock()->isVisible());
    window.proofreading()->checkNow();
    QListWidget *list = window.proofreadingPanel()->list();
    ASSERT_GE(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("được")));
    BodyEdit *body = window.editor()->bodyEdit();
    // Orange underlines mark the findings in the text.
    EXPECT_FALSE(underlinesAround(body, 0).isEmpty());
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(window.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/proofreading-en.png")));

    list->setCurrentRow(0);
    EXPECT_TRUE(body->textCursor().selectedText().contains(QStringLiteral("được")));
    EXPECT_TRUE(window.proofreadingPanel()->fixButton()->isVisible());
    ASSERT_TRUE(window.proofreadingPanel()->fixButton()->isEnabled());
    QTest::mouseClick(window.proofreadingPanel()->fixButton(), Qt::LeftButton);
    EXPECT_EQ(body->toPlainText(), QStringLiteral("Dự án được triển khai.Thực hiện đúng tiến độ."));
    list->setCurrentRow(0);  // the missing space after "khai."
    QTest::mouseClick(window.proofreadingPanel()->fixButton(), Qt::LeftButton);
    EXPECT_EQ(
        body->toPlainText(), QStringLiteral("Dự án được triển khai. Thực hiện đúng tiến độ."));
    body->undo();  // a fix is an ordinary edit: undo takes it back
    EXPECT_EQ(body->toPlainText(), QStringLiteral("Dự án được triển khai.Thực hiện đúng tiến độ."));
}

TEST(Language, SwitchingRebuildsTheWindowInTheOtherLanguageAndKeepsTheWork)
{
    TestStore store;
    const QString text = QStringLiteral("Dự án được được triển khai.Thực hiện Nghị quyêt.");
    store.create(QStringLiteral("Thị xã triển khai dự án mới"),
        QStringLiteral("<p>") + text + QStringLiteral("</p>"));
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("newsdesk.ini")), QSettings::IniFormat);
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::Vietnamese));
    {
        AppShell shell(*store.articles, store.clock, settings);
        MainWindow *vietnamese = shell.window();
        showActive(*vietnamese);
        EXPECT_EQ(vietnamese->menuBar()->actions().at(0)->text(), QStringLiteral("&Tệp"));
        EXPECT_TRUE(vietnamese->languageAction(QLocale::Vietnamese)->isChecked());
        // Qt's own strings are Vietnamese too.
        EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
        EXPECT_EQ(
            QCoreApplication::translate("QWidgetTextControl", "&Paste"), QStringLiteral("&Dán"));
        BodyEdit *body = vietnamese->editor()->bodyEdit();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        typeText(body, QStringLiteral(" Hai"));  // not saved yet: the switch must not lose it
        QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
        vietnamese->proofreadingDock()->show();
        vietnamese->proofreading()->checkNow();
        EXPECT_TRUE(vietnamese->grab().save(
            QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/proofreading-vi.png")));

        // The old window is deleted (a new one may even reuse its address): wait for that.
        QPointer<MainWindow> before = vietnamese;
        vietnamese->languageAction(QLocale::English)->trigger();
        QTRY_VERIFY(before.isNull() && shell.window());
        MainWindow *english = shell.window();
        EXPECT_EQ(english->menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
        EXPECT_TRUE(english->languageAction(QLocale::English)->isChecked());
        EXPECT_EQ(english->editor()->bodyEdit()->toPlainText(), text + QStringLiteral(" Hai"));
        EXPECT_EQ(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        EXPECT_EQ(AppShell::savedLanguage(settings), QLocale::English);
        EXPECT_EQ(
            QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));

        before = english;
        english->languageAction(QLocale::Vietnamese)->trigger();
        QTRY_VERIFY(before.isNull() && shell.window());
        EXPECT_EQ(shell.window()->menuBar()->actions().at(0)->text(), QStringLiteral("&Tệp"));
    }
    installTranslations(*QCoreApplication::instance(), QLocale::English);  // for later tests
}
