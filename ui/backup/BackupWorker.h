#pragma once

// Backups and restores off the GUI thread, so the window keeps painting while a big store is
// copied and fsync'ed (seconds on a slow disk or a USB stick).
//
// SQLite connections (and Qt Sql connections) belong to the thread that opened them, so the
// work never touches the window's connection: it opens a connection of its own to the store
// file on the worker thread (Database::open) and closes it there. A backup made that way holds
// what was committed when it started — an edit saved at that moment is wholly in it or not at
// all — and the window's connection stays usable throughout. StoreBackup::restore opens its own
// connection anyway and writes into the live store, whose other connections then see the
// restored articles.

#include "backup/StoreBackup.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace newsdesk {

class Clock;

namespace backup_work {

// Opens a connection of its own to the store at `storePath` (which must exist) and makes a
// backup through it. Call on any thread.
Result<BackupInfo> create(const QString &storePath, const BackupOptions &options,
    const Clock &clock, BackupReason reason);
// The same for the daily backup (made unless one was made today).
Result<DailyOutcome> runDailyIfDue(
    const QString &storePath, const BackupOptions &options, const Clock &clock);

// Runs `work` on a thread of its own and returns its result, keeping this thread's event loop
// going meanwhile: windows repaint and a busy cursor shows; keyboard and mouse input wait
// until the work is done (so nothing can start a second operation or close a dialog half-way).
template<typename T> T runOffThread(std::function<T()> work)
{
    std::optional<T> result;
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&] { result.emplace(work()); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    return std::move(*result);
}

}  // namespace backup_work

// The daily backup, started once the window shows and finished in the background. A failure
// is reported once through `failed` (a translated sentence for the status bar) and never
// blocks anything. Destroying the object waits for a backup still running (a backup cut off
// half-way leaves only a hidden ".partial-…" folder, but waiting is cleaner).
class DailyBackup : public QObject {
    Q_OBJECT
public:
    DailyBackup(
        QString storePath, BackupOptions options, const Clock &clock, QObject *parent = nullptr);
    ~DailyBackup() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Set once finished.
    const std::optional<Result<DailyOutcome>> &outcome() const { return *m_outcome; }
    qint64 elapsedMs() const { return m_elapsedMs; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    // `made`: false when today's backup existed already.
    void succeeded(bool made);
    void failed(const QString &message);
    void finished();

private:
    QString m_storePath;
    BackupOptions m_options;
    const Clock &m_clock;
    // Shared with the worker, which writes it before the thread finishes.
    std::shared_ptr<std::optional<Result<DailyOutcome>>> m_outcome;
    QThread *m_thread = nullptr;
    QElapsedTimer m_timer;
    qint64 m_elapsedMs = -1;
};

}  // namespace newsdesk
