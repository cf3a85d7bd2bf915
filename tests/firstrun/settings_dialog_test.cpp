// The settings dialog: every field through QSettings, the template folder check, Cancel,
// Apply, keyboard use (tab order, buddies, accessible names) and a Vietnamese screenshot.
#include "FirstRunTestSupport.h"
#include "UiTestSupport.h"
#include "firstrun/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <algorithm>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

const QList<SettingsDialog::Page> kPages {SettingsDialog::GeneralPage, SettingsDialog::EditorPage,
    SettingsDialog::PhotosPage, SettingsDialog::PreviewPage, SettingsDialog::BackupsPage,
    SettingsDialog::AccountsPage};

QString storePath(const TempSettings &temp)
{
    return temp.dir.filePath(QStringLiteral("newsdesk.sqlite3"));
}

// A folder that is a portal template (it has page.html).
QString makeTemplate(const QTemporaryDir &dir, const QString &name)
{
    const QString folder = dir.filePath(name);
    QDir().mkpath(folder);
    QFile page(QDir(folder).filePath(QStringLiteral("page.html")));
    EXPECT_TRUE(page.open(QIODevice::WriteOnly));
    page.write("<html><head><title>{{title}}</title></head><body>{{body}}</body></html>");
    return folder;
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

QMap<QString, QVariant> snapshot(QSettings &settings)
{
    settings.sync();
    QMap<QString, QVariant> values;
    for (const QString &key : settings.allKeys())
        values.insert(key, settings.value(key));
    return values;
}

}  // namespace

TEST(SettingsDialog, ShowsWhatTheSettingsHold)
{
    TempSettings temp;
    AppSettings saved;
    saved.language = QLocale::English;
    saved.autosaveIdleMs = 2500;
    saved.spellCheck = false;
    saved.maxLongEdge = 1280;
    saved.maxOutputBytes = 0;
    saved.templateFolder = makeTemplate(temp.dir, QStringLiteral("cổng"));
    saved.backupFolder = QStringLiteral("/media/usb");
    saved.backupKeep = 7;
    saved.save(*temp.settings);
    SettingsDialog dialog(*temp.settings, storePath(temp));
    EXPECT_EQ(dialog.values(), AppSettings::load(*temp.settings));
    EXPECT_EQ(dialog.languageBox()->currentText(), QStringLiteral("English"));
    EXPECT_DOUBLE_EQ(dialog.autosaveBox()->value(), 2.5);
    EXPECT_EQ(dialog.maxKilobytesBox()->text(), SettingsDialog::tr("No limit"));
    EXPECT_FALSE(dialog.builtInTemplateBox()->isChecked());
    EXPECT_FALSE(dialog.applyButton()->isEnabled());  // nothing changed yet
}

