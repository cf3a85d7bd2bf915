#pragma once

// The article list as a table model over the store. Rows arrive a page at a time as the view
// scrolls (fetchMore), so a store of 100,000 articles opens as fast as one of ten. Sorting is
// done by the store (keyset pages in the chosen order). With search text, the rows are the
// best search hits instead, in order of relevance, each with a highlighted snippet.

#include "domain/Article.h"
#include "store/ArticleStore.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace newsdesk {

class ArticleStore;

class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        StatusColumn,
        AuthorColumn,
        UpdatedColumn,
        PublishColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        UuidRole,
        StatusKeyRole,
        // Search mode only: the title and a passage of the text, as HTML with the words that
        // matched in <mark>. Empty outside search mode.
        TitleHtmlRole,
        SnippetHtmlRole,
    };

    explicit ArticleListModel(ArticleStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Asks the store for the rows in this order (keyset paging, so still lazy).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    ListOrder order() const { return m_order; }

    // Non-empty text switches to search mode: the best kSearchLimit hits, by relevance. The
    // status filter still applies.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return !m_searchText.isEmpty(); }
    static constexpr int kSearchLimit = 100;

    void setStatusFilter(std::optional<Status> status);
    std::optional<Status> statusFilter() const { return m_status; }
    void setDisplayZone(const QTimeZone &zone);
    // Shows exactly these rows (an inbox list) until the filter, the search or refresh() changes
    // what is shown.
    void showOnly(const QList<ArticleSummary> &rows);
    bool isShowingOnly() const { return m_showingOnly; }

    // Reloads the first page (after the store changed).
    void refresh();
    // Re-reads one article's row in place (after an autosave): no reset, no reordering, so
    // the selection and the scroll position stay where the person left them.
    void refreshArticle(qint64 id);
    // The row showing article `id`, or -1 when it is not loaded.
    int rowOf(qint64 id) const;

    const ArticleSummary &summaryAt(int row) const { return m_rows.at(row); }
    static constexpr int kPageSize = 100;

Q_SIGNALS:
    // A read failed (locked, damaged...): the view shows the message; rows already shown stay.
    void loadFailed(const QString &message);

private:
    bool loadPage();
    void loadSearch();

    struct Highlighted {
        QString titleHtml;
        QString snippetHtml;
    };

    ArticleStore &m_store;
    QList<ArticleSummary> m_rows;
    QList<Highlighted> m_highlights;  // parallel to m_rows in search mode, else empty
    std::optional<Status> m_status;
    ListOrder m_order;
    QString m_searchText;
    bool m_showingOnly = false;
    QTimeZone m_zone;
    bool m_exhausted = false;
    bool m_announcing = false;  // between begin/end of a reset or an insertion
};

}  // namespace newsdesk
