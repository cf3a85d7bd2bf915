#pragma once

// The revisions of one article, newest first, for the history panel: number, time, who, why.
// An article has tens of revisions, not thousands, so they are read in one go.

#include "domain/Revision.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace newsdesk {

class ArticleStore;

class RevisionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, TimeColumn, ActorColumn, LabelColumn, ColumnCount };
    enum Role { NumberRole = Qt::UserRole + 1 };

    explicit RevisionListModel(ArticleStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows the revisions of `articleId` (0: none).
    void setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    void refresh();

    const Revision &revisionAt(int row) const { return m_revisions.at(row); }
    int rowOfNumber(int number) const;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    ArticleStore &m_store;
    qint64 m_articleId = 0;
    QList<Revision> m_revisions;  // newest first
    QTimeZone m_zone;
};

}  // namespace newsdesk
