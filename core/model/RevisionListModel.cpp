#include "model/RevisionListModel.h"

#include "io/PortalTime.h"
#include "store/ArticleStore.h"

#include <QLocale>

#include <algorithm>

namespace newsdesk {

RevisionListModel::RevisionListModel(ArticleStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_zone(portal_time::defaultZone())
{
}

int RevisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Revision &revision = m_revisions.at(index.row());
    if (role == NumberRole)
        return revision.number;
    if (role == Qt::ToolTipRole)
        return revision.content.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return revision.number;
    case TimeColumn:
        return QLocale().toString(
            revision.createdAt.toTimeZone(m_zone), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case ActorColumn:
        return revision.actor.isEmpty() ? tr("(unknown)") : revision.actor;
    case LabelColumn:
        return revision.label;
    default:
        return {};
    }
}

QVariant RevisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("By");
    case LabelColumn:
        return tr("What");
    default:
        return {};
    }
}

void RevisionListModel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    refresh();
}

void RevisionListModel::refresh()
{
    QList<Revision> revisions;
    QString failure;
    if (m_articleId != 0) {
        auto loaded = m_store.revisions(m_articleId);
        if (loaded) {
            revisions = *loaded;
            std::reverse(revisions.begin(), revisions.end());
        } else {
            failure = loaded.error().message;
        }
    }
    beginResetModel();
    m_revisions = revisions;
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

int RevisionListModel::rowOfNumber(int number) const
{
    for (qsizetype row = 0; row < m_revisions.size(); ++row) {
        if (m_revisions[row].number == number)
            return int(row);
    }
    return -1;
}

}  // namespace newsdesk
