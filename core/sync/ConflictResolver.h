#pragma once

// Settles a conflict (ConflictStore) the way a person chose: keep mine, take theirs, or an
// edited merge. Mine and merged become the article's text and are queued for the portal over
// the portal's version (which becomes the base, so only what differs is sent); theirs becomes
// the article's text. Either way the conflict is closed and the article's outbox moves again.

#include "sync/ConflictStore.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace newsdesk {

class Database;

enum class ConflictChoice { Mine, Theirs, Merged };

struct MergedText {
    QString title;
    QString bodyHtml;  // canonical HTML (sanitized again here)
    QString summary;
};

class ConflictResolver {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ConflictResolver)

public:
    ConflictResolver(Database &db, const Clock &clock);

    // `merged` is required for ConflictChoice::Merged. `actor` names who decided (history).
    Result<void> resolve(qint64 conflictId, ConflictChoice choice,
        const std::optional<MergedText> &merged, const QString &actor);
    // The portal's text in local form (photos ours again, marker gone), for the merge editor.
    Result<MergedText> theirsAsLocal(const SyncConflict &conflict) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace newsdesk
