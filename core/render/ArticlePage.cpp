#include "render/ArticlePage.h"

#include "html/PlainText.h"
#include "io/PortalTime.h"
#include "render/TemplateRules.h"

#include <QRegularExpression>
#include <QUrl>

namespace newsdesk::render {
namespace {

QString linkedUrl(const PageOptions &options, const QString &relativePath)
{
    return options.assetBaseUrl
        + QString::fromLatin1(QUrl::toPercentEncoding(relativePath, QByteArrayLiteral("/")));
}

// Inline mode: the stylesheet's url(fonts/…) references become data: URLs so the page needs
// nothing beside it.
QString inlinedStyleSheet(const PortalTemplate &portalTemplate, const QString &styleSheet)
{
    QString css = template_rules::rewriteCssUrls(
        portalTemplate.styleSheetText(styleSheet), [&](const QString &url) {
            if (template_rules::isSelfContainedUrl(url))
                return url;
            const auto target = template_rules::resolveRelative(url, styleSheet);
            const auto bytes = target ? portalTemplate.asset(*target) : std::nullopt;
            return bytes ? template_rules::dataUrl(PortalTemplate::mimeTypeFor(*target), *bytes)
                         : QString();
        });
    // The text goes inside <style>: keep a stray "</style" from ending it early.
    return css.replace(QStringLiteral("</style"), QStringLiteral("<\\/style"), Qt::CaseInsensitive);
}

QString styleSheetElements(const PortalTemplate &portalTemplate, const PageOptions &options)
{
    QString out;
    for (const QString &styleSheet : portalTemplate.styleSheets()) {
        if (options.assets == PageOptions::Assets::Linked)
            out += QStringLiteral("<link rel=\"stylesheet\" href=\"")
                + html::escape(linkedUrl(options, styleSheet)) + QStringLiteral("\">\n");
        else
            out += QStringLiteral("<style>\n") + inlinedStyleSheet(portalTemplate, styleSheet)
                + QStringLiteral("</style>\n");
    }
    return out;
}

QString assetUrl(
    const PortalTemplate &portalTemplate, const PageOptions &options, const QString &path)
{
    if (options.assets == PageOptions::Assets::Linked)
        return html::escape(linkedUrl(options, path));
    const auto bytes = portalTemplate.asset(path);
    return bytes ? template_rules::dataUrl(PortalTemplate::mimeTypeFor(path), *bytes) : QString();
}

}  // namespace

QString mapBodyImages(
    const QString &bodyHtml, const std::function<std::optional<QString>(const QString &src)> &map)
{
    if (!map)
        return bodyHtml;
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]*)\"[^>]*>"));
    QString out;
    out.reserve(bodyHtml.size());
    qsizetype last = 0;
    auto matches = image.globalMatch(bodyHtml);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const auto mapped = map(html::toPlainText(match.capturedView(1)));
        if (mapped) {
            out += QStringView(bodyHtml).mid(last, match.capturedStart(1) - last);
            out += html::escape(*mapped);
            last = match.capturedEnd(1);
        } else {
            out += QStringView(bodyHtml).mid(last, match.capturedStart(0) - last);
            last = match.capturedEnd(0);
        }
    }
    out += QStringView(bodyHtml).mid(last);
    return out;
}

QString articlePage(
    const Article &article, const PortalTemplate &portalTemplate, const PageOptions &options)
{
    const ArticleContent &content = article.content;
    const QTimeZone zone
        = options.portalZone.isValid() ? options.portalZone : portal_time::defaultZone();
    FieldValues values;
    const auto set = [&](Field field, QString value) { values[size_t(field)] = std::move(value); };
    set(Field::PortalName,
        html::escape(options.portalName.isEmpty() ? portalTemplate.defaultPortalName()
                                                  : options.portalName));
    set(Field::Title, html::escape(content.title));
    if (article.publishAt.isValid()) {
        const QString time = portal_time::format(article.publishAt, zone);
        set(Field::PostingTimeValue, html::escape(time));
        set(Field::PostingTime,
            html::escape(QString(portal_time::postingTimeLabel() + QStringLiteral(": ") + time)));
    }
    if (!content.summary.trimmed().isEmpty())
        set(Field::Summary, html::escape(content.summary));
    std::function<std::optional<QString>(const QString &)> mapImage;
    if (options.mapImageSource)
        mapImage = [&](const QString &src) -> std::optional<QString> {
            return options.mapImageSource(src);
        };
    set(Field::Body, mapBodyImages(content.bodyHtml, mapImage));
    if (!content.author.trimmed().isEmpty()) {
        set(Field::AuthorName, html::escape(content.author));
        set(Field::Author,
            html::escape(
                QString(portal_time::authorLabel() + QStringLiteral(": ") + content.author)));
    }
    set(Field::StyleSheet, styleSheetElements(portalTemplate, options));
    return portalTemplate.page().render(
        values, [&](const QString &path) { return assetUrl(portalTemplate, options, path); });
}

QString articlePage(const Article &article, const PageOptions &options)
{
    return articlePage(article, PortalTemplate::builtIn(), options);
}

}  // namespace newsdesk::render