TEST(SettingsDialog, EveryFieldRoundTripsThroughTheSettingsFile)
{
    TempSettings temp;
    const QString folder = makeTemplate(temp.dir, QStringLiteral("mẫu cổng"));
    {
        SettingsDialog dialog(*temp.settings, storePath(temp));
        QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
        showActive(dialog);
        EXPECT_EQ(dialog.values(), AppSettings {});  // the defaults, on an empty file
        EXPECT_EQ(dialog.backupFolderEdit()->placeholderText(),
            QDir::toNativeSeparators(temp.dir.filePath(QStringLiteral("backups"))));

        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
        dialog.autosaveBox()->setValue(3.2);
        dialog.spellCheckBox()->setChecked(false);
        dialog.longEdgeBox()->setValue(1600);
        dialog.maxKilobytesBox()->setValue(800);
        dialog.builtInTemplateBox()->setChecked(false);
        replaceText(dialog.templateFolderEdit(), folder);
        replaceText(dialog.backupFolderEdit(), QStringLiteral("/media/usb/sao lưu"));
        dialog.backupKeepBox()->setValue(60);
        EXPECT_TRUE(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        ASSERT_EQ(changed.count(), 1);
        EXPECT_EQ(changed.at(0).at(0).value<AppSettings>(), dialog.values());
    }
    QSettings &reread = temp.reopen();
    EXPECT_EQ(reread.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(reread.value(QStringLiteral("editor/autosaveIdleMs")).toInt(), 3200);
    EXPECT_FALSE(reread.value(QStringLiteral("proofreading/spellcheck")).toBool());
    EXPECT_EQ(reread.value(QStringLiteral("photos/maxLongEdge")).toInt(), 1600);
    EXPECT_EQ(reread.value(QStringLiteral("photos/maxBytes")).toLongLong(), 800'000);
    EXPECT_EQ(reread.value(QStringLiteral("preview/templateFolder")).toString(), folder);
    EXPECT_EQ(reread.value(QStringLiteral("backup/folder")).toString(),
        QStringLiteral("/media/usb/sao lưu"));
    EXPECT_EQ(reread.value(QStringLiteral("backup/keep")).toInt(), 60);

    // ...and the next dialog shows them again; "Use the built-in template" empties the key.
    SettingsDialog again(reread, storePath(temp));
    EXPECT_EQ(again.values(), AppSettings::load(reread));
    EXPECT_EQ(again.templateFolderEdit()->text(), QDir::toNativeSeparators(folder));
    again.builtInTemplateBox()->setChecked(true);
    again.backupDefaultButton()->click();
    again.maxKilobytesBox()->setValue(0);
    ASSERT_TRUE(again.apply());
    EXPECT_TRUE(reread.value(QStringLiteral("preview/templateFolder")).toString().isEmpty());
    EXPECT_TRUE(reread.value(QStringLiteral("backup/folder")).toString().isEmpty());
    EXPECT_EQ(reread.value(QStringLiteral("photos/maxBytes")).toLongLong(), 0);
}

TEST(SettingsDialog, AFolderWithoutPageHtmlIsRefusedWithTheReasonBesideIt)
{
    TempSettings temp;
    const QString notATemplate = temp.dir.filePath(QStringLiteral("ảnh"));
    QDir().mkpath(notATemplate);
    SettingsDialog dialog(*temp.settings, storePath(temp));
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    showActive(dialog);
    dialog.tabs()->setCurrentIndex(SettingsDialog::GeneralPage);
    dialog.builtInTemplateBox()->setChecked(false);
    replaceText(dialog.templateFolderEdit(), notATemplate);
    EXPECT_FALSE(dialog.templateProblemLabel()->isHidden());
    EXPECT_EQ(
        dialog.templateProblemLabel()->text(), AppSettings::templateFolderProblem(notATemplate));

    dialog.tabs()->setCurrentIndex(SettingsDialog::GeneralPage);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());  // refused: still open...
    EXPECT_EQ(dialog.tabs()->currentIndex(), SettingsDialog::PreviewPage);  // ...on the page
    EXPECT_TRUE(dialog.templateProblemLabel()->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), dialog.templateFolderEdit());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(dialog.apply());
    temp.settings->sync();
    EXPECT_FALSE(temp.settings->contains(QStringLiteral("preview/templateFolder")));

    // Once the folder has page.html the message goes and OK is taken.
    makeTemplate(temp.dir, QStringLiteral("ảnh"));
    QTest::keyClick(dialog.templateFolderEdit(), Qt::Key_End);  // the refusal selected it all
    typeText(dialog.templateFolderEdit(), QStringLiteral("/"));
    EXPECT_TRUE(dialog.templateProblemLabel()->isHidden());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(QDir(temp.settings->value(QStringLiteral("preview/templateFolder")).toString()),
        QDir(notATemplate));
}

TEST(SettingsDialog, BrowseFillsTheFolder)
{
    TempSettings temp;
    const QString folder = makeTemplate(temp.dir, QStringLiteral("mẫu"));
    SettingsDialog dialog(*temp.settings, storePath(temp));
    QString askedTitle;
    dialog.setFolderChooser([&](const QString &title, const QString &) {
        askedTitle = title;
        return folder;
    });
    dialog.builtInTemplateBox()->setChecked(false);
    dialog.templateBrowseButton()->click();
    EXPECT_EQ(dialog.templateFolderEdit()->text(), QDir::toNativeSeparators(folder));
    EXPECT_FALSE(askedTitle.isEmpty());
    EXPECT_FALSE(dialog.templateProblemLabel()->isVisibleTo(&dialog));
    dialog.backupBrowseButton()->click();
    EXPECT_EQ(dialog.backupFolderEdit()->text(), QDir::toNativeSeparators(folder));
}

TEST(SettingsDialog, CancelChangesNothing)
{
    TempSettings temp;
    AppSettings saved;
    saved.firstRunDone = true;
    saved.save(*temp.settings);
    const auto before = snapshot(*temp.settings);
    SettingsDialog dialog(*temp.settings, storePath(temp));
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    showActive(dialog);
    dialog.languageBox()->setCurrentIndex(1);
    dialog.autosaveBox()->setValue(9);
    dialog.spellCheckBox()->setChecked(false);
    dialog.longEdgeBox()->setValue(800);
    dialog.maxKilobytesBox()->setValue(100);
    dialog.builtInTemplateBox()->setChecked(false);
    replaceText(dialog.templateFolderEdit(), makeTemplate(temp.dir, QStringLiteral("t")));
    replaceText(dialog.backupFolderEdit(), QStringLiteral("/tmp/x"));
    dialog.backupKeepBox()->setValue(3);
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(snapshot(temp.reopen()), before);
}

TEST(SettingsDialog, ApplySavesAndStaysOpen)
{
    TempSettings temp;
    SettingsDialog dialog(*temp.settings, storePath(temp));
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    showActive(dialog);
    dialog.backupKeepBox()->setValue(21);
    ASSERT_TRUE(dialog.applyButton()->isEnabled());
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(dialog.applyButton()->isEnabled());
    EXPECT_EQ(temp.reopen().value(QStringLiteral("backup/keep")).toInt(), 21);
    // Cancel after Apply keeps what Apply wrote.
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    EXPECT_EQ(temp.reopen().value(QStringLiteral("backup/keep")).toInt(), 21);
}

TEST(SettingsDialog, EveryInputHasAnAccessibleNameAndALabel)
{
    TempSettings temp;
    SettingsDialog dialog(*temp.settings, storePath(temp));
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QList<QWidget *> listed;
    for (SettingsDialog::Page page : kPages) {
        for (QWidget *input : dialog.inputs(page)) {
            listed << input;
            EXPECT_FALSE(input->accessibleName().isEmpty()) << input->metaObject()->className();
            // Fields are named by a label (Alt+letter goes there); buttons and check boxes by
            // their own text.
            if (qobject_cast<QAbstractButton *>(input) || page == SettingsDialog::AccountsPage)
                continue;
            const bool labelled = std::any_of(labels.begin(), labels.end(),
                [input](QLabel *label) { return label->buddy() == input; });
            EXPECT_TRUE(labelled) << input->accessibleName().toStdString();
        }
    }
    // Every field and button of the pages is in those lists.
    for (QWidget *widget : dialog.tabs()->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)
            || (qobject_cast<QLineEdit *>(widget)
                && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()));
        if (input && widget->parentWidget() != dialog.tabs()->tabBar()
            && widget->focusPolicy() != Qt::NoFocus) {
            EXPECT_TRUE(listed.contains(widget)) << widget->metaObject()->className();
        }
    }
}

