// Search: diacritic- and case-insensitive, đ folded, phrases and titles ranked first, the
// index kept in step with every write.
#include "TestStore.h"
#include "text/Folding.h"

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

QStringList titlesFor(TestStore &store, const QString &query, std::optional<Status> status = {})
{
    auto hits = store.articles->searchIndex().search(SearchQuery {query, 50, status});
    EXPECT_TRUE(hits.ok());
    QStringList titles;
    if (hits.ok()) {
        for (const auto &hit : *hits)
            titles << hit.article.title;
    }
    return titles;
}

}  // namespace

TEST(Search, MatchesWithOrWithoutDiacriticsAndCase)
{
    TestStore store;
    store.create(
        QStringLiteral("Mường Lay triển khai Nghị quyết"), QStringLiteral("<p>Nội dung.</p>"));
    store.create(QStringLiteral("Tin khác"), QStringLiteral("<p>Không liên quan.</p>"));
    for (const QString &query : {QStringLiteral("muong lay"), QStringLiteral("Mường Lay"),
             QStringLiteral("MUONG LAY"), QStringLiteral("MƯỜNG lay"),
             QStringLiteral("Mường Lay").normalized(QString::NormalizationForm_D)}) {
        SCOPED_TRACE(query.toStdString());
        EXPECT_EQ(titlesFor(store, query),
            QStringList {QStringLiteral("Mường Lay triển khai Nghị quyết")});
    }
}

TEST(Search, FoldsDStroke)
{
    TestStore store;
    store.create(
        QStringLiteral("An toàn"), QStringLiteral("<p>Huyện đảm bảo an toàn giao thông.</p>"));
    EXPECT_EQ(titlesFor(store, QStringLiteral("dam bao")).size(), 1);
    EXPECT_EQ(titlesFor(store, QStringLiteral("đảm bảo")).size(), 1);
    EXPECT_EQ(titlesFor(store, QStringLiteral("ĐẢM BẢO")).size(), 1);
}

TEST(Search, FindsSummaryAuthorAndTags)
{
    TestStore store;
    NewArticle article;
    article.content.title = QStringLiteral("Họp báo");
    article.content.summary = QStringLiteral("Sáng nay ở Sìn Hồ.");
    article.content.author = QStringLiteral("Lò Văn Pấng");
    article.content.tags = {QStringLiteral("HĐND")};
    ASSERT_TRUE(store.articles->create(article).ok());
    EXPECT_EQ(titlesFor(store, QStringLiteral("sin ho")).size(), 1);
    EXPECT_EQ(titlesFor(store, QStringLiteral("lo van pang")).size(), 1);
    EXPECT_EQ(titlesFor(store, QStringLiteral("hdnd")).size(), 1);
}

TEST(Search, TitleHitsRankAboveBodyHits)
{
    TestStore store;
    store.create(QStringLiteral("Tin trong thân bài"),
        QStringLiteral("<p>") + QStringLiteral("Lễ hội Mường Lay rất vui. ").repeated(20)
            + QStringLiteral("</p>"));
    store.create(QStringLiteral("Lễ hội Mường Lay"), QStringLiteral("<p>Một câu ngắn.</p>"));
    const QStringList titles = titlesFor(store, QStringLiteral("muong lay"));
    ASSERT_EQ(titles.size(), 2);
    EXPECT_EQ(titles.front(), QStringLiteral("Lễ hội Mường Lay"));
}

TEST(Search, PhraseRanksAboveScatteredSyllables)
{
    TestStore store;
    // Many scattered hits, and in the title too: still below the one real phrase.
    store.create(QStringLiteral("Lay mường"),
        QStringLiteral("<p>") + QStringLiteral("mường xa, lay gần. ").repeated(30)
            + QStringLiteral("</p>"));
    store.create(QStringLiteral("Tin địa phương"),
        QStringLiteral("<p>Đoàn công tác đến thị xã Mường Lay hôm qua.</p>"));
    const QStringList titles = titlesFor(store, QStringLiteral("muong lay"));
    ASSERT_EQ(titles.size(), 2);
    EXPECT_EQ(titles.front(), QStringLiteral("Tin địa phương"));
}

