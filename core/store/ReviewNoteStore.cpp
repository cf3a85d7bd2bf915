#include "store/ReviewNoteStore.h"

#include "store/Database.h"
#include "store/RowReaders.h"
#include "store/SqliteErrors.h"
#include "text/VietnameseText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace newsdesk {
namespace {

const QString kNoteColumns = QStringLiteral(
    "id, article_id, author, note, anchor_start, anchor_length, quoted_text, content_hash, "
    "created_at, resolved, resolved_by, resolved_at");

ReviewNote readNote(const QSqlQuery &row)
{
    ReviewNote note;
    note.id = row.value(0).toLongLong();
    note.articleId = row.value(1).toLongLong();
    note.author = row.value(2).toString();
    note.note = row.value(3).toString();
    if (!row.value(4).isNull())
        note.anchor
            = PassageAnchor {row.value(4).toInt(), row.value(5).toInt(), row.value(6).toString()};
    note.contentHash = row.value(7).toString();
    note.createdAt = store::fromMs(row.value(8));
    note.resolved = row.value(9).toInt() != 0;
    note.resolvedBy = row.value(10).toString();
    note.resolvedAt = store::fromMs(row.value(11));
    return note;
}

}  // namespace

ReviewNoteStore::ReviewNoteStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Result<ReviewNote> ReviewNoteStore::add(const NewReviewNote &input)
{
    const QString text = text::nfc(input.note.trimmed());
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The note is empty."));
    if (input.anchor
        && (input.anchor->start < 0 || input.anchor->length <= 0
            || input.anchor->quotedText.isEmpty()))
        return makeError(ErrorCode::InvalidInput,
            tr("A passage note needs the passage: a start, a length and the quoted text."));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO review_notes(article_id, author, note, anchor_start, anchor_length, "
        "quoted_text, content_hash, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant none(QMetaType::fromType<int>());
    insert.addBindValue(input.articleId);
    insert.addBindValue(store::text(input.author));
    insert.addBindValue(store::text(text));
    insert.addBindValue(input.anchor ? QVariant(input.anchor->start) : none);
    insert.addBindValue(input.anchor ? QVariant(input.anchor->length) : none);
    insert.addBindValue(input.anchor ? text::nfc(input.anchor->quotedText) : QStringLiteral(""));
    insert.addBindValue(store::text(input.contentHash));
    insert.addBindValue(store::toMs(m_clock.nowUtc()));
    if (!insert.exec()) {
        // Every column is bound: the only constraint a caller can break is the article.
        if (sqliteCodeOf(insert.lastError()) == 19)  // SQLITE_CONSTRAINT
            return makeError(
                ErrorCode::NotFound, tr("No article %1 in this store.").arg(input.articleId));
        return m_db.errorFor(insert);
    }
    return get(insert.lastInsertId().toLongLong());
}

Result<ReviewNote> ReviewNoteStore::get(qint64 noteId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT ") + kNoteColumns
        + QStringLiteral(" FROM review_notes WHERE id = ?"));
    query.addBindValue(noteId);
    if (!query.exec())
        return m_db.errorFor(query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no review note %1.").arg(noteId));
    return readNote(query);
}

Result<QList<ReviewNote>> ReviewNoteStore::list(qint64 articleId, bool includeResolved) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kNoteColumns
        + QStringLiteral(" FROM review_notes WHERE article_id = ?")
        + (includeResolved ? QString() : QStringLiteral(" AND resolved = 0"))
        + QStringLiteral(" ORDER BY id"));
    query.addBindValue(articleId);
    if (!query.exec())
        return m_db.errorFor(query);
    QList<ReviewNote> notes;
    while (query.next())
        notes.append(readNote(query));
    return notes;
}

Result<int> ReviewNoteStore::openCount(qint64 articleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM review_notes WHERE article_id = ? AND resolved = 0"));
    query.addBindValue(articleId);
    if (!query.exec() || !query.next())
        return m_db.errorFor(query);
    return query.value(0).toInt();
}

Result<ReviewNote> ReviewNoteStore::resolve(qint64 noteId, const QString &by)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE review_notes SET resolved = 1, resolved_by = ?, "
                                  "resolved_at = ? WHERE id = ? AND resolved = 0"));
    update.addBindValue(store::text(by));
    update.addBindValue(store::toMs(m_clock.nowUtc()));
    update.addBindValue(noteId);
    if (!update.exec())
        return m_db.errorFor(update);
    return get(noteId);
}

}  // namespace newsdesk