TEST(SettingsDialog, TabReachesEveryControlOfEachPageInOrder)
{
    TempSettings temp;
    SettingsDialog dialog(*temp.settings, storePath(temp));
    dialog.builtInTemplateBox()->setChecked(false);  // so the folder field is enabled
    dialog.backupFolderEdit()->setText(QStringLiteral("/media/usb"));  // and "Use the default"
    showActive(dialog);
    for (SettingsDialog::Page page : kPages) {
        dialog.tabs()->setCurrentIndex(page);
        dialog.tabs()->tabBar()->setFocus();
        QList<QWidget *> reached;
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (now == dialog.tabs()->tabBar())
                break;
            reached << now;
        }
        const QList<QWidget *> expected = dialog.inputs(page);
        ASSERT_GE(reached.size(), expected.size()) << int(page);
        // The page's fields first, in order, then the buttons.
        for (qsizetype i = 0; i < expected.size(); ++i)
            EXPECT_EQ(reached.at(i), expected.at(i)) << int(page) << " field " << i;
        EXPECT_TRUE(reached.contains(dialog.okButton())) << int(page);
        EXPECT_TRUE(reached.contains(dialog.cancelButton())) << int(page);
    }
    // Ctrl+Tab goes from page to page without the mouse, from the tab bar or from a field.
    dialog.tabs()->setCurrentIndex(0);
    dialog.tabs()->tabBar()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(dialog.tabs()->currentIndex(), 1);
    dialog.spellCheckBox()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(dialog.tabs()->currentIndex(), 2);
    dialog.longEdgeBox()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(dialog.tabs()->currentIndex(), 3);
}

