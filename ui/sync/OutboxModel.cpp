#include "sync/OutboxModel.h"

#include "Contrast.h"
#include "domain/Workflow.h"
#include "sync/OutboxStore.h"
#include "sync/PortalAccountStore.h"
#include "util/Clock.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace newsdesk {
namespace {

// A state the person must act on, readable on the light and the dark palette alike.
QColor failedColor()
{
    const QPalette palette = QGuiApplication::palette();
    QColor color = contrast::readableOn(QColor(0xb0, 0x1c, 0x1c), palette.color(QPalette::Base));
    return contrast::readableOn(color, palette.color(QPalette::AlternateBase));
}

QString shownTime(const QDateTime &utc, const QDateTime &nowUtc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == nowUtc.toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("dd/MM HH:mm"));
}

}  // namespace

OutboxModel::OutboxModel(Database &db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock)
{
}

Result<void> OutboxModel::refresh()
{
    auto recent = OutboxStore(m_db).recent(kLimit);
    if (!recent)
        return recent.error();
    QHash<QString, QString> portalStatus;
    PortalAccountStore accounts(m_db);
    if (auto account = accounts.account(); account && *account) {
        const QString site = (*account)->site();
        for (const OutboxOperation &op : std::as_const(*recent)) {
            if (portalStatus.contains(op.articleUuid))
                continue;
            auto post = accounts.post(site, op.articleUuid);
            portalStatus.insert(op.articleUuid, post && *post ? (*post)->status : QString());
        }
    }
    bool sameRows = recent->size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < m_rows.size(); ++i)
        sameRows = recent->at(i).id == m_rows.at(i).id;
    if (sameRows) {
        m_rows = *recent;
        m_portalStatus = portalStatus;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return {};
    }
    beginResetModel();
    m_rows = *recent;
    m_portalStatus = portalStatus;
    endResetModel();
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OutboxModel::rowOf(qint64 operationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == operationId)
            return row;
    }
    return -1;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxOperation &op = m_rows.at(index.row());
    const QString portalKey = m_portalStatus.value(op.articleUuid);
    switch (role) {
    case OperationIdRole:
        return op.id;
    case ArticleIdRole:
        return op.articleId;
    case StateRole:
        return int(op.state);
    case StateKeyRole:
        return outboxStateKey(op.state);
    case ActionKeyRole:
        return op.action;
    case PortalStatusKeyRole:
        return portalKey;
    case CanRetryRole:
        return op.state == OutboxState::Failed;
    case MessageRole:
        return messageOf(op);
    default:
        break;
    }
    const QDateTime now = m_clock.nowUtc();
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TitleColumn:
            return op.payload.title.simplified();
        case ActionColumn:
            return actionText(op.action);
        case PortalStatusColumn:
            return portalStatusText(portalKey);
        case StateColumn:
            return stateText(op, now);
        case AttemptsColumn:
            return QLocale().toString(op.attempts);
        case MessageColumn:
            return messageOf(op).simplified();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case TitleColumn:
            return op.payload.title;
        case ActionColumn:
            return op.payload.status.isEmpty()
                ? QVariant()
                : QVariant(tr("Asks the portal for: %1").arg(portalStatusText(op.payload.status)));
        case StateColumn:
            return stateToolTip(op, now);
        case MessageColumn: {
            const QString message = messageOf(op);
            return message.isEmpty() ? QVariant() : QVariant(message);
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column == AttemptsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && op.state == OutboxState::Failed
        && (column == StateColumn || column == MessageColumn))
        return failedColor();
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Article");
    case ActionColumn:
        return tr("Change");
    case PortalStatusColumn:
        return tr("On the portal");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case MessageColumn:
        return tr("Error or notice");
    default:
        return {};
    }
}

QString OutboxModel::actionText(const QString &actionKey)
{
    if (actionKey == u"submit")
        return tr("Submitted for review");
    if (actionKey == u"schedule")
        return tr("Scheduled");
    if (actionKey == u"publish")
        return tr("Published");
    if (actionKey == u"withdraw")
        return tr("Withdrawn");
    if (actionKey == u"request_changes")
        return tr("Changes requested");
    if (actionKey == u"unschedule")
        return tr("Schedule cancelled");
    if (actionKey == u"share")
        return tr("Shared as draft");
    if (actionKey == u"status")
        return tr("Status changed");
    if (const auto action = Workflow::actionFromKey(actionKey))
        return Workflow::actionDisplayName(*action);
    return actionKey;
}

QString OutboxModel::stateText(const OutboxOperation &op, const QDateTime &nowUtc)
{
    switch (op.state) {
    case OutboxState::Pending:
        return tr("Waiting");
    case OutboxState::InFlight:
        return tr("Sending");
    case OutboxState::Done:
        return tr("Sent");
    case OutboxState::Retry:
    case OutboxState::Unknown:
        if (!op.nextAttemptAt.isValid())
            return tr("Waiting");
        if (op.nextAttemptAt <= nowUtc)
            return tr("Will retry soon");
        return tr("Will retry at %1").arg(shownTime(op.nextAttemptAt, nowUtc));
    case OutboxState::Reconciled:
        return tr("Found on the portal");
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::Superseded:
        return tr("Replaced by a newer change");
    }
    return {};
}

QString OutboxModel::stateToolTip(const OutboxOperation &op, const QDateTime &nowUtc)
{
    switch (op.state) {
    case OutboxState::Pending:
        return tr("Sent with the next sync.");
    case OutboxState::InFlight:
        return tr("Being sent to the portal now.");
    case OutboxState::Done:
        return op.finishedAt.isValid() ? tr("Sent at %1.").arg(shownTime(op.finishedAt, nowUtc))
                                       : tr("Sent.");
    case OutboxState::Retry:
        return tr("The last attempt did not get through. Newsdesk tries again by itself.");
    case OutboxState::Unknown:
        return tr("The last attempt may have reached the portal. Newsdesk looks for the post "
                  "there before sending again, so it is not created twice.");
    case OutboxState::Reconciled:
        return tr("An earlier attempt had reached the portal: Newsdesk found the post there "
                  "and kept it.");
    case OutboxState::Failed:
        return tr("The portal refused this change. Fix the cause, then choose Try again.");
    case OutboxState::Superseded:
        return tr("A newer change of this article carries everything, so this one is not "
                  "sent.");
    }
    return {};
}

QString OutboxModel::portalStatusText(const QString &wordpressStatus)
{
    if (wordpressStatus.isEmpty())
        return tr("Not on the portal");
    if (wordpressStatus == u"pending")
        return tr("Pending review");
    if (wordpressStatus == u"future")
        return tr("Scheduled");
    if (wordpressStatus == u"publish")
        return tr("Published");
    if (wordpressStatus == u"draft")
        return tr("Draft");
    if (wordpressStatus == u"private")
        return tr("Private");
    if (wordpressStatus == u"trash")
        return tr("In the trash");
    return wordpressStatus;
}

QString OutboxModel::messageOf(const OutboxOperation &op)
{
    if (op.state == OutboxState::Superseded)
        return {};
    return op.lastError.isEmpty() ? op.notice : op.lastError;
}

}  // namespace newsdesk
