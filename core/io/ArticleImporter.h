#pragma once

// Reads articles from files: HTML (a saved portal page or any document), Markdown, plain text
// and Newsdesk's own JSON. Everything goes through the sanitizer, as pastes and pulls do.
//
// Plain text: the first non-empty line is the title; blank lines separate paragraphs (when a
// text has no blank lines at all, every line is a paragraph, as text copied out of Word is).
// In every format, a paragraph "Thời gian đăng: dd/MM/yyyy hh:mm:ss AM/PM" sets the publish
// time (read in the portal's time zone) and a last paragraph "Tác giả: X" or "Author: X" sets
// the author; both are taken out of the body, since the portal prints them itself.

#include "domain/Article.h"
#include "html/HtmlSanitizer.h"
#include "store/ArticleStore.h"
#include "util/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace newsdesk {

class MediaStore;

struct ImportedArticle {
    ArticleContent content;
    QDateTime publishAt;  // UTC; invalid when the file had no posting time
    // Only Newsdesk JSON carries these; other formats leave them empty.
    QString uuid;
    std::optional<Status> status;
    QDateTime createdAt;
    html::SanitizeReport report;  // what the sanitizer took out
};

// What the store is given for an imported article (a draft unless the file says otherwise).
NewArticle toNewArticle(const ImportedArticle &imported);

class ArticleImporter {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ArticleImporter)

public:
    enum class Format { Html, Markdown, PlainText, Json };

    // `media` (optional) receives the local pictures an HTML or Markdown file refers to.
    explicit ArticleImporter(QTimeZone portalZone, MediaStore *media = nullptr);

    Result<ImportedArticle> importFile(const QString &path) const;
    Result<ImportedArticle> importData(
        const QByteArray &data, Format format, const QString &sourcePath = {}) const;

    // By file name: .html/.htm, .md/.markdown, .txt/.text, .json; nullopt otherwise.
    static std::optional<Format> formatForPath(const QString &path);

    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

private:
    Result<ImportedArticle> fromPlainText(const QString &text) const;
    Result<ImportedArticle> fromHtml(const QString &html, const QString &sourcePath) const;
    Result<ImportedArticle> fromJson(const QByteArray &data) const;
    void takePortalLines(ImportedArticle &article) const;
    QString ingestImage(const QString &source) const;

    QTimeZone m_zone;
    MediaStore *m_media;
};

}  // namespace newsdesk
