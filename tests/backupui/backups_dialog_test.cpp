// The Backups window and the restore through AppShell: the list shows what StoreBackup made,
// "Back up now" adds one, a confirmed restore rebuilds the window on the restored articles
// (after a before-restore backup), a damaged backup is refused with its message and nothing
// changes, the menu actions open the dialogs, keyboard and screen-reader names, and a
// Vietnamese screenshot.
#include "UiTestSupport.h"

#include "AppShell.h"
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "MainWindow.h"
#include "backup/BackupWorker.h"
#include "backup/BackupsDialog.h"
#include "backup/StoreBackup.h"
#include "editing/AutosaveSession.h"
#include "firstrun/SettingsDialog.h"
#include "model/ArticleListModel.h"
#include "util/Translations.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

// A QSettings on an INI file of its own: never the person's settings.
struct TempSettings {
    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("newsdesk.ini")), QSettings::IniFormat};
};

// The interface in a language while it lives, English again afterwards — also when a QTRY_*
// macro returns from the test body. NEWSDESK_EXTRA_TRANSLATION=<file.qm> supplies strings whose
// translation has not reached resources/translations yet.
class UiLanguage {
public:
    explicit UiLanguage(QLocale::Language language)
    {
        EXPECT_TRUE(installTranslations(*QCoreApplication::instance(), language));
        const QString extra = qEnvironmentVariable("NEWSDESK_EXTRA_TRANSLATION");
        if (language != QLocale::English && !extra.isEmpty() && m_extra.load(extra))
            QCoreApplication::installTranslator(&m_extra);
    }
    ~UiLanguage()
    {
        QCoreApplication::removeTranslator(&m_extra);
        installTranslations(*QCoreApplication::instance(), QLocale::English);
    }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

private:
    QTranslator m_extra;
};

QString defaultFolder(const TestStore &store)
{
    return StoreBackup::defaultFolder(store.path());
}

BackupInfo makeBackup(TestStore &store, BackupReason reason = BackupReason::Manual)
{
    StoreBackup backup(*store.db, store.clock);
    auto made = backup.create(reason);
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message.toStdString());
    store.clock.advanceMs(60 * 1000);
    return made.ok() ? made.value() : BackupInfo {};
}

QList<BackupInfo> backupsIn(const QString &folder)
{
    auto listed = StoreBackup::list(folder);
    EXPECT_TRUE(listed.ok());
    return listed.ok() ? listed.value() : QList<BackupInfo> {};
}

QStringList titlesShown(MainWindow &window)
{
    ArticleListModel *model = window.articleModel();
    model->refresh();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->data(model->index(row, ArticleListModel::TitleColumn)).toString();
    titles.sort();
    return titles;
}

void retitle(TestStore &store, qint64 id, const QString &title)
{
    auto article = store.articles->get(id);
    ASSERT_TRUE(article.ok());
    ArticleContent content = article->content;
    content.title = title;
    ASSERT_TRUE(store.articles->saveContent(id, content, SaveOptions {true}).ok());
    store.clock.advanceMs(1000);
}

// The action of the window's menu bar whose text is `text` (as the window translated it).
QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

}  // namespace

