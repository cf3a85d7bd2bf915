// AppSettings: the defaults, the keys, clamping of whatever a settings file holds, and the
// template folder check.
#include "AppShell.h"
#include "FirstRunTestSupport.h"
#include "firstrun/AppSettings.h"
#include "media/PhotoProcessor.h"

#include <QFile>

using namespace newsdesk;
using namespace newsdesk::testing;

TEST(AppSettings, AnEmptySettingsFileGivesTheDefaults)
{
    TempSettings temp;
    const AppSettings loaded = AppSettings::load(*temp.settings);
    EXPECT_EQ(loaded, AppSettings {});
    EXPECT_EQ(loaded.language, QLocale::Vietnamese);
    EXPECT_TRUE(loaded.templateFolder.isEmpty());
    EXPECT_EQ(loaded.autosaveIdleMs, 1000);
    EXPECT_EQ(loaded.maxLongEdge, PhotoOptions {}.maxLongEdge);
    EXPECT_EQ(loaded.maxOutputBytes, PhotoOptions {}.maxOutputBytes);
    EXPECT_TRUE(loaded.backupFolder.isEmpty());
    EXPECT_EQ(loaded.backupKeep, 14);
    EXPECT_TRUE(loaded.spellCheck);
    EXPECT_FALSE(loaded.firstRunDone);
}

