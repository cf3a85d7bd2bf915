#pragma once

// An article as the store keeps it. Plain data: the store fills ids, hashes and times.

#include "domain/Status.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace newsdesk {

// The fields a person writes. Everything the content hash covers lives here.
struct ArticleContent {
    QString title;
    QString summary;  // the "sapo" shown under the title
    QString bodyHtml;  // canonical HTML (see core/html)
    QString author;
    QString category;
    QStringList tags;
    std::optional<qint64> featuredMediaId;

    bool operator==(const ArticleContent &) const = default;
};

struct Article {
    qint64 id = 0;  // local row id; 0 until stored
    QString uuid;  // stable identity across machines and the portal
    ArticleContent content;
    Status status = Status::Draft;
    QDateTime publishAt;  // UTC; invalid when not set
    QString contentHash;  // sha256 hex of the content fields, see contentHash()
    int localRevision = 0;  // bumped on every saved change
    int wordCount = 0;
    QDateTime createdAt;  // UTC
    QDateTime updatedAt;  // UTC
};

// What the list view needs: no body, so a screen of rows stays cheap to load.
struct ArticleSummary {
    qint64 id = 0;
    QString uuid;
    QString title;
    QString author;
    Status status = Status::Draft;
    QDateTime publishAt;
    QDateTime updatedAt;
    int wordCount = 0;
};

// sha256 over the content fields in a fixed, unambiguous encoding. Two articles with equal
// content have equal hashes on every machine; approval records this value.
QString contentHash(const ArticleContent &content);

}  // namespace newsdesk
