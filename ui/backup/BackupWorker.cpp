#include "backup/BackupWorker.h"

#include "store/Database.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

namespace newsdesk {
namespace backup_work {
namespace {

Result<std::unique_ptr<Database>> openOwnConnection(
    const QString &storePath, const BackupOptions &options)
{
    Database::Options open;
    open.path = storePath;
    open.createIfMissing = false;
    open.backupFolder = options.folder;
    open.backupKeep = options.keep;
    return Database::open(open);
}

}  // namespace

Result<BackupInfo> create(
    const QString &storePath, const BackupOptions &options, const Clock &clock, BackupReason reason)
{
    auto db = openOwnConnection(storePath, options);
    if (!db)
        return db.error();
    StoreBackup backup(*db.value(), clock, options);
    return backup.create(reason);
}

Result<DailyOutcome> runDailyIfDue(
    const QString &storePath, const BackupOptions &options, const Clock &clock)
{
    auto db = openOwnConnection(storePath, options);
    if (!db)
        return db.error();
    StoreBackup backup(*db.value(), clock, options);
    return backup.runDailyIfDue();
}

}  // namespace backup_work

DailyBackup::DailyBackup(
    QString storePath, BackupOptions options, const Clock &clock, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_options(std::move(options)),
      m_clock(clock), m_outcome(std::make_shared<std::optional<Result<DailyOutcome>>>())
{
}

DailyBackup::~DailyBackup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DailyBackup::start()
{
    if (m_thread || m_outcome->has_value())
        return;  // once
    m_timer.start();
    const QString storePath = m_storePath;
    const BackupOptions options = m_options;
    const Clock &clock = m_clock;
    auto outcome = m_outcome;
    m_thread = QThread::create([storePath, options, &clock, outcome] {
        outcome->emplace(backup_work::runDailyIfDue(storePath, options, clock));
    });
    m_thread->setObjectName(QStringLiteral("daily backup"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_elapsedMs = m_timer.elapsed();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        const Result<DailyOutcome> &result = **m_outcome;
        if (result) {
            qCInfo(lcBackup) << "daily backup" << (result->made ? "made" : "already made today")
                             << "in" << m_elapsedMs << "ms";
            Q_EMIT succeeded(result->made);
        } else {
            qCWarning(lcBackup) << "daily backup failed after" << m_elapsedMs << "ms: code"
                                << int(result.error().code) << result.error().detail;
            Q_EMIT failed(result.error().message);
        }
        Q_EMIT finished();
    });
    m_thread->start(QThread::LowPriority);
}

}  // namespace newsdesk
