#include "render/ArticlePage.h"

#include "html/PlainText.h"
#include "io/PortalTime.h"

#include <QRegularExpression>

namespace newsdesk::render {
namespace {

// Close to the town portal's article page: serif body text, a muted time line.
const QString kStyle = QStringLiteral(R"(
body { margin: 0; background: #f4f4f4; color: #222; font: 16px/1.6 "Noto Serif", "Times New Roman", serif; }
header.portal { background: #a3161a; color: #fff; padding: 12px 24px; font: bold 20px "Noto Sans", Arial, sans-serif; }
article { max-width: 820px; margin: 0 auto; background: #fff; padding: 24px 32px 32px; }
h1 { font: bold 26px/1.3 "Noto Sans", Arial, sans-serif; color: #0b4a8b; margin: 0 0 8px; }
.posting-time { color: #777; font: italic 14px "Noto Sans", Arial, sans-serif; margin: 0 0 16px; }
.summary { font-weight: bold; }
figure { margin: 16px 0; text-align: center; }
figure img { max-width: 100%; height: auto; }
figcaption { font-style: italic; color: #555; font-size: 14px; }
table { border-collapse: collapse; margin: 12px 0; }
td, th { border: 1px solid #bbb; padding: 4px 8px; }
blockquote { border-left: 4px solid #ccc; margin: 12px 0; padding: 0 16px; color: #444; }
.author { text-align: right; font-weight: bold; margin-top: 24px; }
)");

QString mapImages(const QString &body, const PageOptions &options)
{
    if (!options.mapImageSource)
        return body;
    // The body is canonical HTML: every image is <img src="…" …> with a double-quoted src.
    static const QRegularExpression imageSource(QStringLiteral("(<img src=\")([^\"]*)(\")"));
    QString out;
    qsizetype last = 0;
    auto matches = imageSource.globalMatch(body);
    while (matches.hasNext()) {
        const auto match = matches.next();
        out += QStringView(body).mid(last, match.capturedStart(2) - last);
        out += html::escape(options.mapImageSource(html::toPlainText(match.captured(2))));
        last = match.capturedEnd(2);
    }
    out += QStringView(body).mid(last);
    return out;
}

}  // namespace

QString articlePage(const Article &article, const PageOptions &options)
{
    const ArticleContent &content = article.content;
    QString page
        = QStringLiteral(
              "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        + html::escape(content.title) + QStringLiteral("</title>\n<style>") + kStyle
        + QStringLiteral("</style>\n</head>\n<body>\n");
    if (!options.portalName.isEmpty())
        page += QStringLiteral("<header class=\"portal\">") + html::escape(options.portalName)
            + QStringLiteral("</header>\n");
    page += QStringLiteral("<article>\n<h1>") + html::escape(content.title)
        + QStringLiteral("</h1>\n");
    if (article.publishAt.isValid())
        page += QStringLiteral("<p class=\"posting-time\">") + portal_time::postingTimeLabel()
            + QStringLiteral(": ") + portal_time::format(article.publishAt, options.portalZone)
            + QStringLiteral("</p>\n");
    if (!content.summary.isEmpty())
        page += QStringLiteral("<p class=\"summary\">") + html::escape(content.summary)
            + QStringLiteral("</p>\n");
    page += mapImages(content.bodyHtml, options) + QLatin1Char('\n');
    if (!content.author.isEmpty())
        page += QStringLiteral("<p class=\"author\">") + portal_time::authorLabel()
            + QStringLiteral(": ") + html::escape(content.author) + QStringLiteral("</p>\n");
    page += QStringLiteral("</article>\n</body>\n</html>\n");
    return page;
}

}  // namespace newsdesk::render
