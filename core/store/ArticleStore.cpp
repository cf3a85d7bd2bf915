#include "store/ArticleStore.h"

#include "html/PlainText.h"
#include "store/Database.h"
#include "store/RowReaders.h"
#include "store/SqliteErrors.h"
#include "text/Folding.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

namespace newsdesk {
namespace {

const QString kArticleColumns
    = QStringLiteral(
          "id, uuid, status, publish_at, created_at, updated_at, word_count, local_revision, "
          "content_hash, ")
    + store::kContentColumns;

Article readArticle(const QSqlQuery &row)
{
    Article article;
    article.id = row.value(0).toLongLong();
    article.uuid = row.value(1).toString();
    article.status = statusFromKey(row.value(2).toString()).value_or(Status::Draft);
    article.publishAt = store::fromMs(row.value(3));
    article.createdAt = store::fromMs(row.value(4));
    article.updatedAt = store::fromMs(row.value(5));
    article.wordCount = row.value(6).toInt();
    article.localRevision = row.value(7).toInt();
    article.contentHash = row.value(8).toString();
    article.content = store::readContent(row, 9);
    return article;
}

QString normalizedUuid(const QString &uuid)
{
    return uuid.trimmed().toLower().remove(QLatin1Char('{')).remove(QLatin1Char('}'));
}

}  // namespace

// Everything derived from content that a write needs, computed once.
struct ArticleStore::PreparedContent {
    ArticleContent content;
    QString hash;
    int words = 0;
    IndexedText indexed;
    QString titleKey;  // sort keys: folded, so the list sorts as a Vietnamese reader expects
    QString authorKey;
};

namespace {

// Normalizing, hashing and folding an article costs about as much as writing it, and needs no
// database: for imports a helper thread prepares articles ahead while this thread writes.
template<typename Prepared> class PreparationPipelineT {
public:
    using Prepare = std::function<Prepared(const ArticleContent &)>;
    static constexpr qsizetype kThreadedFrom = 16;  // below this a thread costs more than it saves

    PreparationPipelineT(const QList<NewArticle> &articles, Prepare prepare)
        : m_articles(articles), m_prepare(std::move(prepare)), m_items(size_t(articles.size()))
    {
        if (articles.size() >= kThreadedFrom)
            m_worker = std::thread([this] { run(); });
    }
    ~PreparationPipelineT()
    {
        m_stop.store(true);
        if (m_worker.joinable())
            m_worker.join();
    }

    const Prepared &at(qsizetype index)
    {
        if (!m_worker.joinable()) {
            m_items[size_t(index)] = m_prepare(m_articles[index].content);
            return *m_items[size_t(index)];
        }
        qsizetype ready = m_ready.load(std::memory_order_acquire);
        while (ready <= index) {
            m_ready.wait(ready, std::memory_order_acquire);
            ready = m_ready.load(std::memory_order_acquire);
        }
        return *m_items[size_t(index)];
    }

private:
    void run()
    {
        for (qsizetype i = 0; i < m_articles.size() && !m_stop.load(std::memory_order_relaxed);
             ++i) {
            m_items[size_t(i)] = m_prepare(m_articles[i].content);
            m_ready.store(i + 1, std::memory_order_release);
            m_ready.notify_one();
        }
    }

    const QList<NewArticle> &m_articles;
    Prepare m_prepare;
    std::vector<std::optional<Prepared>> m_items;
    std::atomic<qsizetype> m_ready {0};
    std::atomic<bool> m_stop {false};
    std::thread m_worker;
};

}  // namespace

ArticleStore::ArticleStore(Database &db, const Clock &clock)
    : m_db(db), m_clock(clock), m_search(db)
{
}

ArticleContent ArticleStore::normalized(const ArticleContent &content)
{
    ArticleContent out;
    out.title = text::nfc(content.title.simplified());
    out.summary = text::nfc(content.summary.trimmed());
    out.bodyHtml = text::nfc(content.bodyHtml);
    out.author = text::nfc(content.author.simplified());
    out.category = text::nfc(content.category.simplified());
    for (const QString &tag : content.tags) {
        const QString clean = text::nfc(tag.simplified());
        if (!clean.isEmpty() && !out.tags.contains(clean))
            out.tags << clean;
    }
    out.featuredMediaId = content.featuredMediaId;
    return out;
}

ArticleStore::PreparedContent ArticleStore::prepare(const ArticleContent &content) const
{
    PreparedContent prepared;
    prepared.content = normalized(content);
    prepared.hash = contentHash(prepared.content);
    const QString bodyText = html::toPlainText(prepared.content.bodyHtml);
    prepared.indexed = SearchIndex::indexedText(prepared.content, bodyText, &prepared.words);
    prepared.titleKey = text::fold(prepared.content.title);
    prepared.authorKey = text::fold(prepared.content.author);
    return prepared;
}

Error ArticleStore::notFound(const QString &what) const
{
    return makeError(ErrorCode::NotFound, tr("No article %1 in this store.").arg(what));
}

Result<Article> ArticleStore::create(const NewArticle &article, const SaveOptions &options)
{
    SaveOptions withLabel = options;
    if (withLabel.label.isEmpty())
        withLabel.label = tr("Created");
    auto ids = createMany({article}, withLabel);
    if (!ids)
        return ids.error();
    return get(ids->front());
}

Result<QList<qint64>> ArticleStore::createMany(
    const QList<NewArticle> &articles, const SaveOptions &options)
{
    using PreparationPipeline = PreparationPipelineT<PreparedContent>;
    QList<qint64> ids;
    ids.reserve(articles.size());
    const QDateTime now = m_clock.nowUtc();
    auto written = m_db.transaction([&]() -> Result<void> {
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO articles(uuid, status, publish_at, created_at, "
                                      "updated_at, word_count, title_key, author_key, "
                                      "local_revision, content_hash, ")
            + store::kContentColumns
            + QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"));
        PreparationPipeline pipeline(
            articles, [this](const ArticleContent &content) { return prepare(content); });
        for (qsizetype index = 0; index < articles.size(); ++index) {
            const NewArticle &article = articles[index];
            const PreparedContent &prepared = pipeline.at(index);
            const QString uuid = article.uuid.isEmpty()
                ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                : normalizedUuid(article.uuid);
            insert.addBindValue(uuid);
            insert.addBindValue(statusKey(article.status));
            insert.addBindValue(store::toMs(article.publishAt));
            insert.addBindValue(store::toMs(article.createdAt.isValid() ? article.createdAt : now));
            insert.addBindValue(store::toMs(now));
            insert.addBindValue(prepared.words);
            insert.addBindValue(prepared.titleKey);
            insert.addBindValue(prepared.authorKey);
            insert.addBindValue(prepared.hash);
            store::bindContent(insert, prepared.content);
            if (!insert.exec()) {
                if (sqliteCodeOf(insert.lastError()) == 19)  // SQLITE_CONSTRAINT: the uuid
                    return makeError(ErrorCode::InvalidInput,
                        tr("An article with the id %1 is already in this store.").arg(uuid));
                return m_db.errorFor(insert);
            }
            const qint64 id = insert.lastInsertId().toLongLong();
            if (auto indexed = m_search.add(id, prepared.indexed); !indexed)
                return indexed;
            if (options.recordRevision) {
                if (auto revised
                    = insertRevision(id, prepared.content, prepared.hash, options, now);
                    !revised)
                    return revised;
            }
            ids.append(id);
        }
        // Every article has its workflow row (store/WorkflowStore), written for the whole batch
        // in one statement: a per-row trigger halved the import rate.
        QSqlQuery workflowRows(m_db.connection());
        workflowRows.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO article_workflow(article_id, live_hash) SELECT id, CASE WHEN "
            "status = 'published' THEN content_hash END FROM articles WHERE id >= ? AND id <= ?"));
        if (!ids.isEmpty()) {
            workflowRows.addBindValue(*std::min_element(ids.cbegin(), ids.cend()));
            workflowRows.addBindValue(*std::max_element(ids.cbegin(), ids.cend()));
            if (!workflowRows.exec())
                return m_db.errorFor(workflowRows);
        }
        return {};
    });
    if (!written)
        return written.error();
    return ids;
}

