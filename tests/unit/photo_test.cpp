// The photo pipeline: orientation, metadata stripping, scaling, JPEG/PNG choice, the size
// budget, and every kind of bad input. All images are generated here, byte by byte where Qt
// cannot write them (EXIF, animated GIF, decompression bombs).
#include "QtPrinters.h"
#include "media/PhotoProcessor.h"

#include <QBuffer>
#include <QColor>
#include <QColorSpace>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <iostream>
#include <random>

using namespace newsdesk;

namespace {

// --- Encoding helpers -----------------------------------------------------------------------

QByteArray encodeImage(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    EXPECT_TRUE(writer.write(image)) << writer.errorString().toStdString();
    return bytes;
}

QImage decodeOutput(const ProcessedPhoto &photo)
{
    QImage image;
    EXPECT_TRUE(image.loadFromData(photo.bytes)) << photo.mimeType.toStdString();
    return image;
}

void appendBe16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xFF));
}

void appendBe32(QByteArray &out, quint32 value)
{
    appendBe16(out, quint16(value >> 16));
    appendBe16(out, quint16(value & 0xFFFF));
}

void appendLe16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xFF));
    out.append(char(value >> 8));
}

void appendLe32(QByteArray &out, quint32 value)
{
    appendLe16(out, quint16(value & 0xFFFF));
    appendLe16(out, quint16(value >> 16));
}

// One TIFF IFD entry, big-endian; `value` is the 4-byte value-or-offset field as written.
void appendIfdEntry(QByteArray &out, quint16 tag, quint16 type, quint32 count, quint32 value)
{
    appendBe16(out, tag);
    appendBe16(out, type);
    appendBe32(out, count);
    appendBe32(out, value);
}

QByteArray jpegSegment(quint8 marker, const QByteArray &payload)
{
    QByteArray segment;
    segment.append(char(0xFF));
    segment.append(char(marker));
    appendBe16(segment, quint16(payload.size() + 2));
    return segment + payload;
}

const QByteArray kGpsDatum("WGS-84");
const QByteArray kXmpSecret("GPSLatitude=\"22,3.5N\"");
const QByteArray kComment("Secret comment: Nguyen Van A, Muong Lay");

// APP1 "Exif": IFD0 with Orientation and a GPS IFD pointer; the GPS IFD has a version, a
// latitude (ref + 3 rationals) and a map datum whose text the test looks for afterwards.
QByteArray exifSegment(quint16 orientation)
{
    QByteArray tiff("MM\0*", 4);
    appendBe32(tiff, 8);  // IFD0 offset
    const quint32 gpsIfd = 8 + 2 + 2 * 12 + 4;
    const quint32 gpsData = gpsIfd + 2 + 4 * 12 + 4;
    appendBe16(tiff, 2);
    appendIfdEntry(tiff, 0x0112, 3, 1, quint32(orientation) << 16);  // SHORT, left-justified
    appendIfdEntry(tiff, 0x8825, 4, 1, gpsIfd);  // GPSInfo IFD pointer
    appendBe32(tiff, 0);  // no next IFD
    EXPECT_EQ(quint32(tiff.size()), gpsIfd);
    appendBe16(tiff, 4);
    appendIfdEntry(tiff, 0x0000, 1, 4, 0x02020000);  // GPSVersionID 2.2.0.0
    appendIfdEntry(tiff, 0x0001, 2, 2, quint32('N') << 24);  // GPSLatitudeRef "N"
    appendIfdEntry(tiff, 0x0002, 5, 3, gpsData + 8);  // GPSLatitude: 3 rationals
    appendIfdEntry(tiff, 0x0012, 2, quint32(kGpsDatum.size() + 1), gpsData);  // GPSMapDatum
    appendBe32(tiff, 0);
    EXPECT_EQ(quint32(tiff.size()), gpsData);
    tiff.append(kGpsDatum).append('\0').append('\0');  // 8 bytes with padding
    for (quint32 value : {22u, 3u, 30u}) {
        appendBe32(tiff, value);
        appendBe32(tiff, 1);
    }
    return jpegSegment(0xE1, QByteArray("Exif\0\0", 6) + tiff);
}

