#include "store/SearchRanking.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace newsdesk {
namespace {

constexpr int kColumns = 3;
constexpr int kTitleColumn = 0;
constexpr std::array<double, kColumns> kWeights {kTitleWeight, kBodyWeight, kMetaWeight};
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Per-query figures, computed once on the first row and kept as FTS5 auxdata.
struct QueryStats {
    int phraseCount = 0;
    std::array<double, kColumns> averageLength {};
};

struct Hit {
    int column;
    int offset;
    int phrase;
    bool operator<(const Hit &other) const
    {
        return column != other.column ? column < other.column : offset < other.offset;
    }
};

QueryStats *queryStats(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    if (auto *stats = static_cast<QueryStats *>(api->xGetAuxdata(fts, 0)))
        return stats;
    auto *stats = new QueryStats;
    stats->phraseCount = api->xPhraseCount(fts);
    // Both figures are kept by FTS5 itself: no scan of the index.
    sqlite3_int64 rows = 0;
    *rc = api->xRowCount(fts, &rows);
    for (int column = 0; column < kColumns && *rc == SQLITE_OK; ++column) {
        sqlite3_int64 total = 0;
        *rc = api->xColumnTotalSize(fts, column, &total);
        stats->averageLength[column] = rows > 0 ? double(total) / double(rows) : 1.0;
    }
    if (*rc != SQLITE_OK) {
        delete stats;
        return nullptr;
    }
    *rc = api->xSetAuxdata(fts, stats, [](void *p) { delete static_cast<QueryStats *>(p); });
    return *rc == SQLITE_OK ? stats : nullptr;
}

// True when the phrases stand one after another, in query order, somewhere in `column`
// (any column when column < 0). `hits` is sorted by (column, offset).
bool hasAdjacentRun(const std::vector<Hit> &hits, int phraseCount, int column)
{
    for (const Hit &start : hits) {
        if (start.phrase != 0 || (column >= 0 && start.column != column))
            continue;
        bool complete = true;
        for (int k = 1; k < phraseCount && complete; ++k) {
            const Hit wanted {start.column, start.offset + k, k};
            auto range = std::equal_range(hits.begin(), hits.end(), wanted);
            complete = std::any_of(
                range.first, range.second, [k](const Hit &hit) { return hit.phrase == k; });
        }
        if (complete)
            return true;
    }
    return false;
}

void rank(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int, sqlite3_value **)
{
    int rc = SQLITE_OK;
    QueryStats *stats = queryStats(api, fts, &rc);
    if (!stats) {
        sqlite3_result_error_code(context, rc == SQLITE_OK ? SQLITE_ERROR : rc);
        return;
    }
    const int phrases = stats->phraseCount;
    thread_local std::vector<Hit> hits;
    thread_local std::vector<int> frequency;  // [phrase * kColumns + column]
    hits.clear();
    frequency.assign(size_t(phrases) * kColumns, 0);

    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        Hit hit {};
        rc = api->xInst(fts, i, &hit.phrase, &hit.column, &hit.offset);
        if (rc == SQLITE_OK && hit.column >= 0 && hit.column < kColumns) {
            ++frequency[size_t(hit.phrase) * kColumns + size_t(hit.column)];
            hits.push_back(hit);
        }
    }
    std::array<int, kColumns> lengths {};
    for (int column = 0; column < kColumns && rc == SQLITE_OK; ++column)
        rc = api->xColumnSize(fts, column, &lengths[column]);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }

    double bm25 = 0.0;
    bool allInTitle = true;
    for (int phrase = 0; phrase < phrases; ++phrase) {
        double weighted = 0.0;
        for (int column = 0; column < kColumns; ++column) {
            const double tf = frequency[size_t(phrase) * kColumns + size_t(column)];
            if (tf <= 0)
                continue;
            const double norm
                = 1.0 - kB + kB * lengths[column] / std::max(stats->averageLength[column], 1.0);
            weighted += kWeights[column] * (tf * (kK1 + 1.0)) / (tf + kK1 * norm);
        }
        bm25 += weighted;
        allInTitle = allInTitle && frequency[size_t(phrase) * kColumns + kTitleColumn] > 0;
    }

    int tier = 0;
    if (phrases <= 1) {
        tier = allInTitle ? 3 : 2;
    } else {
        std::sort(hits.begin(), hits.end());
        if (hasAdjacentRun(hits, phrases, kTitleColumn))
            tier = 3;
        else if (hasAdjacentRun(hits, phrases, -1))
            tier = 2;
        else
            tier = allInTitle ? 1 : 0;
    }
    sqlite3_result_double(context, tier * kTierStep + bm25);
}

}  // namespace

bool registerSearchRanking(sqlite3 *db)
{
    if (!db)
        return false;
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return false;
    return api->xCreateFunction(api, "newsdesk_rank", nullptr, rank, nullptr) == SQLITE_OK;
}

}  // namespace newsdesk
