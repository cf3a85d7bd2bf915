#pragma once

// File > Backups…: the backup folder in use, the backups in it (newest first: local date and
// time, reason, articles, photos, size), "Back up now", and "Restore…" for the selected one.
//
// The dialog makes backups itself, off the GUI thread through a connection of its own (see
// BackupWorker.h), with a busy cursor and a line saying what is going on. It does not restore:
// after the person confirmed, it emits restoreRequested and closes, and AppShell closes the
// main window (which saves the open article), restores, and rebuilds the window — a restore
// replaces everything the window shows. Errors appear under the table in StoreBackup's words.

#include "backup/StoreBackup.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace newsdesk {

class Clock;

class BackupsDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { DateColumn, ReasonColumn, ArticlesColumn, PhotosColumn, SizeColumn };

    // `storePath`: the open store (it must exist); `options`: the backup folder and how many
    // to keep, as the settings have them.
    BackupsDialog(const QString &storePath, const Clock &clock, BackupOptions options,
        QWidget *parent = nullptr);

    QString folder() const { return m_folder; }
    // The backups listed, in table order (newest first).
    const QList<BackupInfo> &backups() const { return m_backups; }
    std::optional<BackupInfo> selectedBackup() const;
    void selectBackup(const QString &name);

    // Reads the folder again.
    void reload();
    // Makes a manual backup now; false (and the reason shown) when it failed.
    bool backUpNow();
    // Asks for confirmation to restore the selected backup; when given, emits
    // restoreRequested and closes the dialog (accepted).
    void restoreSelected();

    // Asks the person whether to restore `backup`; replaceable for tests. The default shows a
    // message box saying what a restore does.
    using Confirmation = std::function<bool(const BackupInfo &backup)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // The text of that message box (title, question, what happens).
    static QString confirmationQuestion(const BackupInfo &backup);
    static QString confirmationDetails(const BackupInfo &backup);

    // The line under the table: progress, the outcome of the last action, or an error.
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }

    QLineEdit *folderEdit() const { return m_folderEdit; }
    QLabel *folderHint() const { return m_hint; }
    QTableWidget *table() const { return m_table; }
    QPushButton *backUpButton() const { return m_backUp; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *messageLabel() const { return m_message; }

    // The date and time of a backup as the list shows it (local time, the UI's locale).
    static QString shownTime(const BackupInfo &backup);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The person confirmed restoring `backupPath` (the folder of a backup).
    void restoreRequested(const QString &backupPath);

private:
    void showMessage(const QString &text, bool error);
    void setBusy(bool busy, const QString &text = {});
    void updateButtons();

    QString m_storePath;
    const Clock &m_clock;
    BackupOptions m_options;
    QString m_folder;
    QList<BackupInfo> m_backups;
    Confirmation m_confirm;
    bool m_busy = false;
    bool m_messageIsError = false;
    QPointer<QWidget> m_focusBefore;  // while busy

    QLineEdit *m_folderEdit = nullptr;
    QLabel *m_hint = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_backUp = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_close = nullptr;
};

}  // namespace newsdesk