QByteArray xmpSegment()
{
    return jpegSegment(0xE1,
        QByteArray("http://ns.adobe.com/xap/1.0/\0", 29)
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description " + kXmpSecret
            + "/></rdf:RDF></x:xmpmeta>");
}

// A JPEG from QImageWriter with EXIF (orientation + GPS), XMP and a comment spliced in after
// SOI, the way cameras and phones write them.
QByteArray jpegWithMetadata(const QImage &image, quint16 orientation)
{
    const QByteArray plain = encodeImage(image, "jpeg", 95);
    return plain.left(2) + exifSegment(orientation) + xmpSegment() + jpegSegment(0xFE, kComment)
        + plain.mid(2);
}

// Blue, with a red square in the top-left corner: where the red goes shows the rotation.
QImage cornerMarked(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0, 0, 255));
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 4, height / 3, QColor(255, 0, 0));
    painter.end();
    image.setColorSpace(QColorSpace::SRgb);  // so the JPEG carries an ICC profile too
    return image;
}

bool near(QRgb actual, QColor expected, int tolerance = 40)
{
    return std::abs(qRed(actual) - expected.red()) <= tolerance
        && std::abs(qGreen(actual) - expected.green()) <= tolerance
        && std::abs(qBlue(actual) - expected.blue()) <= tolerance;
}

QImage gradient(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb(x * 255 / width, y * 255 / height, (x + y) * 255 / (width + height));
    }
    return image;
}

// A phone-like photo that is hard to compress: smooth gradients and shading plus per-pixel
// noise of +-`noise` on every channel, from a fixed seed (mt19937 output is portable).
QImage noisyPhoto(int width, int height, int noise)
{
    QImage image(width, height, QImage::Format_RGB32);
    std::mt19937 random(20210115);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const quint32 bits = random();
            const auto grain
                = [&](int shift) { return int((bits >> shift) & 0xFF) * noise / 128 - noise; };
            const int shade = int(100 * std::sin(x / 180.0) * std::cos(y / 140.0));
            line[x] = qRgb(std::clamp(x * 255 / width + grain(0), 0, 255),
                std::clamp(y * 255 / height + grain(8), 0, 255),
                std::clamp(128 + shade + grain(16), 0, 255));
        }
    }
    return image;
}

// The 12-megapixel photo as a phone would store it (JPEG quality 92), made once.
const QByteArray &twelveMegapixelJpeg()
{
    static const QByteArray bytes = encodeImage(noisyPhoto(4000, 3000, 32), "jpeg", 92);
    return bytes;
}

// --- PNG, BMP and GIF written by hand ------------------------------------------------------

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    appendBe32(chunk, quint32(data.size()));
    chunk += type + data;
    appendBe32(chunk, crc32(type + data));
    return chunk;
}

QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray ihdr;
    appendBe32(ihdr, width);
    appendBe32(ihdr, height);
    ihdr.append(char(8));  // bit depth
    ihdr.append(char(2));  // colour type: RGB
    ihdr.append(QByteArray(3, '\0'));  // deflate, adaptive filtering, not interlaced
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr);
}

// Writes bits least significant first, as deflate wants.
class BitWriter {
public:
    explicit BitWriter(QByteArray &out) : m_out(out) { }
    void put(quint32 bits, int count)
    {
        m_buffer |= quint64(bits) << m_count;
        m_count += count;
        while (m_count >= 8) {
            m_out.append(char(m_buffer & 0xFF));
            m_buffer >>= 8;
            m_count -= 8;
        }
    }
    void flush()
    {
        if (m_count > 0)
            m_out.append(char(m_buffer & 0xFF));
        m_buffer = 0;
        m_count = 0;
    }

private:
    QByteArray &m_out;
    quint64 m_buffer = 0;
    int m_count = 0;
};

