#include "io/ArticleImporter.h"

#include "html/Markdown.h"
#include "html/MediaUrl.h"
#include "html/PlainText.h"
#include "io/ArticleJson.h"
#include "io/PortalTime.h"
#include "store/MediaStore.h"
#include "text/Folding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace newsdesk {
namespace {

// "Thời gian đăng: …" / "Tác giả: …" / "Author: …", compared folded so that "THỜI GIAN ĐĂNG"
// and a decomposed "Tác giả" count too. Returns the text after the colon, or nullopt.
std::optional<QString> valueAfterLabel(const QString &line, const QStringList &foldedLabels)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QString label = text::fold(QStringView(line).left(colon)).simplified();
    if (!foldedLabels.contains(label))
        return std::nullopt;
    return line.mid(colon + 1).trimmed();
}

const QStringList &postingTimeLabels()
{
    static const QStringList labels {QStringLiteral("thoi gian dang")};
    return labels;
}

const QStringList &authorLabels()
{
    static const QStringList labels {QStringLiteral("tac gia"), QStringLiteral("author")};
    return labels;
}

QString paragraphsToHtml(const QStringList &paragraphs)
{
    QStringList blocks;
    for (const QString &paragraph : paragraphs) {
        QStringList lines = paragraph.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = html::escape(line.simplified());
        lines.removeAll(QString());
        if (!lines.isEmpty())
            blocks << QStringLiteral("<p>") + lines.join(QStringLiteral("<br>"))
                    + QStringLiteral("</p>");
    }
    return blocks.join(QLatin1Char('\n'));
}

}  // namespace

ArticleImporter::ArticleImporter(QTimeZone portalZone, MediaStore *media)
    : m_zone(std::move(portalZone)), m_media(media)
{
}

std::optional<ArticleImporter::Format> ArticleImporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Format::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"txt" || suffix == u"text")
        return Format::PlainText;
    if (suffix == u"json")
        return Format::Json;
    return std::nullopt;
}

Result<ImportedArticle> ArticleImporter::importFile(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto format = formatForPath(path);
    if (!format)
        return makeError(ErrorCode::InvalidInput,
            tr("%1: unknown file type; use .html, .md, .txt or .json.").arg(shown));
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("%1: no such file.").arg(shown));
    if (file.size() > kMaxFileBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is too large to be an article (%2 MB; the limit is %3 MB).")
                .arg(shown)
                .arg(file.size() / (1024 * 1024))
                .arg(kMaxFileBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError,
            tr("%1: cannot read the file (%2).").arg(shown, file.errorString()));
    auto imported = importData(file.readAll(), *format, path);
    if (!imported)
        return makeError(imported.error().code,
            shown + QStringLiteral(": ") + imported.error().message, imported.error().detail);
    return imported;
}

Result<ImportedArticle> ArticleImporter::importData(
    const QByteArray &data, Format format, const QString &sourcePath) const
{
    if (format == Format::Json)
        return fromJson(data);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return makeError(ErrorCode::InvalidInput,
            tr("the file is not UTF-8 text. Save it as UTF-8 (Unicode) and try again."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("the file is empty."));
    switch (format) {
    case Format::PlainText:
        return fromPlainText(text);
    case Format::Markdown:
        return fromHtml(html::markdownToHtml(text), sourcePath);
    case Format::Html:
        return fromHtml(text, sourcePath);
    case Format::Json:
        break;
    }
    return makeError(ErrorCode::Internal, tr("unsupported format."));
}

Result<ImportedArticle> ArticleImporter::fromPlainText(const QString &input) const
{
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.front().trimmed().isEmpty())
        lines.removeFirst();
    ImportedArticle article;
    article.content.title = lines.takeFirst().simplified();

    const QString rest = lines.join(QLatin1Char('\n')).trimmed();
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t\\x{00A0}]*\\n\\s*"));
    // No blank line anywhere: one paragraph a line (text copied out of a word processor).
    const QStringList paragraphs = rest.contains(blankLine)
        ? rest.split(blankLine, Qt::SkipEmptyParts)
        : rest.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    article.content.bodyHtml = html::sanitize(paragraphsToHtml(paragraphs), {}, &article.report);
    takePortalLines(article);
    return article;
}

