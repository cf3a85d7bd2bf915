#include "secrets/SecretStore.h"

#include "util/LogCategories.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>
#include <QUuid>
#include <QWaitCondition>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#define NEWSDESK_KEYCHAIN_NEEDS_DBUS 1
#include <QDBusConnection>
#include <QDBusError>
#endif

#include <qt6keychain/keychain.h>

#include <functional>

namespace newsdesk {
namespace {

using namespace std::chrono_literals;

// Seconds, not the 25 s of a D-Bus call that nobody answers: start-up waits for this.
constexpr std::chrono::milliseconds kProbeTimeout = 5s;

// What one QtKeychain job (or the probe's chain of jobs) ended with.
struct JobOutcome {
    bool answered = false;  // false: no answer before the deadline
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;  // QtKeychain's text, never the secret
    QString text;  // what a read found
};

using Done = std::function<void(const JobOutcome &)>;

// QtKeychain runs every job through one global queue that belongs to the thread of the very first
// job and is not thread-safe, and its Secret Service backend needs a running GLib main context.
// So all jobs run in one long-lived thread of ours, whichever thread asks; callers just wait.
QMutex g_threadMutex;
QThread *g_thread = nullptr;
QObject *g_context = nullptr;  // lives in g_thread; tasks are queued to it

// A post routine: runs while QCoreApplication is destroyed, before Qt's own teardown.
void stopKeychainThread()
{
    const QMutexLocker lock(&g_threadMutex);
    if (!g_thread)
        return;
    g_thread->quit();
    // Deleting a running QThread aborts; one still stuck is left to the process's exit.
    if (g_thread->wait(QDeadlineTimer(2s))) {
        delete g_context;
        delete g_thread;
    } else {
        qCWarning(lcApp) << "keychain thread still busy at shutdown";
    }
    g_context = nullptr;
    g_thread = nullptr;
}

void postToKeychainThread(std::function<void()> task)
{
    const QMutexLocker lock(&g_threadMutex);
    if (!g_thread) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("newsdesk-keychain"));
        g_context = new QObject;
        g_context->moveToThread(g_thread);
        g_thread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    QMetaObject::invokeMethod(g_context, std::move(task), Qt::QueuedConnection);
}

enum class JobKind { Write, Read, Remove };

// In the keychain thread. `done` is called there once the job finished.
void startJob(
    JobKind kind, const QString &service, const QString &key, const QString &secret, Done done)
{
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case JobKind::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case JobKind::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case JobKind::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false);  // never a plain-text copy in QSettings
    // Deletes itself after finished(): also right when the caller has stopped waiting.
    job->setAutoDelete(true);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
            JobOutcome outcome;
            outcome.answered = true;
            outcome.error = finished->error();
            outcome.errorString = finished->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                read && outcome.error == QKeychain::NoError) {
                outcome.text = read->textData();
            }
            done(outcome);
        });
    job->start();
}

// Write, read back and remove a probe entry: proves the keychain can really keep a password,
// which an available-but-broken Secret Service (no default collection, say) would not.
void probeKeychain(const QString &service, const QString &key, const QString &value, Done done)
{
    startJob(JobKind::Write, service, key, value, [=](const JobOutcome &written) {
        if (written.error != QKeychain::NoError) {
            done(written);
            return;
        }
        startJob(JobKind::Read, service, key, {}, [=](const JobOutcome &readBack) {
            // Removed whatever the read said, so no probe entry is left behind.
            startJob(JobKind::Remove, service, key, {}, [=](const JobOutcome &removed) {
                if (readBack.error != QKeychain::NoError) {
                    done(readBack);
                } else if (readBack.text != value) {
                    done(JobOutcome {true, QKeychain::OtherError,
                        QStringLiteral("the probe entry read back differently")});
                } else {
                    done(removed);
                }
            });
        });
    });
}

struct Waiter {
    QMutex mutex;
    QWaitCondition answered;
    std::optional<JobOutcome> outcome;
};

// Runs `start` in the keychain thread and blocks until it calls back or `timeout` passes.
JobOutcome runBlocking(std::function<void(Done)> start, std::chrono::milliseconds timeout)
{
    // Shared: a late answer after the timeout still finds a live Waiter.
    auto waiter = std::make_shared<Waiter>();
    Done done = [waiter](const JobOutcome &outcome) {
        const QMutexLocker lock(&waiter->mutex);
        waiter->outcome = outcome;
        waiter->answered.wakeAll();
    };
    const QDeadlineTimer deadline(timeout);
    postToKeychainThread([start = std::move(start), done = std::move(done)] { start(done); });
    QMutexLocker lock(&waiter->mutex);
    while (!waiter->outcome) {
        if (!waiter->answered.wait(&waiter->mutex, deadline))
            break;
    }
    return waiter->outcome.value_or(JobOutcome {});
}

