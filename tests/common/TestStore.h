#pragma once

// A fresh store in a temporary folder, with a clock the test controls.

#include "QtPrinters.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace newsdesk::testing {

inline QDateTime fixedStart()
{
    return QDateTime(QDate(2026, 1, 15), QTime(13, 56, 49), Qt::UTC);
}

struct TestStore {
    QTemporaryDir dir;
    ManualClock clock {fixedStart()};
    std::unique_ptr<Database> db;
    std::unique_ptr<ArticleStore> articles;
    std::unique_ptr<MediaStore> media;

    TestStore() { reopen(); }

    QString path() const { return dir.filePath(QStringLiteral("store.sqlite3")); }

    void reopen()
    {
        articles.reset();
        media.reset();
        db.reset();
        auto opened = Database::open(Database::Options {path()});
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return;
        }
        db = std::move(opened.value());
        articles = std::make_unique<ArticleStore>(*db, clock);
        media = std::make_unique<MediaStore>(*db, clock);
    }

    Article create(const QString &title, const QString &body, const QString &author = {})
    {
        NewArticle article;
        article.content.title = title;
        article.content.bodyHtml = body;
        article.content.author = author;
        auto created = articles->create(article);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message.toStdString());
        clock.advanceMs(1000);
        return created.ok() ? created.value() : Article {};
    }
};

}  // namespace newsdesk::testing
