#pragma once

// Newsdesk's own article file: one JSON object per article, for export/import round trips
// and for scripts. {"format": "newsdesk-article", "version": 1, "uuid": ..., ...}

#include "domain/Article.h"
#include "util/Result.h"

#include <QJsonObject>

namespace newsdesk {

QJsonObject articleToJson(const Article &article);
// Reads what articleToJson wrote (ids of this store, such as featured media, are not kept).
Result<Article> articleFromJson(const QJsonObject &object);

}  // namespace newsdesk
