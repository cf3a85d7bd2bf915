#pragma once

// The append-only review history, hash-chained (domain/ReviewEvent.h). Appending joins the
// caller's transaction, so an event is written together with the change it records. The id
// and hash of the newest event are also kept in the settings table: without that, deleting the
// newest events would leave a shorter chain that still verifies.

#include "domain/ReviewEvent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace newsdesk {

class Database;

struct AuditVerification {
    bool ok = true;
    qint64 brokenEventId = 0;  // the first event that does not verify (0 when ok)
    QString reason;  // translated
    int checkedEvents = 0;
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::AuditLog)

public:
    explicit AuditLog(Database &db);

    // Fills in id, previousHash and hash. Refuses when the newest stored event is not the one
    // the head record names: appending would hide the removal of history.
    Result<ReviewEvent> append(ReviewEvent event);
    Result<QList<ReviewEvent>> forArticle(qint64 articleId) const;  // oldest first
    Result<AuditVerification> verify() const;

private:
    struct Head {
        qint64 id = 0;
        QString hash;
    };
    Result<Head> storedHead() const;  // from the settings table
    Result<Head> lastEvent() const;  // from the events table

    Database &m_db;
};

}  // namespace newsdesk
