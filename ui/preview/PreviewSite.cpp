#include "preview/PreviewSite.h"

#include "html/MediaUrl.h"
#include "preview/PreviewUrlSchemes.h"
#include "store/MediaStore.h"

namespace newsdesk::preview {

PreviewSite::PreviewSite() : m_template(render::PortalTemplate::builtIn()) { }

void PreviewSite::setPage(const QString &name, const QByteArray &html)
{
    m_pages.insert(name, html);
}

QUrl PreviewSite::pageUrl(const QString &name)
{
    return QUrl(QString::fromLatin1(kPreviewScheme) + QStringLiteral("://page/") + name);
}

QString PreviewSite::templateBaseUrl()
{
    return QString::fromLatin1(kPreviewScheme) + QStringLiteral("://template/");
}

void PreviewSite::setTemplate(const render::PortalTemplate &portalTemplate)
{
    m_template = portalTemplate;
}

std::optional<SiteReply> PreviewSite::resolve(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String(kMediaScheme)) {
        const QString sha = html::mediaSha(url);
        if (sha.isEmpty() || !m_media)
            return std::nullopt;
        QString mimeType;
        auto bytes = m_media->bytesOf(sha, &mimeType);
        if (!bytes)
            return std::nullopt;
        return SiteReply {mimeType.toLatin1(), std::move(*bytes)};
    }
    if (scheme != QLatin1String(kPreviewScheme))
        return std::nullopt;
    // Path without the leading '/': "page/<name>" lives under host "page", assets under
    // "template".
    const QString path = url.path().mid(1);
    if (url.host() == u"page") {
        const auto page = m_pages.constFind(path);
        if (page == m_pages.cend())
            return std::nullopt;
        return SiteReply {QByteArrayLiteral("text/html"), *page};
    }
    if (url.host() == u"template") {
        auto bytes = m_template.asset(path);
        if (!bytes)
            return std::nullopt;
        return SiteReply {render::PortalTemplate::mimeTypeFor(path).toLatin1(), *bytes};
    }
    return std::nullopt;
}

}  // namespace newsdesk::preview
