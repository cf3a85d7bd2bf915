#pragma once

// The photo pipeline run when a person inserts a photo into an article (file, drop or paste):
// decode with the EXIF orientation applied, drop every piece of metadata (EXIF with GPS, XMP,
// comments, ICC), shrink to a web size and re-encode as JPEG, or as PNG when the image has real
// transparency or PNG is smaller (screenshots, diagrams). Pure and headless: Qt Gui only.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace newsdesk {

struct PhotoOptions {
    int maxLongEdge = 1920;  // output long edge in pixels; never upscaled
    int jpegQuality = 82;
    qint64 maxInputBytes = 64 * 1024 * 1024;
    // Most pixels decoded at full size; QImageReader::allocationLimit() caps it too (128 MB, so
    // 33.5 MP, by default in Qt 6.4). Larger images are decoded already downscaled when the
    // format allows it (JPEG, 8-bit PNG), up to 16 times this, and refused otherwise.
    qint64 maxInputPixels = 100'000'000;
    // A JPEG larger than this is re-encoded at lower quality (down to 60), then smaller, until
    // it fits: grainy phone photos (night, high ISO) would exceed it. 0 means no limit.
    qint64 maxOutputBytes = 500'000;
};

struct ProcessedPhoto {
    QByteArray bytes;
    QString mimeType;  // "image/jpeg" or "image/png"
    QSize size;  // of `bytes`
    QSize originalSize;  // as displayed, i.e. after the EXIF orientation
    bool hadMetadata = false;  // the input carried EXIF, XMP, IPTC, comments or text chunks
};

class PhotoProcessor {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::PhotoProcessor)

public:
    explicit PhotoProcessor(PhotoOptions options = {});

    const PhotoOptions &options() const { return m_options; }

    // From memory (paste, drop). Bad input gives ErrorCode::InvalidInput; Internal is a bug or
    // a failed allocation.
    Result<ProcessedPhoto> process(const QByteArray &input) const;
    // From a file: ErrorCode::NotFound when it does not exist, IoError when it cannot be read.
    Result<ProcessedPhoto> processFile(const QString &path) const;

private:
    PhotoOptions m_options;
};

}  // namespace newsdesk