Result<void> ArticleStore::insertRevision(qint64 articleId, const ArticleContent &content,
    const QString &hash, const SaveOptions &options, const QDateTime &now)
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO revisions(article_id, number, content_hash, label, actor, "
                       "created_at, ")
        + store::kContentColumns
        + QStringLiteral(") VALUES(?, (SELECT COALESCE(MAX(number), 0) + 1 FROM revisions "
                         "WHERE article_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(articleId);
    insert.addBindValue(articleId);
    insert.addBindValue(hash);
    insert.addBindValue(store::text(options.label.isEmpty() ? tr("Saved") : options.label));
    insert.addBindValue(store::text(options.actor));
    insert.addBindValue(store::toMs(now));
    store::bindContent(insert, content);
    if (!insert.exec())
        return m_db.errorFor(insert);
    return {};
}

Result<Article> ArticleStore::get(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kArticleColumns
        + QStringLiteral(" FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return notFound(QString::number(id));
    return readArticle(query);
}

Result<Article> ArticleStore::find(const QString &idOrUuidPrefix) const
{
    const QString key = normalizedUuid(idOrUuidPrefix);
    bool isNumber = false;
    const qint64 rowId = key.toLongLong(&isNumber);
    if (isNumber && rowId > 0) {
        // "42" is a row number, but "12345678" may just as well start a uuid (one in forty do).
        auto byRow = get(rowId);
        if (byRow || byRow.error().code != ErrorCode::NotFound || key.size() < 4)
            return byRow;
    }
    if (key.size() < 4)
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is too short to name an article: give at least 4 characters of its id.")
                .arg(idOrUuidPrefix));
    QSqlQuery query(m_db.connection());
    // A range scan on the uuid index: every uuid that starts with `key`.
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE uuid >= ? AND uuid < ? LIMIT 2"));
    query.addBindValue(key);
    query.addBindValue(QString(key + QChar(0xFFFF)));
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return notFound(idOrUuidPrefix);
    const qint64 id = query.value(0).toLongLong();
    if (query.next())
        return makeError(ErrorCode::Ambiguous,
            tr("\"%1\" matches more than one article; give more of its id.").arg(idOrUuidPrefix));
    return get(id);
}

