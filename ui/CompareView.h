#pragma once

// "What changed since the last approved version": the open article's current text against the
// version its last approval covered (or, when it was never approved, the version last
// submitted). The baseline is found by content hash: the review history records the hash each
// approval and submission saw, and the revision history keeps the texts.

#include "domain/ReviewEvent.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;

namespace newsdesk {

class ArticleStore;
class WorkflowService;

class CompareView : public QWidget {
    Q_OBJECT
public:
    CompareView(ArticleStore &store, WorkflowService &service, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);  // 0: none
    qint64 articleId() const { return m_articleId; }
    void refresh();  // after a save or a workflow action

    // The revision compared with; 0 when there is none.
    int baselineRevision() const { return m_baselineRevision; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *captionLabel() const { return m_caption; }
    QTextBrowser *diffView() const { return m_diff; }

    // The review event whose text is the baseline: the last approval, else the last
    // submission. `history` is oldest first.
    static std::optional<ReviewEvent> baselineEvent(const QList<ReviewEvent> &history);

private:
    void showNothing(const QString &caption);
    void updateAccessibleText();

    ArticleStore &m_store;
    WorkflowService &m_service;
    qint64 m_articleId = 0;
    int m_baselineRevision = 0;
    QLabel *m_heading;
    QLabel *m_caption;
    QTextBrowser *m_diff;
};

}  // namespace newsdesk