TEST(BackupsDialog, ListsTheBackupsOfTheFolderNewestFirst)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    store.create(QStringLiteral("Lễ hội Hoa Ban"), QStringLiteral("<p>Khai mạc.</p>"));
    store.create(QStringLiteral("Họp HĐND"), QStringLiteral("<p>Kỳ họp thứ 7.</p>"));
    const BackupInfo older = makeBackup(store, BackupReason::Manual);
    store.create(QStringLiteral("Điện lực"), QStringLiteral("<p>Lịch cắt điện.</p>"));
    const BackupInfo newer = makeBackup(store, BackupReason::Daily);

    BackupsDialog dialog(store.path(), store.clock, {});
    EXPECT_EQ(dialog.folder(), defaultFolder(store));
    EXPECT_EQ(dialog.folderEdit()->text(), QDir::toNativeSeparators(defaultFolder(store)));
    EXPECT_TRUE(dialog.folderEdit()->isReadOnly());
    // The default folder is on the laptop's own disk: the hint says so and where to change it.
    EXPECT_TRUE(dialog.folderHint()->text().contains(QStringLiteral("Settings")));
    EXPECT_TRUE(dialog.folderHint()->text().contains(QStringLiteral("same disk")));

    QTableWidget *table = dialog.table();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, BackupsDialog::DateColumn)->text(), BackupsDialog::shownTime(newer));
    EXPECT_EQ(table->item(0, BackupsDialog::ReasonColumn)->text(),
        backupReasonDisplayName(BackupReason::Daily));
    EXPECT_EQ(table->item(0, BackupsDialog::ArticlesColumn)->text(), QStringLiteral("3"));
    EXPECT_EQ(table->item(0, BackupsDialog::PhotosColumn)->text(), QStringLiteral("0"));
    EXPECT_EQ(table->item(0, BackupsDialog::SizeColumn)->text(),
        QLocale().formattedDataSize(newer.sizeBytes));
    EXPECT_EQ(table->item(1, BackupsDialog::ReasonColumn)->text(),
        backupReasonDisplayName(BackupReason::Manual));
    EXPECT_EQ(table->item(1, BackupsDialog::ArticlesColumn)->text(), QStringLiteral("2"));
    // Local time, the one the folder name has too.
    EXPECT_EQ(BackupsDialog::shownTime(older),
        QLocale().toString(older.createdAt.toLocalTime(), QLocale::ShortFormat));

    // The newest is selected, so Restore… can be used at once.
    ASSERT_TRUE(dialog.selectedBackup().has_value());
    EXPECT_EQ(dialog.selectedBackup()->name, newer.name);
    EXPECT_TRUE(dialog.restoreButton()->isEnabled());
    dialog.selectBackup(older.name);
    EXPECT_EQ(dialog.selectedBackup()->name, older.name);
}

TEST(BackupsDialog, ACustomFolderIsShownWithoutTheSameDiskWarning)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    QTemporaryDir stick;
    BackupsDialog dialog(store.path(), store.clock, BackupOptions {stick.path(), 5});
    EXPECT_EQ(dialog.folder(), QFileInfo(stick.path()).absoluteFilePath());
    EXPECT_FALSE(dialog.folderHint()->text().contains(QStringLiteral("same disk")));
    EXPECT_TRUE(dialog.folderHint()->text().contains(QStringLiteral("Settings")));
}

TEST(BackupsDialog, BackUpNowAddsABackupAndSaysWhatItHolds)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    store.create(QStringLiteral("Lễ hội Hoa Ban"), QStringLiteral("<p>Khai mạc.</p>"));
    store.create(QStringLiteral("Họp HĐND"), QStringLiteral("<p>Kỳ họp.</p>"));
    QTemporaryDir stick;
    BackupsDialog dialog(store.path(), store.clock, BackupOptions {stick.path(), 14});
    EXPECT_EQ(dialog.table()->rowCount(), 0);
    EXPECT_FALSE(dialog.restoreButton()->isEnabled());  // nothing to restore
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("no backups")));

    QTest::mouseClick(dialog.backUpButton(), Qt::LeftButton);
    ASSERT_EQ(dialog.table()->rowCount(), 1);
    EXPECT_FALSE(dialog.messageIsError()) << dialog.message().toStdString();
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("2 article")))
        << dialog.message().toStdString();
    const QList<BackupInfo> made = backupsIn(stick.path());
    ASSERT_EQ(made.size(), 1);
    EXPECT_EQ(made.first().reason, BackupReason::Manual);
    EXPECT_EQ(made.first().articleCount, 2);
    EXPECT_EQ(dialog.selectedBackup()->name, made.first().name);
    EXPECT_TRUE(dialog.restoreButton()->isEnabled());
    EXPECT_TRUE(dialog.backUpButton()->isEnabled());
    EXPECT_TRUE(dialog.closeButton()->isEnabled());
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);  // the busy cursor is gone again

    // The store's own connection stayed usable meanwhile.
    store.create(QStringLiteral("Sau sao lưu"), QStringLiteral("<p>x</p>"));
    store.clock.advanceMs(5000);
    ASSERT_TRUE(dialog.backUpNow());
    ASSERT_EQ(dialog.table()->rowCount(), 2);
    EXPECT_EQ(dialog.backups().first().articleCount, 3);
}

