#pragma once

// Conflicts between this store and the portal (issue 8): the same field of an article changed
// on both sides since the last sync. Both versions are kept here until a person resolves the
// conflict (take mine, take theirs, or an edited merge); until then nothing is sent for the
// article, so neither side is overwritten silently.

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace newsdesk {

class Database;

struct SyncConflict {
    qint64 id = 0;
    qint64 articleId = 0;
    QString articleUuid;
    qint64 remoteId = 0;
    QStringList fields;  // "title", "content", "excerpt"
    QJsonObject base;  // the fields at the last sync
    QJsonObject mine;  // here
    QJsonObject theirs;  // on the portal
    QString remoteModifiedGmt;
    QDateTime detectedAt;
    QDateTime resolvedAt;
    QString resolution;  // "mine", "theirs", "merged"
};

class ConflictStore {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ConflictStore)

public:
    explicit ConflictStore(Database &db);

    // Replaces the article's open conflict, if any (the newest portal version counts).
    Result<SyncConflict> record(const SyncConflict &conflict, const QDateTime &nowUtc);
    Result<QList<SyncConflict>> open() const;
    Result<std::optional<SyncConflict>> openFor(qint64 articleId) const;
    Result<bool> hasOpen(const QString &articleUuid) const;
    Result<void> markResolved(qint64 id, const QString &resolution, const QDateTime &nowUtc);

private:
    Database &m_db;
};

}  // namespace newsdesk
