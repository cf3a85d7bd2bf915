#include "sync/SyncPanel.h"

#include "portal/SiteUrl.h"
#include "store/Database.h"
#include "sync/OutboxModel.h"
#include "sync/OutboxStore.h"
#include "sync/PortalAccountStore.h"
#include "sync/SyncController.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace newsdesk {
namespace {

// How often the table is read again while nothing happens (retry times come due).
constexpr int kIdleRefreshMs = 30'000;

}  // namespace

SyncPanel::SyncPanel(Database &db, SyncController *controller, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_controller(controller)
{
    setObjectName(QStringLiteral("syncPanel"));
    m_model = new OutboxModel(db, clock, this);

    // Header: the account, and what sync is doing; the two buttons that drive it on the right.
    m_accountLabel = new QLabel;
    m_accountLabel->setObjectName(QStringLiteral("syncAccount"));
    QFont bold = m_accountLabel->font();
    bold.setBold(true);
    m_accountLabel->setFont(bold);
    m_accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect = new QPushButton(tr("Connect…"));
    m_connect->setObjectName(QStringLiteral("syncConnect"));
    m_connect->setToolTip(tr("Connect the portal account that publishes the articles"));
    m_stateLabel = new QLabel;
    m_stateLabel->setObjectName(QStringLiteral("syncState"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password = new QPushButton(tr("Enter password…"));
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setToolTip(tr("Enter the application password of the portal account"));
    m_syncNow = new QPushButton(tr("Sync now"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setToolTip(tr("Send the waiting changes to the portal now"));
    m_pause = new QPushButton(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("syncPause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop sending for now; the changes wait"));

    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_accountLabel);
    accountRow->addWidget(m_connect);
    accountRow->addStretch(1);
    accountRow->addWidget(m_syncNow);
    accountRow->addWidget(m_pause);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(m_password);

    // Progress of a pass: operations, and the bytes of a photo on its way.
    m_overall = new QProgressBar;
    m_overall->setObjectName(QStringLiteral("syncProgress"));
    m_overall->setAccessibleName(tr("Sync progress"));
    m_overall->setFormat(tr("%v of %m sent"));
    m_upload = new QProgressBar;
    m_upload->setObjectName(QStringLiteral("syncUploadProgress"));
    m_upload->setAccessibleName(tr("Photo upload"));
    m_upload->setRange(0, 1000);
    m_progressRow = new QWidget;
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_overall, 1);
    progressLayout->addWidget(m_upload, 1);
    m_progressRow->hide();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("syncOutbox"));
    m_table->setAccessibleName(tr("Changes for the portal"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table for Try again
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OutboxModel::ActionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::PortalStatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::AttemptsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(OutboxModel::TitleColumn, fontMetrics().averageCharWidth() * 34);

    m_retry = new QPushButton(tr("Try again"));
    m_retry->setObjectName(QStringLiteral("syncRetry"));
    m_retry->setToolTip(tr("Send the selected failed change again"));
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_retry);
    tableButtons->addStretch(1);

    for (QPushButton *button : {m_connect, m_password, m_syncNow, m_pause, m_retry}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(accountRow);
    layout->addLayout(stateRow);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);

    setTabOrder(m_connect, m_syncNow);
    setTabOrder(m_syncNow, m_pause);
    setTabOrder(m_pause, m_password);
    setTabOrder(m_password, m_table);
    setTabOrder(m_table, m_retry);

    connect(m_connect, &QPushButton::clicked, this, &SyncPanel::connectRequested);
    connect(m_password, &QPushButton::clicked, this, &SyncPanel::passwordRequested);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->syncNow();
        updateState();
    });
    connect(m_pause, &QPushButton::toggled, this, &SyncPanel::setPaused);
    connect(m_retry, &QPushButton::clicked, this, [this] { retrySelected(); });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        if (!index.isValid())
            return;
        m_table->selectRow(index.row());
        std::unique_ptr<QMenu> menu = contextMenuFor(index);
        menu->exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SyncPanel::updateRetryButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncPanel::updateRetryButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SyncPanel::updateRetryButton);

    if (m_controller) {
        connect(m_controller, &SyncController::started, this, &SyncPanel::onStarted);
        connect(
            m_controller, &SyncController::operationStarted, this, &SyncPanel::onOperationStarted);
        connect(m_controller, &SyncController::operationFinished, this,
            &SyncPanel::onOperationFinished);
        connect(m_controller, &SyncController::uploadProgress, this, &SyncPanel::onUploadProgress);
        connect(m_controller, &SyncController::progress, this, &SyncPanel::onProgress);
        connect(m_controller, &SyncController::finished, this, &SyncPanel::onFinished);
        connect(
            m_controller, &SyncController::passwordRejected, this, &SyncPanel::onPasswordRejected);
        m_autoSyncInterval = m_controller->autoSyncIntervalMs();
    }

    auto *idle = new QTimer(this);
    idle->setInterval(kIdleRefreshMs);
    connect(idle, &QTimer::timeout, this, [this] {
        if (!m_controller || !m_controller->isRunning())
            refresh();
    });
    idle->start();

    refresh();
}