TEST(AppSettings, EveryFieldRoundTripsUnderItsKey)
{
    TempSettings temp;
    AppSettings chosen;
    chosen.language = QLocale::English;
    chosen.templateFolder = temp.dir.filePath(QStringLiteral("mẫu cổng"));
    chosen.autosaveIdleMs = 2500;
    chosen.maxLongEdge = 1280;
    chosen.maxOutputBytes = 300'000;
    chosen.backupFolder = QStringLiteral("/media/usb/sao lưu");
    chosen.backupKeep = 30;
    chosen.spellCheck = false;
    chosen.firstRunDone = true;
    chosen.save(*temp.settings);

    QSettings &reread = temp.reopen();
    EXPECT_EQ(AppSettings::load(reread), chosen);
    EXPECT_EQ(reread.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(
        reread.value(QStringLiteral("preview/templateFolder")).toString(), chosen.templateFolder);
    EXPECT_EQ(reread.value(QStringLiteral("editor/autosaveIdleMs")).toInt(), 2500);
    EXPECT_EQ(reread.value(QStringLiteral("photos/maxLongEdge")).toInt(), 1280);
    EXPECT_EQ(reread.value(QStringLiteral("photos/maxBytes")).toLongLong(), 300'000);
    EXPECT_EQ(reread.value(QStringLiteral("backup/folder")).toString(), chosen.backupFolder);
    EXPECT_EQ(reread.value(QStringLiteral("backup/keep")).toInt(), 30);
    EXPECT_FALSE(reread.value(QStringLiteral("proofreading/spellcheck")).toBool());
    EXPECT_TRUE(reread.value(QStringLiteral("firstRun/done")).toBool());
}

TEST(AppSettings, TheLanguageIsTheOneAppShellReadsAndWrites)
{
    TempSettings temp;
    AppSettings english;
    english.language = QLocale::English;
    english.save(*temp.settings);
    EXPECT_EQ(AppShell::savedLanguage(*temp.settings), QLocale::English);
    AppSettings::saveLanguage(*temp.settings, QLocale::Vietnamese);
    EXPECT_EQ(temp.settings->value(QStringLiteral("ui/language")).toString(), QStringLiteral("vi"));
    EXPECT_EQ(AppShell::savedLanguage(*temp.settings), QLocale::Vietnamese);
    EXPECT_EQ(AppSettings::load(*temp.settings).language, QLocale::Vietnamese);
    // Anything else is not a choice we know: Vietnamese, as AppShell has it.
    temp.settings->setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    EXPECT_EQ(AppSettings::load(*temp.settings).language, QLocale::Vietnamese);
}

TEST(AppSettings, ValuesOutOfRangeAreClampedAndGarbageGivesTheDefault)
{
    TempSettings temp;
    QSettings &s = *temp.settings;
    s.setValue(QStringLiteral("editor/autosaveIdleMs"), 5);
    s.setValue(QStringLiteral("photos/maxLongEdge"), 100000);
    s.setValue(QStringLiteral("photos/maxBytes"), 10);
    s.setValue(QStringLiteral("backup/keep"), 0);
    s.setValue(QStringLiteral("proofreading/spellcheck"), QStringLiteral("maybe"));
    s.setValue(QStringLiteral("firstRun/done"), QStringLiteral("true"));
    AppSettings loaded = AppSettings::load(s);
    EXPECT_EQ(loaded.autosaveIdleMs, 300);
    EXPECT_EQ(loaded.maxLongEdge, AppSettings::kMaxLongEdge);
    EXPECT_EQ(loaded.maxOutputBytes, 50'000);
    EXPECT_EQ(loaded.backupKeep, 1);
    EXPECT_TRUE(loaded.spellCheck);  // "maybe": the default
    EXPECT_TRUE(loaded.firstRunDone);

    s.setValue(QStringLiteral("editor/autosaveIdleMs"), 999999);
    s.setValue(QStringLiteral("photos/maxLongEdge"), 12);
    s.setValue(QStringLiteral("photos/maxBytes"), 0);  // no limit: kept
    s.setValue(QStringLiteral("backup/keep"), 1000);
    s.setValue(QStringLiteral("proofreading/spellcheck"), false);
    loaded = AppSettings::load(s);
    EXPECT_EQ(loaded.autosaveIdleMs, 10000);
    EXPECT_EQ(loaded.maxLongEdge, AppSettings::kMinLongEdge);
    EXPECT_EQ(loaded.maxOutputBytes, 0);
    EXPECT_EQ(loaded.backupKeep, 365);
    EXPECT_FALSE(loaded.spellCheck);

    s.setValue(QStringLiteral("editor/autosaveIdleMs"), QStringLiteral("nhanh"));
    s.setValue(QStringLiteral("backup/keep"), QStringLiteral(""));
    s.setValue(QStringLiteral("photos/maxBytes"), 99'000'000'000LL);
    loaded = AppSettings::load(s);
    EXPECT_EQ(loaded.autosaveIdleMs, 1000);
    EXPECT_EQ(loaded.backupKeep, 14);
    EXPECT_EQ(loaded.maxOutputBytes, AppSettings::kMaxOutputBytes);
}

TEST(AppSettings, SavingClampsToo)
{
    TempSettings temp;
    AppSettings wild;
    wild.autosaveIdleMs = -4;
    wild.backupKeep = 9999;
    wild.maxOutputBytes = 1;
    wild.save(*temp.settings);
    EXPECT_EQ(temp.settings->value(QStringLiteral("editor/autosaveIdleMs")).toInt(), 300);
    EXPECT_EQ(temp.settings->value(QStringLiteral("backup/keep")).toInt(), 365);
    EXPECT_EQ(temp.settings->value(QStringLiteral("photos/maxBytes")).toLongLong(), 50'000);
}

TEST(AppSettings, PhotoOptionsCarryTheLimits)
{
    AppSettings settings;
    settings.maxLongEdge = 1024;
    settings.maxOutputBytes = 0;
    const PhotoOptions options = settings.photoOptions();
    EXPECT_EQ(options.maxLongEdge, 1024);
    EXPECT_EQ(options.maxOutputBytes, 0);
    EXPECT_EQ(options.jpegQuality, PhotoOptions {}.jpegQuality);
}

TEST(AppSettings, TheBackupFolderDefaultsToBackupsBesideTheStore)
{
    const QString store = QStringLiteral("/srv/newsdesk/newsdesk.sqlite3");
    EXPECT_EQ(AppSettings::defaultBackupFolder(store), QStringLiteral("/srv/newsdesk/backups"));
    AppSettings settings;
    EXPECT_EQ(settings.effectiveBackupFolder(store), QStringLiteral("/srv/newsdesk/backups"));
    settings.backupFolder = QStringLiteral("/media/usb");
    EXPECT_EQ(settings.effectiveBackupFolder(store), QStringLiteral("/media/usb"));
}

TEST(AppSettings, ATemplateFolderMustHoldPageHtml)
{
    QTemporaryDir dir;
    EXPECT_FALSE(AppSettings::templateFolderProblem(QString()).isEmpty());
    EXPECT_FALSE(
        AppSettings::templateFolderProblem(dir.filePath(QStringLiteral("không có"))).isEmpty());
    QFile file(dir.filePath(QStringLiteral("page.html")));
    EXPECT_FALSE(AppSettings::templateFolderProblem(dir.path()).isEmpty());  // no page.html yet
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<html><head><title>{{title}}</title></head><body>{{body}}</body></html>");
    file.close();
    EXPECT_FALSE(AppSettings::templateFolderProblem(file.fileName()).isEmpty());  // a file
    EXPECT_TRUE(AppSettings::templateFolderProblem(dir.path()).isEmpty());

    // A page.html the preview cannot use (no place for the body) is refused too.
    QTemporaryDir broken;
    QFile page(broken.filePath(QStringLiteral("page.html")));
    ASSERT_TRUE(page.open(QIODevice::WriteOnly));
    page.write("<html><body><h1>{{title}}</h1></body></html>");
    page.close();
    EXPECT_FALSE(AppSettings::templateFolderProblem(broken.path()).isEmpty());
}
