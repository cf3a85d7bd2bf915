#pragma once

// Writes articles to files: a standalone HTML page laid out by a portal template (photos copied
// alongside into media/, or embedded as data: URLs) or Newsdesk JSON (which `import` reads back).

#include "domain/Article.h"
#include "render/PortalTemplate.h"
#include "util/Result.h"
#include <QCoreApplication>

#include <QString>
#include <QTimeZone>

#include <optional>

namespace newsdesk {

class MediaStore;

struct ExportOptions {
    // Photos as data: URLs inside the page (one file to send) instead of files under media/.
    bool embedImages = false;
    // The template for HTML pages; none: the built-in one. Its stylesheets and fonts are always
    // inlined, so the page works offline.
    std::optional<render::PortalTemplate> portalTemplate;
    QString portalName;  // banner text; empty: the template's default
};

class ArticleExporter {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ArticleExporter)

public:
    enum class Format { Html, Json };

    ArticleExporter(QTimeZone portalZone, const MediaStore *media, ExportOptions options = {});

    // Writes into `directory` (created if needed); returns the file written.
    Result<QString> exportArticle(
        const Article &article, Format format, const QString &directory) const;

    // "<slug>-<first 8 of uuid>.html" or "<uuid>.json": stable, unique, readable.
    static QString fileNameFor(const Article &article, Format format);

private:
    std::optional<QByteArray> mediaBytes(const QString &sha, QString *mimeType) const;
    QString copyMedia(const QString &source, const QString &directory) const;
    QString embedMedia(const QString &source) const;

    QTimeZone m_zone;
    const MediaStore *m_media;
    ExportOptions m_options;
};

}  // namespace newsdesk
