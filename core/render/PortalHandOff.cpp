#include "render/PortalHandOff.h"

#include "html/MediaUrl.h"
#include "html/PlainText.h"
#include "io/PortalTime.h"
#include "render/ArticlePage.h"
#include "render/TemplateRules.h"

#include <QMimeDatabase>

namespace newsdesk::render {
namespace {

// One text paragraph per non-empty line of the body's text, blank lines between them.
QStringList bodyParagraphs(const QString &bodyHtml)
{
    QStringList paragraphs;
    const QString text = html::toPlainText(bodyHtml);
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty())
            paragraphs.append(line.toString());
    }
    return paragraphs;
}

}  // namespace

PortalHandOff portalHandOff(const Article &article,
    const std::function<std::optional<QByteArray>(const QString &sha256)> &mediaBytes,
    const HandOffOptions &options)
{
    const ArticleContent &content = article.content;
    const QTimeZone zone
        = options.portalZone.isValid() ? options.portalZone : portal_time::defaultZone();
    QStringList htmlParts;
    QStringList textParts;
    if (options.includeTitle && !content.title.trimmed().isEmpty()) {
        htmlParts.append(
            QStringLiteral("<h1>") + html::escape(content.title) + QStringLiteral("</h1>"));
        textParts.append(content.title.trimmed());
    }
    if (article.publishAt.isValid()) {
        const QString line = portal_time::postingTimeLabel() + QStringLiteral(": ")
            + portal_time::format(article.publishAt, zone);
        htmlParts.append(
            QStringLiteral("<p><em>") + html::escape(line) + QStringLiteral("</em></p>"));
        textParts.append(line);
    }
    if (!content.summary.trimmed().isEmpty()) {
        htmlParts.append(QStringLiteral("<p><strong>") + html::escape(content.summary.trimmed())
            + QStringLiteral("</strong></p>"));
        textParts.append(content.summary.trimmed());
    }
    const QMimeDatabase mimeTypes;
    const QString body
        = mapBodyImages(content.bodyHtml, [&](const QString &src) -> std::optional<QString> {
              const QString sha = html::mediaSha(QStringView(src));
              if (sha.isEmpty())
                  return src;
              const auto bytes = mediaBytes ? mediaBytes(sha) : std::nullopt;
              if (!bytes)
                  return std::nullopt;
              return template_rules::dataUrl(mimeTypes.mimeTypeForData(*bytes).name(), *bytes);
          });
    if (!body.trimmed().isEmpty())
        htmlParts.append(body.trimmed());
    textParts.append(bodyParagraphs(content.bodyHtml));
    if (!content.author.trimmed().isEmpty()) {
        const QString line
            = portal_time::authorLabel() + QStringLiteral(": ") + content.author.trimmed();
        // Web editors keep inline alignment; the portal shows this line bold, on the right.
        htmlParts.append(QStringLiteral("<p style=\"text-align: right;\"><strong>")
            + html::escape(line) + QStringLiteral("</strong></p>"));
        textParts.append(line);
    }
    return PortalHandOff {htmlParts.join(u'\n'), textParts.join(QStringLiteral("\n\n"))};
}

}  // namespace newsdesk::render
