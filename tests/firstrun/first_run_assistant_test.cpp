// The first-run assistant: Skip on every page, Finish saving name, role and language, the
// language switching the assistant's own words at once, and a Vietnamese screenshot.
#include "AppShell.h"
#include "FirstRunTestSupport.h"
#include "MainWindow.h"
#include "Proofreading.h"
#include "UiTestSupport.h"
#include "editing/AutosaveSession.h"
#include "firstrun/FirstRunAssistant.h"
#include "firstrun/SettingsDialog.h"
#include "preview/PreviewPane.h"
#include "store/ProfileStore.h"
#include "workflow/WorkflowService.h"
#include <QToolButton>

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

// The assistant's name for itself and its first page, in whatever language is installed.
// Where a person clicks a radio button: on its circle (its empty right-hand side is no hit).
void clickRadio(QRadioButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

QString welcome()
{
    return FirstRunAssistant::tr("Welcome to Newsdesk");
}

}  // namespace

TEST(FirstRunAssistant, IsDueUntilFinishedOrSkipped)
{
    TempSettings temp;
    EXPECT_TRUE(FirstRunAssistant::isDue(*temp.settings));
    temp.settings->setValue(QStringLiteral("firstRun/done"), true);
    EXPECT_FALSE(FirstRunAssistant::isDue(*temp.settings));
}

TEST(FirstRunAssistant, SkipIsOnEveryPageAndSavesOnlyTheLanguageAndDone)
{
    TestStore store;
    ProfileStore profiles(*store.db);
    TempSettings temp;
    FirstRunAssistant assistant(*temp.settings, profiles);
    showActive(assistant);
    for (int page : {FirstRunAssistant::LanguagePage, FirstRunAssistant::ProfilePage,
             FirstRunAssistant::WorkingPage}) {
        EXPECT_EQ(assistant.currentId(), page);
        EXPECT_TRUE(assistant.skipButton()->isVisible()) << page;
        EXPECT_TRUE(assistant.skipButton()->isEnabled()) << page;
        if (page == FirstRunAssistant::ProfilePage)
            typeText(assistant.nameEdit(), QStringLiteral("Lò Thị Mai"));  // then skipped
        assistant.next();
    }
    QTest::mouseClick(assistant.skipButton(), Qt::LeftButton);
    EXPECT_FALSE(assistant.isVisible());
    EXPECT_EQ(assistant.outcome(), FirstRunAssistant::Outcome::Skipped);
    QSettings &reread = temp.reopen();
    EXPECT_TRUE(reread.value(QStringLiteral("firstRun/done")).toBool());
    EXPECT_FALSE(FirstRunAssistant::isDue(reread));
    EXPECT_FALSE(reread.value(QStringLiteral("ui/language")).toString().isEmpty());
    EXPECT_TRUE(profiles.load()->name.isEmpty());  // skipped: the name typed is not kept
}

TEST(FirstRunAssistant, EscapeCountsAsSkip)
{
    TestStore store;
    ProfileStore profiles(*store.db);
    TempSettings temp;
    FirstRunAssistant assistant(*temp.settings, profiles);
    showActive(assistant);
    QTest::keyClick(&assistant, Qt::Key_Escape);
    EXPECT_FALSE(assistant.isVisible());
    EXPECT_EQ(assistant.outcome(), FirstRunAssistant::Outcome::Skipped);
    EXPECT_FALSE(FirstRunAssistant::isDue(temp.reopen()));
}

