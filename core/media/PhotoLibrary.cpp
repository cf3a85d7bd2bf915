#include "media/PhotoLibrary.h"

#include "html/MediaUrl.h"
#include "store/MediaStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace newsdesk {

PhotoLibrary::PhotoLibrary(MediaStore &media, PhotoOptions options)
    : m_media(media), m_processor(options)
{
}

Result<MediaItem> PhotoLibrary::add(const QByteArray &bytes, const QString &originalName)
{
    auto processed = m_processor.process(bytes);
    if (!processed)
        return processed.error();
    return m_media.add(processed->bytes, processed->mimeType, originalName);
}

Result<MediaItem> PhotoLibrary::addFile(const QString &path)
{
    auto processed = m_processor.processFile(path);
    if (!processed)
        return processed.error();
    return m_media.add(processed->bytes, processed->mimeType, QFileInfo(path).fileName());
}

QString PhotoLibrary::sourceFor(const MediaItem &item)
{
    return html::mediaUrl(item.sha256);
}

QString PhotoLibrary::shaOf(const QUrl &source)
{
    return html::mediaSha(source);
}

Result<QImage> PhotoLibrary::image(const QUrl &source, int maxWidth) const
{
    const QString sha = shaOf(source);
    if (sha.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("newsdesk::PhotoLibrary", "Not a stored photo: %1")
                .arg(source.toDisplayString()));
    auto item = m_media.findBySha256(sha);
    if (!item)
        return item.error();
    auto bytes = m_media.bytes(*item);
    if (!bytes)
        return bytes.error();
    QImage picture = QImage::fromData(*bytes);
    if (picture.isNull())
        return makeError(ErrorCode::DatabaseCorrupt,
            QCoreApplication::translate(
                "newsdesk::PhotoLibrary", "The stored photo %1 cannot be read.")
                .arg(sha.left(12)));
    if (maxWidth > 0 && picture.width() > maxWidth)
        picture = picture.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    return picture;
}

Result<QImage> PhotoLibrary::imageOf(qint64 mediaId, int maxWidth) const
{
    auto item = m_media.get(mediaId);
    if (!item)
        return item.error();
    return image(QUrl(sourceFor(*item)), maxWidth);
}

}  // namespace newsdesk