SyncPanel::~SyncPanel() = default;

QSize SyncPanel::sizeHint() const
{
    return QSize(900, 360);
}

// ---------------------------------------------------------------------------------------
// Reading the store

void SyncPanel::refresh()
{
    auto account = PortalAccountStore(m_db).account();
    m_hasAccount = account && *account;
    m_accountPaused = m_hasAccount && (*account)->paused();
    if (m_hasAccount) {
        const PortalIdentity &identity = (*account)->identity;
        m_accountLabel->setText(
            tr("%1 at %2").arg(identity.userName, SiteUrl::displayHost(identity.siteUrl)));
        m_accountLabel->setToolTip(identity.siteUrl.toDisplayString());
    } else {
        m_accountLabel->setText(tr("No portal account"));
        m_accountLabel->setToolTip(QString());
    }
    if (auto counts = OutboxStore(m_db).counts()) {
        m_open = counts->open();
        m_failed = counts->failed;
    } else {
        qCWarning(lcSync) << "sync panel cannot count the outbox:" << counts.error().detail;
    }
    refreshRows();
    updateState();
}

void SyncPanel::refreshRows()
{
    const qint64 selected = selectedOperation();
    if (auto refreshed = m_model->refresh(); !refreshed)
        qCWarning(lcSync) << "sync panel cannot read the outbox:" << refreshed.error().detail;
    if (selected != 0 && selectedOperation() != selected) {
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_table->selectRow(row);
    }
    updateRetryButton();
}

qint64 SyncPanel::selectedOperation() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(OutboxModel::OperationIdRole).toLongLong();
}

// ---------------------------------------------------------------------------------------
// Texts

namespace {

QString waitingText(int count)
{
    return count == 1 ? SyncPanel::tr("1 item waiting")
                      : SyncPanel::tr("%1 items waiting").arg(QLocale().toString(count));
}

}  // namespace

QString SyncPanel::accountText() const
{
    return m_accountLabel->text();
}

QString SyncPanel::stateText() const
{
    const bool running = m_controller && m_controller->isRunning();
    if (running) {
        if (m_controller->isStopping())
            return tr("Stopping after the current item…");
        if (m_sending && m_passTotal > 0) {
            const int current = qMin(m_passDone + 1, m_passTotal);
            return tr("Sending %1 of %2…")
                .arg(QLocale().toString(current), QLocale().toString(m_passTotal));
        }
        return tr("Connecting to the portal…");
    }
    if (m_hasAccount && m_accountPaused)
        return tr("Paused: the portal rejected the password");
    if (!m_hasAccount)
        return m_open > 0 ? waitingText(m_open) : tr("Nothing to send");
    if (m_controller && !m_controller->hasPassword())
        return m_open > 0 ? tr("Password needed — %1").arg(waitingText(m_open))
                          : tr("Password needed to publish");
    if (m_userPaused)
        return m_open > 0 ? tr("Paused — %1").arg(waitingText(m_open)) : tr("Paused");
    if (m_offline && m_open > 0)
        return tr("Offline — %1").arg(waitingText(m_open));
    if (!m_lastError.isEmpty())
        return m_lastError;
    if (m_open > 0)
        return waitingText(m_open);
    if (m_failed > 0)
        return m_failed == 1 ? tr("1 item failed")
                             : tr("%1 items failed").arg(QLocale().toString(m_failed));
    return tr("Up to date");
}

void SyncPanel::updateState()
{
    const bool running = m_controller && m_controller->isRunning();
    m_stateLabel->setText(stateText());
    m_stateLabel->setToolTip(m_lastError);
    m_connect->setVisible(!m_hasAccount);
    m_password->setVisible(m_hasAccount && !running
        && (m_accountPaused || (m_controller && !m_controller->hasPassword())));
    m_syncNow->setEnabled(m_controller && m_hasAccount && !m_userPaused);
    m_pause->setEnabled(m_controller && m_hasAccount);
    m_progressRow->setVisible(running);

    QString bar;
    if (m_open > 0) {
        if (m_offline)
            bar = tr("offline — %1").arg(waitingText(m_open));
        else
            bar = m_open == 1 ? tr("1 item waiting to be sent")
                              : tr("%1 items waiting to be sent").arg(QLocale().toString(m_open));
    }
    if (bar != m_statusBarText) {
        m_statusBarText = bar;
        Q_EMIT statusTextChanged(bar);
    }
}

