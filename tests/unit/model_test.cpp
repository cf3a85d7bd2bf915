// The article list model: lazy paging over the store, status filter, checked by Qt's
// QAbstractItemModelTester.
#include "TestStore.h"
#include "model/ArticleListModel.h"
#include "model/RevisionListModel.h"
#include "text/Folding.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

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

// While alive, every warning (what QAbstractItemModelTester reports) fails the test.
struct TesterWarningsFail {
    TesterWarningsFail()
    {
        g_modelTesterFailures = 0;
        previous = qInstallMessageHandler(countFailures);
    }
    ~TesterWarningsFail()
    {
        qInstallMessageHandler(previous);
        EXPECT_EQ(g_modelTesterFailures, 0);
    }
    QtMessageHandler previous = nullptr;
};

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
    const TesterWarningsFail failOnWarnings;
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

namespace {

// Collects every title the model shows, fetching page after page.
QStringList allTitles(ArticleListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles << model.summaryAt(row).title;
    return titles;
}

}  // namespace

TEST(ArticleListModel, SortsInTheStoreAcrossPagesTheWayAVietnameseReaderExpects)
{
    TestStore store;
    // More than two pages, with titles that need folding to sort right: "Đà Lạt" goes with D,
    // "ẩm thực" with A, whatever the case.
    const QStringList stems {QStringLiteral("Đà Lạt"), QStringLiteral("ẩm thực"),
        QStringLiteral("Bản tin"), QStringLiteral("dân số"), QStringLiteral("Ánh sáng"),
        QStringLiteral("Zalo"), QStringLiteral("Ê-đê"), QStringLiteral("Ơn nghĩa")};
    QList<NewArticle> articles;
    for (int i = 0; i < 240; ++i) {
        NewArticle article;
        article.content.title
            = stems[i % stems.size()] + QStringLiteral(" %1").arg(i, 3, 10, QLatin1Char('0'));
        article.content.author = i % 2 ? QStringLiteral("Đỗ Hà") : QStringLiteral("An Bình");
        articles.append(article);
    }
    ASSERT_TRUE(store.articles->createMany(articles, SaveOptions {}).ok());

    const TesterWarningsFail failOnWarnings;
    {
        ArticleListModel model(*store.articles);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        const QStringList ascending = allTitles(model);
        ASSERT_EQ(ascending.size(), 240);
        QStringList expected;
        for (const NewArticle &article : articles)
            expected << article.content.title;
        std::sort(expected.begin(), expected.end(),
            [](const QString &a, const QString &b) { return text::fold(a) < text::fold(b); });
        EXPECT_EQ(ascending, expected);
        EXPECT_TRUE(ascending.front().startsWith(QStringLiteral("ẩm thực")));  // am < anh
        EXPECT_TRUE(ascending.back().startsWith(QStringLiteral("Zalo")));

        model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
        QStringList descending = allTitles(model);
        std::reverse(descending.begin(), descending.end());
        EXPECT_EQ(descending, expected);

        model.sort(ArticleListModel::AuthorColumn, Qt::AscendingOrder);
        allTitles(model);
        EXPECT_EQ(model.summaryAt(0).author, QStringLiteral("An Bình"));
        EXPECT_EQ(model.summaryAt(239).author, QStringLiteral("Đỗ Hà"));

        // A filter and an order together.
        model.setStatusFilter(Status::Draft);
        EXPECT_EQ(allTitles(model).size(), 240);
        model.setStatusFilter(Status::Approved);
        EXPECT_EQ(model.rowCount(), 0);
    }
}

