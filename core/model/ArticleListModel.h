#pragma once

// The article list as a table model over the store. Rows arrive a page at a time as the view
// scrolls (fetchMore), so a store of 100,000 articles opens as fast as one of ten.

#include "domain/Article.h"
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
    enum Role { IdRole = Qt::UserRole + 1, UuidRole, StatusKeyRole };

    explicit ArticleListModel(ArticleStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setStatusFilter(std::optional<Status> status);
    std::optional<Status> statusFilter() const { return m_status; }
    void setDisplayZone(const QTimeZone &zone);
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

    ArticleStore &m_store;
    QList<ArticleSummary> m_rows;
    std::optional<Status> m_status;
    QTimeZone m_zone;
    bool m_exhausted = false;
    bool m_announcing = false;  // inside endResetModel()/endInsertRows()
};

}  // namespace newsdesk