TEST(FirstRunAssistant, FinishSavesNameRoleAndLanguage)
{
    TestStore store;
    ProfileStore profiles(*store.db);
    TempSettings temp;
    {
        FirstRunAssistant assistant(*temp.settings, profiles);
        showActive(assistant);
        // From the keyboard: the arrow moves to English in the group of two.
        assistant.vietnameseButton()->click();
        assistant.vietnameseButton()->setFocus();
        QTest::keyClick(assistant.vietnameseButton(), Qt::Key_Down);
        EXPECT_TRUE(assistant.englishButton()->isChecked());
        EXPECT_EQ(assistant.language(), QLocale::English);
        QTest::keyClick(&assistant, Qt::Key_Return);  // Next
        ASSERT_EQ(assistant.currentId(), FirstRunAssistant::ProfilePage);
        assistant.nameEdit()->setFocus();
        typeText(assistant.nameEdit(), QStringLiteral("Trần Thị Bích Ngọc"));
        assistant.roleBox()->setCurrentIndex(
            assistant.roleBox()->findData(Workflow::roleKey(Role::Approver)));
        assistant.next();
        ASSERT_EQ(assistant.currentId(), FirstRunAssistant::WorkingPage);
        QAbstractButton *finish = assistant.button(QWizard::FinishButton);
        ASSERT_TRUE(finish->isVisible());
        QTest::mouseClick(finish, Qt::LeftButton);
        EXPECT_FALSE(assistant.isVisible());
        EXPECT_EQ(assistant.outcome(), FirstRunAssistant::Outcome::Finished);
    }
    const LocalProfile profile = profiles.load().value();
    EXPECT_EQ(profile.name, QStringLiteral("Trần Thị Bích Ngọc"));
    EXPECT_EQ(profile.role, Role::Approver);
    QSettings &reread = temp.reopen();
    EXPECT_EQ(reread.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(AppShell::savedLanguage(reread), QLocale::English);
    EXPECT_TRUE(reread.value(QStringLiteral("firstRun/done")).toBool());
}

TEST(FirstRunAssistant, SwitchingTheLanguageRetranslatesTheAssistantAtOnce)
{
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::English));
    TestStore store;
    ProfileStore profiles(*store.db);
    TempSettings temp;
    FirstRunAssistant assistant(*temp.settings, profiles);
    showActive(assistant);
    EXPECT_EQ(assistant.language(), QLocale::English);
    EXPECT_TRUE(assistant.englishButton()->isChecked());
    EXPECT_EQ(assistant.roleBox()->itemText(0), QStringLiteral("Writer"));
    EXPECT_EQ(assistant.windowTitle(), QStringLiteral("Welcome to Newsdesk"));
    const QString englishIntro = assistant.introLabel()->text();

    clickRadio(assistant.vietnameseButton());
    EXPECT_EQ(assistant.language(), QLocale::Vietnamese);
    // Strings with a translation show it without waiting for an event loop turn.
    EXPECT_EQ(assistant.roleBox()->itemText(0), QStringLiteral("Người viết"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
    EXPECT_EQ(assistant.windowTitle(), welcome());
    EXPECT_EQ(assistant.currentPage()->title(), welcome());
    EXPECT_EQ(assistant.introLabel()->text(),
        FirstRunAssistant::tr("Newsdesk is where the portal's articles are written, reviewed and "
                              "scheduled. A few short steps get you started."));
    // The events Qt posts for the switch change nothing more.
    QCoreApplication::processEvents();
    EXPECT_EQ(assistant.roleBox()->itemText(0), QStringLiteral("Người viết"));

    clickRadio(assistant.englishButton());
    EXPECT_EQ(assistant.roleBox()->itemText(0), QStringLiteral("Writer"));
    EXPECT_EQ(assistant.introLabel()->text(), englishIntro);
    EXPECT_EQ(assistant.windowTitle(), QStringLiteral("Welcome to Newsdesk"));
    installTranslations(*QCoreApplication::instance(), QLocale::English);
}

TEST(FirstRunAssistant, ShowsTheProfileAlreadySavedAndARoleFromThePortalCannotChange)
{
    TestStore store;
    ProfileStore profiles(*store.db);
    ASSERT_TRUE(profiles.setName(QStringLiteral("Lò Thị Mai")).ok());
    ASSERT_TRUE(profiles.setRoleFromPortal(Role::Approver).ok());
    TempSettings temp;
    FirstRunAssistant assistant(*temp.settings, profiles);
    EXPECT_EQ(assistant.nameEdit()->text(), QStringLiteral("Lò Thị Mai"));
    EXPECT_EQ(assistant.roleBox()->currentData().toString(), Workflow::roleKey(Role::Approver));
    EXPECT_FALSE(assistant.roleBox()->isEnabled());
    EXPECT_FALSE(assistant.nameEdit()->accessibleName().isEmpty());
    EXPECT_FALSE(assistant.roleBox()->accessibleName().isEmpty());
}

TEST(FirstRunAssistant, VietnameseScreenshotOfTheFirstPage)
{
    VietnameseUi vietnamese;
    TestStore store;
    ProfileStore profiles(*store.db);
    TempSettings temp;
    FirstRunAssistant assistant(*temp.settings, profiles);
    EXPECT_EQ(assistant.language(), QLocale::Vietnamese);
    EXPECT_TRUE(assistant.vietnameseButton()->isChecked());
    showActive(assistant);
    saveScreenshot(assistant, "first-run-vi.png");
    assistant.next();
    saveScreenshot(assistant, "first-run-vi-2.png");
    assistant.next();
    saveScreenshot(assistant, "first-run-vi-3.png");
}

// The main window's way in: AppShell opens Settings and the assistant, applies the autosave
// delay, and rebuilds the window when the language changed.
TEST(AppShellSettings, SettingsApplyTheAutosaveDelayAndALanguageChangeRebuildsTheWindow)
{
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::English));
    TestStore store;
    store.create(QStringLiteral("Lễ hội Hoa Ban"), QStringLiteral("<p>Khai mạc.</p>"));
    TempSettings temp;
    AppSettings::saveLanguage(*temp.settings, QLocale::English);
    AppShell shell(*store.articles, store.clock, *temp.settings);
    QSignalSpy changed(&shell, &AppShell::settingsChanged);
    MainWindow *first = shell.window();
    shell.setSettingsHook([](SettingsDialog &dialog) {
        dialog.autosaveBox()->setValue(4);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("vi")));
        dialog.accept();
        return false;
    });
    shell.openSettings();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(first->autosave()->idleDelay(), 4000);
    EXPECT_GE(first->autosave()->maxDelay(), 4000);
    QPointer<MainWindow> firstWindow = first;
    // Rebuilt in Vietnamese, after the dialog closed (the new window may reuse the address).
    QTRY_VERIFY(firstWindow.isNull() && shell.window());
    EXPECT_EQ(AppShell::savedLanguage(*temp.settings), QLocale::Vietnamese);
    EXPECT_EQ(shell.window()->autosave()->idleDelay(), 4000);  // kept by the new window
    installTranslations(*QCoreApplication::instance(), QLocale::English);
}

