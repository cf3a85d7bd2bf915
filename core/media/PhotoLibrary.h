#pragma once

// Photos of articles: what the editor calls to put a picture in (processed, then stored by
// sha256) and to show one (by its newsdesk-media: address).

#include "domain/MediaItem.h"
#include "media/PhotoProcessor.h"
#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QUrl>

namespace newsdesk {

class MediaStore;

class PhotoLibrary {
public:
    explicit PhotoLibrary(MediaStore &media, PhotoOptions options = {});

    // The limits photos are shrunk to from now on (Settings > Photos).
    void setOptions(const PhotoOptions &options) { m_processor = PhotoProcessor(options); }
    const PhotoOptions &options() const { return m_processor.options(); }

    // Processes (orientation, no metadata, size limits) and stores a photo; returns its item.
    Result<MediaItem> add(const QByteArray &bytes, const QString &originalName = {});
    Result<MediaItem> addFile(const QString &path);

    // The address canonical HTML uses for an item: newsdesk-media:<sha256>.
    static QString sourceFor(const MediaItem &item);
    // The sha256 in such an address, or an empty string for any other URL.
    static QString shaOf(const QUrl &source);

    // The stored picture, at most `maxWidth` pixels wide (for the editor's view).
    Result<QImage> image(const QUrl &source, int maxWidth) const;
    // The same for a media row id (the featured image of an article).
    Result<QImage> imageOf(qint64 mediaId, int maxWidth) const;

private:
    MediaStore &m_media;
    PhotoProcessor m_processor;
};

}  // namespace newsdesk
