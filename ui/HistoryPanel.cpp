#include "HistoryPanel.h"

#include "domain/ReviewEvent.h"
#include "domain/Workflow.h"
#include "html/PlainText.h"
#include "io/PortalTime.h"
#include "model/RevisionListModel.h"
#include "store/ArticleStore.h"
#include "text/WordDiff.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace newsdesk {
namespace {

QString sectionDiff(const QString &heading, const QString &before, const QString &after)
{
    if (before == after)
        return {};
    QString html = QStringLiteral("<h4>%1</h4><p>").arg(heading.toHtmlEscaped());
    for (const text::DiffSegment &segment : text::wordDiff(before, after)) {
        QString piece = html::escape(segment.text);
        piece.replace(u'\n', QStringLiteral("<br>"));
        switch (segment.kind) {
        case text::DiffSegment::Kind::Same:
            html += piece;
            break;
        case text::DiffSegment::Kind::Removed:
            html += QStringLiteral("<span style=\"background-color:#ffd7d5;color:#82071e;"
                                   "text-decoration:line-through\">%1</span>")
                        .arg(piece);
            break;
        case text::DiffSegment::Kind::Added:
            html += QStringLiteral(
                "<span style=\"background-color:#ccffd8;color:#055d20\">%1</span>")
                        .arg(piece);
            break;
        }
    }
    return html + QStringLiteral("</p>");
}

}  // namespace

HistoryPanel::HistoryPanel(ArticleStore &store, QWidget *parent)
    : QWidget(parent), m_model(new RevisionListModel(store, this))
{
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(
        RevisionListModel::NumberColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        RevisionListModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        RevisionListModel::ActorColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Select one revision to see what it changed, or two to compare them."));

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_diff = new QTextBrowser(this);
    m_diff->setOpenLinks(false);
    m_restore = new QPushButton(tr("Restore this revision"), this);
    m_restore->setEnabled(false);
    m_undo = new QPushButton(tr("Undo restore"), this);
    m_undo->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_undo);
    buttons->addStretch();
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_caption);
    lowerLayout->addWidget(m_diff, 1);
    lowerLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);

    // The review history: read-only, straight from the hash-chained audit log.
    m_reviewLog = new QTreeWidget(this);
    m_reviewLog->setHeaderLabels({tr("Time"), tr("By"), tr("Action"), tr("State")});
    m_reviewLog->setRootIsDecorated(false);
    m_reviewLog->setWordWrap(true);
    m_reviewLog->setAlternatingRowColors(true);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(splitter, tr("Revisions"));
    tabs->addTab(m_reviewLog, tr("Review"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryPanel::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::showSelection);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() == 1)
            Q_EMIT restoreRequested(m_model->revisionAt(rows.front()).number);
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_undoTarget > 0)
            Q_EMIT undoRestoreRequested(m_undoTarget);
    });
}

void HistoryPanel::setArticle(qint64 articleId)
{
    if (articleId != m_model->articleId())
        offerUndo(0);
    m_model->setArticle(articleId);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void HistoryPanel::refresh()
{
    m_model->refresh();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void HistoryPanel::offerUndo(int revisionNumber)
{
    m_undoTarget = revisionNumber;
    m_undo->setEnabled(revisionNumber > 0);
    m_undo->setToolTip(revisionNumber > 0
            ? tr("Bring back revision %1, the text before the restore.").arg(revisionNumber)
            : QString());
}

void HistoryPanel::setReviewEvents(const QList<ReviewEvent> &events)
{
    m_reviewLog->clear();
    const QTimeZone zone = portal_time::defaultZone();
    for (auto it = events.crbegin(); it != events.crend(); ++it) {  // newest first
        const ReviewEvent &event = *it;
        const auto action = Workflow::actionFromKey(event.action);
        const QString what = action ? Workflow::actionDisplayName(*action)
            : event.action == QStringView(kApprovalRevokedAction)
            ? tr("Approval withdrawn by an edit")
            : event.action;
        auto *item = new QTreeWidgetItem(m_reviewLog,
            {QLocale().toString(event.at.toTimeZone(zone), QStringLiteral("dd/MM/yyyy HH:mm")),
                event.actor.isEmpty() ? tr("(automatic)") : event.actor, what,
                statusDisplayName(event.toStatus)});
        if (!event.note.isEmpty()) {
            item->setToolTip(2, event.note);
            auto *note = new QTreeWidgetItem(m_reviewLog, {QString(), QString(), event.note});
            QFont italic = note->font(2);
            italic.setItalic(true);
            note->setFont(2, italic);
        }
    }
    for (int column = 0; column < m_reviewLog->columnCount(); ++column)
        m_reviewLog->resizeColumnToContents(column);
}

QList<int> HistoryPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString HistoryPanel::diffHtml(const ArticleContent &before, const ArticleContent &after)
{
    QString html = sectionDiff(tr("Title"), before.title, after.title)
        + sectionDiff(tr("Summary"), before.summary, after.summary)
        + sectionDiff(tr("Author"), before.author, after.author)
        + sectionDiff(tr("Category"), before.category, after.category)
        + sectionDiff(tr("Tags"), before.tags.join(QStringLiteral(", ")),
            after.tags.join(QStringLiteral(", ")))
        + sectionDiff(
            tr("Body"), html::toPlainText(before.bodyHtml), html::toPlainText(after.bodyHtml));
    if (before.featuredMediaId != after.featuredMediaId)
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("Featured image"), tr("The featured image changed."));
    if (html.isEmpty() && before.bodyHtml != after.bodyHtml)
        html = QStringLiteral("<p>%1</p>").arg(tr("Only the formatting changed."));
    if (html.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(tr("No changes."));
    return html;
}

void HistoryPanel::showSelection()
{
    const QList<int> rows = selectedRows();
    m_restore->setEnabled(rows.size() == 1);
    if (rows.isEmpty()) {
        m_caption->setText(m_model->rowCount() == 0 ? tr("No revisions yet.") : QString());
        m_diff->clear();
        return;
    }
    // Rows are newest first: the lower row is the older revision.
    const Revision &newer = m_model->revisionAt(rows.front());
    if (rows.size() == 1) {
        const int olderRow = rows.front() + 1;
        if (olderRow >= m_model->rowCount()) {
            m_caption->setText(tr("Revision %1 is the first one.").arg(newer.number));
            m_diff->setHtml(diffHtml(ArticleContent {}, newer.content));
            return;
        }
        const Revision &older = m_model->revisionAt(olderRow);
        m_caption->setText(tr("What revision %1 changed (compared with revision %2):")
                               .arg(newer.number)
                               .arg(older.number));
        m_diff->setHtml(diffHtml(older.content, newer.content));
        return;
    }
    const Revision &older = m_model->revisionAt(rows.back());
    m_caption->setText(tr("From revision %1 to revision %2:").arg(older.number).arg(newer.number));
    m_diff->setHtml(diffHtml(older.content, newer.content));
}

}  // namespace newsdesk
