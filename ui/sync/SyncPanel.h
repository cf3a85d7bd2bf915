#pragma once

// The sync panel (issue 7), for a dock of the main window: which portal account sends, what
// sync is doing ("3 items waiting", "Sending 2 of 5…", "Up to date", "Offline — 3 items
// waiting", "Paused: the portal rejected the password"), "Sync now", "Pause"/"Resume", the
// progress of a pass and of a photo upload, and the outbox as a table (OutboxModel) whose
// failed rows offer "Try again" (button and context menu).
//
// It reads the GUI thread's Database (the account, the outbox) and drives a SyncController it
// does not own. It never asks for a password or an account itself: it emits passwordRequested()
// and connectRequested(), and the window shows the dialogs, then calls refresh() (after a new
// account) or SyncController::setPassword() + refresh() (after a new password).
//
// statusBarText() is the line the main window shows in its status bar: "offline — 3 items
// waiting", "3 items waiting to be sent", or empty when nothing waits.

#include "sync/OutboxOperation.h"
#include "sync/SyncEngine.h"
#include "util/Result.h"

#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTableView;

namespace newsdesk {

class Clock;
class Database;
class OutboxModel;
class SyncController;

class SyncPanel : public QWidget {
    Q_OBJECT

public:
    SyncPanel(
        Database &db, SyncController *controller, const Clock &clock, QWidget *parent = nullptr);
    ~SyncPanel() override;

    // Reads the account, the outbox and the counts again.
    void refresh();

    // The header line: "editor at portal.example" or "No portal account".
    QString accountText() const;
    // The line under it, saying what sync is doing or waits for.
    QString stateText() const;
    QString statusBarText() const { return m_statusBarText; }

    // Pauses sending (stops the controller after the operation in flight and turns auto sync
    // off) or resumes it (auto sync as it was, and a pass now). The Pause button does this.
    void setPaused(bool paused);
    bool isPaused() const { return m_userPaused; }
    // The last pass could not reach the portal.
    bool isOffline() const { return m_offline; }

    // "Try again" for a failed operation: OutboxStore::retryFailed, then a pass. False (and the
    // reason in the state line's tool tip) when it could not be done.
    bool retryOperation(qint64 operationId);
    // The same for the selected row.
    bool retrySelected();
    // The context menu of a row (what right-click shows); for tests too.
    std::unique_ptr<QMenu> contextMenuFor(const QModelIndex &index);

    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *accountLabel() const { return m_accountLabel; }
    QLabel *stateLabel() const { return m_stateLabel; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *passwordButton() const { return m_password; }
    QPushButton *syncButton() const { return m_syncNow; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *retryButton() const { return m_retry; }
    QProgressBar *overallProgressBar() const { return m_overall; }
    QProgressBar *uploadProgressBar() const { return m_upload; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void connectRequested();
    void passwordRequested();
    void statusTextChanged(const QString &text);

private:
    void onStarted();
    void onOperationStarted(qint64 operationId, const QString &title);
    void onOperationFinished(qint64 operationId, OutboxState state, const QString &message);
    void onUploadProgress(qint64 operationId, qint64 sent, qint64 total);
    void onProgress(int finished, int total);
    void onFinished(const Result<SyncSummary> &result);
    void onPasswordRejected(const QString &message);
    void refreshRows();
    void updateState();
    void updateRetryButton();
    qint64 selectedOperation() const;

    Database &m_db;
    SyncController *m_controller;

    // What the panel knows besides the store.
    bool m_userPaused = false;
    bool m_autoSyncBeforePause = false;
    int m_autoSyncInterval = 60'000;
    bool m_offline = false;
    QString m_lastError;  // the last pass's refusal, when it is not one shown otherwise
    bool m_hasAccount = false;
    bool m_accountPaused = false;
    int m_open = 0;  // pending + waiting
    int m_failed = 0;
    int m_passTotal = 0;  // operations the running pass looks at
    int m_passDone = 0;
    bool m_sending = false;  // an operation of the running pass is on its way
    QString m_statusBarText;

    OutboxModel *m_model = nullptr;
    QLabel *m_accountLabel = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_stateLabel = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_pause = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_overall = nullptr;
    QProgressBar *m_upload = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_retry = nullptr;
};

}  // namespace newsdesk
