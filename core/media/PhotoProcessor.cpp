#include "media/PhotoProcessor.h"

#include <QBuffer>
#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace newsdesk {
namespace {

Q_LOGGING_CATEGORY(lcPhoto, "newsdesk.photo")

// Bigger images are decoded downscaled only up to this many times maxInputPixels: beyond that
// even a scaled decode costs too much time (a 64 MB PNG can inflate to gigapixels).
constexpr qint64 kScaledDecodeFactor = 16;
// A PNG is encoded next to the JPEG, keeping the smaller, when that is cheap (small images) or
// likely to win (few colours: screenshots, diagrams). For a photo it never wins and a PNG of
// a noisy 0.75 MP photo alone takes ~0.5 s.
constexpr qint64 kAlwaysTryPngPixels = 256 * 1024;
constexpr int kFewColours = 16384;
constexpr int kPaletteColours = 256;
// Meeting maxOutputBytes: quality steps, then size steps, never below these.
constexpr int kBudgetQualityStep = 8;
constexpr int kMinBudgetQuality = 60;
constexpr double kBudgetScaleStep = 0.85;
constexpr int kMinBudgetLongEdge = 480;

constexpr auto kJpegMime = "image/jpeg";
constexpr auto kPngMime = "image/png";

// What the container says beyond the pixels.
struct ContainerInfo {
    bool complete = true;  // the data reaches the format's end marker
    bool metadata = false;  // EXIF, XMP, IPTC, comments or text chunks
};

quint8 byteAt(const QByteArray &data, qsizetype index)
{
    return quint8(data.at(index));
}

bool isJpegMetadataMarker(quint8 marker)
{
    // APP1 (EXIF, XMP), APP3..APP13 (IPTC and vendor data), APP15, COM. Not APP0 (JFIF),
    // APP2 (ICC profile, multi-picture index) or APP14 (Adobe colour transform).
    return marker == 0xE1 || (marker >= 0xE3 && marker <= 0xED) || marker == 0xEF || marker == 0xFE;
}

// Walks the JPEG segments to the end-of-image marker. libjpeg only warns on a cut-off file and
// fills the missing rows with grey, so truncation has to be found here.
ContainerInfo scanJpeg(const QByteArray &data)
{
    ContainerInfo info;
    info.complete = false;
    qsizetype pos = 2;  // after SOI
    while (pos + 1 < data.size()) {
        if (byteAt(data, pos) != 0xFF) {
            ++pos;  // stray bytes between segments: libjpeg skips them too
            continue;
        }
        const quint8 marker = byteAt(data, pos + 1);
        if (marker == 0xFF) {  // fill byte
            ++pos;
            continue;
        }
        pos += 2;
        if (marker == 0xD9) {
            info.complete = true;
            return info;
        }
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8))
            continue;  // no length field
        if (pos + 2 > data.size())
            return info;
        const int length = (byteAt(data, pos) << 8) | byteAt(data, pos + 1);
        if (length < 2)
            return info;
        info.metadata = info.metadata || isJpegMetadataMarker(marker);
        pos += length;
        if (marker != 0xDA)
            continue;
        // Entropy-coded data after SOS runs to the next marker that is not a stuffed 0xFF00
        // or a restart marker.
        while ((pos = data.indexOf(char(0xFF), pos)) >= 0 && pos + 1 < data.size()) {
            const quint8 next = byteAt(data, pos + 1);
            if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7))
                break;
            pos += 2;
        }
        if (pos < 0)
            return info;
    }
    return info;
}

quint32 bigEndian32(const QByteArray &data, qsizetype pos)
{
    return (quint32(byteAt(data, pos)) << 24) | (quint32(byteAt(data, pos + 1)) << 16)
        | (quint32(byteAt(data, pos + 2)) << 8) | quint32(byteAt(data, pos + 3));
}

ContainerInfo scanPng(const QByteArray &data)
{
    static const QSet<QByteArray> metadataChunks = {"tEXt", "zTXt", "iTXt", "eXIf", "tIME"};
    ContainerInfo info;
    info.complete = false;
    qsizetype pos = 8;  // after the signature
    while (pos + 12 <= data.size()) {
        const qint64 length = bigEndian32(data, pos);
        const QByteArray type = data.mid(pos + 4, 4);
        const qint64 next = pos + 12 + length;
        if (length > 0x7FFFFFFF || next > data.size())
            return info;
        info.metadata = info.metadata || metadataChunks.contains(type);
        if (type == "IEND") {
            info.complete = true;
            return info;
        }
        pos = next;
    }
    return info;
}

