#include "model/ArticleListModel.h"

#include "html/PlainText.h"
#include "io/PortalTime.h"
#include "store/ArticleStore.h"
#include "text/Snippet.h"

#include <QLocale>

namespace newsdesk {

ArticleListModel::ArticleListModel(ArticleStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_zone(portal_time::defaultZone())
{
    refresh();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows.at(index.row());
    auto shownTime = [this](const QDateTime &utc) -> QVariant {
        if (!utc.isValid())
            return {};
        return QLocale().toString(utc.toTimeZone(m_zone), QStringLiteral("dd/MM/yyyy HH:mm"));
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title.isEmpty() ? tr("(untitled)") : row.title;
        case StatusColumn:
            return statusDisplayName(row.status);
        case AuthorColumn:
            return row.author;
        case UpdatedColumn:
            return shownTime(row.updatedAt);
        case PublishColumn:
            return shownTime(row.publishAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return tr("%1\n%n word(s)", nullptr, row.wordCount).arg(row.title);
        return {};
    case IdRole:
        return row.id;
    case UuidRole:
        return row.uuid;
    case StatusKeyRole:
        return statusKey(row.status);
    case TitleHtmlRole:
        return index.row() < m_highlights.size() ? m_highlights.at(index.row()).titleHtml
                                                 : QString();
    case SnippetHtmlRole:
        return index.row() < m_highlights.size() ? m_highlights.at(index.row()).snippetHtml
                                                 : QString();
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case AuthorColumn:
        return tr("Author");
    case UpdatedColumn:
        return tr("Updated");
    case PublishColumn:
        return tr("Publish time");
    default:
        return {};
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while our own reset or insertion is being announced: listeners of those signals
    // (views, QAbstractItemModelTester) may ask, and a nested insertion would corrupt them.
    return !parent.isValid() && !m_exhausted && !m_announcing;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadPage();
}

bool ArticleListModel::loadPage()
{
    ListQuery query;
    query.status = m_status;
    query.limit = kPageSize;
    query.order = m_order;
    if (!m_rows.isEmpty())
        query.after = ListCursor::after(m_rows.back(), m_order);
    auto page = m_store.list(query);
    if (!page) {
        m_exhausted = true;  // do not retry in a loop; refresh() tries again
        Q_EMIT loadFailed(page.error().message);
        return false;
    }
    m_exhausted = page->size() < kPageSize;
    if (page->isEmpty())
        return true;
    m_announcing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
    m_announcing = false;
    return true;
}

void ArticleListModel::setStatusFilter(std::optional<Status> status)
{
    if (status == m_status && !m_showingOnly)
        return;
    m_status = status;
    refresh();
}

void ArticleListModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, UpdatedColumn), index(int(m_rows.size()) - 1, PublishColumn));
}

int ArticleListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return int(row);
    }
    return -1;
}

void ArticleListModel::refreshArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    auto article = m_store.get(id);
    if (!article)
        return;
    ArticleSummary &summary = m_rows[row];
    if (row < m_highlights.size() && summary.title != article->content.title)
        m_highlights[row].titleHtml = html::escape(article->content.title);  // marks are stale
    summary.title = article->content.title;
    summary.author = article->content.author;
    summary.status = article->status;
    summary.publishAt = article->publishAt;
    summary.updatedAt = article->updatedAt;
    summary.wordCount = article->wordCount;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    static constexpr ListSortKey kKeys[ColumnCount] = {ListSortKey::Title, ListSortKey::Status,
        ListSortKey::Author, ListSortKey::Updated, ListSortKey::PublishAt};
    if (column < 0 || column >= ColumnCount)
        return;
    const ListOrder wanted {kKeys[column], order == Qt::DescendingOrder};
    if (wanted == m_order)
        return;
    m_order = wanted;
    if (!isSearching())  // search hits stay in order of relevance
        refresh();
}

void ArticleListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_searchText && !m_showingOnly)
        return;
    m_searchText = trimmed;
    refresh();
}

void ArticleListModel::loadSearch()
{
    auto hits = m_store.searchIndex().search(SearchQuery {m_searchText, kSearchLimit, m_status});
    m_announcing = true;
    beginResetModel();
    m_rows.clear();
    m_highlights.clear();
    if (hits) {
        for (const SearchHit &hit : *hits) {
            m_rows.append(hit.article);
            text::Snippet title {hit.article.title, hit.titleHighlights};
            m_highlights.append(Highlighted {text::toHtml(title), text::toHtml(hit.snippet)});
        }
    }
    m_exhausted = true;
    endResetModel();
    m_announcing = false;
    if (!hits)
        Q_EMIT loadFailed(hits.error().message);
}

void ArticleListModel::showOnly(const QList<ArticleSummary> &rows)
{
    m_announcing = true;
    beginResetModel();
    m_showingOnly = true;
    m_searchText.clear();
    m_rows = rows;
    m_highlights.clear();
    m_exhausted = true;
    endResetModel();
    m_announcing = false;
}

void ArticleListModel::refresh()
{
    m_showingOnly = false;
    if (isSearching()) {
        loadSearch();
        return;
    }
    // Read first, then swap in one reset: views never see an empty list in between, and no
    // rows are inserted while a reset is in flight.
    auto page = m_store.list(ListQuery {m_status, kPageSize, std::nullopt, m_order});
    m_announcing = true;
    beginResetModel();
    m_highlights.clear();
    m_rows = page ? *page : QList<ArticleSummary>();
    m_exhausted = !page || page->size() < kPageSize;
    endResetModel();
    m_announcing = false;
    if (!page)
        Q_EMIT loadFailed(page.error().message);
}

}  // namespace newsdesk
