#pragma once

// Reviewers' notes on articles: add, list, resolve. Who may do what is WorkflowService's
// business; this class only keeps the rows.

#include "domain/ReviewNote.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace newsdesk {

class Database;

struct NewReviewNote {
    qint64 articleId = 0;
    QString author;
    QString note;
    std::optional<PassageAnchor> anchor;
    QString contentHash;  // the text the note was written against
};

class ReviewNoteStore {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ReviewNoteStore)

public:
    ReviewNoteStore(Database &db, const Clock &clock);

    Result<ReviewNote> add(const NewReviewNote &note);
    Result<ReviewNote> get(qint64 noteId) const;
    Result<QList<ReviewNote>> list(qint64 articleId, bool includeResolved = true) const;
    Result<int> openCount(qint64 articleId) const;
    // Resolving twice keeps the first resolution.
    Result<ReviewNote> resolve(qint64 noteId, const QString &by);

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace newsdesk