ContainerInfo scanContainer(const QByteArray &format, const QByteArray &data)
{
    if (format == "jpeg")
        return scanJpeg(data);
    if (format == "png")
        return scanPng(data);
    return {};
}

// Formats accepted from people. Qt can read more (XPM, PBM, ICO...), but those parsers are a
// needless attack surface for photos, and nobody pastes them into an article.
bool isAcceptedFormat(const QByteArray &format)
{
    static const QSet<QByteArray> accepted = {"jpeg", "png", "gif", "bmp", "webp"};
    return accepted.contains(format);
}

// Names image formats that Qt cannot read here but that people do have (phone photos in HEIC,
// scanner TIFFs), so the message can tell them what to do.
QString knownUnreadableFormat(const QByteArray &data)
{
    if (data.size() >= 12 && data.mid(4, 4) == "ftyp") {
        const QByteArray brand = data.mid(8, 4);
        if (brand == "avif" || brand == "avis")
            return QStringLiteral("AVIF");
        static const QSet<QByteArray> heif
            = {"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"};
        if (heif.contains(brand))
            return QStringLiteral("HEIC");
        return {};
    }
    if (data.startsWith(QByteArray("II*\0", 4)) || data.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("TIFF");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("WebP");
    if (data.startsWith("8BPS"))
        return QStringLiteral("Photoshop");
    if (data.startsWith("\xFF\x0A") || data.startsWith(QByteArray("\0\0\0\x0CJXL ", 8)))
        return QStringLiteral("JPEG XL");
    return {};
}

// The process-wide QImageReader allocation limit (128 MB by default in Qt 6.4) is the backstop
// against huge allocations in every decoder; it is global, so it is read here, never changed.
qint64 fullDecodePixelLimit(const PhotoOptions &options)
{
    const int limitMb = QImageReader::allocationLimit();
    if (limitMb <= 0)
        return options.maxInputPixels;
    const qint64 limitPixels = (qint64(limitMb) << 20) / 4;  // 32-bit pixels
    return std::min(options.maxInputPixels, limitPixels);
}

// `size` shrunk, keeping its aspect ratio, to a long edge of at most `longEdge` and at most
// `maxPixels`; never enlarged.
QSize fitWithin(QSize size, int longEdge, qint64 maxPixels)
{
    QSize fitted = size;
    if (std::max(size.width(), size.height()) > longEdge)
        fitted = size.scaled(longEdge, longEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    const qint64 pixels = qint64(fitted.width()) * fitted.height();
    if (pixels > maxPixels) {
        const double factor = std::sqrt(double(maxPixels) / double(pixels));
        fitted = QSize(
            std::max(1, int(fitted.width() * factor)), std::max(1, int(fitted.height() * factor)));
    }
    return fitted;
}

QString megapixels(qint64 pixels)
{
    return QString::number(double(pixels) / 1'000'000.0, 'f', pixels % 1'000'000 ? 1 : 0);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', bytes % (1 << 20) ? 1 : 0);
}

Error tooManyPixels(QSize size, qint64 limit)
{
    return makeError(ErrorCode::InvalidInput,
        PhotoProcessor::tr("The photo is too large to open: %1 × %2 pixels (at most %3 "
                           "megapixels can be opened).")
            .arg(size.width())
            .arg(size.height())
            .arg(megapixels(limit)));
}

Error damaged(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput,
        PhotoProcessor::tr("The photo is damaged or incomplete and cannot be opened."), detail);
}

Error unsupportedFormat(const QString &name)
{
    return makeError(ErrorCode::InvalidInput,
        PhotoProcessor::tr("%1 images are not supported. Save the photo as JPEG or PNG and "
                           "insert it again.")
            .arg(name));
}

Error notAnImage(const QByteArray &data)
{
    const QString known = knownUnreadableFormat(data);
    if (!known.isEmpty())
        return unsupportedFormat(known);
    return makeError(ErrorCode::InvalidInput,
        PhotoProcessor::tr("This is not a photo. Use a JPEG, PNG, GIF, BMP or WebP image."));
}

// Checks the declared size BEFORE decoding (a few KB of PNG can declare gigapixels): too many
// pixels are decoded already downscaled where the format can, and refused where it cannot.
Result<void> limitDecodedSize(QImageReader &reader, const PhotoOptions &options)
{
    const QSize declared = reader.size();
    if (!declared.isValid())
        return {};  // the allocation limit still guards the decoder
    const qint64 pixels = qint64(declared.width()) * declared.height();
    const qint64 fullLimit = fullDecodePixelLimit(options);
    if (pixels <= fullLimit)
        return {};
    if (pixels > kScaledDecodeFactor * options.maxInputPixels
        || !reader.supportsOption(QImageIOHandler::ScaledSize))
        return tooManyPixels(declared, fullLimit);
    reader.setScaledSize(fitWithin(declared, options.maxLongEdge, fullLimit));
    return {};
}

struct Decoded {
    QImage image;
    QSize originalSize;
    bool hadMetadata = false;
};

Result<Decoded> decode(const QByteArray &input, const PhotoOptions &options)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);  // EXIF orientation; the tag itself is dropped later

    const QByteArray format = reader.format();  // from the content, never from a file name
    if (format.isEmpty())
        return notAnImage(input);
    if (!isAcceptedFormat(format))
        return unsupportedFormat(QString::fromLatin1(format.toUpper()));
    if (auto limited = limitDecodedSize(reader, options); !limited)
        return limited.error();
    const ContainerInfo container = scanContainer(format, input);
    if (!container.complete)
        return damaged(QStringLiteral("%1 data ends before its end marker")
                           .arg(QString::fromLatin1(format.toUpper())));

    // Ask before read(): afterwards the PNG handler looks for a next image and fails.
    const QSize declared = reader.size();
    const bool quarterTurn = reader.transformation() & QImageIOHandler::TransformationRotate90;
    Decoded decoded;
    decoded.hadMetadata = container.metadata || !reader.textKeys().isEmpty();
    if (!reader.read(&decoded.image) || decoded.image.isNull()) {
        if (reader.scaledSize().isValid())
            return makeError(ErrorCode::InvalidInput,
                PhotoProcessor::tr("The photo is too large (%1 × %2 pixels) or damaged, and "
                                   "cannot be opened.")
                    .arg(declared.width())
                    .arg(declared.height()),
                reader.errorString());
        return damaged(reader.errorString());
    }
    if (!declared.isValid())
        decoded.originalSize = decoded.image.size();
    else
        decoded.originalSize = quarterTurn ? declared.transposed() : declared;
    return decoded;
}