Result<Article> ArticleStore::saveContent(
    qint64 id, const ArticleContent &content, const SaveOptions &options)
{
    const QDateTime now = m_clock.nowUtc();
    auto written = m_db.transaction([&]() -> Result<void> {
        auto current = get(id);
        if (!current)
            return current.error();
        const PreparedContent prepared = prepare(content);
        const bool contentChanged = prepared.hash != current->contentHash;
        const bool publishChanged
            = options.publishAt.has_value() && *options.publishAt != current->publishAt;
        if (!contentChanged && !publishChanged && !options.recordRevision)
            return {};

        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral(
            "UPDATE articles SET title = ?, summary = ?, body_html = ?, author = ?, category = ?, "
            "tags = ?, featured_media_id = ?, content_hash = ?, word_count = ?, title_key = ?, "
            "author_key = ?, publish_at = ?, local_revision = local_revision + ?, updated_at = ? "
            "WHERE id = ?"));
        store::bindContent(update, prepared.content);
        update.addBindValue(prepared.hash);
        update.addBindValue(prepared.words);
        update.addBindValue(prepared.titleKey);
        update.addBindValue(prepared.authorKey);
        update.addBindValue(store::toMs(options.publishAt.value_or(current->publishAt)));
        update.addBindValue((contentChanged || publishChanged) ? 1 : 0);
        update.addBindValue(store::toMs(now));
        update.addBindValue(id);
        if (!update.exec())
            return m_db.errorFor(update);

        if (contentChanged) {
            const PreparedContent old = prepare(current->content);
            if (auto removed = m_search.remove(id, old.indexed); !removed)
                return removed;
            if (auto added = m_search.add(id, prepared.indexed); !added)
                return added;
        }
        if (options.recordRevision)
            return insertRevision(id, prepared.content, prepared.hash, options, now);
        return {};
    });
    if (!written)
        return written.error();
    return get(id);
}

namespace {

// The SQL expression each order sorts on. Titles and authors sort on their folded form
// (no case, no diacritics, đ as d) so "Đà Lạt" files under D, as a Vietnamese reader expects;
// a missing publish time sorts as the earliest.
QString sortExpression(ListSortKey key)
{
    switch (key) {
    case ListSortKey::Updated:
        return QStringLiteral("updated_at");
    case ListSortKey::Title:
        return QStringLiteral("title_key");
    case ListSortKey::Status:
        return QStringLiteral("status");
    case ListSortKey::Author:
        return QStringLiteral("author_key");
    case ListSortKey::PublishAt:
        return QStringLiteral("COALESCE(publish_at, 0)");
    }
    return QStringLiteral("updated_at");
}

}  // namespace

ListCursor ListCursor::after(const ArticleSummary &row, const ListOrder &order)
{
    ListCursor cursor {row.updatedAt, row.id, {}};
    switch (order.key) {
    case ListSortKey::Updated:
        break;
    case ListSortKey::Title:
        cursor.sortValue = text::fold(row.title);
        break;
    case ListSortKey::Status:
        cursor.sortValue = statusKey(row.status);
        break;
    case ListSortKey::Author:
        cursor.sortValue = text::fold(row.author);
        break;
    case ListSortKey::PublishAt:
        cursor.sortValue = row.publishAt.isValid() ? row.publishAt.toMSecsSinceEpoch() : 0;
        break;
    }
    return cursor;
}