// A zlib stream inflating to `size` zero bytes, made directly in fixed-Huffman deflate (one
// literal, then "copy 258 from 1 back" over and over) so that 1.2 GB of pixels never exist.
QByteArray zlibZeros(qint64 size)
{
    QByteArray out("\x78\x01", 2);  // deflate, 32 KB window, no dictionary
    BitWriter bits(out);
    bits.put(1, 1);  // final block
    bits.put(1, 2);  // fixed Huffman codes
    constexpr quint32 literalZero = 0x0C;  // code 00110000, bit-reversed
    constexpr quint32 copy258FromDistance1 = 0xA3;  // code 285 (11000101) reversed + 5 zeros
    bits.put(literalZero, 8);
    const qint64 copies = (size - 1) / 258;
    out.reserve(qsizetype(copies * 13 / 8 + 64));
    for (qint64 i = 0; i < copies; ++i)
        bits.put(copy258FromDistance1, 13);
    for (qint64 i = 0; i < (size - 1) % 258; ++i)
        bits.put(literalZero, 8);
    bits.put(0, 7);  // end of block
    bits.flush();
    appendBe32(out, quint32(size % 65521) << 16 | 1);  // Adler-32 of zeros
    return out;
}

// A real, valid, all-black PNG of width x height that is only a few MB.
QByteArray blackPngBomb(quint32 width, quint32 height)
{
    const qint64 raw = qint64(height) * (1 + qint64(width) * 3);  // filter byte + RGB per row
    return pngHeader(width, height) + pngChunk("IDAT", zlibZeros(raw)) + pngChunk("IEND", {});
}

QByteArray bmpHeader(qint32 width, qint32 height)
{
    QByteArray bmp("BM");
    appendLe32(bmp, 54 + 16);  // file size (a lie, as in a bomb)
    appendLe32(bmp, 0);
    appendLe32(bmp, 54);  // pixel data offset
    appendLe32(bmp, 40);  // BITMAPINFOHEADER
    appendLe32(bmp, quint32(width));
    appendLe32(bmp, quint32(height));
    appendLe16(bmp, 1);  // planes
    appendLe16(bmp, 24);  // bits per pixel
    appendLe32(bmp, 0);  // BI_RGB
    appendLe32(bmp, 0);
    appendLe32(bmp, 2835);
    appendLe32(bmp, 2835);
    appendLe32(bmp, 0);
    appendLe32(bmp, 0);
    return bmp + QByteArray(16, '\x7F');
}

// A GIF whose screen and only frame declare width x height, with almost no data.
QByteArray gifDeclaring(quint16 width, quint16 height)
{
    QByteArray gif("GIF89a");
    appendLe16(gif, width);
    appendLe16(gif, height);
    gif.append(char(0x91)).append(QByteArray(2, '\0')).append(QByteArray(12, '\x7F'));
    gif.append(char(0x2C));
    appendLe32(gif, 0);
    appendLe16(gif, width);
    appendLe16(gif, height);
    gif.append(QByteArray("\x00\x02\x01\x2C\x00\x3B", 6));  // clear, end; trailer
    return gif;
}