Result<ImportedArticle> ArticleImporter::fromHtml(
    const QString &input, const QString &sourcePath) const
{
    ImportedArticle article;
    html::SanitizeOptions options;
    if (!sourcePath.isEmpty())
        options.baseUrl = QUrl::fromLocalFile(QFileInfo(sourcePath).absoluteFilePath());
    options.mapImageSource = [this](const QString &source) { return ingestImage(source); };
    const html::HtmlDocumentParts parts = html::splitDocument(input, options, &article.report);
    article.content.title = parts.title;
    article.content.bodyHtml = parts.bodyHtml;
    takePortalLines(article);
    if (article.content.title.isEmpty() && article.content.bodyHtml.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("no text found in the file."));
    return article;
}

Result<ImportedArticle> ArticleImporter::fromJson(const QByteArray &data) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::InvalidInput,
            tr("not a Newsdesk article file (invalid JSON at byte %1).").arg(parseError.offset));
    auto parsed = articleFromJson(document.object());
    if (!parsed)
        return parsed.error();
    ImportedArticle article;
    article.content = parsed->content;
    article.status = parsed->status;
    article.content.bodyHtml = html::sanitize(article.content.bodyHtml, {}, &article.report);
    article.content.featuredMediaId.reset();  // media ids belong to the store that wrote the file
    article.publishAt = parsed->publishAt;
    article.uuid = parsed->uuid;
    article.createdAt = parsed->createdAt;
    return article;
}

void ArticleImporter::takePortalLines(ImportedArticle &article) const
{
    // The canonical body has one top-level block a line; only plain paragraphs can be these.
    QStringList blocks = article.content.bodyHtml.split(QLatin1Char('\n'));
    auto paragraphText = [](const QString &block) -> std::optional<QString> {
        if (!block.startsWith(QStringLiteral("<p>")) || !block.endsWith(QStringLiteral("</p>")))
            return std::nullopt;
        return html::toPlainText(block);
    };
    // The posting time stands near the top: look at the first few paragraphs.
    for (qsizetype i = 0; i < std::min<qsizetype>(blocks.size(), 3); ++i) {
        const auto text = paragraphText(blocks[i]);
        if (!text)
            continue;
        if (const auto value = valueAfterLabel(*text, postingTimeLabels())) {
            if (const auto time = portal_time::parse(*value, m_zone)) {
                article.publishAt = *time;
                blocks.removeAt(i);
                break;
            }
        }
    }
    while (!blocks.isEmpty() && blocks.back().trimmed().isEmpty())
        blocks.removeLast();
    if (!blocks.isEmpty()) {
        if (const auto text = paragraphText(blocks.back())) {
            if (const auto value = valueAfterLabel(*text, authorLabels());
                value && !value->isEmpty()) {
                article.content.author = *value;
                blocks.removeLast();
            }
        }
    }
    article.content.bodyHtml = blocks.join(QLatin1Char('\n'));
}

QString ArticleImporter::ingestImage(const QString &source) const
{
    const QUrl url(source);
    if (!url.isLocalFile())
        return source;  // remote pictures stay links; the sanitizer checks their scheme
    if (!m_media)
        return {};
    QFile file(url.toLocalFile());
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return {};
    const QByteArray bytes = file.readAll();
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    if (!reader.canRead())
        return {};  // broken or not a picture: dropped, and counted by the sanitizer
    const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
    auto item = m_media->add(bytes, mime, QFileInfo(file).fileName());
    if (!item)
        return {};
    return html::mediaUrl(item->sha256);
}

NewArticle toNewArticle(const ImportedArticle &imported)
{
    NewArticle article;
    article.content = imported.content;
    article.publishAt = imported.publishAt;
    article.uuid = imported.uuid;
    article.status = imported.status.value_or(Status::Draft);
    article.createdAt = imported.createdAt;
    return article;
}

}  // namespace newsdesk
