// The article list model: lazy paging over the store, status filter, checked by Qt's
// QAbstractItemModelTester.
#include "TestStore.h"
#include "model/ArticleListModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

// Turns the tester's warnings into test failures.
int g_modelTesterFailures = 0;
void countFailures(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        ++g_modelTesterFailures;
        ADD_FAILURE() << message.toStdString();
    }
}

void fill(TestStore &store, int count)
{
    QList<NewArticle> articles;
    for (int i = 0; i < count; ++i) {
        NewArticle article;
        article.content.title = QStringLiteral("Bài %1").arg(i);
        article.content.author = QStringLiteral("Tác giả");
        article.status = i % 2 ? Status::InReview : Status::Draft;
        articles.append(article);
    }
    ASSERT_TRUE(store.articles->createMany(articles, SaveOptions {}).ok());
}

}  // namespace

TEST(ArticleListModel, LoadsAPageAtATimeAndPassesTheModelTester)
{
    TestStore store;
    fill(store, 250);
    g_modelTesterFailures = 0;
    const auto previous = qInstallMessageHandler(countFailures);
    {
        ArticleListModel model(*store.articles);
        EXPECT_EQ(model.rowCount(), ArticleListModel::kPageSize);  // one page, not the store
        EXPECT_TRUE(model.canFetchMore({}));
        model.fetchMore({});
        EXPECT_EQ(model.rowCount(), 2 * ArticleListModel::kPageSize);
        // The tester checks every signal from here on (it fetches more by itself too).
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
        while (model.canFetchMore({}))
            model.fetchMore({});
        EXPECT_EQ(model.rowCount(), 250);
        EXPECT_FALSE(model.canFetchMore({}));
        EXPECT_EQ(model.columnCount(), ArticleListModel::ColumnCount);
        EXPECT_EQ(model.headerData(ArticleListModel::TitleColumn, Qt::Horizontal).toString(),
            QStringLiteral("Title"));
        const QModelIndex first = model.index(0, ArticleListModel::TitleColumn);
        EXPECT_TRUE(model.data(first).toString().startsWith(QStringLiteral("Bài ")));
        EXPECT_EQ(model.data(model.index(0, ArticleListModel::AuthorColumn)).toString(),
            QStringLiteral("Tác giả"));
        EXPECT_FALSE(model.data(first, ArticleListModel::UuidRole).toString().isEmpty());

        model.setStatusFilter(Status::InReview);
        EXPECT_GE(model.rowCount(), 100);
        while (model.canFetchMore({}))
            model.fetchMore({});
        EXPECT_EQ(model.rowCount(), 125);
        EXPECT_EQ(model
                      .data(model.index(0, ArticleListModel::StatusColumn),
                          ArticleListModel::StatusKeyRole)
                      .toString(),
            QStringLiteral("in_review"));
        model.setStatusFilter(std::nullopt);
        EXPECT_GE(model.rowCount(), 100);
        model.refresh();
        EXPECT_GE(model.rowCount(), 100);
    }
    qInstallMessageHandler(previous);
    EXPECT_EQ(g_modelTesterFailures, 0);
}

TEST(ArticleListModel, ShowsTimesInThePortalZone)
{
    TestStore store;
    NewArticle article;
    article.content.title = QStringLiteral("Lịch");
    article.publishAt = QDateTime(QDate(2021, 1, 15), QTime(13, 56, 49), Qt::UTC);
    ASSERT_TRUE(store.articles->create(article).ok());
    ArticleListModel model(*store.articles);
    EXPECT_EQ(model.data(model.index(0, ArticleListModel::PublishColumn)).toString(),
        QStringLiteral("15/01/2021 20:56"));
}