// A looping GIF with one solid frame per palette index in `frames` (palette: red, blue, green,
// white). LZW data: a clear code before every pixel keeps the code size at 3 bits.
QByteArray animatedGif(int width, int height, const QList<int> &frames)
{
    QByteArray gif("GIF89a");
    appendLe16(gif, quint16(width));
    appendLe16(gif, quint16(height));
    gif.append(char(0x91));  // global colour table of 4 entries
    gif.append(QByteArray(2, '\0'));
    gif.append(QByteArray("\xFF\x00\x00\x00\x00\xFF\x00\xFF\x00\xFF\xFF\xFF", 12));
    gif.append(QByteArray("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19));  // loop forever
    for (int index : frames) {
        gif.append(QByteArray("\x21\xF9\x04\x04\x0A\x00\x00\x00", 8));  // 0.1 s, keep
        gif.append(char(0x2C));
        appendLe32(gif, 0);  // left, top
        appendLe16(gif, quint16(width));
        appendLe16(gif, quint16(height));
        gif.append(char(0));  // no local colour table
        gif.append(char(2));  // LZW minimum code size
        QByteArray lzw;
        BitWriter bits(lzw);
        for (int i = 0; i < width * height; ++i) {
            bits.put(4, 3);  // clear
            bits.put(quint32(index), 3);
        }
        bits.put(5, 3);  // end of information
        bits.flush();
        for (qsizetype pos = 0; pos < lzw.size(); pos += 255) {
            const QByteArray block = lzw.mid(pos, 255);
            gif.append(char(block.size())).append(block);
        }
        gif.append(char(0));
    }
    gif.append(char(0x3B));
    return gif;
}

// Peak resident memory of this process so far, in MB (Linux), or -1.
qint64 peakResidentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

void expectInvalid(const Result<ProcessedPhoto> &result, const char *wordInMessage)
{
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(
        result.error().message.contains(QString::fromUtf8(wordInMessage), Qt::CaseInsensitive))
        << result.error().message.toStdString();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

}  // namespace

// --- Orientation and metadata ---------------------------------------------------------------

TEST(PhotoProcessor, AppliesExifOrientationThenDropsAllMetadata)
{
    const QByteArray input = jpegWithMetadata(cornerMarked(64, 48), 6);
    {  // The hand-made EXIF is what Qt understands: rotate 90 degrees clockwise.
        QBuffer buffer;
        buffer.setData(input);
        QImageReader reader(&buffer);
        ASSERT_EQ(reader.transformation(), QImageIOHandler::TransformationRotate90);
        ASSERT_TRUE(input.contains("Exif") && input.contains("ICC_PROFILE")
            && input.contains(kGpsDatum) && input.contains(kXmpSecret) && input.contains(kComment));
    }

    const auto result = PhotoProcessor().process(input);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->size, QSize(48, 64));
    EXPECT_EQ(result->originalSize, QSize(48, 64));
    EXPECT_TRUE(result->hadMetadata);

    const QImage output = decodeOutput(*result);
    ASSERT_EQ(output.size(), QSize(48, 64));
    // The red top-left corner of the stored image is the top-right corner once turned.
    EXPECT_TRUE(near(output.pixel(42, 6), Qt::red)) << std::hex << output.pixel(42, 6);
    EXPECT_TRUE(near(output.pixel(6, 6), Qt::blue)) << std::hex << output.pixel(6, 6);
    EXPECT_TRUE(near(output.pixel(42, 58), Qt::blue)) << std::hex << output.pixel(42, 58);

    for (const QByteArray &gone : {QByteArray("Exif"), QByteArray("MM\0*", 4), kGpsDatum,
             QByteArray("xmpmeta"), kXmpSecret, kComment, QByteArray("ICC_PROFILE")})
        EXPECT_FALSE(result->bytes.contains(gone)) << gone.toStdString();
    EXPECT_TRUE(QImage::fromData(result->bytes).textKeys().isEmpty());
}

TEST(PhotoProcessor, OrientationIsAppliedWhenDecodingScaled)
{
    // Over the pixel limit a JPEG is decoded downscaled; the turn must still be right.
    PhotoOptions options;
    options.maxInputPixels = 50'000;
    const auto result
        = PhotoProcessor(options).process(jpegWithMetadata(cornerMarked(400, 300), 6));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->originalSize, QSize(300, 400));
    EXPECT_LT(result->size.width(), result->size.height());
    EXPECT_LE(qint64(result->size.width()) * result->size.height(), 50'000);
    EXPECT_NEAR(double(result->size.width()) / result->size.height(), 0.75, 0.02);
    const QImage output = decodeOutput(*result);
    EXPECT_TRUE(near(output.pixel(output.width() - 8, 8), Qt::red));
    EXPECT_TRUE(near(output.pixel(8, 8), Qt::blue));
}

TEST(PhotoProcessor, DropsPngTextChunks)
{
    QImage image = gradient(200, 100);
    image.setText(QStringLiteral("Author"), QStringLiteral("Nguyen Van A"));
    image.setText(QStringLiteral("Comment"), QStringLiteral("taken at home"));
    const QByteArray input = encodeImage(image, "png");
    ASSERT_TRUE(input.contains("tEXt") && input.contains("Nguyen Van A"));

    const auto result = PhotoProcessor().process(input);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_TRUE(result->hadMetadata);
    for (const char *gone : {"tEXt", "zTXt", "iTXt", "Nguyen", "taken at home", "Author"})
        EXPECT_FALSE(result->bytes.contains(gone)) << gone;
    EXPECT_TRUE(QImage::fromData(result->bytes).textKeys().isEmpty());
}

TEST(PhotoProcessor, PlainImageReportsNoMetadata)
{
    const auto result = PhotoProcessor().process(encodeImage(gradient(300, 200), "jpeg", 90));
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result->hadMetadata);
}

