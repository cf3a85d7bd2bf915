#pragma once

// An article as the portal's article page shows it: banner, title, "Thời gian đăng: …", summary,
// body, "Tác giả: …", laid out by a portal template (PortalTemplate.h). A pure function of the
// article and the template: export, PDF and the preview all render through here.
//
// Stable class names, whatever the built-in template's look: .portal-name (banner),
// h1.article-title, .posting-time, .article-summary, .article-body (the canonical body HTML),
// .article-author. The renderer adds nothing that loads from the network; remote image URLs in
// the body are passed to mapImageSource like any other.

#include "domain/Article.h"
#include "render/PortalTemplate.h"

#include <QString>
#include <QTimeZone>

#include <functional>

namespace newsdesk::render {

struct PageOptions {
    QTimeZone portalZone;  // invalid: portal_time::defaultZone()
    QString portalName;  // banner; empty: the template's default name, or no banner
    // Maps each image src of the body (e.g. newsdesk-media:…) to what the page should load.
    std::function<QString(const QString &src)> mapImageSource;
    // Inline: the stylesheet(s) are copied into a <style> element and {{asset:…}} files become
    // data: URLs (export, PDF, standalone files). Linked: <link rel="stylesheet"
    // href="<assetBaseUrl>style.css"> and <assetBaseUrl>path, so the preview loads them through
    // its URL scheme handler.
    enum class Assets { Inline, Linked };
    Assets assets = Assets::Inline;
    QString assetBaseUrl;  // e.g. "newsdesk-preview://template/" when Linked
};

QString articlePage(
    const Article &article, const PortalTemplate &portalTemplate, const PageOptions &options);
// With the built-in template.
QString articlePage(const Article &article, const PageOptions &options);

// The body with every <img src> passed through `map` (canonical HTML: one double-quoted src
// right after "<img "). `map` returning nullopt drops the whole <img> element. Linear time.
QString mapBodyImages(
    const QString &bodyHtml, const std::function<std::optional<QString>(const QString &src)> &map);

}  // namespace newsdesk::render
