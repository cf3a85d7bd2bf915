#include "sync/SyncWorker.h"

#include "store/Database.h"
#include "store/MediaStore.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QThread>

namespace newsdesk {

SyncWorker::SyncWorker(QString storePath, const Clock &clock, std::shared_ptr<SyncShared> shared)
    : m_storePath(std::move(storePath)), m_clock(clock), m_shared(std::move(shared))
{
}

SyncWorker::~SyncWorker()
{
    // Normally empty by now (tearDown ran on the worker thread); this only matters when the
    // thread never started.
    tearDown();
}

Result<void> SyncWorker::ensureOpen()
{
    if (m_engine)
        return {};
    Database::Options open;
    open.path = m_storePath;
    open.createIfMissing = false;
    // The window's connection opened (and, if needed, upgraded) the store already.
    open.backupBeforeUpgrade = false;
    auto db = Database::open(open);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    m_media = std::make_unique<MediaStore>(*m_db, m_clock);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_engine = std::make_unique<SyncEngine>(*m_db, *m_media, m_clock, m_network.get());
    SyncEngine *engine = m_engine.get();
    connect(engine, &SyncEngine::operationStarted, this, &SyncWorker::operationStarted);
    connect(engine, &SyncEngine::operationFinished, this, &SyncWorker::operationFinished);
    connect(engine, &SyncEngine::uploadProgress, this, &SyncWorker::uploadProgress);
    connect(engine, &SyncEngine::passwordRejected, this, &SyncWorker::passwordRejected);
    connect(engine, &SyncEngine::progress, this, [this, engine](int finished, int total) {
        // A stop() that came just before run() started was undone by run() itself (it clears
        // its stop flag): ask again after each operation, so at most that one is sent.
        {
            QMutexLocker lock(&m_shared->mutex);
            if (m_shared->stopWanted)
                engine->requestStop();
        }
        Q_EMIT progress(finished, total);
    });
    qCInfo(lcSync) << "sync worker opened its own connection to the store";
    return {};
}

void SyncWorker::runPass(const SyncPassSettings &settings)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->shuttingDown)
            return;
    }
    if (auto opened = ensureOpen(); !opened) {
        qCWarning(lcSync) << "sync worker cannot open the store:" << opened.error().detail;
        Q_EMIT passFinished(opened.error());
        return;
    }
    bool skipped = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        skipped = m_shared->stopWanted || m_shared->shuttingDown;
        if (!skipped)
            m_shared->engine = m_engine.get();
    }
    if (skipped) {
        // Stopped before it began: nothing was sent, nothing changed.
        Q_EMIT passFinished(SyncSummary {});
        return;
    }
    m_engine->setPassword(settings.password);
    m_engine->setLimits(settings.limits);
    m_engine->setRetryPolicy(settings.retry);
    Q_EMIT passStarted();
    Result<SyncSummary> result = m_engine->run(settings.options);
    m_engine->setPassword(QString());  // kept only for the length of a pass
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->engine = nullptr;
        if (m_shared->shuttingDown)
            QThread::currentThread()->quit();
    }
    Q_EMIT passFinished(result);
}

void SyncWorker::tearDown()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->engine = nullptr;
    }
    m_engine.reset();
    m_network.reset();
    m_media.reset();
    m_db.reset();
}

}  // namespace newsdesk