TEST(BackupsDialog, AFolderThatCannotBeWrittenIsReportedInPlainWords)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    store.create(QStringLiteral("Bài"), QStringLiteral("<p>x</p>"));
    // A file where the folder should be.
    const QString blocker = store.dir.filePath(QStringLiteral("stick"));
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    BackupsDialog dialog(store.path(), store.clock, BackupOptions {blocker, 14});
    EXPECT_FALSE(dialog.backUpNow());
    EXPECT_TRUE(dialog.messageIsError());
    EXPECT_TRUE(dialog.message().contains(QDir::toNativeSeparators(blocker)))
        << dialog.message().toStdString();
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("cannot write")))
        << dialog.message().toStdString();
    EXPECT_TRUE(dialog.backUpButton()->isEnabled());
}

TEST(BackupsDialog, RestoreAsksFirstAndSaysWhatHappens)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    store.create(QStringLiteral("Bài"), QStringLiteral("<p>x</p>"));
    const BackupInfo info = makeBackup(store);
    BackupsDialog dialog(store.path(), store.clock, {});
    QSignalSpy requested(&dialog, &BackupsDialog::restoreRequested);

    // The text of the question: what is replaced, and that the current articles are kept.
    const QString details = BackupsDialog::confirmationDetails(info);
    EXPECT_TRUE(details.contains(QStringLiteral("1 article"))) << details.toStdString();
    EXPECT_TRUE(details.contains(backupReasonDisplayName(BackupReason::BeforeRestore)));
    EXPECT_TRUE(details.contains(QStringLiteral("saved")));
    EXPECT_TRUE(BackupsDialog::confirmationQuestion(info).contains(BackupsDialog::shownTime(info)));

    int asked = 0;
    dialog.setConfirmation([&](const BackupInfo &backup) {
        ++asked;
        EXPECT_EQ(backup.name, info.name);
        return false;  // Cancel
    });
    dialog.show();
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(requested.count(), 0);
    EXPECT_TRUE(dialog.isVisible());

    dialog.setConfirmation([](const BackupInfo &) { return true; });
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), info.path);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
}

