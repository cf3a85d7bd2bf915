#pragma once

// "Copy for the portal": what goes on the clipboard for pasting into a portal's web editor when
// the portal has no API. The editor there has its own title field, so the title is left out by
// default; the rest reads as the portal's article page does: posting-time line, the summary as a
// bold first paragraph, the canonical body, and the right-aligned author line. Local photos
// become data: URLs (they were shrunk on insert, so the clipboard stays reasonable).

#include "domain/Article.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace newsdesk::render {

struct PortalHandOff {
    QString html;  // text/html flavour: a fragment, no <html>/<head>
    QString plainText;  // text/plain flavour: the same lines, paragraphs separated by blank lines
};

struct HandOffOptions {
    QTimeZone portalZone;  // invalid: portal_time::defaultZone()
    bool includeTitle = false;  // as an <h1> first, for editors without a title field
};

// mediaBytes: the bytes of a media-store photo by sha256, or nullopt (the photo is then left
// out: a newsdesk-media: URL means nothing outside Newsdesk). Other image URLs stay as they are.
PortalHandOff portalHandOff(const Article &article,
    const std::function<std::optional<QByteArray>(const QString &sha256)> &mediaBytes,
    const HandOffOptions &options = {});

}  // namespace newsdesk::render