TEST(Search, AllSyllablesAreRequired)
{
    TestStore store;
    store.create(QStringLiteral("Mường Tè"), QStringLiteral("<p>Huyện biên giới.</p>"));
    EXPECT_TRUE(titlesFor(store, QStringLiteral("muong lay")).isEmpty());
    EXPECT_EQ(titlesFor(store, QStringLiteral("muong")).size(), 1);
}

TEST(Search, SnippetsKeepDiacriticsAndMarkMatches)
{
    TestStore store;
    store.create(QStringLiteral("Giao thông"),
        QStringLiteral("<p>Đầu năm, huyện đã <strong>đảm bảo</strong> an toàn.</p>"));
    auto hits = store.articles->searchIndex().search(SearchQuery {QStringLiteral("dam bao")});
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    const text::Snippet &snippet = hits->front().snippet;
    EXPECT_EQ(snippet.text, QStringLiteral("Đầu năm, huyện đã đảm bảo an toàn."));
    EXPECT_EQ(text::toHtml(snippet),
        QStringLiteral("Đầu năm, huyện đã <mark>đảm</mark> <mark>bảo</mark> an toàn."));
    EXPECT_TRUE(hits->front().titleHighlights.isEmpty());
}

TEST(Search, FollowsEditsInTheSameTransaction)
{
    TestStore store;
    const Article article
        = store.create(QStringLiteral("Bản tin"), QStringLiteral("<p>Lúa mùa bội thu.</p>"));
    ArticleContent edited = article.content;
    edited.bodyHtml = QStringLiteral("<p>Ngô đông được giá.</p>");
    ASSERT_TRUE(store.articles->saveContent(article.id, edited, SaveOptions {}).ok());
    EXPECT_TRUE(titlesFor(store, QStringLiteral("lua mua")).isEmpty());
    EXPECT_EQ(titlesFor(store, QStringLiteral("ngo dong")).size(), 1);
    // Restoring brings the old words back into the index.
    ASSERT_TRUE(store.articles->restoreRevision(article.id, 1, {}).ok());
    EXPECT_EQ(titlesFor(store, QStringLiteral("lua mua")).size(), 1);
    EXPECT_TRUE(titlesFor(store, QStringLiteral("ngo dong")).isEmpty());
}

TEST(Search, FiltersByStatusAndLimits)
{
    TestStore store;
    for (int i = 0; i < 30; ++i) {
        NewArticle article;
        article.content.title = QStringLiteral("Sơn La %1").arg(i);
        article.status = i < 10 ? Status::Published : Status::Draft;
        ASSERT_TRUE(store.articles->create(article, SaveOptions {}).ok());
    }
    EXPECT_EQ(titlesFor(store, QStringLiteral("son la")).size(), 30);
    EXPECT_EQ(titlesFor(store, QStringLiteral("son la"), Status::Published).size(), 10);
    auto limited
        = store.articles->searchIndex().search(SearchQuery {QStringLiteral("son la"), 5, {}});
    ASSERT_TRUE(limited.ok());
    EXPECT_EQ(limited->size(), 5);
}

TEST(Search, IgnoresQueriesWithoutWordsAndOddCharacters)
{
    TestStore store;
    store.create(QStringLiteral("Tin"), QStringLiteral("<p>Nội dung</p>"));
    EXPECT_TRUE(titlesFor(store, QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(titlesFor(store, QStringLiteral("\" * ( ) NEAR AND OR -")).isEmpty());
    EXPECT_EQ(titlesFor(store, QStringLiteral("\"noi\" (dung)")).size(), 1);
}

TEST(Search, RebuildsTheIndexWhenFoldingRulesChange)
{
    TestStore store;
    store.create(QStringLiteral("Điện Biên"), QStringLiteral("<p>Tin vùng cao.</p>"));
    ASSERT_TRUE(
        store.db->setSetting(QStringLiteral("search.fold_version"), QStringLiteral("0")).ok());
    store.reopen();
    EXPECT_EQ(*store.db->setting(QStringLiteral("search.fold_version")),
        QString::number(text::kFoldVersion));
    EXPECT_EQ(titlesFor(store, QStringLiteral("dien bien")).size(), 1);
    EXPECT_EQ(titlesFor(store, QStringLiteral("vung cao")).size(), 1);
}