TEST(PhotoProcessor, ConvertsWideGamutToSrgbThenDropsTheProfile)
{
    // Without its ICC profile a Display P3 photo would look dull: the pixels become sRGB.
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(QColor(40, 200, 90));
    image.setColorSpace(QColorSpace::DisplayP3);
    const QByteArray input = encodeImage(image, "png");
    ASSERT_TRUE(input.contains("iCCP"));
    const QRgb expected = image.convertedToColorSpace(QColorSpace::SRgb).pixel(0, 0);
    ASSERT_NE(expected, image.pixel(0, 0));

    const auto result = PhotoProcessor().process(input);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->mimeType, QStringLiteral("image/png"));
    EXPECT_FALSE(result->bytes.contains("iCCP"));
    EXPECT_FALSE(result->hadMetadata);  // a colour profile says nothing about anyone
    const QImage output = decodeOutput(*result);
    EXPECT_FALSE(output.colorSpace().isValid() && output.colorSpace() != QColorSpace::SRgb);
    EXPECT_EQ(output.pixel(10, 10), expected) << std::hex << output.pixel(10, 10);
}

// --- Size --------------------------------------------------------------------------------

TEST(PhotoProcessor, ScalesTheLongEdgeDownTo1920)
{
    const PhotoProcessor processor;
    const auto landscape = processor.process(encodeImage(gradient(4000, 3000), "jpeg", 90));
    ASSERT_TRUE(landscape.ok()) << landscape.error().message.toStdString();
    EXPECT_EQ(landscape->size, QSize(1920, 1440));
    EXPECT_EQ(landscape->originalSize, QSize(4000, 3000));
    EXPECT_EQ(decodeOutput(*landscape).size(), QSize(1920, 1440));

    const auto portrait = processor.process(encodeImage(gradient(1000, 2500), "png"));
    ASSERT_TRUE(portrait.ok());
    EXPECT_EQ(portrait->size, QSize(768, 1920));
}

TEST(PhotoProcessor, HonoursACustomLongEdge)
{
    PhotoOptions options;
    options.maxLongEdge = 800;
    const auto result = PhotoProcessor(options).process(encodeImage(gradient(1200, 900), "jpeg"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->size, QSize(800, 600));
}

TEST(PhotoProcessor, NeverUpscales)
{
    const auto result = PhotoProcessor().process(encodeImage(gradient(640, 480), "jpeg", 90));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->size, QSize(640, 480));
    EXPECT_EQ(result->originalSize, QSize(640, 480));
    EXPECT_EQ(decodeOutput(*result).size(), QSize(640, 480));
}

TEST(PhotoProcessor, TwelveMegapixelPhotoFitsIn500KB)
{
    const QByteArray &input = twelveMegapixelJpeg();
    QElapsedTimer timer;
    timer.start();
    const auto result = PhotoProcessor().process(input);
    const qint64 elapsedMs = timer.elapsed();
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->mimeType, QStringLiteral("image/jpeg"));
    EXPECT_EQ(result->size, QSize(1920, 1440));
    EXPECT_LE(result->bytes.size(), 500'000);
    std::cout << "[ figures  ] 12 MP photo: " << input.size() << " bytes in, "
              << result->bytes.size() << " bytes out, " << elapsedMs << " ms\n";
    ::testing::Test::RecordProperty("output_bytes", int(result->bytes.size()));
    ::testing::Test::RecordProperty("elapsed_ms", int(elapsedMs));
}

TEST(PhotoProcessor, VeryGrainyPhotoStillFitsTheBudget)
{
    // Maximal noise: quality 82 gives well over 500 KB, so quality, then size, step down.
    const QByteArray input = encodeImage(noisyPhoto(4000, 3000, 127), "jpeg", 92);
    const auto result = PhotoProcessor().process(input);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->mimeType, QStringLiteral("image/jpeg"));
    EXPECT_LE(result->bytes.size(), 500'000);
    EXPECT_GE(result->size.width(), 1000);
    EXPECT_NEAR(double(result->size.width()) / result->size.height(), 4.0 / 3.0, 0.01);
    EXPECT_EQ(decodeOutput(*result).size(), result->size);
    std::cout << "[ figures  ] grainy photo: " << result->bytes.size() << " bytes at "
              << result->size.width() << "x" << result->size.height() << "\n";
}

