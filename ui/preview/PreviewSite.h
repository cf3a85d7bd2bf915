#pragma once

// What the preview's URL scheme handler serves, as plain data: the rendered page, the portal
// template's files and the article's photos. Nothing else exists on this "site", so a page can
// only ever load what we put here (the request guard blocks every other URL before it leaves).

#include "render/PortalTemplate.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace newsdesk {
class MediaStore;
}

namespace newsdesk::preview {

struct SiteReply {
    QByteArray mimeType;
    QByteArray body;
};

class PreviewSite {
public:
    PreviewSite();

    // "newsdesk-preview://page/<name>" answers `html` (UTF-8) from now on.
    void setPage(const QString &name, const QByteArray &html);
    static QUrl pageUrl(const QString &name);
    // Relative asset URLs of the page resolve against this ("newsdesk-preview://template/").
    static QString templateBaseUrl();

    void setTemplate(const render::PortalTemplate &portalTemplate);
    const render::PortalTemplate &portalTemplate() const { return m_template; }
    void setMediaStore(const MediaStore *media) { m_media = media; }

    // The reply for `url`, or nothing (the request fails: not found / not ours).
    std::optional<SiteReply> resolve(const QUrl &url) const;

private:
    QHash<QString, QByteArray> m_pages;
    render::PortalTemplate m_template;
    const MediaStore *m_media = nullptr;
};

}  // namespace newsdesk::preview