TEST(BackupsDialog, KeyboardAndScreenReaderNames)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    store.create(QStringLiteral("Bài"), QStringLiteral("<p>x</p>"));
    makeBackup(store);
    BackupsDialog dialog(store.path(), store.clock, {});
    showActive(dialog);
    EXPECT_EQ(
        dialog.table()->accessibleName(), QStringLiteral("Backups in this folder, newest first"));
    EXPECT_EQ(dialog.folderEdit()->accessibleName(), QStringLiteral("Backup folder"));
    // Every label in front of a field has it as its buddy (Alt+letter goes there).
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'&')) {
            EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
        }
    }
    // Tab order: folder, list, Back up now, Restore…, Close.
    EXPECT_TRUE(dialog.table()->hasFocus());
    const QList<QWidget *> order {dialog.backUpButton(), dialog.restoreButton(),
        dialog.closeButton(), dialog.folderEdit(), dialog.table()};
    for (QWidget *expected : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), expected)
            << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                            : "none");
    }
    // Enter in the list starts nothing; Escape closes.
    QSignalSpy requested(&dialog, &BackupsDialog::restoreRequested);
    QTest::keyClick(dialog.table(), Qt::Key_Return);
    EXPECT_EQ(requested.count(), 0);
    EXPECT_EQ(backupsIn(defaultFolder(store)).size(), 1);
    QTest::keyClick(dialog.table(), Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

// The whole way: File > Backups…, Restore… confirmed, the window rebuilt on the restored
// articles, a before-restore backup of what was there, and the status bar saying so.
TEST(AppShellBackups, RestoreFromTheMenuRebuildsTheWindowOnTheBackedUpArticles)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    const Article festival
        = store.create(QStringLiteral("Lễ hội Hoa Ban"), QStringLiteral("<p>Khai mạc.</p>"));
    store.create(QStringLiteral("Họp HĐND"), QStringLiteral("<p>Kỳ họp thứ 7.</p>"));
    TempSettings temp;
    AppSettings::saveLanguage(temp.settings, QLocale::English);
    AppShell shell(*store.articles, store.clock, temp.settings);
    EXPECT_EQ(titlesShown(*shell.window()),
        (QStringList {QStringLiteral("Họp HĐND"), QStringLiteral("Lễ hội Hoa Ban")}));
    const BackupInfo backup = makeBackup(store);

    // Afterwards: one article changed, another added.
    retitle(store, festival.id, QStringLiteral("Đã sửa sau sao lưu"));
    store.create(QStringLiteral("Bài mới"), QStringLiteral("<p>mới</p>"));
    EXPECT_EQ(titlesShown(*shell.window()).size(), 3);

    bool dialogShown = false;
    shell.setBackupsHook([&](BackupsDialog &dialog) {
        dialogShown = true;
        EXPECT_EQ(dialog.folder(), defaultFolder(store));
        dialog.selectBackup(backup.name);
        dialog.setConfirmation([](const BackupInfo &) { return true; });
        dialog.restoreButton()->click();
        return false;
    });
    QPointer<MainWindow> before = shell.window();
    QAction *action = menuAction(*shell.window(), MainWindow::tr("&Backups…"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_TRUE(dialogShown);
    // The restore runs once the dialog and the menu action are done; the window is rebuilt.
    QTRY_VERIFY(before.isNull() && shell.window());

    EXPECT_EQ(titlesShown(*shell.window()),
        (QStringList {QStringLiteral("Họp HĐND"), QStringLiteral("Lễ hội Hoa Ban")}));
    EXPECT_EQ(store.articles->count().value(), 2);  // the shell's store sees it too
    const QList<BackupInfo> backups = backupsIn(defaultFolder(store));
    ASSERT_EQ(backups.size(), 2);
    const BackupInfo safety = backups.first();
    EXPECT_EQ(safety.reason, BackupReason::BeforeRestore);
    EXPECT_EQ(safety.articleCount, 3);
    const QString said = shell.window()->statusBar()->currentMessage();
    EXPECT_TRUE(said.contains(BackupsDialog::shownTime(backup))) << said.toStdString();
    EXPECT_TRUE(said.contains(QDir::toNativeSeparators(safety.path))) << said.toStdString();
    EXPECT_FALSE(shell.window()->windowTitle().isEmpty());

    // The restore can itself be undone from the before-restore backup.
    auto undone = shell.restoreBackup(safety.name);
    ASSERT_TRUE(undone.ok()) << undone.error().message.toStdString();
    EXPECT_EQ(titlesShown(*shell.window()),
        (QStringList {QStringLiteral("Bài mới"), QStringLiteral("Họp HĐND"),
            QStringLiteral("Đã sửa sau sao lưu")}));
}

TEST(AppShellBackups, TheOpenArticleIsSavedBeforeTheRestoreAndInTheSafetyCopy)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    const Article article
        = store.create(QStringLiteral("Lễ hội Hoa Ban"), QStringLiteral("<p>Khai mạc.</p>"));
    TempSettings temp;
    AppSettings::saveLanguage(temp.settings, QLocale::English);
    const BackupInfo backup = makeBackup(store);
    AppShell shell(*store.articles, store.clock, temp.settings);
    ASSERT_TRUE(shell.window()->openArticle(article.id));
    // Typed, not yet autosaved.
    QWidget *body = shell.window()->editor()->bodyEdit();
    body->setFocus();
    QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
    typeText(body, QStringLiteral(" Thêm câu mới."));
    ASSERT_TRUE(shell.window()->autosave()->hasUnsavedChanges());

    auto restored = shell.restoreBackup(backup.name);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    ASSERT_TRUE(restored->madeSafetyCopy);
    // The typed sentence reached the store before the safety copy was taken.
    const QString safetyCopy
        = QDir(restored->safetyCopy.path).filePath(QStringLiteral("store.sqlite"));
    QFile file(safetyCopy);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains(QStringLiteral("Thêm câu mới").toUtf8()));
    // And the store holds the backup's text again.
    EXPECT_FALSE(storedBody(store, article.id).contains(QStringLiteral("Thêm câu mới")));
}

