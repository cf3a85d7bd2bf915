#pragma once

// Column lists and the readers that go with them, shared by the store classes so that a
// SELECT and the code reading its row cannot drift apart.

#include "domain/Article.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace newsdesk::store {

inline QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

inline QVariant toMs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' for "none".
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

inline QStringList tagsFromJson(const QString &json)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array)
        tags << value.toString();
    return tags;
}

// --- ArticleSummary: what a list row needs ---
inline const QString kSummaryColumns
    = QStringLiteral("id, uuid, title, author, status, publish_at, updated_at, word_count");
inline constexpr int kSummaryColumnCount = 8;

inline ArticleSummary readSummary(const QSqlQuery &row, int first)
{
    ArticleSummary summary;
    summary.id = row.value(first).toLongLong();
    summary.uuid = row.value(first + 1).toString();
    summary.title = row.value(first + 2).toString();
    summary.author = row.value(first + 3).toString();
    summary.status = statusFromKey(row.value(first + 4).toString()).value_or(Status::Draft);
    summary.publishAt = fromMs(row.value(first + 5));
    summary.updatedAt = fromMs(row.value(first + 6));
    summary.wordCount = row.value(first + 7).toInt();
    return summary;
}

// --- ArticleContent: the fields a person writes (same names in articles and revisions) ---
inline const QString kContentColumns
    = QStringLiteral("title, summary, body_html, author, category, tags, featured_media_id");
inline constexpr int kContentColumnCount = 7;

inline ArticleContent readContent(const QSqlQuery &row, int first)
{
    ArticleContent content;
    content.title = row.value(first).toString();
    content.summary = row.value(first + 1).toString();
    content.bodyHtml = row.value(first + 2).toString();
    content.author = row.value(first + 3).toString();
    content.category = row.value(first + 4).toString();
    content.tags = tagsFromJson(row.value(first + 5).toString());
    const QVariant featured = row.value(first + 6);
    if (!featured.isNull())
        content.featuredMediaId = featured.toLongLong();
    return content;
}

inline void bindContent(QSqlQuery &query, const ArticleContent &content)
{
    query.addBindValue(text(content.title));
    query.addBindValue(text(content.summary));
    query.addBindValue(text(content.bodyHtml));
    query.addBindValue(text(content.author));
    query.addBindValue(text(content.category));
    query.addBindValue(tagsToJson(content.tags));
    query.addBindValue(content.featuredMediaId ? QVariant(*content.featuredMediaId)
                                               : QVariant(QMetaType::fromType<qint64>()));
}

}  // namespace newsdesk::store
