#pragma once

#include "domain/Article.h"

#include <QDateTime>
#include <QString>

namespace newsdesk {

// A snapshot of an article's content at one moment: for history, diff and restore.
struct Revision {
    qint64 id = 0;
    qint64 articleId = 0;
    int number = 0;  // 1, 2, 3... per article
    ArticleContent content;
    QString contentHash;
    QString label;  // why it was taken: "Imported", "Saved", "Restored revision 3"...
    QString actor;  // who saved it
    QDateTime createdAt;  // UTC
};

}  // namespace newsdesk