TEST(PhotoProcessor, NoBudgetKeepsTheFullSize)
{
    PhotoOptions options;
    options.maxOutputBytes = 0;
    const auto result
        = PhotoProcessor(options).process(encodeImage(noisyPhoto(1600, 1200, 127), "jpeg", 92));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->size, QSize(1600, 1200));
}

// --- JPEG or PNG ----------------------------------------------------------------------------

TEST(PhotoProcessor, TransparentPngStaysPngWithItsAlpha)
{
    // Many colours (a gradient) and a half-transparent band: a JPEG would lose the alpha.
    QImage image(2400, 1200, QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgba(x % 256, y % 256, 90, y < 600 ? 255 : 128);
    }
    const auto result = PhotoProcessor().process(encodeImage(image, "png"));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->mimeType, QStringLiteral("image/png"));
    EXPECT_EQ(result->size, QSize(1920, 960));
    const QImage output = decodeOutput(*result);
    EXPECT_TRUE(output.hasAlphaChannel());
    EXPECT_EQ(qAlpha(output.pixel(100, 100)), 255);
    EXPECT_NEAR(qAlpha(output.pixel(100, 900)), 128, 1);
}

TEST(PhotoProcessor, FewColourTransparentImageKeepsExactPixels)
{
    QImage image(300, 200, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(20, 20, 100, 60, QColor(200, 30, 30));
    painter.fillRect(150, 100, 100, 60, QColor(30, 30, 200, 100));
    painter.end();
    const auto result = PhotoProcessor().process(encodeImage(image, "png"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->mimeType, QStringLiteral("image/png"));
    const QImage output = decodeOutput(*result).convertToFormat(QImage::Format_ARGB32);
    for (const QPoint point : {QPoint(5, 5), QPoint(50, 50), QPoint(200, 130)})
        EXPECT_EQ(output.pixel(point), image.pixel(point)) << point.x() << "," << point.y();
}

TEST(PhotoProcessor, OpaquePngWithAnAlphaChannelBecomesJpeg)
{
    // An alpha channel with every pixel opaque is not transparency: a photo stays a JPEG.
    const QImage photo = noisyPhoto(1200, 900, 32).convertToFormat(QImage::Format_ARGB32);
    const auto result = PhotoProcessor().process(encodeImage(photo, "png"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->mimeType, QStringLiteral("image/jpeg"));
}

TEST(PhotoProcessor, FlatColourDiagramPicksPng)
{
    QImage diagram(1600, 900, QImage::Format_RGB32);
    diagram.fill(Qt::white);
    QPainter painter(&diagram);
    const QList<QColor> colours = {QColor(0, 90, 160), QColor(230, 120, 0), QColor(40, 160, 60)};
    for (int i = 0; i < 12; ++i)
        painter.fillRect(60 + i * 125, 850 - (i + 3) * 55, 90, (i + 3) * 55, colours[i % 3]);
    painter.fillRect(40, 40, 1520, 6, Qt::black);
    painter.end();
    const QByteArray asJpeg = encodeImage(diagram, "jpeg", 82);

    const auto result = PhotoProcessor().process(encodeImage(diagram, "png"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->mimeType, QStringLiteral("image/png"));
    EXPECT_LT(result->bytes.size(), asJpeg.size());
    const QImage output = decodeOutput(*result).convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(output.size(), diagram.size());
    for (const QPoint point : {QPoint(5, 5), QPoint(100, 800), QPoint(200, 42), QPoint(1500, 500)})
        EXPECT_EQ(output.pixel(point), diagram.pixel(point)) << point.x() << "," << point.y();
}

TEST(PhotoProcessor, SmallPhotoPicksJpegWhenSmaller)
{
    const auto result = PhotoProcessor().process(encodeImage(noisyPhoto(400, 300, 32), "png"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->mimeType, QStringLiteral("image/jpeg"));
}

TEST(PhotoProcessor, AnimatedGifGivesItsFirstFrame)
{
    const QByteArray gif = animatedGif(8, 6, {0, 1});  // red, then blue
    {
        QBuffer buffer;
        buffer.setData(gif);
        QImageReader reader(&buffer);
        ASSERT_EQ(reader.imageCount(), 2);
    }
    const auto result = PhotoProcessor().process(gif);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->size, QSize(8, 6));
    const QImage output = decodeOutput(*result);
    EXPECT_TRUE(near(output.pixel(4, 3), Qt::red, 0)) << std::hex << output.pixel(4, 3);
}

TEST(PhotoProcessor, ProcessesAFileAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QByteArray input = jpegWithMetadata(cornerMarked(64, 48), 1);
    const QString path = writeFile(dir, QStringLiteral("ảnh chụp.jpg"), input);
    const auto result = PhotoProcessor().processFile(path);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->size, QSize(64, 48));
    EXPECT_TRUE(result->hadMetadata);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), input);
}

// --- Bad input -----------------------------------------------------------------------------

TEST(PhotoProcessorBadInput, Empty)
{
    expectInvalid(PhotoProcessor().process({}), "empty");
}

TEST(PhotoProcessorBadInput, NotAnImage)
{
    expectInvalid(PhotoProcessor().process("Chào buổi sáng, this is text."), "not a photo");
    QByteArray noise(4096, '\0');
    std::mt19937 random(7);
    for (char &byte : noise)
        byte = char(random() & 0xFF);
    expectInvalid(PhotoProcessor().process(noise), "not a photo");
}

TEST(PhotoProcessorBadInput, TruncatedJpeg)
{
    const QByteArray jpeg = encodeImage(noisyPhoto(300, 200, 32), "jpeg", 90);
    expectInvalid(PhotoProcessor().process(jpeg.left(jpeg.size() * 6 / 10)), "damaged");
    expectInvalid(PhotoProcessor().process(jpeg.left(jpeg.size() - 2)), "damaged");  // no EOI
    expectInvalid(PhotoProcessor().process(jpeg.left(300)), "damaged");  // inside the header
}

TEST(PhotoProcessorBadInput, CorruptJpegHeader)
{
    QByteArray jpeg = encodeImage(gradient(300, 200), "jpeg", 90);
    const qsizetype sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
    ASSERT_GT(sof, 0);
    jpeg[sof + 7] = '\0';  // width 0
    jpeg[sof + 8] = '\0';
    expectInvalid(PhotoProcessor().process(jpeg), "damaged");
}

TEST(PhotoProcessorBadInput, TruncatedPng)
{
    const QByteArray png = encodeImage(noisyPhoto(300, 200, 32), "png");
    expectInvalid(PhotoProcessor().process(png.left(png.size() / 2)), "damaged");
    expectInvalid(PhotoProcessor().process(png.left(40)), "damaged");
}

TEST(PhotoProcessorBadInput, CorruptPngData)
{
    QByteArray png = encodeImage(noisyPhoto(300, 200, 32), "png");
    const qsizetype idat = png.indexOf("IDAT");
    ASSERT_GT(idat, 0);
    for (qsizetype i = idat + 100; i < idat + 400; ++i)
        png[i] = char(~png[i]);  // the CRC no longer matches and the zlib data is wrong
    expectInvalid(PhotoProcessor().process(png), "damaged");
}

TEST(PhotoProcessorBadInput, UnsupportedFormats)
{
    // Qt reads PPM, but it is not a format people insert photos in.
    const QByteArray ppm = QByteArray("P6\n2 2\n255\n") + QByteArray(12, '\x40');
    const auto ppmResult = PhotoProcessor().process(ppm);
    expectInvalid(ppmResult, "not supported");
    EXPECT_TRUE(ppmResult.error().message.contains(QLatin1String("PPM")));

    const QByteArray heic = QByteArray("\0\0\0\x18"
                                       "ftypheic\0\0\0\0mif1heic",
                                24)
        + "data";
    const auto heicResult = PhotoProcessor().process(heic);
    expectInvalid(heicResult, "not supported");
    EXPECT_TRUE(heicResult.error().message.contains(QLatin1String("HEIC")));

    const auto tiffResult = PhotoProcessor().process(QByteArray("II*\0\x08\0\0\0", 8) + "data");
    expectInvalid(tiffResult, "not supported");
    EXPECT_TRUE(tiffResult.error().message.contains(QLatin1String("TIFF")));
}

TEST(PhotoProcessorBadInput, MissingFileNamesTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("không có.jpg"));
    const auto result = PhotoProcessor().processFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("không có.jpg")))
        << result.error().message.toStdString();
}

