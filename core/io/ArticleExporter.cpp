#include "io/ArticleExporter.h"

#include "html/MediaUrl.h"
#include "io/ArticleJson.h"
#include "render/ArticlePage.h"
#include "render/TemplateRules.h"
#include "store/MediaStore.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSaveFile>

namespace newsdesk {
namespace {

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::IoError,
            ArticleExporter::tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

}  // namespace

ArticleExporter::ArticleExporter(
    QTimeZone portalZone, const MediaStore *media, ExportOptions options)
    : m_zone(std::move(portalZone)), m_media(media), m_options(std::move(options))
{
}

QString ArticleExporter::fileNameFor(const Article &article, Format format)
{
    if (format == Format::Json)
        return article.uuid + QStringLiteral(".json");
    QString base = text::slug(article.content.title);
    if (base.isEmpty())
        base = QStringLiteral("article");
    return base + QLatin1Char('-') + article.uuid.left(8) + QStringLiteral(".html");
}

std::optional<QByteArray> ArticleExporter::mediaBytes(const QString &sha, QString *mimeType) const
{
    return m_media ? m_media->bytesOf(sha, mimeType) : std::nullopt;
}

QString ArticleExporter::copyMedia(const QString &source, const QString &directory) const
{
    const QString sha = html::mediaSha(QStringView(source));
    if (sha.isEmpty())
        return source;
    QString mimeType;
    const auto bytes = mediaBytes(sha, &mimeType);
    if (!bytes)
        return {};
    const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
    const QString relative
        = QStringLiteral("media/") + sha + (suffix.isEmpty() ? QString() : u'.' + suffix);
    QDir(directory).mkpath(QStringLiteral("media"));
    if (!writeFile(QDir(directory).filePath(relative), *bytes))
        return {};
    return relative;
}

QString ArticleExporter::embedMedia(const QString &source) const
{
    const QString sha = html::mediaSha(QStringView(source));
    if (sha.isEmpty())
        return source;
    QString mimeType;
    const auto bytes = mediaBytes(sha, &mimeType);
    return bytes ? render::template_rules::dataUrl(mimeType, *bytes) : QString();
}

Result<QString> ArticleExporter::exportArticle(
    const Article &article, Format format, const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return makeError(ErrorCode::IoError,
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory)));
    const QString path = QDir(directory).filePath(fileNameFor(article, format));
    QByteArray bytes;
    if (format == Format::Json) {
        bytes = QJsonDocument(articleToJson(article)).toJson(QJsonDocument::Indented);
    } else {
        render::PageOptions options;
        options.portalZone = m_zone;
        options.portalName = m_options.portalName;
        options.assets = render::PageOptions::Assets::Inline;
        if (m_options.embedImages)
            options.mapImageSource = [&](const QString &source) { return embedMedia(source); };
        else
            options.mapImageSource
                = [&](const QString &source) { return copyMedia(source, directory); };
        bytes = render::articlePage(article,
            m_options.portalTemplate ? *m_options.portalTemplate
                                     : render::PortalTemplate::builtIn(),
            options)
                    .toUtf8();
    }
    if (auto written = writeFile(path, bytes); !written)
        return written.error();
    return path;
}

}  // namespace newsdesk
