#pragma once

// Full-text search over folded text (FTS5, contentless). The index holds only what is needed
// to FIND rows; titles and snippets come from the articles themselves, with their diacritics.
//
// Ranking (see SearchRanking.h): title phrase > body phrase > scattered in title > scattered,
// then term frequency. Each tier is looked up newest-first and at most kCandidatesPerPass rows
// deep, which bounds the cost of a query for a syllable that is in every article: among more
// matches than that in one tier, the newest are the ones ranked — what a newsroom looks for.

#include "domain/Article.h"
#include "text/Snippet.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <QSqlQuery>

#include <optional>
#include <unordered_map>

namespace newsdesk {

class Database;

struct SearchQuery {
    QString text;
    int limit = 50;
    std::optional<Status> status;
};

struct SearchHit {
    ArticleSummary article;
    QList<text::TextRange> titleHighlights;
    text::Snippet snippet;
    double score = 0;
};

// The folded columns of one article as the index stores them.
struct IndexedText {
    QString title;
    QString body;  // summary + body text
    QString meta;  // author, category, tags
};

class SearchIndex {
public:
    explicit SearchIndex(Database &db) : m_db(db) { }

    Result<QList<SearchHit>> search(const SearchQuery &query) const;

    // Called by ArticleStore inside its transactions. `remove` must be given exactly what
    // was indexed: a contentless index forgets a row only by its tokens.
    Result<void> add(qint64 rowId, const IndexedText &text);
    Result<void> remove(qint64 rowId, const IndexedText &text);

    // Re-indexes every article (after a change of the folding rules).
    Result<void> rebuild();
    // Rebuilds when the store was indexed with other folding rules than this build's.
    Result<void> ensureCurrent();

    // `bodyWords`, when given, receives the body's word count (counted in the same pass).
    static IndexedText indexedText(
        const ArticleContent &content, QStringView bodyPlainText, int *bodyWords = nullptr);
    // The FTS5 MATCH expression for query tokens: each token a quoted string, all required.
    static QString matchExpression(const QStringList &tokens);

    // How many of the newest matching articles each search pass scores at most.
    static constexpr int kCandidatesPerPass = 1000;

private:
    Result<void> collect(const QString &match, const SearchQuery &request,
        std::unordered_map<qint64, double> &scores) const;

    Database &m_db;
    std::optional<QSqlQuery> m_insert;
};

}  // namespace newsdesk
