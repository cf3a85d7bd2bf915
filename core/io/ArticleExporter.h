#pragma once

// Writes articles to files: a standalone HTML page (photos copied alongside into media/) or
// Newsdesk JSON (which `import` reads back).

#include "domain/Article.h"
#include "util/Result.h"
#include <QCoreApplication>

#include <QString>
#include <QTimeZone>

namespace newsdesk {

class MediaStore;

class ArticleExporter {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ArticleExporter)

public:
    enum class Format { Html, Json };

    ArticleExporter(QTimeZone portalZone, const MediaStore *media);

    // Writes into `directory` (created if needed); returns the file written.
    Result<QString> exportArticle(
        const Article &article, Format format, const QString &directory) const;

    // "<slug>-<first 8 of uuid>.html" or "<uuid>.json": stable, unique, readable.
    static QString fileNameFor(const Article &article, Format format);

private:
    QString copyMedia(const QString &source, const QString &directory) const;

    QTimeZone m_zone;
    const MediaStore *m_media;
};

}  // namespace newsdesk