TEST(AppShellSettings, TheWindowUsesTheSavedSettingsAndKeepsItsLayout)
{
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::English));
    TestStore store;
    store.create(QStringLiteral("Lễ hội Hoa Ban"), QStringLiteral("<p>Khai mạc.</p>"));
    TempSettings temp;
    AppSettings saved;
    saved.language = QLocale::English;
    saved.spellCheck = false;
    saved.maxLongEdge = 1024;
    saved.templateFolder = QStringLiteral(NEWSDESK_TEST_DATA_DIR "/templates/custom");
    saved.save(*temp.settings);
    {
        AppShell shell(*store.articles, store.clock, *temp.settings);
        MainWindow *window = shell.window();
        EXPECT_FALSE(window->proofreading()->spellCheckEnabled());
        EXPECT_EQ(window->previewPane()->portalTemplate().name(), QStringLiteral("Mẫu thử nghiệm"));
        window->previewPane()->pageWidthButton(preview::PreviewPane::PageWidth::Tablet)->click();
        window->resize(1234, 777);
    }
    // The next start: the same layout and preview width.
    AppShell again(*store.articles, store.clock, temp.reopen());
    EXPECT_EQ(again.window()->previewPane()->pageWidth(), preview::PreviewPane::PageWidth::Tablet);
    EXPECT_EQ(again.window()->size(), QSize(1234, 777));
    EXPECT_FALSE(again.window()->proofreading()->spellCheckEnabled());
}

TEST(AppShellSettings, TheAssistantFromSettingsSavesTheProfileForTheOpenWindow)
{
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::English));
    TestStore store;
    TempSettings temp;
    AppSettings::saveLanguage(*temp.settings, QLocale::English);
    AppShell shell(*store.articles, store.clock, *temp.settings);
    bool assistantShown = false;
    shell.setSettingsHook([](SettingsDialog &dialog) {
        dialog.rerunAssistantButton()->click();
        return false;
    });
    shell.setAssistantHook([&](FirstRunAssistant &assistant) {
        assistantShown = true;
        assistant.next();
        assistant.nameEdit()->setText(QStringLiteral("Quàng Văn Duy"));
        assistant.next();
        assistant.accept();
        return false;
    });
    shell.openSettings();
    QTRY_VERIFY(assistantShown);
    EXPECT_EQ(shell.window()->workflow().profile()->name, QStringLiteral("Quàng Văn Duy"));
    EXPECT_TRUE(temp.settings->value(QStringLiteral("firstRun/done")).toBool());
}

TEST(AppShellSettings, TheDemoSaysSoInTheTitleAcrossALanguageSwitch)
{
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::English));
    TestStore store;
    TempSettings temp;
    AppShell shell(*store.articles, store.clock, *temp.settings);
    shell.setDemo(true);
    EXPECT_TRUE(shell.window()->windowTitle().contains(QStringLiteral("Demo")));
    ASSERT_TRUE(shell.switchLanguage(QLocale::English));
    EXPECT_TRUE(shell.window()->windowTitle().contains(QStringLiteral("Demo")));
    installTranslations(*QCoreApplication::instance(), QLocale::English);
}
