#pragma once

// How canonical HTML points at a photo of the local media store: "newsdesk-media:<sha256>".
// No "//": a 64-character hash is not a valid host name, and QUrl (and so QTextDocument and
// QtWebEngine) would refuse the URL.

#include "html/HtmlSanitizer.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace newsdesk::html {

inline QString mediaUrl(QStringView sha256)
{
    return kMediaScheme.toString() + u':' + sha256.toString();
}

// The sha256 a media URL names, or an empty string for any other URL. Also reads the older
// "newsdesk-media://<sha>" spelling.
inline QString mediaSha(QStringView url)
{
    const QString prefix = kMediaScheme.toString() + u':';
    if (!url.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    QStringView rest = url.mid(prefix.size());
    while (rest.startsWith(u'/'))
        rest = rest.mid(1);
    return rest.toString().toLower();
}

inline QString mediaSha(const QUrl &url)
{
    return mediaSha(url.toString());
}

}  // namespace newsdesk::html