TEST(PhotoProcessorBadInput, FolderAndTextFile)
{
    QTemporaryDir dir;
    expectInvalid(PhotoProcessor().processFile(dir.path()), "folder");
    const QString notes = writeFile(dir, QStringLiteral("notes.txt"), "not a photo at all");
    const auto result = PhotoProcessor().processFile(notes);
    expectInvalid(result, "not a photo");
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("notes.txt")));
}

TEST(PhotoProcessorBadInput, MoreBytesThanAllowed)
{
    PhotoOptions options;
    options.maxInputBytes = 10'000;
    const QByteArray jpeg = encodeImage(noisyPhoto(300, 200, 32), "jpeg", 95);
    ASSERT_GT(jpeg.size(), 10'000);
    expectInvalid(PhotoProcessor(options).process(jpeg), "too large");

    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big.jpg"), jpeg);
    const auto result = PhotoProcessor(options).processFile(path);
    expectInvalid(result, "too large");
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("big.jpg")));
}

TEST(PhotoProcessorBadInput, PngHeaderDeclaring20000x20000WithGarbage)
{
    QByteArray idat(4096, '\0');
    std::mt19937 random(11);
    for (char &byte : idat)
        byte = char(random() & 0xFF);
    const QByteArray bomb = pngHeader(20000, 20000) + pngChunk("IDAT", idat) + pngChunk("IEND", {});
    const qint64 before = peakResidentMb();
    const auto result = PhotoProcessor().process(bomb);
    expectInvalid(result, "20000 × 20000");
    if (before > 0) {
        EXPECT_LT(peakResidentMb() - before, 400);
    }
    // Without IDAT or IEND: refused as incomplete before any decoding.
    expectInvalid(PhotoProcessor().process(pngHeader(20000, 20000)), "damaged");
}

