#include "io/ArticleJson.h"

#include "html/MediaUrl.h"
#include "store/MediaStore.h"
#include "util/LogCategories.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>

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

QString translated(const char *text)
{
    return QCoreApplication::translate("ArticleJson", text);
}

Error saveError(const QFileDevice &file, const QString &path)
{
    return makeError(
        file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::IoError,
        translated(QT_TRANSLATE_NOOP("ArticleJson", "Cannot write %1: %2"))
            .arg(QDir::toNativeSeparators(path), file.errorString()));
}

// The sha256 of every store photo the body shows, in order of appearance, without repeats.
QStringList bodyPhotos(const QString &bodyHtml)
{
    static const QRegularExpression pattern(
        html::kMediaScheme.toString() + QStringLiteral(":/*([0-9a-fA-F]{64})"));
    QStringList found;
    for (auto it = pattern.globalMatch(bodyHtml); it.hasNext();) {
        const QString sha = it.next().captured(1).toLower();
        if (!found.contains(sha))
            found << sha;
    }
    return found;
}

bool isSha256(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
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

Result<QJsonObject> articleToJsonWithMedia(
    const Article &article, const MediaStore &media, const QString &directory)
{
    QJsonObject object = articleToJson(article);
    QList<MediaItem> items;
    QString featuredSha;
    if (article.content.featuredMediaId) {
        auto featured = media.get(*article.content.featuredMediaId);
        if (featured) {
            featuredSha = featured->sha256;
            items.append(featured.value());
        } else {
            qCWarning(lcIo) << "featured photo" << *article.content.featuredMediaId << "of article"
                            << article.uuid << "is missing";
        }
    }
    for (const QString &sha : bodyPhotos(article.content.bodyHtml)) {
        if (sha == featuredSha)
            continue;
        auto item = media.findBySha256(sha);
        if (item)
            items.append(item.value());
        else
            qCWarning(lcIo) << "photo" << sha << "of article" << article.uuid << "is missing";
    }
    QJsonArray list;
    const QDir folder(directory);
    for (const MediaItem &item : items) {
        const QString suffix = QMimeDatabase().mimeTypeForName(item.mimeType).preferredSuffix();
        const QString relative = QStringLiteral("media/") + item.sha256
            + (suffix.isEmpty() ? QString() : u'.' + suffix);
        const QString target = folder.filePath(relative);
        // Content-addressed: a file of that name and size is that photo already.
        if (!(QFileInfo(target).isFile() && QFileInfo(target).size() == item.size)) {
            auto bytes = media.bytes(item);
            if (!bytes) {
                qCWarning(lcIo) << "photo" << item.sha256
                                << "not exported:" << bytes.error().message;
                if (item.sha256 == featuredSha)
                    featuredSha.clear();
                continue;
            }
            if (!folder.mkpath(QStringLiteral("media")))
                return makeError(ErrorCode::IoError,
                    translated(QT_TRANSLATE_NOOP("ArticleJson", "Cannot create the folder %1."))
                        .arg(QDir::toNativeSeparators(folder.filePath(QStringLiteral("media")))));
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()
                || !file.commit())
                return saveError(file, target);
        }
        list.append(QJsonObject {{QStringLiteral("sha256"), item.sha256},
            {QStringLiteral("mimeType"), item.mimeType}, {QStringLiteral("caption"), item.caption},
            {QStringLiteral("originalName"), item.originalName},
            {QStringLiteral("file"), relative}});
    }
    if (!featuredSha.isEmpty())
        object.insert(QStringLiteral("featuredMedia"), featuredSha);
    if (!list.isEmpty())
        object.insert(QStringLiteral("media"), list);
    return object;
}

Result<QString> writeArticleJsonFile(
    const Article &article, const MediaStore *media, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::IoError,
            translated(QT_TRANSLATE_NOOP("ArticleJson", "Cannot create the folder %1."))
                .arg(QDir::toNativeSeparators(directory)));
    QJsonObject object;
    if (media) {
        auto withMedia = articleToJsonWithMedia(article, *media, directory);
        if (!withMedia)
            return withMedia.error();
        object = withMedia.value();
    } else {
        object = articleToJson(article);
    }
    const QString path = QDir(directory).filePath(article.uuid + QStringLiteral(".json"));
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return saveError(file, path);
    return path;
}

Result<qint64> importArticleJsonMedia(
    const QJsonObject &object, const QString &baseDirectory, MediaStore &media)
{
    const QString featuredSha = object.value(QStringLiteral("featuredMedia")).toString().toLower();
    qint64 featuredId = 0;
    const QDir base(baseDirectory);
    for (const QJsonValue &value : object.value(QStringLiteral("media")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString sha = entry.value(QStringLiteral("sha256")).toString().toLower();
        const QString relative = entry.value(QStringLiteral("file")).toString();
        // Only a file inside the folder: an article file must not make us read anything else.
        if (!isSha256(sha) || relative.isEmpty() || QDir::isAbsolutePath(relative)
            || QDir::cleanPath(relative).startsWith(QStringLiteral("..")))
            return makeError(ErrorCode::InvalidInput,
                translated(QT_TRANSLATE_NOOP(
                    "ArticleJson", "the article file lists a photo it does not describe.")));
        qint64 id = 0;
        if (auto existing = media.findBySha256(sha); existing) {
            id = existing->id;
        } else {
            const QString path = base.filePath(relative);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::NotFound,
                    translated(QT_TRANSLATE_NOOP("ArticleJson",
                                   "the photo %1 the article uses is missing; copy the media "
                                   "folder along with the article files."))
                        .arg(QDir::toNativeSeparators(path)));
            const QByteArray bytes = file.readAll();
            if (Sha256::hex(bytes) != sha)
                return makeError(ErrorCode::InvalidInput,
                    translated(QT_TRANSLATE_NOOP("ArticleJson", "the photo %1 is damaged."))
                        .arg(QDir::toNativeSeparators(path)));
            auto added = media.add(bytes, entry.value(QStringLiteral("mimeType")).toString(),
                entry.value(QStringLiteral("originalName")).toString(),
                entry.value(QStringLiteral("caption")).toString());
            if (!added)
                return added.error();
            id = added->id;
        }
        if (sha == featuredSha)
            featuredId = id;
    }
    return featuredId;
}

}  // namespace newsdesk
