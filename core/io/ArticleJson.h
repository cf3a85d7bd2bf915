#pragma once

// Newsdesk's own article file: one JSON object per article, for export/import round trips
// and for scripts. {"format": "newsdesk-article", "version": 1, "uuid": ..., ...}
//
// What a file carries: uuid, title, sapo (summary), body (canonical HTML; photos of the store as
// "newsdesk-media:<sha256>"), author, category, tags, status, publish time, created and updated
// times, content hash, local revision number, word count — and, when written with
// writeArticleJsonFile, the photos: "featuredMedia" (sha256) and "media" (one entry per photo
// the article uses: sha256, mime type, caption, original name, and "file", the photo's bytes
// beside the JSON as "media/<sha256>.<ext>", shared by every article of the folder).
//
// What it does not carry — use a backup (backup/StoreBackup.h) for these: the revision history
// (an import starts a new history with one "Imported" revision), the review workflow (approval,
// who submitted and when, the schedule's own record, review notes, the audit chain), portal
// links and sync state, and the store's row ids. Import also gives the article a new "updated"
// time (ArticleStore stamps it; see the note in the report of the backup work).

#include "domain/Article.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace newsdesk {

class MediaStore;

QJsonObject articleToJson(const Article &article);
// Reads what articleToJson wrote (ids of this store, such as featured media, are not kept).
Result<Article> articleFromJson(const QJsonObject &object);

// articleToJson plus the article's photos: copies their bytes into "<directory>/media/" (once
// per photo) and lists them in the object. A photo whose file is missing or damaged in the
// store is left out (logged by sha256).
Result<QJsonObject> articleToJsonWithMedia(
    const Article &article, const MediaStore &media, const QString &directory);

// Writes "<directory>/<uuid>.json" (articleToJsonWithMedia when `media` is given) durably
// enough (QSaveFile) and returns its path.
Result<QString> writeArticleJsonFile(
    const Article &article, const MediaStore *media, const QString &directory);

// The reading side of the photos: adds every photo listed in `object` (files relative to
// `baseDirectory`, each checked against its sha256) to `media` and returns the store id of the
// featured photo (0 when the article has none). Photos the store already has are reused.
Result<qint64> importArticleJsonMedia(
    const QJsonObject &object, const QString &baseDirectory, MediaStore &media);

}  // namespace newsdesk
