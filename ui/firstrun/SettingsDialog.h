#pragma once

// Settings: the preferences in AppSettings on pages (General, Editor, Photos, Preview, Backups,
// Portal accounts). OK and Apply write them to QSettings and emit settingsChanged; Cancel
// leaves QSettings as it was (what Apply already wrote stays). A template folder without
// page.html is refused with the reason shown under the field: OK and Apply then keep the
// dialog open on that page.
//
// "Run the first-run assistant again…" keeps the changes made here (as OK does), closes the
// dialog and emits firstRunAssistantRequested: AppShell opens the assistant after that, so
// two windows never switch the language under each other.

#include "firstrun/AppSettings.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace newsdesk {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { GeneralPage, EditorPage, PhotosPage, PreviewPage, BackupsPage, AccountsPage };

    // `storePath`: the open store, whose folder holds the default backup folder.
    SettingsDialog(QSettings &settings, const QString &storePath, QWidget *parent = nullptr);

    // What the controls show, clamped (the template folder empty when the built-in one is used).
    AppSettings values() const;
    void setValues(const AppSettings &values);

    // Checks the fields; when they are fine, writes them to QSettings, emits settingsChanged
    // and returns true. Otherwise shows why on the page concerned and returns false.
    bool apply();

    // Asks for a folder (Browse…); replaceable for tests. Gets the dialog title and the folder
    // to start in, returns the chosen folder or an empty string.
    using FolderChooser = std::function<QString(const QString &title, const QString &start)>;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }

    // The inputs of a page in tab order (the page's tab bar comes before, the buttons after).
    QList<QWidget *> inputs(Page page) const;

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *languageBox() const { return m_language; }
    QPushButton *rerunAssistantButton() const { return m_rerun; }
    QDoubleSpinBox *autosaveBox() const { return m_autosave; }
    QCheckBox *spellCheckBox() const { return m_spellCheck; }
    QSpinBox *longEdgeBox() const { return m_longEdge; }
    QSpinBox *maxKilobytesBox() const { return m_maxKilobytes; }
    QCheckBox *builtInTemplateBox() const { return m_builtInTemplate; }
    QLineEdit *templateFolderEdit() const { return m_templateFolder; }
    QPushButton *templateBrowseButton() const { return m_templateBrowse; }
    QLabel *templateProblemLabel() const { return m_templateProblem; }
    QLineEdit *backupFolderEdit() const { return m_backupFolder; }
    QPushButton *backupBrowseButton() const { return m_backupBrowse; }
    QPushButton *backupDefaultButton() const { return m_backupDefault; }
    QSpinBox *backupKeepBox() const { return m_backupKeep; }
    QLabel *accountsExplanation() const { return m_accounts; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void settingsChanged(const AppSettings &settings);
    // The person asked for the first-run assistant; the dialog has closed (accepted).
    void firstRunAssistantRequested();

private:
    QWidget *buildGeneralPage();
    QWidget *buildEditorPage();
    QWidget *buildPhotosPage();
    QWidget *buildPreviewPage();
    QWidget *buildBackupsPage();
    QWidget *buildAccountsPage();
    void updateTemplateState();
    void updateApply();
    void browseTemplate();
    void browseBackup();
    void rerunAssistant();

    QSettings &m_settings;
    QString m_storePath;
    AppSettings m_saved;  // as QSettings holds them now
    FolderChooser m_chooseFolder;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_rerun = nullptr;
    QDoubleSpinBox *m_autosave = nullptr;
    QCheckBox *m_spellCheck = nullptr;
    QSpinBox *m_longEdge = nullptr;
    QSpinBox *m_maxKilobytes = nullptr;
    QCheckBox *m_builtInTemplate = nullptr;
    QLineEdit *m_templateFolder = nullptr;
    QPushButton *m_templateBrowse = nullptr;
    QLabel *m_templateProblem = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QPushButton *m_backupBrowse = nullptr;
    QPushButton *m_backupDefault = nullptr;
    QSpinBox *m_backupKeep = nullptr;
    QLabel *m_accounts = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_apply = nullptr;
};

}  // namespace newsdesk
