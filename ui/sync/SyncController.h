#pragma once

// Runs the SyncEngine off the GUI thread (issue 7) and reports on the GUI thread.
//
// The controller owns a QThread on which a worker (SyncWorker) opens its OWN connection to the
// store file (Database::open, createIfMissing=false, backupBeforeUpgrade=false), its own
// MediaStore, QNetworkAccessManager and SyncEngine; all of them are created and destroyed on
// that thread. The engine's signals arrive here queued, in the order the engine sent them, and
// finished() always comes last for a pass.
//
// The GUI thread's own Database is used for reading only what deciding needs: whether auto
// sync has anything due (OutboxStore::open()), and whether the account is paused.
//
// Shutting down: the destructor asks the engine to stop (the request in flight goes on), then
// waits for the pass to end. The wait is bounded by shutdownBoundMs(): the transfer timeout of
// a request (HttpLimits::transferTimeoutMs, 30 s by default: a request that receives nothing
// for that long fails) plus one second. Should the pass still run then (an operation that needs
// several requests, or a server trickling bytes), the thread's event loops are told to quit:
// the request in flight is cut off, and the engine records the operation as waiting for a
// retry, or as "unknown" for a create, which the next pass looks up on the portal before sending
// it again (no duplicate post). What then remains is local (SQLite writes, each bounded by the
// store's busy timeout, 5 s), so the destructor never deadlocks: it waits on nothing the GUI
// thread would have to do.

#include "portal/HttpCall.h"
#include "sync/OutboxOperation.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncEngine.h"
#include "util/Result.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QThread;

namespace newsdesk {

class Clock;
class Database;
class SyncWorker;
struct SyncShared;

class SyncController : public QObject {
    Q_OBJECT

public:
    // `storePath`: the file of the open store (it must exist). `db`: the GUI thread's connection
    // to it, read for auto sync only. `clock` is read on the worker thread too.
    SyncController(QString storePath, Database &db, const Clock &clock, QObject *parent = nullptr);
    // Stops and joins the worker thread; returns within shutdownBoundMs() (see above).
    ~SyncController() override;

    // The Application Password, kept in memory only and handed to the worker with each pass;
    // never logged, never stored. A new password lifts a pause the portal's rejection of the
    // previous one caused (PortalAccountStore::setPaused), so the next pass sends again.
    void setPassword(const QString &password);
    bool hasPassword() const { return !m_password.isEmpty(); }
    // Limits and retry policy for the passes that start from now on.
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // Starts a pass. While one runs, remembers that one more is wanted (several calls make one
    // more pass, with the options of both), started when the current one finishes.
    void syncNow(const SyncOptions &options = {});
    // Asks the engine to stop after the operation in flight and forgets a pass queued by
    // syncNow(); finished() still comes for the pass that runs.
    void stop();
    bool isRunning() const { return m_running; }
    bool isStopping() const { return m_running && m_stopRequested; }
    bool hasQueuedPass() const { return m_queued.has_value(); }

    // Every `intervalMs`, syncNow() when an operation of the outbox is due (pending, or its
    // next attempt has come), the account is not paused and a password is set.
    void setAutoSync(bool enabled, int intervalMs = 60'000);
    bool autoSyncEnabled() const { return m_autoTimer.isActive(); }
    int autoSyncIntervalMs() const { return m_autoTimer.interval(); }
    // What the auto sync timer checks; true when it would start a pass now.
    bool hasDueOperations() const;

    // The outcome of the last pass; nothing before the first one finished.
    const std::optional<Result<SyncSummary>> &lastResult() const { return m_lastResult; }
    // How long the destructor may wait for a pass in progress (see above).
    int shutdownBoundMs() const { return m_limits.transferTimeoutMs + 1000; }

Q_SIGNALS:
    void started();
    void operationStarted(qint64 operationId, const QString &title);
    void operationFinished(qint64 operationId, newsdesk::OutboxState state, const QString &message);
    void uploadProgress(qint64 operationId, qint64 sent, qint64 total);
    // After each operation of the pass: how many are done of those the pass looked at.
    void progress(int finished, int total);
    void finished(const newsdesk::Result<newsdesk::SyncSummary> &result);
    void passwordRejected(const QString &message);

private:
    void startPass(const SyncOptions &options);
    void onPassFinished(const Result<SyncSummary> &result);
    void onAutoSyncTimer();

    QString m_storePath;
    Database &m_db;
    const Clock &m_clock;
    QString m_password;
    HttpLimits m_limits;
    RetryPolicy m_retry;
    std::shared_ptr<SyncShared> m_shared;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;  // lives on m_thread; deleted after it ended
    bool m_running = false;
    bool m_stopRequested = false;
    std::optional<SyncOptions> m_queued;
    std::optional<Result<SyncSummary>> m_lastResult;
    QTimer m_autoTimer;
};

}  // namespace newsdesk

Q_DECLARE_METATYPE(newsdesk::OutboxState)
Q_DECLARE_METATYPE(newsdesk::SyncOptions)
Q_DECLARE_METATYPE(newsdesk::SyncSummary)
Q_DECLARE_METATYPE(newsdesk::Result<newsdesk::SyncSummary>)