void SyncPanel::updateRetryButton()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_retry->setEnabled(!rows.isEmpty() && rows.first().data(OutboxModel::CanRetryRole).toBool());
}

// ---------------------------------------------------------------------------------------
// Actions

void SyncPanel::setPaused(bool paused)
{
    if (paused == m_userPaused)
        return;
    m_userPaused = paused;
    {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(paused);
    }
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(paused ? tr("Send the waiting changes again")
                               : tr("Stop sending for now; the changes wait"));
    if (m_controller) {
        if (paused) {
            m_autoSyncBeforePause = m_controller->autoSyncEnabled();
            m_autoSyncInterval = m_controller->autoSyncIntervalMs();
            m_controller->setAutoSync(false);
            m_controller->stop();
        } else {
            if (m_autoSyncBeforePause)
                m_controller->setAutoSync(true, m_autoSyncInterval);
            if (m_hasAccount)
                m_controller->syncNow();
        }
    }
    qCInfo(lcSync) << (paused ? "sending paused by the user" : "sending resumed by the user");
    updateState();
}

bool SyncPanel::retryOperation(qint64 operationId)
{
    if (auto retried = OutboxStore(m_db).retryFailed(operationId); !retried) {
        m_lastError = retried.error().message;
        refresh();
        return false;
    }
    qCInfo(lcSync) << "operation" << operationId << "to be sent again";
    m_lastError.clear();
    refresh();
    if (m_controller && m_hasAccount && !m_userPaused)
        m_controller->syncNow();
    updateState();
    return true;
}

bool SyncPanel::retrySelected()
{
    const qint64 id = selectedOperation();
    return id != 0 && retryOperation(id);
}

std::unique_ptr<QMenu> SyncPanel::contextMenuFor(const QModelIndex &index)
{
    auto menu = std::make_unique<QMenu>(this);
    QAction *retry = menu->addAction(tr("Try again"));
    retry->setObjectName(QStringLiteral("syncRetryAction"));
    const qint64 id = index.data(OutboxModel::OperationIdRole).toLongLong();
    retry->setEnabled(index.data(OutboxModel::CanRetryRole).toBool());
    connect(retry, &QAction::triggered, this, [this, id] { retryOperation(id); });
    return menu;
}

// ---------------------------------------------------------------------------------------
// The controller's reports

void SyncPanel::onStarted()
{
    m_passDone = 0;
    m_passTotal = m_open;
    m_sending = false;
    m_overall->setRange(0, qMax(1, m_passTotal));
    m_overall->setValue(0);
    m_upload->hide();
    updateState();
}

void SyncPanel::onOperationStarted(qint64 operationId, const QString &title)
{
    Q_UNUSED(operationId)
    Q_UNUSED(title)
    m_sending = true;
    m_upload->hide();
    m_upload->setValue(0);
    refreshRows();
    updateState();
}

void SyncPanel::onOperationFinished(qint64 operationId, OutboxState state, const QString &message)
{
    Q_UNUSED(operationId)
    Q_UNUSED(state)
    Q_UNUSED(message)
    m_upload->hide();
    if (auto counts = OutboxStore(m_db).counts()) {
        m_open = counts->open();
        m_failed = counts->failed;
    }
    refreshRows();
    updateState();
}

void SyncPanel::onUploadProgress(qint64 operationId, qint64 sent, qint64 total)
{
    Q_UNUSED(operationId)
    if (total <= 0)
        return;
    const QLocale locale;
    m_upload->setValue(int(std::clamp<qint64>(sent * 1000 / total, 0, 1000)));
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
    };
    m_upload->setFormat(tr("Photo: %1 of %2").arg(size(sent), size(total)));
    m_upload->show();
}

void SyncPanel::onProgress(int finished, int total)
{
    m_passDone = finished;
    m_passTotal = total;
    m_overall->setRange(0, qMax(1, total));
    m_overall->setValue(finished);
    updateState();
}

void SyncPanel::onFinished(const Result<SyncSummary> &result)
{
    m_sending = false;
    m_offline = result && result->offline;
    m_lastError.clear();
    if (!result) {
        // These have their own line (and button); the rest is said as the engine put it.
        const QString kind = result.error().detail;
        if (kind != u"sync:no-account" && kind != u"sync:no-password" && kind != u"sync:paused")
            m_lastError = result.error().message;
    }
    refresh();
}

void SyncPanel::onPasswordRejected(const QString &message)
{
    Q_UNUSED(message)
    refresh();
}

}  // namespace newsdesk