TEST(ArticleListModel, SearchModeShowsTheBestHitsWithMarkedSnippets)
{
    TestStore store;
    store.create(QStringLiteral("Mường Lay đón khách"),
        QStringLiteral("<p>Thị xã Mường Lay đảm bảo an toàn cho du khách.</p>"));
    store.create(QStringLiteral("Tin khác"), QStringLiteral("<p>Không liên quan.</p>"));
    store.create(QStringLiteral("Giao thông"),
        QStringLiteral("<p>Công an đảm bảo an toàn giao thông dịp Tết.</p>"));

    const TesterWarningsFail failOnWarnings;
    {
        ArticleListModel model(*store.articles);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
        EXPECT_EQ(model.rowCount(), 3);
        model.setSearchText(QStringLiteral("  dam bao "));
        EXPECT_TRUE(model.isSearching());
        EXPECT_EQ(model.searchText(), QStringLiteral("dam bao"));
        ASSERT_EQ(model.rowCount(), 2);
        EXPECT_FALSE(model.canFetchMore({}));
        const QString snippet
            = model.data(model.index(0, 0), ArticleListModel::SnippetHtmlRole).toString();
        EXPECT_TRUE(snippet.contains(QStringLiteral("<mark>đảm</mark> <mark>bảo</mark>")))
            << snippet.toStdString();

        model.setSearchText(QStringLiteral("muong lay"));
        ASSERT_EQ(model.rowCount(), 1);
        EXPECT_EQ(model.data(model.index(0, 0), ArticleListModel::TitleHtmlRole).toString(),
            QStringLiteral("<mark>Mường</mark> <mark>Lay</mark> đón khách"));

        model.setSearchText(QString());
        EXPECT_FALSE(model.isSearching());
        EXPECT_EQ(model.rowCount(), 3);
        EXPECT_TRUE(
            model.data(model.index(0, 0), ArticleListModel::SnippetHtmlRole).toString().isEmpty());
    }
}

TEST(RevisionListModel, ListsRevisionsNewestFirstAndPassesTheModelTester)
{
    TestStore store;
    const Article article = store.create(QStringLiteral("Tin"), QStringLiteral("<p>Một.</p>"));
    ArticleContent content = article.content;
    for (int i = 2; i <= 4; ++i) {
        content.bodyHtml = QStringLiteral("<p>Bản %1.</p>").arg(i);
        SaveOptions options;
        options.recordRevision = true;
        options.label = QStringLiteral("Lần %1").arg(i);
        options.actor = QStringLiteral("Nguyễn Thị Hoa");
        ASSERT_TRUE(store.articles->saveContent(article.id, content, options).ok());
        store.clock.advanceMs(60000);
    }
    const TesterWarningsFail failOnWarnings;
    {
        RevisionListModel model(*store.articles);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
        EXPECT_EQ(model.rowCount(), 0);
        model.setArticle(article.id);
        ASSERT_EQ(model.rowCount(), 4);
        EXPECT_EQ(model.revisionAt(0).number, 4);
        EXPECT_EQ(model.data(model.index(0, RevisionListModel::LabelColumn)).toString(),
            QStringLiteral("Lần 4"));
        EXPECT_EQ(model.data(model.index(0, RevisionListModel::ActorColumn)).toString(),
            QStringLiteral("Nguyễn Thị Hoa"));
        // 13:56:49 UTC is 20:56:49 in the portal's zone.
        EXPECT_EQ(model.data(model.index(3, RevisionListModel::TimeColumn)).toString(),
            QStringLiteral("15/01/2026 20:56:49"));
        EXPECT_EQ(model.rowOfNumber(1), 3);
        EXPECT_EQ(model.rowOfNumber(9), -1);
        model.setArticle(0);
        EXPECT_EQ(model.rowCount(), 0);
    }
}

TEST(Migrations, FillSortKeysForArticlesWrittenBeforeThem)
{
    TestStore store;
    store.create(
        QStringLiteral("Đà Lạt mộng mơ"), QStringLiteral("<p>x</p>"), QStringLiteral("Lê Đức"));
    QSqlQuery query(store.db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT title_key, author_key FROM articles")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("da lat mong mo"));
    EXPECT_EQ(query.value(1).toString(), QStringLiteral("le duc"));
    // The SQL function the upgrade uses folds the same way.
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT newsdesk_fold('Đường ĐÈO Ô Quy Hồ')")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("duong deo o quy ho"));
}

TEST(ArticleListModel, ShowsOnlyTheGivenRowsUntilTheFilterChanges)
{
    TestStore store;
    fill(store, 30);
    const TesterWarningsFail failOnWarnings;
    ArticleListModel model(*store.articles);
    QAbstractItemModelTester tester(
        &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const QList<ArticleSummary> inbox {model.summaryAt(3), model.summaryAt(7)};
    model.showOnly(inbox);
    EXPECT_TRUE(model.isShowingOnly());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.summaryAt(1).id, inbox[1].id);
    EXPECT_FALSE(model.canFetchMore({}));
    model.setStatusFilter(std::nullopt);  // the same filter as before still leaves the inbox
    EXPECT_FALSE(model.isShowingOnly());
    EXPECT_EQ(model.rowCount(), 30);
}