TEST(SettingsDialog, AltLetterFocusesAField)
{
    TempSettings temp;
    SettingsDialog dialog(*temp.settings, storePath(temp));
    showActive(dialog);
    dialog.tabs()->setCurrentIndex(SettingsDialog::BackupsPage);
    dialog.backupFolderEdit()->setFocus();
    QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier);  // "Backups to &keep:"
    EXPECT_EQ(QApplication::focusWidget(), dialog.backupKeepBox());
}

TEST(SettingsDialog, RunningTheAssistantAgainKeepsTheChangesAndCloses)
{
    TempSettings temp;
    SettingsDialog dialog(*temp.settings, storePath(temp));
    QSignalSpy asked(&dialog, &SettingsDialog::firstRunAssistantRequested);
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    showActive(dialog);
    dialog.backupKeepBox()->setValue(5);
    QTest::mouseClick(dialog.rerunAssistantButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(asked.count(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(temp.reopen().value(QStringLiteral("backup/keep")).toInt(), 5);
}

TEST(SettingsDialog, PortalAccountsExplainsInsteadOfOfferingControls)
{
    TempSettings temp;
    SettingsDialog dialog(*temp.settings, storePath(temp));
    QWidget *page = dialog.tabs()->widget(SettingsDialog::AccountsPage);
    EXPECT_TRUE(page->findChildren<QLineEdit *>().isEmpty());
    EXPECT_TRUE(page->findChildren<QAbstractButton *>().isEmpty());
    EXPECT_FALSE(dialog.accountsExplanation()->text().isEmpty());
}

TEST(SettingsDialog, VietnameseScreenshot)
{
    VietnameseUi vietnamese;
    TempSettings temp;
    SettingsDialog dialog(*temp.settings, storePath(temp));
    EXPECT_EQ(dialog.cancelButton()->text(), QStringLiteral("Hủy"));
    showActive(dialog);
    saveScreenshot(dialog, "settings-vi.png");
    for (SettingsDialog::Page page : kPages) {
        dialog.tabs()->setCurrentIndex(page);
        saveScreenshot(dialog, qPrintable(QStringLiteral("settings-vi-%1.png").arg(int(page))));
    }
    dialog.builtInTemplateBox()->setChecked(false);
    dialog.tabs()->setCurrentIndex(SettingsDialog::PreviewPage);
    saveScreenshot(dialog, "settings-vi-template-error.png");
    EXPECT_FALSE(dialog.backupDefaultButton()->isEnabled());  // already the default
    dialog.backupFolderEdit()->setText(QStringLiteral("/media/usb/sao-luu"));
    EXPECT_TRUE(dialog.backupDefaultButton()->isEnabled());
    dialog.tabs()->setCurrentIndex(SettingsDialog::BackupsPage);
    saveScreenshot(dialog, "settings-vi-backup-folder.png");
}
