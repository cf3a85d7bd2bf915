#pragma once

// The part of SyncController that lives on its worker thread (private to ui/sync).
//
// SyncWorker is created on the GUI thread without resources and moved to the worker thread.
// Everything it owns is created there on the first pass and destroyed there as the thread ends
// (tearDown(), run by QThread::finished on the thread itself): its own Database connection to
// the store file (Qt Sql connections belong to the thread that opened them), a MediaStore, a
// QNetworkAccessManager and the SyncEngine. The GUI thread talks to it only through queued
// calls and through SyncShared, whose mutex guards the engine pointer that stop() needs.

#include "portal/HttpCall.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncEngine.h"
#include "util/Result.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace newsdesk {

class Clock;
class Database;
class MediaStore;

// State both threads touch; every field under `mutex`.
struct SyncShared {
    QMutex mutex;
    SyncEngine *engine = nullptr;  // set while a pass runs
    bool stopWanted = false;  // stop() for the pass that runs or is about to run
    bool shuttingDown = false;  // the controller is being destroyed: end the thread after the pass
};

// What one pass needs besides the store: handed over with every call, never kept longer.
struct SyncPassSettings {
    SyncOptions options;
    QString password;  // never logged
    HttpLimits limits;
    RetryPolicy retry;
};

class SyncWorker : public QObject {
    Q_OBJECT

public:
    SyncWorker(QString storePath, const Clock &clock, std::shared_ptr<SyncShared> shared);
    ~SyncWorker() override;

    // On the worker thread: one pass of the engine (blocking; HTTP runs in nested event loops).
    void runPass(const newsdesk::SyncPassSettings &settings);
    // On the worker thread as it ends: closes the connection, the network manager, the engine.
    void tearDown();

Q_SIGNALS:
    void passStarted();
    void operationStarted(qint64 operationId, const QString &title);
    void operationFinished(qint64 operationId, newsdesk::OutboxState state, const QString &message);
    void uploadProgress(qint64 operationId, qint64 sent, qint64 total);
    void progress(int finished, int total);
    void passwordRejected(const QString &message);
    void passFinished(const newsdesk::Result<newsdesk::SyncSummary> &result);

private:
    Result<void> ensureOpen();

    QString m_storePath;
    const Clock &m_clock;
    std::shared_ptr<SyncShared> m_shared;
    // Created and destroyed on the worker thread; destroyed in reverse order.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncEngine> m_engine;
};

}  // namespace newsdesk
