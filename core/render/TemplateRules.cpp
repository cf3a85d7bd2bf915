#include "render/TemplateRules.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace newsdesk::render::template_rules {
namespace {

const QRegularExpression &cssUrlPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s"']*))\s*\))re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString capturedUrl(const QRegularExpressionMatch &match)
{
    for (int group = 1; group <= 3; ++group) {
        if (match.capturedStart(group) >= 0)
            return match.captured(group).trimmed();
    }
    return {};
}

// url(…) targets in CSS without comments, each replaced by map(target) as url("…").
void rewriteCodeUrls(
    QStringView code, const std::function<QString(const QString &url)> &map, QString &out)
{
    qsizetype last = 0;
    auto matches = cssUrlPattern().globalMatch(code);
    while (matches.hasNext()) {
        const auto match = matches.next();
        out += code.mid(last, match.capturedStart(0) - last);
        QString target = map(capturedUrl(match));
        target.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        out += QStringLiteral("url(\"") + target + QStringLiteral("\")");
        last = match.capturedEnd(0);
    }
    out += code.mid(last);
}

// Inline CSS inside page.html has no folder to be relative to: only data: and #fragments.
std::optional<QString> firstForeignCssReference(QStringView css)
{
    if (hasImport(css))
        return QStringLiteral("@import");
    std::optional<QString> foreign;
    (void)rewriteCssUrls(css, [&](const QString &url) {
        if (!foreign && !isSelfContainedUrl(url))
            foreign = QStringLiteral("url(") + url + u')';
        return url;
    });
    return foreign;
}

bool isAssetPlaceholder(QStringView value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\{\{\s*asset:[^{}]+\}\}$)"));
    return pattern.match(value).hasMatch();
}

bool isResourceAttribute(QStringView tag, QStringView attribute)
{
    static const QStringList kAlways {QStringLiteral("src"), QStringLiteral("srcset"),
        QStringLiteral("poster"), QStringLiteral("data"), QStringLiteral("background"),
        QStringLiteral("action"), QStringLiteral("formaction"), QStringLiteral("imagesrcset"),
        QStringLiteral("lowsrc"), QStringLiteral("ping"), QStringLiteral("xlink:href"),
        QStringLiteral("manifest"), QStringLiteral("codebase"), QStringLiteral("archive")};
    if (kAlways.contains(attribute.toString(), Qt::CaseInsensitive))
        return true;
    // href loads something everywhere but on links (<link>, SVG <image>/<use>, …).
    return attribute.compare(u"href", Qt::CaseInsensitive) == 0
        && tag.compare(u"a", Qt::CaseInsensitive) != 0
        && tag.compare(u"area", Qt::CaseInsensitive) != 0;
}

}  // namespace

bool isSelfContainedUrl(QStringView url)
{
    const QStringView trimmed = url.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#')
        || trimmed.startsWith(u"data:", Qt::CaseInsensitive);
}

bool hasImport(QStringView css)
{
    bool found = false;
    qsizetype position = 0;
    while (!found && position < css.size()) {
        qsizetype commentStart = css.indexOf(u"/*", position);
        if (commentStart < 0)
            commentStart = css.size();
        found
            = css.mid(position, commentStart - position).contains(u"@import", Qt::CaseInsensitive);
        const qsizetype commentEnd = css.indexOf(u"*/", commentStart);
        position = commentEnd < 0 ? css.size() : commentEnd + 2;
    }
    return found;
}

std::optional<QString> firstForeignReference(QStringView pageHtml)
{
    static const QRegularExpression forbiddenElement(
        QStringLiteral(R"(<\s*(script|iframe|frame|frameset|object|embed|applet|base|portal)\b)"
                       R"(|http-equiv)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = forbiddenElement.match(pageHtml); match.hasMatch())
        return match.captured(0);

    static const QRegularExpression styleElement(
        QStringLiteral(R"(<style\b[^>]*>(.*?)</style\s*>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    auto styles = styleElement.globalMatch(pageHtml);
    while (styles.hasNext()) {
        if (auto foreign = firstForeignCssReference(styles.next().capturedView(1)))
            return foreign;
    }

    static const QRegularExpression tagPattern(
        QStringLiteral(R"(<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>)"));
    static const QRegularExpression attributePattern(QStringLiteral(
        R"re(([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"));
    auto tags = tagPattern.globalMatch(pageHtml);
    while (tags.hasNext()) {
        const auto tag = tags.next();
        auto attributes = attributePattern.globalMatch(tag.capturedView(2));
        while (attributes.hasNext()) {
            const auto attribute = attributes.next();
            QStringView value;
            for (int group = 2; group <= 4; ++group) {
                if (attribute.capturedStart(group) >= 0)
                    value = attribute.capturedView(group);
            }
            const QStringView name = attribute.capturedView(1);
            if (name.compare(u"style", Qt::CaseInsensitive) == 0) {
                if (auto foreign = firstForeignCssReference(value))
                    return foreign;
            } else if (isResourceAttribute(tag.capturedView(1), name)) {
                // srcset lists "url width" candidates separated by commas.
                const bool isList = name.endsWith(u"srcset", Qt::CaseInsensitive);
                const auto candidates = isList ? value.split(u',') : QList<QStringView> {value};
                for (QStringView candidate : candidates) {
                    candidate = candidate.trimmed();
                    if (isList)
                        candidate = candidate.left(candidate.indexOf(u' '));
                    if (!isSelfContainedUrl(candidate) && !isAssetPlaceholder(candidate))
                        return attribute.captured(0);
                }
            }
        }
    }
    return std::nullopt;
}

QString rewriteCssUrls(QStringView css, const std::function<QString(const QString &url)> &map)
{
    // Comments are copied as they are: a url() mentioned in one loads nothing.
    QString out;
    out.reserve(css.size());
    qsizetype position = 0;
    while (position < css.size()) {
        qsizetype commentStart = css.indexOf(u"/*", position);
        if (commentStart < 0)
            commentStart = css.size();
        rewriteCodeUrls(css.mid(position, commentStart - position), map, out);
        if (commentStart == css.size())
            break;
        const qsizetype commentEnd = css.indexOf(u"*/", commentStart + 2);
        const qsizetype next = commentEnd < 0 ? css.size() : commentEnd + 2;
        out += css.mid(commentStart, next - commentStart);
        position = next;
    }
    return out;
}

std::optional<QString> resolveRelative(const QString &url, const QString &fromFile)
{
    QString path = url.trimmed();
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        path.truncate(cut);
    path = QUrl::fromPercentEncoding(path.toUtf8());
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return std::nullopt;
    const qsizetype slash = fromFile.lastIndexOf(u'/');
    const QString joined = slash < 0 ? path : fromFile.left(slash + 1) + path;
    const QString clean = QDir::cleanPath(joined);
    if (clean == u".." || clean.startsWith(QStringLiteral("../")) || clean == u".")
        return std::nullopt;
    return clean;
}

QString dataUrl(const QString &mimeType, const QByteArray &bytes)
{
    return QStringLiteral("data:") + mimeType + QStringLiteral(";base64,")
        + QString::fromLatin1(bytes.toBase64());
}

}  // namespace newsdesk::render::template_rules
