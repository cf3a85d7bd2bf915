#pragma once

// The demo newsroom behind `newsdesk --demo`: a store of its own (never the person's real one)
// filled on first use with short Vietnamese town-portal articles, one or more in every
// workflow state. The articles go through WorkflowService as two local people — a writer and
// an approver — so the review history and its audit chain are real, and can be explored.

#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace newsdesk {

class Database;

class DemoNewsroom {
public:
    // The two people of the demo newsroom. The store's profile is left as the approver, who
    // can try every action.
    static QString writerName();
    static QString approverName();

    // <AppDataLocation>/demo/demo.sqlite3: beside, never instead of, the real store.
    static QString defaultPath();

    // Fills `db` with the demo articles when it holds none, all of them or none; returns how
    // many were created (0 when the store already had articles: it is then left alone).
    // The history is dated over the days before `nowUtc`; the scheduled article goes out a
    // little after it, in the morning of `portalZone`.
    static Result<int> fillIfEmpty(
        Database &db, const QDateTime &nowUtc, const QTimeZone &portalZone);

    // Opens (creating the file and its folder) the demo store at `path` and fills it when it
    // is new or empty.
    static Result<std::unique_ptr<Database>> open(
        const QString &path, const QDateTime &nowUtc, const QTimeZone &portalZone);
};

}  // namespace newsdesk