QString describe(const JobOutcome &outcome, std::chrono::milliseconds timeout)
{
    if (!outcome.answered)
        return QStringLiteral("no answer within %1 ms").arg(timeout.count());
    return QStringLiteral("QtKeychain error %1: %2")
        .arg(QString::number(int(outcome.error)), outcome.errorString);
}

Error keychainError(const QString &message, QStringView operation, const QString &key,
    const JobOutcome &outcome, std::chrono::milliseconds timeout)
{
    QString reason;
    if (!outcome.answered) {
        reason = SecretStore::tr("The keychain did not answer in time.");
    } else if (outcome.error == QKeychain::AccessDenied
        || outcome.error == QKeychain::AccessDeniedByUser) {
        reason = SecretStore::tr("The keychain refused access; it may be locked.");
    }
    // The key and QtKeychain's text only: neither ever holds the secret.
    const QString detail = QStringLiteral("keychain %1 of \"%2\" failed: %3")
                               .arg(operation, key, describe(outcome, timeout));
    qCWarning(lcApp).noquote() << detail;
    return makeError(ErrorCode::IoError,
        reason.isEmpty() ? message : message + QLatin1Char(' ') + reason, detail);
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) { }

KeychainSecretStore::~KeychainSecretStore() = default;

Result<void> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    const JobOutcome outcome = runBlocking(
        [service = m_service, key, secret](
            Done done) { startJob(JobKind::Write, service, key, secret, std::move(done)); },
        m_timeout);
    if (outcome.answered && outcome.error == QKeychain::NoError) {
        qCDebug(lcApp).noquote() << "keychain: stored" << key;
        return {};
    }
    return keychainError(SecretStore::tr("Could not save the password in the keychain."), u"write",
        key, outcome, m_timeout);
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    const JobOutcome outcome = runBlocking(
        [service = m_service, key](
            Done done) { startJob(JobKind::Read, service, key, {}, std::move(done)); },
        m_timeout);
    if (outcome.answered && outcome.error == QKeychain::NoError)
        return std::optional<QString>(outcome.text);
    if (outcome.answered && outcome.error == QKeychain::EntryNotFound)
        return std::optional<QString>();
    return keychainError(SecretStore::tr("Could not read the password from the keychain."), u"read",
        key, outcome, m_timeout);
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    const JobOutcome outcome = runBlocking(
        [service = m_service, key](
            Done done) { startJob(JobKind::Remove, service, key, {}, std::move(done)); },
        m_timeout);
    if (outcome.answered
        && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound)) {
        qCDebug(lcApp).noquote() << "keychain: removed" << key;
        return {};
    }
    return keychainError(SecretStore::tr("Could not remove the password from the keychain."),
        u"remove", key, outcome, m_timeout);
}

SecretStoreChoice openSecretStore(const QString &service)
{
    QElapsedTimer clock;
    clock.start();
    const auto fallBack = [&clock](QString notice, const QString &why) {
        qCWarning(lcApp).noquote()
            << "keychain not used, passwords kept for this session only:" << why
            << QStringLiteral("(%1 ms)").arg(clock.elapsed());
        return SecretStoreChoice {std::make_unique<SessionSecretStore>(), std::move(notice)};
    };

#ifdef NEWSDESK_KEYCHAIN_NEEDS_DBUS
    // Fails at once without a session bus, where a keychain call could hang or autolaunch.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return fallBack(SecretStore::tr("No keychain is available (no D-Bus session): the "
                                        "password is kept only until Newsdesk closes."),
            QStringLiteral("no D-Bus session bus: ") + bus.lastError().message());
    }
#endif

    // Per process, so two Newsdesk instances starting together do not read each other's probe.
    const QString probeKey
        = QStringLiteral("newsdesk-keychain-probe-%1").arg(QCoreApplication::applicationPid());
    const QString probeValue = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const JobOutcome outcome = runBlocking(
        [service, probeKey, probeValue](
            Done done) { probeKeychain(service, probeKey, probeValue, std::move(done)); },
        kProbeTimeout);

    if (!outcome.answered) {
        return fallBack(SecretStore::tr("The keychain did not answer in time: the password is "
                                        "kept only until Newsdesk closes."),
            describe(outcome, kProbeTimeout));
    }
    if (outcome.error == QKeychain::AccessDenied
        || outcome.error == QKeychain::AccessDeniedByUser) {
        return fallBack(SecretStore::tr("The keychain refused access: the password is kept "
                                        "only until Newsdesk closes."),
            describe(outcome, kProbeTimeout));
    }
    if (outcome.error != QKeychain::NoError) {
        return fallBack(SecretStore::tr("No keychain is available (the secret service is "
                                        "missing or failed): the password is kept only until "
                                        "Newsdesk closes."),
            describe(outcome, kProbeTimeout));
    }
    qCInfo(lcApp).noquote() << "keychain works for service" << service
                            << QStringLiteral("(%1 ms)").arg(clock.elapsed());
    return SecretStoreChoice {std::make_unique<KeychainSecretStore>(service), QString()};
}

}  // namespace newsdesk
