// Store benchmarks on a synthetic Vietnamese corpus (see CorpusGenerator.h).
//
//   build/default/tests/bench/store_bench                      # 100,000 articles
//   NEWSDESK_BENCH_ARTICLES=2000 build/.../store_bench          # a quick run
//
// Each benchmark runs a fixed loop and reports median and p95 in milliseconds as counters,
// since the targets are stated as medians and percentiles.
#include "CorpusGenerator.h"
#include "html/RichTextDocument.h"
#include "model/ArticleListModel.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/SearchIndex.h"
#include "text/Folding.h"
#include "text/VietnameseText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

using namespace newsdesk;

namespace {

struct Figures {
    double median = 0;
    double p95 = 0;
};

Figures figuresOf(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
    };
    return Figures {at(0.5), at(0.95)};
}

int corpusSize()
{
    const int size = qEnvironmentVariableIntValue("NEWSDESK_BENCH_ARTICLES");
    return size > 0 ? size : 100000;
}

// The corpus and its store, built once per process by the import benchmark.
struct Corpus {
    QTemporaryDir dir;
    bench::CorpusGenerator generator;
    SystemClock clock;
    QString path;
    double importSeconds = 0;
    int articles = 0;

    // With NEWSDESK_BENCH_DIR set, the store is written there and kept (scripts/bench-cli.sh).
    Corpus()
    {
        const QString kept = qEnvironmentVariable("NEWSDESK_BENCH_DIR");
        if (kept.isEmpty()) {
            path = dir.filePath(QStringLiteral("bench.sqlite3"));
            return;
        }
        QDir().mkpath(kept);
        path = QDir(kept).filePath(QStringLiteral("bench.sqlite3"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
};

Corpus &corpus()
{
    static Corpus instance;
    return instance;
}

std::unique_ptr<Database> openStore()
{
    auto db = Database::open(Database::Options {corpus().path});
    if (!db)
        qFatal("cannot open the bench store: %s", qPrintable(db.error().message));
    return std::move(db.value());
}

void BM_BulkImport(benchmark::State &state)
{
    Corpus &c = corpus();
    for (auto _ : state) {
        auto db = openStore();
        ArticleStore store(*db, c.clock);
        const int total = corpusSize();
        constexpr int kBatch = 1000;
        double seconds = 0;
        for (int done = 0; done < total; done += kBatch) {
            QList<NewArticle> batch;
            for (int i = 0; i < std::min(kBatch, total - done); ++i) {
                NewArticle article;
                article.content = c.generator.article();
                article.status = Status((done + i) % 8);  // every workflow state, for the filters
                batch.append(article);
            }
            QElapsedTimer timer;
            timer.start();
            auto ids = store.createMany(batch, SaveOptions {});
            seconds += double(timer.nsecsElapsed()) / 1e9;
            if (!ids)
                qFatal("import failed: %s", qPrintable(ids.error().message));
        }
        state.SetIterationTime(seconds);
        c.importSeconds = seconds;
        c.articles = total;
    }
    state.counters["articles"] = c.articles;
    state.counters["articles_per_s"] = c.articles / c.importSeconds;
    state.counters["distinct_syllables"] = c.generator.distinctSyllables();
}
BENCHMARK(BM_BulkImport)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

// 1-, 2- and 3-syllable queries over very common, middling and rare words, with and without
// diacritics.
QStringList queryMix()
{
    const QStringList &lexicon = corpus().generator.lexicon();
    QStringList single;
    QStringList words2;
    QStringList words3;
    for (qsizetype rank = 0; rank < lexicon.size(); ++rank) {
        const int syllables = int(lexicon[rank].count(QLatin1Char(' '))) + 1;
        QStringList &bucket = syllables == 1 ? single : syllables == 2 ? words2 : words3;
        bucket << lexicon[rank];
    }
    QStringList mix;
    for (const QStringList *bucket : {&single, &words2, &words3}) {
        for (qsizetype rank : {0, 1, 2, 5, 10, 30, 100, 300, 1000, 2000}) {
            if (rank < bucket->size()) {
                mix << bucket->at(rank);
                mix << text::fold(bucket->at(rank));  // typed without diacritics
            }
        }
    }
    return mix;
}

void BM_Search(benchmark::State &state)
{
    auto db = openStore();
    ArticleStore store(*db, corpus().clock);
    const QStringList queries = queryMix();
    std::vector<double> ours;
    std::vector<double> raw;
    sqlite3 *rawDb = nullptr;
    sqlite3_open_v2(corpus().path.toUtf8().constData(), &rawDb, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *rank = nullptr;
    sqlite3_prepare_v2(rawDb,
        "SELECT rowid, bm25(article_search, 10.0, 1.0, 2.0) AS r FROM article_search "
        "WHERE article_search MATCH ?1 ORDER BY r LIMIT 50",
        -1, &rank, nullptr);
    sqlite3_stmt *fetch = nullptr;
    sqlite3_prepare_v2(
        rawDb, "SELECT title, body_html FROM articles WHERE id = ?1", -1, &fetch, nullptr);
    sqlite3_stmt *bounded = nullptr;
    sqlite3_prepare_v2(rawDb,
        "SELECT rowid, bm25(article_search, 10.0, 1.0, 2.0) FROM article_search "
        "WHERE article_search MATCH ?1 ORDER BY rowid DESC LIMIT 1000",
        -1, &bounded, nullptr);
    std::vector<double> rawBounded;
    qint64 hits = 0;

    for (auto _ : state) {
        for (int round = 0; round < 3; ++round) {
            for (const QString &query : queries) {
                QElapsedTimer timer;
                timer.start();
                auto found = store.searchIndex().search(SearchQuery {query, 50, std::nullopt});
                ours.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (!found)
                    qFatal("search failed: %s", qPrintable(found.error().message));
                hits += found->size();

                // The raw FTS5 query of the same meaning: folded tokens, all required, BM25
                // with the same column weights, top 50, then each row's title and body.
                timer.restart();
                const QByteArray match
                    = SearchIndex::matchExpression(text::searchTokens(query)).toUtf8();
                sqlite3_bind_text(rank, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
                while (sqlite3_step(rank) == SQLITE_ROW) {
                    sqlite3_bind_int64(fetch, 1, sqlite3_column_int64(rank, 0));
                    if (sqlite3_step(fetch) == SQLITE_ROW) {
                        benchmark::DoNotOptimize(sqlite3_column_text(fetch, 0));
                        benchmark::DoNotOptimize(sqlite3_column_text(fetch, 1));
                    }
                    sqlite3_reset(fetch);
                }
                sqlite3_reset(rank);
                raw.push_back(double(timer.nsecsElapsed()) / 1e6);

                // The same bounded passes as our search, with FTS5's own bm25() and no
                // snippets: what our ranking function and snippets cost on top of SQLite.
                timer.restart();
                const QStringList tokens = text::searchTokens(query);
                const QString phrase
                    = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
                QStringList passes {QStringLiteral("{title} : ") + phrase};
                if (tokens.size() > 1)
                    passes << phrase;
                passes << SearchIndex::matchExpression(tokens);
                std::unordered_map<qint64, double> scores;
                for (const QString &pass : passes) {
                    const QByteArray utf8 = pass.toUtf8();
                    sqlite3_bind_text(
                        bounded, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                    while (sqlite3_step(bounded) == SQLITE_ROW)
                        scores.emplace(
                            sqlite3_column_int64(bounded, 0), sqlite3_column_double(bounded, 1));
                    sqlite3_reset(bounded);
                    if (scores.size() >= 50)
                        break;
                }
                std::vector<std::pair<qint64, double>> best(scores.begin(), scores.end());
                const size_t kept = std::min<size_t>(50, best.size());
                std::partial_sort(best.begin(), best.begin() + qsizetype(kept), best.end(),
                    [](const auto &a, const auto &b) { return a.second < b.second; });
                for (size_t i = 0; i < kept; ++i) {
                    sqlite3_bind_int64(fetch, 1, best[i].first);
                    if (sqlite3_step(fetch) == SQLITE_ROW) {
                        benchmark::DoNotOptimize(sqlite3_column_text(fetch, 0));
                        benchmark::DoNotOptimize(sqlite3_column_text(fetch, 1));
                    }
                    sqlite3_reset(fetch);
                }
                rawBounded.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    sqlite3_finalize(rank);
    sqlite3_finalize(fetch);
    sqlite3_finalize(bounded);
    sqlite3_close(rawDb);
    const Figures o = figuresOf(ours);
    const Figures r = figuresOf(raw);
    state.counters["queries"] = double(ours.size());
    state.counters["hits_avg"] = double(hits) / double(ours.size());
    state.counters["median_ms"] = o.median;
    state.counters["p95_ms"] = o.p95;
    state.counters["raw_median_ms"] = r.median;
    state.counters["raw_p95_ms"] = r.p95;
    state.counters["ratio_median"] = o.median / r.median;
    state.counters["ratio_p95"] = o.p95 / r.p95;
    const Figures b = figuresOf(rawBounded);
    state.counters["raw_bounded_median_ms"] = b.median;
    state.counters["raw_bounded_p95_ms"] = b.p95;
    state.counters["ratio_bounded_median"] = o.median / b.median;
}
BENCHMARK(BM_Search)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_OpenAndFirstScreen(benchmark::State &state)
{
    std::vector<double> times;
    for (auto _ : state) {
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto db = openStore();
            ArticleStore store(*db, corpus().clock);
            auto rows = store.list(ListQuery {std::nullopt, 100, std::nullopt});
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!rows || rows->size() != std::min(100, corpus().articles))
                qFatal("first screen failed");
        }
    }
    const Figures f = figuresOf(times);
    state.counters["median_ms"] = f.median;
    state.counters["p95_ms"] = f.p95;
}
BENCHMARK(BM_OpenAndFirstScreen)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_SaveEditedArticle(benchmark::State &state)
{
    auto db = openStore();
    ArticleStore store(*db, corpus().clock);
    bench::CorpusGenerator words(7);
    NewArticle article;
    article.content.title = words.sentence(12, 12);
    QString body;
    for (int p = 0; p < 30; ++p)
        body += QStringLiteral("<p>") + words.sentence(50, 50)
            + QStringLiteral(".</p>\n");  // 1,500 words
    article.content.bodyHtml = body;
    auto created = store.create(article);
    if (!created)
        qFatal("create failed");
    std::vector<double> times;
    int words1500 = created->wordCount;
    for (auto _ : state) {
        for (int i = 0; i < 100; ++i) {
            ArticleContent edited = created->content;
            // One typed sentence more each time, as an autosave after some typing.
            edited.bodyHtml
                += QStringLiteral("<p>") + words.sentence(8, 8) + QStringLiteral("</p>");
            QElapsedTimer timer;
            timer.start();
            auto saved = store.saveContent(created->id, edited, SaveOptions {});
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!saved)
                qFatal("save failed");
        }
    }
    const Figures f = figuresOf(times);
    state.counters["words"] = words1500;
    state.counters["median_ms"] = f.median;
    state.counters["p95_ms"] = f.p95;
}
BENCHMARK(BM_SaveEditedArticle)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

// The editor's path for one autosave of a long article: the document (as the editor holds it)
// to canonical HTML, then the store's save (row + FTS + hash, synchronous=FULL).
void BM_SerializeAndSave5000Words(benchmark::State &state)
{
    auto db = openStore();
    ArticleStore store(*db, corpus().clock);
    bench::CorpusGenerator words(11);
    QString body;
    for (int p = 0; p < 100; ++p)
        body += QStringLiteral("<p>") + words.sentence(50, 50)
            + QStringLiteral(".</p>");  // 5,000 words
    NewArticle article;
    article.content.title = words.sentence(12, 12);
    article.content.bodyHtml = body;
    auto created = store.create(article);
    if (!created)
        qFatal("create failed");
    QTextDocument document;
    html::loadCanonical(document, created->content.bodyHtml);
    std::vector<double> serialize;
    std::vector<double> total;
    for (auto _ : state) {
        for (int i = 0; i < 50; ++i) {
            QTextCursor cursor(&document);
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(QStringLiteral(" thêm"));  // one more typed word each time
            QElapsedTimer timer;
            timer.start();
            ArticleContent content = created->content;
            content.bodyHtml = html::toCanonical(document);
            serialize.push_back(double(timer.nsecsElapsed()) / 1e6);
            auto saved = store.saveContent(created->id, content, SaveOptions {});
            total.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!saved)
                qFatal("save failed");
        }
    }
    state.counters["words"] = double(text::wordCount(document.toPlainText()));
    state.counters["serialize_median_ms"] = figuresOf(serialize).median;
    state.counters["median_ms"] = figuresOf(total).median;
    state.counters["p95_ms"] = figuresOf(total).p95;
}
BENCHMARK(BM_SerializeAndSave5000Words)->Iterations(1)->Unit(benchmark::kMillisecond);

// The list view's status filter: what ArticleListModel::setStatusFilter() costs (first page
// of 100 rows for one status out of eight).
void BM_FilterListByStatus(benchmark::State &state)
{
    auto db = openStore();
    ArticleStore store(*db, corpus().clock);
    ArticleListModel model(store);
    std::vector<double> times;
    for (auto _ : state) {
        for (int round = 0; round < 10; ++round) {
            for (int status = 0; status < 8; ++status) {
                QElapsedTimer timer;
                timer.start();
                model.setStatusFilter(Status(status));
                times.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (model.rowCount() == 0)
                    qFatal("filter found nothing");
            }
            model.setStatusFilter(std::nullopt);
        }
    }
    state.counters["median_ms"] = figuresOf(times).median;
    state.counters["p95_ms"] = figuresOf(times).p95;
}
BENCHMARK(BM_FilterListByStatus)->Iterations(1)->Unit(benchmark::kMillisecond);

// The list's search box: ArticleListModel::setSearchText() (the search and the snippets of up
// to kSearchLimit hits), for queries from rare to very common.
void BM_FilterListBySearch(benchmark::State &state)
{
    auto db = openStore();
    ArticleStore store(*db, corpus().clock);
    ArticleListModel model(store);
    const QStringList &lexicon = corpus().generator.lexicon();
    std::vector<double> times;
    for (auto _ : state) {
        for (int i = 0; i < 40; ++i) {
            // One and two syllables, from the most to the least frequent end of the lexicon.
            const QString query = i % 2 ? lexicon[(i * 37) % lexicon.size()]
                                        : lexicon[(i * 11) % lexicon.size()] + u' '
                    + lexicon[(i * 13 + 1) % lexicon.size()];
            QElapsedTimer timer;
            timer.start();
            model.setSearchText(query);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            model.setSearchText(QString());
        }
    }
    state.counters["median_ms"] = figuresOf(times).median;
    state.counters["p95_ms"] = figuresOf(times).p95;
}
BENCHMARK(BM_FilterListBySearch)->Iterations(1)->Unit(benchmark::kMillisecond);

// Sorting the list by each column: the first screen, then ten pages further down (keyset
// pages on the sort-key indexes).
void BM_SortList(benchmark::State &state)
{
    auto db = openStore();
    ArticleStore store(*db, corpus().clock);
    ArticleListModel model(store);
    std::vector<double> firstPage;
    std::vector<double> deeperPage;
    for (auto _ : state) {
        for (int round = 0; round < 4; ++round) {
            for (int column = 0; column < ArticleListModel::ColumnCount; ++column) {
                QElapsedTimer timer;
                timer.start();
                model.sort(column, round % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
                firstPage.push_back(double(timer.nsecsElapsed()) / 1e6);
                for (int page = 0; page < 10 && model.canFetchMore({}); ++page) {
                    timer.restart();
                    model.fetchMore({});
                    deeperPage.push_back(double(timer.nsecsElapsed()) / 1e6);
                }
            }
        }
    }
    state.counters["first_page_median_ms"] = figuresOf(firstPage).median;
    state.counters["first_page_p95_ms"] = figuresOf(firstPage).p95;
    state.counters["next_page_median_ms"] = figuresOf(deeperPage).median;
}
BENCHMARK(BM_SortList)->Iterations(1)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // QTextDocument needs a QGuiApplication; no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
