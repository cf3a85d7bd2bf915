#pragma once

// The open article's review notes, meant for a dock beside the editor: newest first, each with
// its author, time (in the portal's zone), the quoted passage and the note; resolved ones
// greyed, collapsed to one line and hidden unless asked for. Approvers comment on the body's
// selection (or on the whole article) through a small editor inside the panel; clicking a note
// selects its passage in the body, found again by its quote when the text has moved.

#include "domain/ReviewNote.h"
#include "util/Result.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QCheckBox;
class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace newsdesk {

class BodyEdit;
class WorkflowService;

class ReviewNotesPanel : public QWidget {
    Q_OBJECT
public:
    ReviewNotesPanel(WorkflowService &service, BodyEdit *body, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);  // 0: none
    qint64 articleId() const { return m_articleId; }
    // Reloads the notes and what the current profile may do: call it after a profile change.
    void refresh();

    // A note on the body's selected passage: its start and length in the editor's plain text
    // and the selected words as the quote. The service refuses writers, with the reason.
    Result<ReviewNote> commentOnSelection(const QString &note);
    // A note on the whole article.
    Result<ReviewNote> addGeneralNote(const QString &note);
    // Selects the note's passage in the body. An error when the passage is no longer there.
    Result<void> showPassage(qint64 noteId);
    // Marks the selected note resolved.
    Result<ReviewNote> resolveSelected();

    // Why the current profile cannot comment; nothing when it can.
    std::optional<QString> commentRefusal() const;

    // Where the anchored passage is in `plainText` now: at its offset if the quote is still
    // there, otherwise the occurrence of the quote nearest to it. (start, length).
    static std::optional<std::pair<int, int>> locatePassage(
        const QString &plainText, const PassageAnchor &anchor);

    QListWidget *noteList() const { return m_list; }
    QAction *commentAction() const { return m_commentAction; }
    QAction *generalNoteAction() const { return m_generalAction; }
    QCheckBox *showResolvedBox() const { return m_showResolved; }
    QPushButton *resolveButton() const { return m_resolve; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    // The inline editor the two actions open.
    QFrame *composer() const { return m_composer; }
    QPlainTextEdit *composerEdit() const { return m_composerEdit; }
    QPushButton *composerSendButton() const { return m_send; }
    // The note shown in a row of the list (newest first).
    const ReviewNote &noteAt(int row) const;
    int rowOf(qint64 noteId) const;

Q_SIGNALS:
    // A note was added or resolved (counts elsewhere may change).
    void notesChanged(qint64 articleId);

private:
    Result<ReviewNote> addNote(const QString &note, std::optional<PassageAnchor> anchor);
    std::optional<PassageAnchor> selectedPassage() const;
    void openComposer(std::optional<PassageAnchor> anchor);
    void closeComposer();
    void sendComposer();
    void updateActions();
    void rebuildList();
    QString noteHtml(const ReviewNote &note) const;
    QString formatTime(const QDateTime &utc) const;
    void showMessage(const QString &text);
    const ReviewNote *currentNote() const;

    WorkflowService &m_service;
    QPointer<BodyEdit> m_body;
    qint64 m_articleId = 0;
    QList<ReviewNote> m_notes;  // newest first, resolved ones included
    QList<int> m_rowToNote;  // list row -> index into m_notes

    QAction *m_commentAction;
    QAction *m_generalAction;
    QCheckBox *m_showResolved;
    QLabel *m_stayLocal = nullptr;
    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_resolve;
    QLabel *m_message;
    QFrame *m_composer;
    QLabel *m_composerTarget;
    QPlainTextEdit *m_composerEdit;
    QPushButton *m_send;
    // What the open composer comments on, taken when it opened: the selection may change
    // while the note is being written.
    std::optional<PassageAnchor> m_pendingAnchor;
    // commentRefusal() as of the last refresh(): selection changes come often, profile
    // changes come with a refresh().
    std::optional<QString> m_refusal;
};

}  // namespace newsdesk
