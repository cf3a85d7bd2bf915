#pragma once

// Articles and their revisions. Every write keeps the row, the search index and the revision
// history in step inside one transaction: a crash or a full disk leaves the previous state.

#include "domain/Article.h"
#include "domain/Revision.h"
#include "store/SearchIndex.h"
#include "util/Clock.h"
#include "util/Result.h"
#include <QCoreApplication>

#include <QList>
#include <QMap>
#include <QVariant>

#include <optional>

namespace newsdesk {

class Database;

struct NewArticle {
    ArticleContent content;
    Status status = Status::Draft;
    QDateTime publishAt;  // UTC; invalid = not set
    QString uuid;  // empty: a new one is made
    QDateTime createdAt;  // invalid: now (imports from JSON keep their own)
};

struct SaveOptions {
    bool recordRevision = false;  // autosaves only update the working copy
    QString label;  // shown in history: "Saved", "Imported", "Restored…"
    QString actor;  // who saved
    std::optional<QDateTime> publishAt;  // set (or clear, with an invalid time) the publish time
};

// The orders the article list offers. Every order ends with the row id, so it is total.
enum class ListSortKey { Updated, Title, Status, Author, PublishAt };

struct ListOrder {
    ListSortKey key = ListSortKey::Updated;
    bool descending = true;
    bool operator==(const ListOrder &) const = default;
};

// Keyset paging: the next page starts after the last row seen, so page 1,000 costs what
// page 1 costs. Make one with ListCursor::after(lastRow, order).
struct ListCursor {
    QDateTime updatedAt;
    qint64 id = 0;
    QVariant sortValue;  // the row's value of the order's key (unused for Updated)

    static ListCursor after(const ArticleSummary &row, const ListOrder &order);
};

struct ListQuery {
    std::optional<Status> status;
    int limit = 100;
    std::optional<ListCursor> after;
    ListOrder order;  // newest first unless told otherwise
};

struct StoreStats {
    int articles = 0;
    QMap<Status, int> byStatus;
    qint64 words = 0;
    int revisions = 0;
    int media = 0;
    qint64 fileBytes = 0;  // database + WAL on disk
};

class ArticleStore {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ArticleStore)

public:
    ArticleStore(Database &db, const Clock &clock);

    Result<Article> create(
        const NewArticle &article, const SaveOptions &options = {true, {}, {}, {}});
    // Many articles in one transaction (imports): all of them or none. Returns the row ids.
    Result<QList<qint64>> createMany(const QList<NewArticle> &articles, const SaveOptions &options);

    Result<Article> get(qint64 id) const;
    // "42" (row id), a whole uuid, or a unique uuid prefix of at least 4 characters.
    Result<Article> find(const QString &idOrUuidPrefix) const;

    // Replaces the content. Unchanged content (same hash) writes nothing unless a revision
    // or a new publish time is asked for.
    Result<Article> saveContent(
        qint64 id, const ArticleContent &content, const SaveOptions &options);

    Result<QList<ArticleSummary>> list(const ListQuery &query) const;
    Result<int> count(std::optional<Status> status = std::nullopt) const;

    Result<QList<Revision>> revisions(qint64 articleId) const;  // oldest first
    Result<Revision> revision(qint64 articleId, int number) const;
    // Restoring is itself a new revision, so it can be undone by restoring again.
    Result<Article> restoreRevision(qint64 articleId, int number, const QString &actor);

    Result<StoreStats> stats() const;

    const SearchIndex &searchIndex() const { return m_search; }
    Database &database() const { return m_db; }

    // NFC everywhere, trimmed title and tags, no duplicate tags: how content is stored.
    static ArticleContent normalized(const ArticleContent &content);

private:
    struct PreparedContent;
    PreparedContent prepare(const ArticleContent &content) const;
    Result<void> insertRevision(qint64 articleId, const ArticleContent &content,
        const QString &hash, const SaveOptions &options, const QDateTime &now);
    Error notFound(const QString &what) const;

    Database &m_db;
    const Clock &m_clock;
    SearchIndex m_search;
};

}  // namespace newsdesk
