#include "sync/SyncController.h"

#include "store/Database.h"
#include "sync/OutboxStore.h"
#include "sync/PortalAccountStore.h"
#include "sync/SyncWorker.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <QNetworkInformation>
#include <QThread>

namespace newsdesk {

SyncController::SyncController(QString storePath, Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_db(db), m_clock(clock),
      m_shared(std::make_shared<SyncShared>())
{
    qRegisterMetaType<newsdesk::OutboxState>();
    qRegisterMetaType<newsdesk::SyncOptions>();
    qRegisterMetaType<newsdesk::SyncSummary>();
    qRegisterMetaType<newsdesk::Result<newsdesk::SyncSummary>>();

    // A link appearing starts a sync at once where the platform says so (NetworkManager,
    // Windows, macOS); elsewhere the auto sync timer is the probe.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online && autoSyncEnabled()
                    && hasDueOperations())
                    syncNow();
            });
    }

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(m_storePath, m_clock, m_shared);
    m_worker->moveToThread(m_thread);
    // Emitted on the worker thread as it ends: the worker closes its connection there.
    connect(m_thread, &QThread::finished, m_worker, &SyncWorker::tearDown, Qt::DirectConnection);

    connect(
        m_worker, &SyncWorker::passStarted, this, &SyncController::started, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::operationStarted, this, &SyncController::operationStarted,
        Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::operationFinished, this, &SyncController::operationFinished,
        Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::uploadProgress, this, &SyncController::uploadProgress,
        Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::passwordRejected, this, &SyncController::passwordRejected,
        Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::passFinished, this, &SyncController::onPassFinished,
        Qt::QueuedConnection);

    m_autoTimer.setInterval(60'000);
    connect(&m_autoTimer, &QTimer::timeout, this, &SyncController::onAutoSyncTimer);
    m_thread->start();
}

SyncController::~SyncController()
{
    m_autoTimer.stop();
    bool passRunning = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->shuttingDown = true;
        m_shared->stopWanted = true;
        if (m_shared->engine) {
            passRunning = true;
            m_shared->engine->requestStop();
        }
    }
    // Idle: end the thread now. Busy: the worker ends it when the pass returns.
    if (!passRunning)
        m_thread->quit();
    QElapsedTimer waited;
    waited.start();
    if (!m_thread->wait(QDeadlineTimer(shutdownBoundMs()))) {
        qCWarning(lcSync) << "sync pass still running after" << waited.elapsed()
                          << "ms: cutting off the request in flight";
        m_thread->quit();
        m_thread->wait();
    }
    if (passRunning)
        qCInfo(lcSync) << "sync thread stopped in" << waited.elapsed() << "ms";
    delete m_worker;  // its thread has ended: nothing runs on it any more
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

void SyncController::setPassword(const QString &password)
{
    const bool changed = password != m_password;
    m_password = password;
    if (!changed || password.isEmpty())
        return;
    PortalAccountStore accounts(m_db);
    auto account = accounts.account();
    if (account && *account && (*account)->pausedReason == u"password") {
        if (auto resumed = accounts.setPaused(QString()); !resumed)
            qCWarning(lcSync) << "could not lift the pause of the account:"
                              << resumed.error().detail;
        else
            qCInfo(lcSync) << "a new password was entered: sending is no longer paused";
    }
}

void SyncController::syncNow(const SyncOptions &options)
{
    if (m_running) {
        SyncOptions merged = m_queued.value_or(SyncOptions {false, false});
        merged.push = merged.push || options.push;
        merged.pull = merged.pull || options.pull;
        m_queued = merged;
        return;
    }
    startPass(options);
}

void SyncController::startPass(const SyncOptions &options)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->stopWanted = false;
    }
    m_running = true;
    m_stopRequested = false;
    SyncPassSettings settings {options, m_password, m_limits, m_retry};
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, settings] { worker->runPass(settings); }, Qt::QueuedConnection);
}

void SyncController::stop()
{
    m_queued.reset();
    if (!m_running)
        return;
    m_stopRequested = true;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->stopWanted = true;
    if (m_shared->engine)
        m_shared->engine->requestStop();
}

void SyncController::onPassFinished(const Result<SyncSummary> &result)
{
    m_running = false;
    m_stopRequested = false;
    m_lastResult = result;
    if (result) {
        qCInfo(lcSync).nospace() << "sync pass: " << result->done << " done, " << result->reconciled
                                 << " found, " << result->failed << " failed, " << result->waiting
                                 << " waiting" << (result->offline ? ", offline" : "")
                                 << (result->paused ? ", paused" : "");
    } else {
        qCInfo(lcSync) << "sync pass refused:" << result.error().detail;
    }
    const std::optional<SyncOptions> queued = std::exchange(m_queued, std::nullopt);
    Q_EMIT finished(result);
    if (queued && !m_running)  // a slot of finished() may have started one already
        startPass(*queued);
}

void SyncController::setAutoSync(bool enabled, int intervalMs)
{
    m_autoTimer.setInterval(qMax(1, intervalMs));
    if (enabled)
        m_autoTimer.start();
    else
        m_autoTimer.stop();
}

bool SyncController::hasDueOperations() const
{
    if (m_password.isEmpty())
        return false;
    auto account = PortalAccountStore(m_db).account();
    if (!account || !*account || (*account)->paused())
        return false;
    auto open = OutboxStore(m_db).open();
    if (!open)
        return false;
    const QDateTime now = m_clock.nowUtc();
    for (const OutboxOperation &op : std::as_const(*open)) {
        if (!op.nextAttemptAt.isValid() || op.nextAttemptAt <= now)
            return true;
    }
    return false;
}

void SyncController::onAutoSyncTimer()
{
    if (!m_running && hasDueOperations())
        syncNow();
}

}  // namespace newsdesk
