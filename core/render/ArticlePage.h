#pragma once

// An article as the portal's article page shows it: title, "Thời gian đăng: …", summary,
// body, "Tác giả: …". A pure function of the article: used by export now and by the preview
// (with replaceable portal templates) later.

#include "domain/Article.h"

#include <QString>
#include <QTimeZone>

#include <functional>

namespace newsdesk::render {

struct PageOptions {
    QTimeZone portalZone;
    QString portalName;  // shown in the banner; empty: no banner
    // Maps each image src of the body (e.g. newsdesk-media:…) to what the page should load.
    std::function<QString(const QString &src)> mapImageSource;
};

QString articlePage(const Article &article, const PageOptions &options);

}  // namespace newsdesk::render
