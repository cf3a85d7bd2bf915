#pragma once

// The sync panel's table: the newest outbox operations (OutboxStore::recent, newest first) read
// through the GUI thread's own connection. refresh() reads them again; when the same operations
// are listed in the same order only their cells change (dataChanged), so selection and scroll
// position stay where they were; otherwise the model resets.
//
// Columns: the article's title (as frozen in the operation), what the change does (keyed on
// OutboxOperation::action), the post's status on the portal as last known, the operation's
// state, its attempts, and the last error or notice (the tool tip has the whole text).

#include "sync/OutboxOperation.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace newsdesk {

class Clock;
class Database;

class OutboxModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ActionColumn,
        PortalStatusColumn,
        StateColumn,
        AttemptsColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        OperationIdRole = Qt::UserRole + 1,  // qint64
        ArticleIdRole,  // qint64
        StateRole,  // int(OutboxState)
        StateKeyRole,  // "in_flight"
        ActionKeyRole,  // "submit"
        PortalStatusKeyRole,  // "pending"; empty when the portal has no copy (as far as known)
        CanRetryRole,  // bool: failed, so "Try again" applies
        MessageRole,  // the whole error or notice
    };

    static constexpr int kLimit = 200;

    OutboxModel(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Reads the operations again. On error the rows stay as they were.
    Result<void> refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const OutboxOperation &operationAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 operationId) const;  // -1 when not listed

    // The texts the table shows, translated.
    static QString actionText(const QString &actionKey);
    // "Will retry at 14:05" uses the local time; with the date when it is not today.
    static QString stateText(const OutboxOperation &op, const QDateTime &nowUtc);
    static QString stateToolTip(const OutboxOperation &op, const QDateTime &nowUtc);
    static QString portalStatusText(const QString &wordpressStatus);
    // The last error, or else the notice.
    static QString messageOf(const OutboxOperation &op);

private:
    Database &m_db;
    const Clock &m_clock;
    QList<OutboxOperation> m_rows;
    QHash<QString, QString> m_portalStatus;  // article uuid -> status on the portal
};

}  // namespace newsdesk