TEST(AppShellBackups, ADamagedBackupIsRefusedWithItsMessageAndNothingChanges)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    for (int i = 0; i < 40; ++i)  // enough pages for the damage to land in the tables
        store.create(QStringLiteral("Bài số %1").arg(i),
            QStringLiteral("<p>%1</p>").arg(QString(2000, QChar(u'a' + i % 26))));
    TempSettings temp;
    AppSettings::saveLanguage(temp.settings, QLocale::English);
    const BackupInfo backup = makeBackup(store);
    store.create(QStringLiteral("Sau sao lưu"), QStringLiteral("<p>x</p>"));
    AppShell shell(*store.articles, store.clock, temp.settings);
    const QStringList titlesBefore = titlesShown(*shell.window());
    ASSERT_EQ(titlesBefore.size(), 41);
    {
        QFile file(QDir(backup.path).filePath(QStringLiteral("store.sqlite")));
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_GT(file.size(), 3 * 16384);
        file.seek(16384);
        file.write(QByteArray(2 * 16384, '\x5a'));
    }
    QStringList warnings;
    shell.setWarningHook([&](const QString &message) { warnings << message; });
    QPointer<MainWindow> before = shell.window();

    auto refused = shell.restoreBackup(backup.name);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.first(), refused.error().message);
    EXPECT_TRUE(warnings.first().contains(backup.name)) << warnings.first().toStdString();
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("damaged")));
    // The window is back, as it was, and says why.
    ASSERT_NE(shell.window(), nullptr);
    EXPECT_EQ(titlesShown(*shell.window()), titlesBefore);
    EXPECT_EQ(shell.window()->statusBar()->currentMessage(), refused.error().message);
    EXPECT_EQ(store.articles->count().value(), 41);
    EXPECT_EQ(backupsIn(defaultFolder(store)).size(), 1);  // no before-restore backup
}

TEST(AppShellBackups, TheMenuActionsOpenSettingsAndBackups)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    TempSettings temp;
    AppSettings::saveLanguage(temp.settings, QLocale::English);
    QTemporaryDir stick;
    temp.settings.setValue(backupFolderSettingsKey(), stick.path());
    temp.settings.setValue(backupKeepSettingsKey(), 3);
    AppShell shell(*store.articles, store.clock, temp.settings);
    int settingsShown = 0;
    int backupsShown = 0;
    shell.setSettingsHook([&](SettingsDialog &) {
        ++settingsShown;
        return false;
    });
    shell.setBackupsHook([&](BackupsDialog &dialog) {
        ++backupsShown;
        EXPECT_EQ(dialog.folder(), QFileInfo(stick.path()).absoluteFilePath());
        return false;
    });
    QAction *settings = menuAction(*shell.window(), MainWindow::tr("&Settings…"));
    QAction *backups = menuAction(*shell.window(), MainWindow::tr("&Backups…"));
    ASSERT_NE(settings, nullptr);
    ASSERT_NE(backups, nullptr);
    settings->trigger();
    EXPECT_EQ(settingsShown, 1);
    backups->trigger();
    EXPECT_EQ(backupsShown, 1);
    // Still connected after the window was rebuilt (a language switch).
    ASSERT_TRUE(shell.switchLanguage(QLocale::English));
    menuAction(*shell.window(), MainWindow::tr("&Backups…"))->trigger();
    menuAction(*shell.window(), MainWindow::tr("&Settings…"))->trigger();
    EXPECT_EQ(backupsShown, 2);
    EXPECT_EQ(settingsShown, 2);
    EXPECT_EQ(shell.backupOptions().keep, 3);
}

