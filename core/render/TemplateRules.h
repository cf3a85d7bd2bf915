#pragma once

// What a portal template may refer to. A template is self-contained: page.html reaches its own
// files only through {{asset:path}} (or data: URLs), stylesheets only through relative url()s
// inside the folder. Nothing it contains may make a page load from the network, so neither the
// preview nor an exported file depends on (or reports to) a remote server.

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace newsdesk::render::template_rules {

// The first thing in page.html that could load something from outside the template (a remote
// or relative URL in src/href/srcset/url(), <script>, <iframe>, <base>, @import, a value
// placeholder inside a URL attribute…), as written; nullopt when there is none. Links (<a href>)
// are allowed: following one is a navigation, not a resource load.
std::optional<QString> firstForeignReference(QStringView pageHtml);

// Calls `map` with each url(…) target in `css` and writes what it returns back as url("…").
QString rewriteCssUrls(QStringView css, const std::function<QString(const QString &url)> &map);

// True when `css` has an @import rule (templates list their stylesheets in template.json).
bool hasImport(QStringView css);

// URLs that load nothing from elsewhere: data: URLs and #fragments.
bool isSelfContainedUrl(QStringView url);

// The template path a relative url() of the stylesheet `fromFile` points at (query and fragment
// dropped, percent-encoding decoded); nullopt for absolute URLs, other schemes, "//host" and
// paths leaving the folder.
std::optional<QString> resolveRelative(const QString &url, const QString &fromFile);

// "data:<mime>;base64,…"
QString dataUrl(const QString &mimeType, const QByteArray &bytes);

}  // namespace newsdesk::render::template_rules
