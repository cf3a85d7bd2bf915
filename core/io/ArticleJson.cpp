#include "io/ArticleJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace newsdesk {
namespace {

const QString kFormat = QStringLiteral("newsdesk-article");
constexpr int kVersion = 1;

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

}  // namespace

QJsonObject articleToJson(const Article &article)
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), kFormat);
    object.insert(QStringLiteral("version"), kVersion);
    object.insert(QStringLiteral("uuid"), article.uuid);
    object.insert(QStringLiteral("title"), article.content.title);
    object.insert(QStringLiteral("summary"), article.content.summary);
    object.insert(QStringLiteral("bodyHtml"), article.content.bodyHtml);
    object.insert(QStringLiteral("author"), article.content.author);
    object.insert(QStringLiteral("category"), article.content.category);
    object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(article.content.tags));
    object.insert(QStringLiteral("status"), statusKey(article.status));
    object.insert(QStringLiteral("publishAt"), isoUtc(article.publishAt));
    object.insert(QStringLiteral("createdAt"), isoUtc(article.createdAt));
    object.insert(QStringLiteral("updatedAt"), isoUtc(article.updatedAt));
    object.insert(QStringLiteral("contentHash"), article.contentHash);
    object.insert(QStringLiteral("localRevision"), article.localRevision);
    object.insert(QStringLiteral("wordCount"), article.wordCount);
    return object;
}

Result<Article> articleFromJson(const QJsonObject &object)
{
    // Messages are marked for lupdate where they are written and translated here.
    auto invalid = [](const char *text) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("ArticleJson", text));
    };
    if (object.value(QStringLiteral("format")).toString() != kFormat)
        return invalid(QT_TRANSLATE_NOOP(
            "ArticleJson", "not a Newsdesk article file (no \"format\": \"newsdesk-article\")."));
    if (object.value(QStringLiteral("version")).toInt() > kVersion)
        return invalid(
            QT_TRANSLATE_NOOP("ArticleJson", "the article file was written by a newer Newsdesk."));
    const QJsonValue title = object.value(QStringLiteral("title"));
    const QJsonValue body = object.value(QStringLiteral("bodyHtml"));
    if (!title.isString() || !body.isString())
        return invalid(
            QT_TRANSLATE_NOOP("ArticleJson", "the article file has no title or body text."));

    Article article;
    article.uuid = object.value(QStringLiteral("uuid")).toString();
    article.content.title = title.toString();
    article.content.summary = object.value(QStringLiteral("summary")).toString();
    article.content.bodyHtml = body.toString();
    article.content.author = object.value(QStringLiteral("author")).toString();
    article.content.category = object.value(QStringLiteral("category")).toString();
    for (const QJsonValue &tag : object.value(QStringLiteral("tags")).toArray())
        article.content.tags << tag.toString();
    const QString status = object.value(QStringLiteral("status")).toString();
    if (!status.isEmpty()) {
        const auto parsed = statusFromKey(status);
        if (!parsed)
            return invalid(
                QT_TRANSLATE_NOOP("ArticleJson", "the article file has an unknown status."));
        article.status = *parsed;
    }
    article.publishAt = fromIso(object.value(QStringLiteral("publishAt")));
    article.createdAt = fromIso(object.value(QStringLiteral("createdAt")));
    article.updatedAt = fromIso(object.value(QStringLiteral("updatedAt")));
    return article;
}

}  // namespace newsdesk
