#pragma once

// Sends the outbox to the portal and pulls what the push needs (categories, tags, the site's
// time zone). The app (on a worker thread) and `newsdesk-cli sync` share it. It reports by
// signals and return values and never shows UI. docs/SYNC.md tells the whole story:
//
// - Each operation is marked in flight and COMMITTED before its first byte leaves. A process
//   killed mid-send leaves it in flight; the next run turns it into "unknown".
// - A create whose outcome is unknown is never simply re-sent: the post (or photo) is looked
//   up on the portal by the marker it carries and adopted when found. After every create the
//   marker is searched again and extra copies (Qt re-sends a request silently when a
//   keep-alive connection drops) are deleted, so the portal ends with exactly one.
// - Photos are uploaded first; the post then points at their portal URLs.
// - Updates send only the fields that differ from what the portal was last known to hold.
// - Network errors, timeouts, 408, 429 and 5xx wait and retry (RetryPolicy); 401 pauses the
//   account and spends no retry; 400/403/404 fail for good with the server's message.

#include "portal/HttpCall.h"
#include "sync/OutboxOperation.h"
#include "sync/PortalAccountStore.h"
#include "sync/RetryPolicy.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace newsdesk {

class Database;
class MediaStore;
class WpClient;

struct SyncOptions {
    bool push = true;
    bool pull = true;  // categories, tags, time zone, and the posts changed on the portal
};

struct SyncSummary {
    int sent = 0;  // operations attempted
    int done = 0;
    int reconciled = 0;  // unknown creates found on the portal and adopted
    int failed = 0;  // permanently, this run
    int waiting = 0;  // left for a later attempt (retry, or not reached after going offline)
    int photosUploaded = 0;
    int duplicatesRemoved = 0;
    int requests = 0;
    bool termsPulled = false;
    int postsPulled = 0;  // portal posts that changed since the last pull
    int articlesCreated = 0;  // new here (e.g. a writer's submission for an approver)
    int articlesUpdated = 0;
    int conflicts = 0;  // edited on both sides: kept, waiting for a person
    int blockedByConflict = 0;  // operations not sent because their article has a conflict
    QStringList missedSchedules;  // scheduled posts past their time and still not live
    bool offline = false;  // the portal could not be reached; the rest waits
    bool paused = false;  // the password was rejected: enter it again
    QStringList notices;  // things the user should know (e.g. "future" came back "publish")
    QStringList errors;  // one line per failure
};

class SyncEngine : public QObject {
    Q_OBJECT

public:
    SyncEngine(Database &db, MediaStore &media, const Clock &clock, QNetworkAccessManager *network,
        QObject *parent = nullptr);
    ~SyncEngine() override;

    void setPassword(const QString &password) { m_password = password; }
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setRandom(std::function<double()> random01) { m_random = std::move(random01); }
    // Thread-safe: the run stops after the operation in progress.
    void requestStop() { m_stop = true; }

    // One pass: pull, then every due operation. Errors that stop the whole run (no account,
    // no password, paused account) come back as an Error; per-operation failures are in the
    // summary and in the outbox.
    Result<SyncSummary> run(const SyncOptions &options = {});

    // "pid@host": who owns an operation while it is in flight.
    static QString processOwner();

Q_SIGNALS:
    void operationStarted(qint64 operationId, const QString &title);
    void operationFinished(qint64 operationId, newsdesk::OutboxState state, const QString &message);
    void uploadProgress(qint64 operationId, qint64 sent, qint64 total);
    void progress(int finished, int total);
    void passwordRejected(const QString &message);

private:
    enum class Verdict { Ok, Retry, Unknown, Pause, Permanent, Gone };
    struct Step {
        Verdict verdict = Verdict::Ok;
        QString message;  // translated
        QString kind;  // for the outbox's error_kind
        QByteArray retryAfter;
        QJsonValue json;
        int httpStatus = 0;
        bool ok() const { return verdict == Verdict::Ok; }
    };
    struct Pushed {
        qint64 remoteId = 0;
        bool reconciled = false;
        QString notice;
    };

    Step classify(const HttpOutcome &outcome, bool creates, bool wantArray = false) const;
    Step permanentStep(const HttpOutcome &outcome, const QString &what) const;
    Result<void> pullSite(SyncSummary &summary, Step &failure);
    Result<void> guardRevokedSchedules();
    // Posts changed on the portal since the last pull, into the store (PullApplier).
    Result<void> pullPosts(SyncSummary &summary, Step &failure);
    // Scheduled posts whose time has passed: did WP-Cron publish them?
    Result<void> checkSchedules(SyncSummary &summary);
    // Before an update: the portal's copy, when it changed since our base, goes through the
    // same three-way merge as a pull; false when that left a conflict.
    Step refreshBase(const QString &uuid, std::optional<RemotePost> &remote, bool &conflict);
    void processOperation(const OutboxOperation &op, SyncSummary &summary);
    Step pushPost(const OutboxOperation &op, bool lookFirst, Pushed &pushed, SyncSummary &summary);
    Step ensurePhoto(const QString &sha256, const OutboxOperation &op, RemoteMedia &remote,
        SyncSummary &summary);
    Step ensureTerms(
        const QString &taxonomy, const QStringList &names, QJsonArray &ids, QStringList &skipped);
    Step findPosts(const QString &marker, QList<QJsonObject> &found);
    Step findPhotos(const QString &marker, QList<QJsonObject> &found);
    int removeExtras(const QString &route, const QList<QJsonObject> &found, qint64 keepId);
    Step desiredFields(
        const OutboxOperation &op, QJsonObject &fields, QStringList &skipped, SyncSummary &summary);
    RemotePost remoteFrom(const QJsonObject &post, const QJsonObject &sentFields) const;
    RemotePost adoptedFrom(const QJsonObject &post) const;
    void settle(
        const OutboxOperation &op, const Step &step, const Pushed &pushed, SyncSummary &summary);

    Database &m_db;
    MediaStore &m_media;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    PortalAccountStore m_accounts;
    HttpLimits m_limits;
    RetryPolicy m_retry;
    std::function<double()> m_random;
    QString m_password;
    std::atomic_bool m_stop {false};

    // Per run.
    std::unique_ptr<WpClient> m_client;
    PortalAccount m_account;
    bool m_paused = false;
};

}  // namespace newsdesk
