#pragma once

// The workflow facts of articles (status, approval, what the portal shows, schedule) and the
// queries the inbox and the calendar need. Changes of state come only from WorkflowService,
// which decides them with Workflow::decide; revocation on edit is a trigger (Migrations.cpp),
// so no code path that changes the text can keep a stale approval.

#include "domain/Article.h"
#include "domain/Workflow.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace newsdesk {

class Database;

struct WorkflowInfo {
    qint64 articleId = 0;
    QString uuid;
    QString title;
    QString author;  // the by-line
    Status status = Status::Draft;
    QString contentHash;
    QString approvedHash;  // empty: no approval on record
    QString approvedBy;
    QDateTime approvedAt;
    QString liveHash;  // the text the portal shows; empty: not on the portal
    QDateTime scheduledAt;  // UTC; set while Scheduled
    QString submittedBy;
    QDateTime submittedAt;
    QDateTime statusChangedAt;
    QDateTime publishAt;

    bool approvalMatches() const { return !approvedHash.isEmpty() && approvedHash == contentHash; }
    bool isLive() const { return !liveHash.isEmpty(); }
    bool liveTextDiffers() const { return isLive() && liveHash != contentHash; }
    // Published, but the text has been edited since: the portal shows the approved old text
    // and the new text needs approval again.
    bool needsReapproval() const { return status == Status::Published && liveTextDiffers(); }
    WorkflowContext context(bool hasNote) const;
};

// What WorkflowService writes for one allowed action.
struct WorkflowChange {
    qint64 articleId = 0;
    Status status = Status::Draft;
    QDateTime at;  // UTC, now
    std::optional<QString> approvedBy;  // set: record an approval of approvedHash by this name
    QString approvedHash;
    bool clearApproval = false;
    std::optional<QDateTime> scheduledAt;  // set: new value (invalid = none)
    std::optional<QString> liveHash;  // set: new value (empty = off the portal)
    std::optional<QString> submittedBy;
    std::optional<QDateTime> publishAt;  // set: the article's publish time
};

struct InboxItem {
    ArticleSummary article;
    QString submittedBy;
    QDateTime since;  // when it entered its current state
};

struct InboxCounts {
    int waitingForApproval = 0;
    int returnedToMe = 0;
};

struct CalendarEntry {
    enum class Kind { Scheduled, Published };
    Kind kind = Kind::Scheduled;
    ArticleSummary article;
    QDateTime at;  // UTC: the scheduled time, or the publish time
};

// An edit that withdrew an approval, not yet written into the audit chain.
struct PendingRevocation {
    qint64 id = 0;
    qint64 articleId = 0;
    QString articleUuid;
    Status fromStatus = Status::Approved;
    QString approvedHash;
    QString newHash;
    QDateTime revokedAt;
};

class WorkflowStore {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::WorkflowStore)

public:
    explicit WorkflowStore(Database &db);

    Result<WorkflowInfo> info(qint64 articleId) const;
    Result<void> apply(const WorkflowChange &change);

    // In review, oldest submission first.
    Result<QList<InboxItem>> waitingForApproval(int limit = 200) const;
    // Changes requested on articles whose by-line or last submitter is `person`, newest first.
    Result<QList<InboxItem>> returnedTo(const QString &person, int limit = 200) const;
    Result<InboxCounts> counts(const QString &person) const;
    // Scheduled articles by their scheduled time and articles on the portal by their publish
    // time, within [fromUtc, toUtc), in time order.
    Result<QList<CalendarEntry>> calendar(const QDateTime &fromUtc, const QDateTime &toUtc) const;

    Result<QList<PendingRevocation>> pendingRevocations() const;
    Result<void> markRevocationRecorded(qint64 revocationId, qint64 eventId);

private:
    Result<QList<InboxItem>> inbox(
        const QString &where, const QString &order, const QString &person, int limit) const;

    Database &m_db;
};

}  // namespace newsdesk