TEST(PhotoProcessorBadInput, Real20000x20000PngIsDecodedDownscaled)
{
    // 400 megapixels = 1.6 GB decoded; here read row by row into a 1920 x 1920 image.
    const QByteArray bomb = blackPngBomb(20000, 20000);
    ASSERT_LT(bomb.size(), 10 * 1024 * 1024);
    const qint64 before = peakResidentMb();
    const auto result = PhotoProcessor().process(bomb);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->originalSize, QSize(20000, 20000));
    EXPECT_EQ(result->size, QSize(1920, 1920));
    EXPECT_EQ(decodeOutput(*result).pixel(960, 960), qRgb(0, 0, 0));
    if (before > 0) {
        EXPECT_LT(peakResidentMb() - before, 400);
    }
}

TEST(PhotoProcessorBadInput, PixelBombsThatCannotBeDecodedScaledAreRefused)
{
    // GIF and BMP have no scaled decoding: refused from their headers alone. (Qt does not
    // even recognise a BMP over 16384 pixels a side.)
    expectInvalid(PhotoProcessor().process(gifDeclaring(20000, 20000)), "too large to open");
    expectInvalid(PhotoProcessor().process(bmpHeader(16000, 16000)), "too large to open");
    // Far beyond what even a scaled decode should take on.
    const QByteArray huge
        = pngHeader(200000, 200000) + pngChunk("IDAT", QByteArray(64, 'x')) + pngChunk("IEND", {});
    expectInvalid(PhotoProcessor().process(huge), "too large to open");
    PhotoOptions tight;
    tight.maxInputPixels = 100'000;  // 12 MP is more than 16 times that
    expectInvalid(
        PhotoProcessor(tight).process(encodeImage(gradient(4000, 3000), "jpeg")), "too large");
}