// Scales down (never up) and converts to a 32-bit format: ARGB32 only when some pixel is not
// opaque, so a PNG with an unused alpha channel can still become a JPEG.
QImage prepare(QImage image, int maxLongEdge)
{
    const QSize target = fitWithin(image.size(), maxLongEdge, std::numeric_limits<qint64>::max());
    if (target != image.size())
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    bool transparent = false;
    if (image.hasAlphaChannel()) {
        image.convertTo(QImage::Format_ARGB32);
        for (int y = 0; y < image.height() && !transparent; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            transparent = std::any_of(
                line, line + image.width(), [](QRgb pixel) { return qAlpha(pixel) != 255; });
        }
    }
    image.convertTo(transparent ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    // The ICC profile goes with the metadata; pixels in sRGB look the same without it.
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace::SRgb)
        image.convertToColorSpace(QColorSpace::SRgb);
    return image;
}

// A copy holding only pixels: QImage carries text keys (JPEG comments, PNG tEXt), the colour
// space and the resolution through scaled() and convertTo(), and QImageWriter writes them all.
QImage pixelsOnly(const QImage &image)
{
    QImage clean(image.size(), image.format());
    if (clean.isNull())
        return clean;
    clean.setColorTable(image.colorTable());
    const auto rowBytes = size_t(std::min(image.bytesPerLine(), clean.bytesPerLine()));
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(clean.scanLine(y), image.constScanLine(y), rowBytes);
    return clean;
}

// The distinct colours of a 32-bit image, or an empty list when there are more than `cap`.
QList<QRgb> distinctColours(const QImage &image, int cap)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        QRgb previous = ~line[0];
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] == previous)
                continue;  // runs are the norm in diagrams; skip the hash
            previous = line[x];
            colours.insert(line[x]);
            if (colours.size() > cap)
                return {};
        }
    }
    return QList<QRgb>(colours.cbegin(), colours.cend());
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (qstrcmp(format, "jpeg") == 0) {
        writer.setQuality(quality);
        // Optimal Huffman tables: ~15% smaller, same pixels. (Progressive was no smaller here
        // and took twice as long.)
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(image)) {
        qCWarning(lcPhoto) << "cannot encode" << format << image.size() << writer.errorString();
        return {};
    }
    return bytes;
}

struct Encoded {
    QByteArray bytes;
    QSize size;
    const char *mimeType = nullptr;
};

