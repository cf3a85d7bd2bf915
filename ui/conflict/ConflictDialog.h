#pragma once

// Sync > Conflicts…: the articles changed here and on the portal since the last sync
// (ConflictStore), resolved one at a time. On the left the open conflicts (article title); on
// the right, for the selected one, which fields were changed on both sides and the two versions
// side by side, "Mine (this computer)" | "Portal", with the words found on one side only
// highlighted (ConflictText). "Keep mine", "Take the portal's" and "Edit merged…" (MergeEditor)
// each go through ConflictResolver::resolve; the resolved conflict leaves the list and the next
// one is shown, until the dialog says that no conflicts are left. Errors appear under the views
// in the resolver's words.

#include "sync/ConflictResolver.h"
#include "sync/ConflictStore.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace newsdesk {

class Clock;
class Database;
class MediaStore;
class MergeEditor;
class PhotoLibrary;

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    // `actor`: who decides (the profile name; it goes into the article's history).
    ConflictDialog(Database &db, const Clock &clock, QString actor, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // Selects the open conflict `conflictId`; 0 (or one that is not open): the first one.
    void showConflict(qint64 conflictId = 0);
    // Reads the open conflicts again, keeping the selection when it is still open.
    void reload();

    const QList<SyncConflict> &openConflicts() const { return m_conflicts; }
    // The conflict shown; 0 when none is.
    qint64 currentConflictId() const;

    // What the buttons do. False (and the reason shown) when the conflict could not be resolved.
    bool keepMine();
    bool takeTheirs();
    bool resolveMerged(const MergedText &merged);
    // Opens the merge editor (window-modal, not blocking) filled in with this computer's
    // version; saving it resolves the conflict and closes it. Null when no conflict is shown.
    MergeEditor *editMerged();
    MergeEditor *mergeEditor() const { return m_editor; }

    // The line under the views: the outcome of the last action, or an error.
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }

    // The two versions of the conflict shown, in local form.
    const MergedText &mine() const { return m_mine; }
    const MergedText &portal() const { return m_portal; }

    QListWidget *conflictList() const { return m_list; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *fieldsLabel() const { return m_fields; }
    QTextBrowser *mineView() const { return m_mineView; }
    QTextBrowser *portalView() const { return m_portalView; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *editMergedButton() const { return m_editMerged; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *noneLeftLabel() const { return m_noneLeft; }
    // True while the "No conflicts left" page is shown.
    bool showsNoneLeft() const;

Q_SIGNALS:
    // A conflict of `articleId` was resolved: the article's text may have changed.
    void resolved(qint64 articleId);

private:
    bool resolve(qint64 conflictId, ConflictChoice choice, const std::optional<MergedText> &merged);
    const SyncConflict *conflict(qint64 id) const;
    void fillList(qint64 selectId, int fallbackRow);
    void showRow(int row);
    void showNoneLeft();
    void showMessage(const QString &text, bool error);
    void updateButtons();
    QString titleOf(const SyncConflict &conflict) const;

    Database &m_db;
    const Clock &m_clock;
    QString m_actor;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<PhotoLibrary> m_photos;
    QList<SyncConflict> m_conflicts;
    qint64 m_currentId = 0;
    MergedText m_mine;
    MergedText m_portal;
    QString m_portalHtml;
    bool m_messageIsError = false;
    bool m_syncingScroll = false;
    QPointer<MergeEditor> m_editor;

    QStackedWidget *m_pages = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_fields = nullptr;
    QLabel *m_legend = nullptr;
    QTextBrowser *m_mineView = nullptr;
    QTextBrowser *m_portalView = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_editMerged = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_noneLeft = nullptr;
};

}  // namespace newsdesk