TEST(AppShellBackups, TheDemoKeepsItsBackupsBesideItsOwnStore)
{
    const UiLanguage english(QLocale::English);
    TestStore store;
    TempSettings temp;
    QTemporaryDir stick;
    temp.settings.setValue(backupFolderSettingsKey(), stick.path());
    AppShell shell(*store.articles, store.clock, temp.settings);
    EXPECT_EQ(shell.backupOptions().folder, stick.path());
    shell.setDemo(true);
    EXPECT_TRUE(shell.backupOptions().folder.isEmpty());
    EXPECT_EQ(
        StoreBackup::resolveFolder(store.path(), shell.backupOptions()), defaultFolder(store));
}

TEST(DailyBackup, RunsOffTheGuiThreadOncePerDay)
{
    TestStore store;
    store.create(QStringLiteral("Bài"), QStringLiteral("<p>x</p>"));
    QTemporaryDir stick;
    const BackupOptions options {stick.path(), 14};
    {
        DailyBackup daily(store.path(), options, store.clock);
        QSignalSpy succeeded(&daily, &DailyBackup::succeeded);
        daily.start();
        EXPECT_TRUE(daily.isRunning());
        QTRY_COMPARE(succeeded.count(), 1);
        EXPECT_TRUE(succeeded.at(0).at(0).toBool());  // made
        EXPECT_GE(daily.elapsedMs(), 0);
    }
    {
        DailyBackup again(store.path(), options, store.clock);
        QSignalSpy succeeded(&again, &DailyBackup::succeeded);
        again.start();
        QTRY_COMPARE(succeeded.count(), 1);
        EXPECT_FALSE(succeeded.at(0).at(0).toBool());  // today's exists
    }
    EXPECT_EQ(backupsIn(stick.path()).size(), 1);
}

TEST(DailyBackup, AFailureIsReportedOnceInPlainWords)
{
    TestStore store;
    const QString blocker = store.dir.filePath(QStringLiteral("stick"));
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    DailyBackup daily(store.path(), BackupOptions {blocker, 14}, store.clock);
    QSignalSpy failed(&daily, &DailyBackup::failed);
    daily.start();
    QTRY_COMPARE(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QDir::toNativeSeparators(blocker)));
    daily.start();  // once
    QTest::qWait(50);
    EXPECT_EQ(failed.count(), 1);
}

TEST(BackupsDialog, VietnameseScreenshot)
{
    const UiLanguage vietnamese(QLocale::Vietnamese);
    TestStore store;
    store.create(QStringLiteral("Lễ hội Hoa Ban Mường Lay"), QStringLiteral("<p>Khai mạc.</p>"));
    store.create(QStringLiteral("Kỳ họp thứ 7 HĐND thị xã"), QStringLiteral("<p>Kỳ họp.</p>"));
    makeBackup(store, BackupReason::BeforeMigration);
    store.clock.advanceMs(24 * 3600 * 1000);
    store.create(QStringLiteral("Lịch cắt điện tuần này"), QStringLiteral("<p>Điện lực.</p>"));
    makeBackup(store, BackupReason::Daily);
    makeBackup(store, BackupReason::BeforeRestore);
    store.clock.advanceMs(3 * 3600 * 1000);
    BackupsDialog dialog(store.path(), store.clock, {});
    showActive(dialog);
    ASSERT_TRUE(dialog.backUpNow());
    EXPECT_EQ(dialog.table()->rowCount(), 4);
    EXPECT_TRUE(dialog.table()->hasFocus());  // back where it was before the busy part
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(dialog.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/backups-vi.png")));
}