// JPEG at `quality`; over `budget`, lower quality first (down to kMinBudgetQuality), then
// smaller sizes, so even a very grainy photo fits.
Encoded encodeJpeg(const QImage &image, int quality, qint64 budget)
{
    Encoded jpeg {encode(image, "jpeg", quality), image.size(), kJpegMime};
    const int floor = std::min(quality, kMinBudgetQuality);
    for (int q = quality; budget > 0 && jpeg.bytes.size() > budget && q > floor;) {
        q = std::max(floor, q - kBudgetQualityStep);
        jpeg.bytes = encode(image, "jpeg", q);
    }
    QImage smaller = image;
    while (budget > 0 && jpeg.bytes.size() > budget
        && std::max(smaller.width(), smaller.height()) > kMinBudgetLongEdge) {
        smaller = smaller.scaled(
            smaller.size() * kBudgetScaleStep, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        jpeg = {encode(smaller, "jpeg", floor), smaller.size(), kJpegMime};
    }
    return jpeg;
}

// PNG, as a palette image when the colours fit one (lossless and much smaller).
Encoded encodePng(const QImage &image, const QList<QRgb> &colours)
{
    if (colours.isEmpty() || colours.size() > kPaletteColours)
        return {encode(image, "png", -1), image.size(), kPngMime};
    const QImage indexed = image.convertToFormat(QImage::Format_Indexed8, colours,
        Qt::ThresholdDither | Qt::ThresholdAlphaDither | Qt::AvoidDither);
    return {encode(pixelsOnly(indexed), "png", -1), image.size(), kPngMime};
}

}  // namespace

PhotoProcessor::PhotoProcessor(PhotoOptions options) : m_options(options)
{
    m_options.maxLongEdge = std::max(1, m_options.maxLongEdge);
    m_options.jpegQuality = std::clamp(m_options.jpegQuality, 1, 100);
    m_options.maxInputPixels = std::max<qint64>(1, m_options.maxInputPixels);
}

Result<ProcessedPhoto> PhotoProcessor::process(const QByteArray &input) const
{
    if (input.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The photo is empty."));
    if (input.size() > m_options.maxInputBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("The photo is too large: %1 MB (at most %2 MB).")
                .arg(megabytes(input.size()), megabytes(m_options.maxInputBytes)));

    auto decoded = decode(input, m_options);
    if (!decoded)
        return decoded.error();

    const QImage image
        = pixelsOnly(prepare(std::move(decoded.value().image), m_options.maxLongEdge));
    if (image.isNull())
        return makeError(ErrorCode::Internal, tr("Not enough memory to process the photo."));

    // Transparency flattened into a JPEG would be wrong: PNG it is, whatever the size.
    const bool transparent = image.format() == QImage::Format_ARGB32;
    Encoded best;
    if (!transparent)
        best = encodeJpeg(image, m_options.jpegQuality, m_options.maxOutputBytes);
    const QList<QRgb> colours = distinctColours(image, kFewColours);
    const bool small = qint64(image.width()) * image.height() <= kAlwaysTryPngPixels;
    if (transparent || small || !colours.isEmpty()) {
        Encoded png = encodePng(image, colours);
        if (!png.bytes.isEmpty() && (best.bytes.isEmpty() || png.bytes.size() < best.bytes.size()))
            best = std::move(png);
    }
    if (best.bytes.isEmpty())
        return makeError(ErrorCode::Internal, tr("The photo could not be encoded."));

    ProcessedPhoto photo;
    photo.bytes = std::move(best.bytes);
    photo.mimeType = QString::fromLatin1(best.mimeType);
    photo.size = best.size;
    photo.originalSize = decoded->originalSize;
    photo.hadMetadata = decoded->hadMetadata;
    return photo;
}

Result<ProcessedPhoto> PhotoProcessor::processFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(shown));
    if (info.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a folder, not a photo.").arg(shown));
    // Refuse by size before reading: a huge file must not be pulled into memory.
    if (info.size() > m_options.maxInputBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("The file %1 is too large: %2 MB (at most %3 MB).")
                .arg(shown, megabytes(info.size()), megabytes(m_options.maxInputBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::IoError, tr("Cannot read the file %1: %2").arg(shown, file.errorString()));
    // One byte over the limit is enough to refuse if the file grew since the size check.
    const QByteArray bytes = file.read(m_options.maxInputBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(
            ErrorCode::IoError, tr("Cannot read the file %1: %2").arg(shown, file.errorString()));
    auto photo = process(bytes);
    if (!photo)
        return makeError(photo.error().code, tr("%1: %2").arg(shown, photo.error().message),
            photo.error().detail);
    return photo;
}

}  // namespace newsdesk