Result<QList<ArticleSummary>> ArticleStore::list(const ListQuery &request) const
{
    const QString key = sortExpression(request.order.key);
    const QString direction
        = request.order.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QStringList conditions;
    if (request.status)
        conditions << QStringLiteral("status = :status");
    if (request.after) {
        conditions << QStringLiteral("(") + key
                + (request.order.descending ? QStringLiteral(", id) < (:key, :id)")
                                            : QStringLiteral(", id) > (:key, :id)"));
    }
    QString sql
        = QStringLiteral("SELECT ") + store::kSummaryColumns + QStringLiteral(" FROM articles");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT :limit").arg(key, direction);

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (request.status)
        query.bindValue(QStringLiteral(":status"), statusKey(*request.status));
    if (request.after) {
        query.bindValue(QStringLiteral(":key"),
            request.order.key == ListSortKey::Updated
                ? QVariant(store::toMs(request.after->updatedAt))
                : request.after->sortValue);
        query.bindValue(QStringLiteral(":id"), request.after->id);
    }
    query.bindValue(QStringLiteral(":limit"), request.limit);
    if (!query.exec())
        return m_db.errorFor(query);
    QList<ArticleSummary> rows;
    while (query.next())
        rows.append(store::readSummary(query, 0));
    return rows;
}

Result<int> ArticleStore::count(std::optional<Status> status) const
{
    QSqlQuery query(m_db.connection());
    if (status) {
        query.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE status = ?"));
        query.addBindValue(statusKey(*status));
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM articles"));
    }
    if (!query.exec() || !query.next())
        return m_db.errorFor(query);
    return query.value(0).toInt();
}

namespace {

Revision readRevision(const QSqlQuery &row)
{
    Revision revision;
    revision.id = row.value(0).toLongLong();
    revision.articleId = row.value(1).toLongLong();
    revision.number = row.value(2).toInt();
    revision.contentHash = row.value(3).toString();
    revision.label = row.value(4).toString();
    revision.actor = row.value(5).toString();
    revision.createdAt = store::fromMs(row.value(6));
    revision.content = store::readContent(row, 7);
    return revision;
}

const QString kRevisionColumns
    = QStringLiteral("id, article_id, number, content_hash, label, actor, created_at, ")
    + store::kContentColumns;

}  // namespace

Result<QList<Revision>> ArticleStore::revisions(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kRevisionColumns
        + QStringLiteral(" FROM revisions WHERE article_id = ? ORDER BY number"));
    query.addBindValue(articleId);
    if (!query.exec())
        return m_db.errorFor(query);
    QList<Revision> list;
    while (query.next())
        list.append(readRevision(query));
    return list;
}

Result<Revision> ArticleStore::revision(qint64 articleId, int number) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kRevisionColumns
        + QStringLiteral(" FROM revisions WHERE article_id = ? AND number = ?"));
    query.addBindValue(articleId);
    query.addBindValue(number);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("The article has no revision %1.").arg(number));
    return readRevision(query);
}

Result<Article> ArticleStore::restoreRevision(qint64 articleId, int number, const QString &actor)
{
    auto old = revision(articleId, number);
    if (!old)
        return old.error();
    SaveOptions options;
    options.recordRevision = true;
    options.actor = actor;
    options.label = tr("Restored revision %1").arg(number);
    return saveContent(articleId, old->content, options);
}

Result<StoreStats> ArticleStore::stats() const
{
    StoreStats stats;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT status, count(*), COALESCE(SUM(word_count), 0) FROM articles GROUP BY status")))
        return m_db.errorFor(query);
    while (query.next()) {
        const int count = query.value(1).toInt();
        stats.articles += count;
        stats.words += query.value(2).toLongLong();
        if (auto status = statusFromKey(query.value(0).toString()))
            stats.byStatus[*status] += count;
    }
    if (!query.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM revisions), (SELECT count(*) FROM media)"))
        || !query.next())
        return m_db.errorFor(query);
    stats.revisions = query.value(0).toInt();
    stats.media = query.value(1).toInt();
    stats.fileBytes
        = QFileInfo(m_db.path()).size() + QFileInfo(m_db.path() + QStringLiteral("-wal")).size();
    return stats;
}

}  // namespace newsdesk
