#pragma once

// The main window: the article list on the left, the editor on the right, autosaving.

#include "domain/Article.h"
#include "domain/Status.h"
#include "util/Result.h"

#include <QLocale>
#include <QMainWindow>

#include <memory>
#include <optional>

class QComboBox;
class QSettings;
class QSplitter;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QTimer;

namespace newsdesk {

class ArticleEditor;
struct AppSettings;
class ArticleListModel;
class CalendarView;
class CompareView;
class ReviewNotesPanel;
class HistoryPanel;
class Proofreading;
class ProofreadingPanel;
class ArticleStore;
class AutosaveSession;
class Clock;
class MediaStore;
class PhotoLibrary;
class WorkflowBar;
class WorkflowService;

namespace preview {
class ArticleHandOffActions;
class PreviewPane;
}  // namespace preview

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ArticleStore &store, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *articleView() const { return m_view; }
    ArticleListModel *articleModel() const { return m_model; }
    ArticleEditor *editor() const { return m_editor; }
    AutosaveSession *autosave() const { return m_session; }
    QLineEdit *searchBox() const { return m_search; }
    HistoryPanel *historyPanel() const { return m_history; }
    QDockWidget *historyDock() const { return m_historyDock; }
    Proofreading *proofreading() const { return m_proofreading; }
    ProofreadingPanel *proofreadingPanel() const { return m_proofreadingPanel; }
    QDockWidget *proofreadingDock() const { return m_proofreadingDock; }
    WorkflowService &workflow() const { return *m_workflow; }
    WorkflowBar *workflowBar() const { return m_workflowBar; }
    QComboBox *statusFilterBox() const { return m_statusFilter; }
    // "Waiting for my approval (N)" and "Returned to me (N)": clicking filters the list.
    QAction *waitingAction() const { return m_waitingAction; }
    QAction *returnedAction() const { return m_returnedAction; }
    void refreshInbox();

    // The portal preview beside the editor, and export / "copy for the portal".
    preview::PreviewPane *previewPane() const { return m_preview; }
    preview::ArticleHandOffActions *handOffActions() const { return m_handOff; }
    // Renders the preview and exports through the template in `folder` (empty: the built-in
    // one). A folder that is not a valid template is refused with a message; false then.
    bool usePortalTemplate(const QString &folder);
    // Settings > Settings…: photo limits, preview template, spell checking (the shell applies
    // the language and the autosave pause).
    void applySettings(const AppSettings &settings);
    // Window geometry, dock and splitter layout, kept between runs.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    // Ticks the language in the Settings menu (the window does not switch languages itself:
    // see AppShell).
    void setCurrentLanguage(QLocale::Language language);
    QAction *languageAction(QLocale::Language language) const;

    // Where the person's own spelling words are kept.
    static QString personalWordsPath();

Q_SIGNALS:
    // The person chose another interface language in the Settings menu.
    void languageChangeRequested(QLocale::Language language);
    // Settings > Settings… and File > Backups…: the application shell opens these, since a
    // settings change or a restore may rebuild the window.
    void settingsRequested();
    void backupsRequested();
    // Portal > Connect account… and Portal > Sync now: the portal session (ui/PortalSession)
    // answers them; it outlives window rebuilds.
    void connectAccountRequested();
    void syncRequested();
    void conflictsRequested();

public:
    CalendarView *calendar() const { return m_calendar; }
    QDockWidget *calendarDock() const { return m_calendarDock; }
    ReviewNotesPanel *reviewNotes() const { return m_notes; }
    QDockWidget *reviewNotesDock() const { return m_notesDock; }
    CompareView *compareView() const { return m_compare; }
    QDockWidget *compareDock() const { return m_compareDock; }
    // The sync panel, docked at the bottom (hidden until asked for) with its toggle in the
    // Portal menu; `statusText` goes to a permanent label of the status bar.
    void setPortalPanel(QWidget *panel);
    QDockWidget *portalDock() const { return m_portalDock; }
    void setPortalStatus(const QString &statusText);
    QString portalStatus() const;
    // Shows article `id`: selected in the list when it is there, open in the editor.
    void showArticle(qint64 id);

    // Opens article `id` in the editor after saving the current one; false if that failed.
    bool openArticle(qint64 id);
    void newArticle();
    void saveRevision();
    // Restores revision `number` of the open article, keeping the current text as a revision
    // first so the restore can be undone.
    bool restoreRevision(int number);

    // Imports files (HTML, Markdown, text, Newsdesk JSON) as new articles, all or none: one bad
    // file imports nothing and its error names it. Opens the first imported article.
    Result<QList<qint64>> importFiles(const QStringList &paths);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void chooseFilesToImport();
    void reopenLastArticle();
    void restoreListColumns();
    void refreshReviewLog();

public:
    // The header's context menu: which columns the list shows (the choice is kept).
    QMenu *listColumnsMenu();

private:
    void applyStatusFilter();
    void applySearch();
    void rememberCursor();
    void restoreCursor(qint64 articleId);
    void updateCount();
    void onEdited();
    void onSaved();
    void showSaveState(const QString &text);
    void afterContentSaved();
    void showRefusal(const QString &message);
    void showInbox(Status status);
    void editProfile();
    void useProfileAsActor();
    // The open article as stored (autosave keeps it current), for the preview and exports.
    std::optional<Article> currentArticle() const;
    void buildPreview();

    ArticleStore &m_store;
    const Clock &m_clock;
    ArticleListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyHint = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    Proofreading *m_proofreading = nullptr;
    ProofreadingPanel *m_proofreadingPanel = nullptr;
    QDockWidget *m_proofreadingDock = nullptr;
    CalendarView *m_calendar = nullptr;
    QDockWidget *m_portalDock = nullptr;
    QMenu *m_portalMenu = nullptr;
    QLabel *m_portalLabel = nullptr;
    QDockWidget *m_calendarDock = nullptr;
    ReviewNotesPanel *m_notes = nullptr;
    QDockWidget *m_notesDock = nullptr;
    CompareView *m_compare = nullptr;
    QDockWidget *m_compareDock = nullptr;
    QAction *m_vietnamese = nullptr;
    QAction *m_english = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<PhotoLibrary> m_photos;
    ArticleEditor *m_editor = nullptr;
    AutosaveSession *m_session = nullptr;
    QMetaObject::Connection m_focusWatch;
    std::unique_ptr<WorkflowService> m_workflow;
    WorkflowBar *m_workflowBar = nullptr;
    QAction *m_waitingAction = nullptr;
    QAction *m_returnedAction = nullptr;
    preview::PreviewPane *m_preview = nullptr;
    preview::ArticleHandOffActions *m_handOff = nullptr;
    QAction *m_previewAction = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_editWarned = false;  // the first edit of an approved article was pointed out
};

}  // namespace newsdesk
