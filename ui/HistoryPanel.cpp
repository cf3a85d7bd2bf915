#include "HistoryPanel.h"

#include "Contrast.h"

#include "domain/ReviewEvent.h"
#include "domain/Workflow.h"
#include "html/PlainText.h"
#include "io/PortalTime.h"
#include "model/RevisionListModel.h"
#include "store/ArticleStore.h"
#include "text/WordDiff.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
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

// Removed words struck through on red, added ones on green: the usual light tints, and deep
// ones with light text on a dark palette. Each pair reads at WCAG 4.5 or better.
struct DiffColors {
    QColor removedBackground, removedText, addedBackground, addedText;
};

DiffColors diffColors()
{
    if (contrast::isDark(QGuiApplication::palette()))
        return {QColor(0x5c, 0x1a, 0x1f), QColor(0xff, 0xd7, 0xd5), QColor(0x1b, 0x4a, 0x2a),
            QColor(0xcc, 0xff, 0xd8)};
    return {QColor(0xff, 0xd7, 0xd5), QColor(0x82, 0x07, 0x1e), QColor(0xcc, 0xff, 0xd8),
        QColor(0x05, 0x5d, 0x20)};
}

QString sectionDiff(const QString &heading, const QString &before, const QString &after)
{
    const DiffColors colors = diffColors();
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
            html += QStringLiteral("<span style=\"background-color:%1;color:%2;"
                                   "text-decoration:line-through\">%3</span>")
                        .arg(colors.removedBackground.name(), colors.removedText.name(), piece);
            break;
        case text::DiffSegment::Kind::Added:
            html += QStringLiteral("<span style=\"background-color:%1;color:%2\">%3</span>")
                        .arg(colors.addedBackground.name(), colors.addedText.name(), piece);
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
    m_view->setAccessibleName(tr("Revisions"));
    m_view->setAccessibleDescription(m_view->toolTip() + QLatin1Char(' ')
        + tr("Arrow keys choose a revision, Shift+arrow adds the next one, Enter restores it."));
    m_view->setTabKeyNavigation(false);  // Tab leaves the list for the buttons below

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_diff = new QTextBrowser(this);
    m_diff->setOpenLinks(false);
    m_diff->setAccessibleName(tr("Differences"));
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
    m_reviewLog->setAccessibleName(tr("Review history"));

    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("History"));
    tabs->addTab(splitter, tr("Revisions"));
    tabs->addTab(m_reviewLog, tr("Review"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    // Tab follows what is on screen: the tabs, the list, the differences, the buttons.
    setTabOrder(tabs->tabBar(), m_view);
    setTabOrder(m_view, m_diff);
    setTabOrder(m_diff, m_restore);
    setTabOrder(m_restore, m_undo);
    setTabOrder(m_undo, m_reviewLog);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryPanel::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::showSelection);
    m_view->installEventFilter(this);
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

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a revision restores it, as the button under the list does.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_restore->isEnabled()) {
            m_restore->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
