#include "CompareView.h"

#include "HistoryPanel.h"
#include "store/ArticleStore.h"
#include "workflow/WorkflowService.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace newsdesk {

CompareView::CompareView(ArticleStore &store, WorkflowService &service, QWidget *parent)
    : QWidget(parent), m_store(store), m_service(service)
{
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_diff = new QTextBrowser(this);
    m_diff->setOpenLinks(false);
    m_heading->setBuddy(m_diff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_caption);
    layout->addWidget(m_diff, 1);
    m_heading->setText(tr("What changed since the last approved version"));
    showNothing({});
}

void CompareView::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    refresh();
}

std::optional<ReviewEvent> CompareView::baselineEvent(const QList<ReviewEvent> &history)
{
    for (const QString &action : {Workflow::actionKey(WorkflowAction::Approve),
             Workflow::actionKey(WorkflowAction::Submit)}) {
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            if (it->action == action)
                return *it;
        }
    }
    return std::nullopt;
}

void CompareView::showNothing(const QString &caption)
{
    m_baselineRevision = 0;
    m_caption->setText(caption);
    m_diff->clear();
    updateAccessibleText();
}

void CompareView::updateAccessibleText()
{
    // The differences are named after the heading above them, and described by the caption.
    m_diff->setAccessibleName(m_heading->text());
    m_diff->setAccessibleDescription(m_caption->text());
}

void CompareView::refresh()
{
    m_heading->setText(tr("What changed since the last approved version"));
    if (m_articleId <= 0)
        return showNothing({});
    auto article = m_store.get(m_articleId);
    if (!article)
        return showNothing(article.error().message);
    auto history = m_service.history(m_articleId);
    if (!history)
        return showNothing(history.error().message);

    std::optional<ReviewEvent> baseline = baselineEvent(*history);
    if (!baseline || baseline->action != Workflow::actionKey(WorkflowAction::Approve)) {
        // An approval always writes its event; this covers a store whose approval was recorded
        // some other way (an import, a future sync) without history.
        auto info = m_service.info(m_articleId);
        if (info && !info->approvedHash.isEmpty()) {
            baseline = ReviewEvent {};
            baseline->action = Workflow::actionKey(WorkflowAction::Approve);
            baseline->actor = info->approvedBy;
            baseline->at = info->approvedAt;
            baseline->contentHash = info->approvedHash;
        }
    }
    if (!baseline) {
        return showNothing(tr("This article has not been submitted or approved yet, so there "
                              "is no reviewed version to compare it with."));
    }
    const bool approved = baseline->action == Workflow::actionKey(WorkflowAction::Approve);
    if (!approved)
        m_heading->setText(tr("What changed since the last submitted version"));
    const QString when = baseline->at.toTimeZone(m_service.scheduleTime().zone())
                             .toString(QStringLiteral("dd/MM/yyyy HH:mm"));

    auto revisions = m_store.revisions(m_articleId);
    if (!revisions)
        return showNothing(revisions.error().message);
    const Revision *match = nullptr;
    for (auto it = revisions->crbegin(); it != revisions->crend(); ++it) {
        if (it->contentHash == baseline->contentHash) {
            match = &*it;
            break;
        }
    }
    // Autosaves keep no revision, so the reviewed text may not have been kept.
    if (!match) {
        return showNothing(approved
                ? tr("The version approved by %1 on %2 is not in the revision history, so it "
                     "cannot be compared with the current text.")
                      .arg(baseline->actor, when)
                : tr("The version submitted by %1 on %2 is not in the revision history, so it "
                     "cannot be compared with the current text.")
                      .arg(baseline->actor, when));
    }
    m_baselineRevision = match->number;
    m_caption->setText(approved ? tr("Since the version approved by %1 on %2 (revision %3).")
                                      .arg(baseline->actor, when)
                                      .arg(match->number)
                                : tr("Since the version submitted by %1 on %2 (revision %3).")
                                      .arg(baseline->actor, when)
                                      .arg(match->number));
    m_diff->setHtml(HistoryPanel::diffHtml(match->content, article->content));
    updateAccessibleText();
}

}  // namespace newsdesk
