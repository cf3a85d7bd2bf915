#pragma once

// The history of the open article: its revisions (time, who, why), the word differences of
// one revision against the one before it or between any two selected, and restore. Restoring
// is itself a revision, and "Undo restore" puts back the text that was there before.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace newsdesk {

class ArticleStore;
class RevisionListModel;
struct ArticleContent;
struct ReviewEvent;

class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(ArticleStore &store, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);
    void refresh();
    // After a restore: the revision "Undo restore" goes back to (0: nothing to undo).
    void offerUndo(int revisionNumber);
    // The article's review history (the audit log): who did what, when, with which note.
    void setReviewEvents(const QList<ReviewEvent> &events);
    QTreeWidget *reviewLog() const { return m_reviewLog; }

    QTableView *revisionView() const { return m_view; }
    RevisionListModel *model() const { return m_model; }
    QTextBrowser *diffView() const { return m_diff; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *undoButton() const { return m_undo; }

    // The diff as HTML: removed words struck through in red, added ones in green.
    static QString diffHtml(const ArticleContent &before, const ArticleContent &after);

Q_SIGNALS:
    void restoreRequested(int revisionNumber);
    void undoRestoreRequested(int revisionNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSelection();
    QList<int> selectedRows() const;

    RevisionListModel *m_model;
    QTableView *m_view;
    QLabel *m_caption;
    QTextBrowser *m_diff;
    QPushButton *m_restore;
    QPushButton *m_undo;
    QTreeWidget *m_reviewLog;
    int m_undoTarget = 0;
};

}  // namespace newsdesk
