#include "store/SearchIndex.h"

#include "html/PlainText.h"
#include "store/Database.h"
#include "store/RowReaders.h"
#include "text/Folding.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace newsdesk {
namespace {

constexpr int kMaxQueryTokens = 16;
const QString kFoldVersionKey = QStringLiteral("search.fold_version");

}  // namespace

IndexedText SearchIndex::indexedText(
    const ArticleContent &content, QStringView bodyPlainText, int *bodyWords)
{
    IndexedText text;
    text.title = text::foldForSearch(content.title);
    text.body = text::foldForSearch(content.summary) + QLatin1Char(' ')
        + text::foldForSearch(bodyPlainText, bodyWords);
    const QString meta = content.author + QLatin1Char(' ') + content.category + QLatin1Char(' ')
        + content.tags.join(QLatin1Char(' '));
    text.meta = text::foldForSearch(meta);
    return text;
}

QString SearchIndex::matchExpression(const QStringList &tokens)
{
    QStringList quoted;
    for (const QString &token : tokens)
        quoted << QLatin1Char('"')
                + QString(token).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
    return quoted.join(QLatin1Char(' '));
}

Result<void> SearchIndex::add(qint64 rowId, const IndexedText &text)
{
    // Prepared once per SearchIndex: imports add thousands of rows in a row.
    if (!m_insert) {
        m_insert.emplace(m_db.connection());
        m_insert->prepare(QStringLiteral(
            "INSERT INTO article_search(rowid, title, body, meta) VALUES(?, ?, ?, ?)"));
    }
    QSqlQuery &query = *m_insert;
    query.addBindValue(rowId);
    query.addBindValue(text.title);
    query.addBindValue(text.body);
    query.addBindValue(text.meta);
    if (!query.exec())
        return m_db.errorFor(query);
    return {};
}

Result<void> SearchIndex::remove(qint64 rowId, const IndexedText &text)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO article_search(article_search, rowid, title, body, meta) "
                       "VALUES('delete', ?, ?, ?, ?)"));
    query.addBindValue(rowId);
    query.addBindValue(text.title);
    query.addBindValue(text.body);
    query.addBindValue(text.meta);
    if (!query.exec())
        return m_db.errorFor(query);
    return {};
}

Result<void> SearchIndex::rebuild()
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery clear(m_db.connection());
        if (!clear.exec(
                QStringLiteral("INSERT INTO article_search(article_search) VALUES('delete-all')")))
            return m_db.errorFor(clear);
        QSqlQuery rows(m_db.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT id, ") + store::kContentColumns
                + QStringLiteral(" FROM articles")))
            return m_db.errorFor(rows);
        while (rows.next()) {
            const ArticleContent content = store::readContent(rows, 1);
            if (auto added = add(rows.value(0).toLongLong(),
                    indexedText(content, html::toPlainText(content.bodyHtml)));
                !added)
                return added;
        }
        return m_db.setSetting(kFoldVersionKey, QString::number(text::kFoldVersion));
    });
}

Result<void> SearchIndex::ensureCurrent()
{
    auto version = m_db.setting(kFoldVersionKey);
    if (!version)
        return version.error();
    if (version->toInt() == text::kFoldVersion)
        return {};
    return rebuild();
}

Result<void> SearchIndex::collect(const QString &match, const SearchQuery &request,
    std::unordered_map<qint64, double> &scores) const
{
    // Newest first, at most kCandidatesPerPass rows: FTS5 walks its posting lists in rowid
    // order and stops there, so a syllable found in every article costs no more than a rare
    // one. The ranking function scores only the rows kept.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(request.status
            ? QStringLiteral("SELECT article_search.rowid, newsdesk_rank(article_search) "
                             "FROM article_search JOIN articles a ON a.id = article_search.rowid "
                             "WHERE article_search MATCH ? AND a.status = ? "
                             "ORDER BY article_search.rowid DESC LIMIT ?")
            : QStringLiteral("SELECT rowid, newsdesk_rank(article_search) FROM article_search "
                             "WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?"));
    query.addBindValue(match);
    if (request.status)
        query.addBindValue(statusKey(*request.status));
    query.addBindValue(kCandidatesPerPass);
    if (!query.exec())
        return m_db.errorFor(query);
    while (query.next())
        scores.emplace(query.value(0).toLongLong(), query.value(1).toDouble());
    return {};
}

Result<QList<SearchHit>> SearchIndex::search(const SearchQuery &request) const
{
    QStringList tokens = text::searchTokens(request.text);
    if (tokens.size() > kMaxQueryTokens)
        tokens = tokens.mid(0, kMaxQueryTokens);
    QList<SearchHit> hits;
    if (tokens.isEmpty() || request.limit <= 0)
        return hits;

    // Candidates come from up to three passes, best tier first, so that a title or phrase
    // match older than the newest kCandidatesPerPass scattered matches is still found.
    const QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
    QStringList passes {QStringLiteral("{title} : ") + phrase};
    if (tokens.size() > 1)
        passes << phrase;
    passes << matchExpression(tokens);
    std::unordered_map<qint64, double> scores;
    for (const QString &match : passes) {
        if (auto collected = collect(match, request, scores); !collected)
            return collected.error();
        if (qsizetype(scores.size()) >= request.limit)
            break;
    }
    if (scores.empty())
        return hits;

    std::vector<std::pair<qint64, double>> ranked(scores.begin(), scores.end());
    const size_t kept = std::min(ranked.size(), size_t(request.limit));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(kept), ranked.end(),
        [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second
                                        : a.first > b.first;  // newer first on ties
        });
    ranked.resize(kept);

    std::unordered_map<qint64, qsizetype> positionOf;
    QStringList ids;
    for (const auto &[rowId, score] : ranked) {
        SearchHit hit;
        hit.article.id = rowId;
        hit.score = score;
        positionOf.emplace(rowId, hits.size());
        ids << QString::number(rowId);
        hits.append(hit);
    }

    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT ") + store::kSummaryColumns
            + QStringLiteral(", summary, body_html FROM articles WHERE id IN (")
            + ids.join(QLatin1Char(',')) + QLatin1Char(')')))
        return m_db.errorFor(rows);
    while (rows.next()) {
        const ArticleSummary summary = store::readSummary(rows, 0);
        SearchHit &hit = hits[positionOf.at(summary.id)];
        hit.article = summary;
        hit.titleHighlights = text::findMatches(summary.title, tokens);
        const QString summaryText = rows.value(store::kSummaryColumnCount).toString();
        const QString bodyText
            = html::toPlainText(rows.value(store::kSummaryColumnCount + 1).toString());
        hit.snippet = text::makeSnippet(
            summaryText.isEmpty() ? bodyText : summaryText + u'\n' + bodyText, tokens);
    }
    return hits;
}

}  // namespace newsdesk
