#include "MainWindow.h"

#include "AccessibleNames.h"
#include "ArticleEditor.h"
#include "ArticleListDelegate.h"
#include "BodyEdit.h"
#include "CalendarView.h"
#include "CompareView.h"
#include "HistoryPanel.h"
#include "ProfileDialog.h"
#include "Proofreading.h"
#include "ReviewNotesPanel.h"
#include "StartupTrace.h"
#include "WorkflowBar.h"
#include "domain/ReviewEvent.h"
#include "editing/AutosaveSession.h"
#include "firstrun/AppSettings.h"
#include "io/ArticleImporter.h"
#include "io/PortalTime.h"
#include "media/PhotoLibrary.h"
#include "model/ArticleListModel.h"
#include "preview/ArticleHandOffActions.h"
#include "preview/PreviewPane.h"
#include "render/PortalTemplate.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "sync/PortalAccountStore.h"
#include "workflow/WorkflowService.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace newsdesk {
namespace {

const QString kLastArticleKey = QStringLiteral("ui.last_article");
// "articleId:position" of the text cursor, so a restart puts the person back where they typed.
const QString kLastCursorKey = QStringLiteral("ui.last_cursor");
const QString kHiddenColumnsKey = QStringLiteral("ui.list_hidden_columns");

// Who the revisions are recorded for: the person logged in to this computer, until the local
// profile and the portal account name them.
QString currentActor()
{
    return qEnvironmentVariable("USER");
}

}  // namespace

MainWindow::~MainWindow()
{
    // Children are destroyed after this body: a focused one moves the focus as it goes, and the
    // watcher must not reach the session (already gone) then.
    disconnect(m_focusWatch);
    // The editor (a child, deleted after our members) must not reach the library afterwards.
    m_editor->setPhotoLibrary(nullptr);
}

MainWindow::MainWindow(ArticleStore &store, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_clock(clock)
{
    setWindowTitle(tr("Newsdesk"));
    m_model = new ArticleListModel(store, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Articles"));
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(
        ArticleListModel::TitleColumn, new ArticleListDelegate(m_view));
    // Clicking a header sorts (in the store, page by page); newest first until then.
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(
        ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionResizeMode(
        ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    for (int column = ArticleListModel::StatusColumn; column < ArticleListModel::ColumnCount;
         ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    restoreListColumns();
    // Right-click on the header: choose the columns (kept in the store's settings).
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint &at) {
            listColumnsMenu()->popup(m_view->horizontalHeader()->mapToGlobal(at));
        });

    // An empty store shows what to do instead of an empty grid.
    m_emptyHint
        = new QLabel(tr("<h3>No articles yet</h3><p>Articles you write or import appear here.<br>"
                        "To bring in existing texts: <code>newsdesk-cli import FILE…</code></p>"),
            this);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("articleListStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyHint);

    // Search above the list: diacritics optional ("muong lay" finds "Mường Lay").
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search articles (diacritics optional)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search articles"));
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);  // search once typing pauses, not on every letter
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_stack, 1);

    m_media = std::make_unique<MediaStore>(store.database(), clock);
    m_photos = std::make_unique<PhotoLibrary>(*m_media);
    m_editor = new ArticleEditor(this);
    m_editor->setPhotoLibrary(m_photos.get());
    m_session = new AutosaveSession(store, clock, this);
    m_session->setContentProvider([this] { return m_editor->content(); });
    // Revisions record who made them. Until the profile and portal account exist (workflow and
    // sync), that is the person logged in to this computer.
    m_session->setActor(currentActor());

    m_workflow = std::make_unique<WorkflowService>(
        store.database(), clock, portalTimeZone(store.database()));
    useProfileAsActor();
    m_workflowBar = new WorkflowBar(*m_workflow, clock, this);
    // The approval must cover the text on screen, not the last autosave.
    m_workflowBar->setBeforeAction([this]() -> Result<void> {
        m_editor->bodyEdit()->finishPaste();
        // Kept as a revision, so "changes since review" can show what was reviewed.
        return m_session->saveNow(tr("Text at the review step"));
    });
    connect(m_workflowBar, &WorkflowBar::refused, this, &MainWindow::showRefusal);
    connect(m_workflowBar, &WorkflowBar::profileChanged, this, [this] {
        useProfileAsActor();
        refreshInbox();
    });
    connect(m_workflowBar, &WorkflowBar::performed, this, [this](qint64 id) {
        m_model->refreshArticle(id);
        refreshInbox();
        if (auto info = m_workflow->info(id))
            statusBar()->showMessage(
                tr("“%1” is now: %2.").arg(info->title, statusDisplayName(info->status)), 8000);
    });
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_workflowBar);
    editorLayout->addWidget(m_editor, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(editorPane);
    buildPreview();
    traceStartup(this, m_preview);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({380, 560, 460});
    setCentralWidget(m_splitter);

    m_history = new HistoryPanel(store, this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    resizeDocks({m_historyDock}, {400}, Qt::Horizontal);
    m_historyDock->hide();
    connect(m_history, &HistoryPanel::restoreRequested, this, &MainWindow::restoreRevision);
    connect(m_history, &HistoryPanel::undoRestoreRequested, this, [this](int number) {
        if (restoreRevision(number))
            m_history->offerUndo(0);
    });
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            (void)m_session->saveNow();
            m_history->setArticle(m_session->articleId());
            refreshReviewLog();
        }
    });

    m_proofreading = new Proofreading(m_editor->bodyEdit(), personalWordsPath(), this);
    m_proofreadingPanel = new ProofreadingPanel(m_proofreading, m_editor->bodyEdit(), this);
    m_proofreadingDock = new QDockWidget(tr("Proofreading"), this);
    m_proofreadingDock->setObjectName(QStringLiteral("proofreadingDock"));
    m_proofreadingDock->setWidget(m_proofreadingPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_proofreadingDock);
    tabifyDockWidget(m_historyDock, m_proofreadingDock);
    m_proofreadingDock->hide();

    // The editorial calendar needs room: it opens as its own window, and docks if dragged in.
    m_calendar = new CalendarView(*m_workflow, clock, this);
    m_calendarDock = new QDockWidget(tr("Editorial calendar"), this);
    m_calendarDock->setObjectName(QStringLiteral("calendarDock"));
    m_calendarDock->setWidget(m_calendar);
    addDockWidget(Qt::BottomDockWidgetArea, m_calendarDock);
    m_calendarDock->setFloating(true);
    m_calendarDock->resize(1000, 680);
    m_calendarDock->hide();
    connect(m_calendar, &CalendarView::articleActivated, this, &MainWindow::showArticle);
    connect(m_calendar, &CalendarView::refused, this, &MainWindow::showRefusal);
    connect(m_calendar, &CalendarView::articleMoved, this, [this](qint64 id) {
        m_model->refreshArticle(id);
        m_workflowBar->refresh();
    });
    connect(m_workflowBar, &WorkflowBar::performed, m_calendar, &CalendarView::refresh);
    connect(m_workflowBar, &WorkflowBar::profileChanged, m_calendar, &CalendarView::refresh);

    // Review notes and the compare view sit with the other panels beside the editor.
    m_notes = new ReviewNotesPanel(*m_workflow, m_editor->bodyEdit(), this);
    m_notesDock = new QDockWidget(tr("Review notes"), this);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notesDock->setWidget(m_notes);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    tabifyDockWidget(m_historyDock, m_notesDock);
    m_notesDock->hide();
    m_compare = new CompareView(store, *m_workflow, this);
    m_compareDock = new QDockWidget(tr("Changes since review"), this);
    m_compareDock->setObjectName(QStringLiteral("compareDock"));
    m_compareDock->setWidget(m_compare);
    addDockWidget(Qt::RightDockWidgetArea, m_compareDock);
    tabifyDockWidget(m_historyDock, m_compareDock);
    m_compareDock->hide();
    connect(m_workflowBar, &WorkflowBar::performed, this, [this] {
        m_preview->refresh();  // a schedule sets the posting time
        m_notes->refresh();
        m_compare->refresh();
        refreshReviewLog();
    });
    connect(m_workflowBar, &WorkflowBar::profileChanged, m_notes, &ReviewNotesPanel::refresh);

    buildActions();

    auto *storeLabel
        = new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(store.database().path())), this);
    storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path gives way; the word count, save state and article count never do.
    storeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    storeLabel->setToolTip(QDir::toNativeSeparators(store.database().path()));
    statusBar()->addWidget(storeLabel, 1);
    m_wordsLabel = new QLabel(this);
    m_saveLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_wordsLabel);
    // Wide enough for its longest state, so the save state is never cut off.
    m_saveLabel->setMinimumWidth(
        m_saveLabel->fontMetrics().horizontalAdvance(tr("Saved at %1").arg(QStringLiteral("00:00")))
        + 8);
    statusBar()->addPermanentWidget(m_saveLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_model, &ArticleListModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cannot read the articles"), message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    // Rows grow to show the snippet while searching.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int line = m_view->fontMetrics().lineSpacing();
        m_view->verticalHeader()->setDefaultSectionSize(
            m_model->isSearching() ? line * ArticleListDelegate::kSearchRowLines + 6 : line + 8);
        m_view->setSortingEnabled(!m_model->isSearching());  // hits come by relevance
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current, const QModelIndex &previous) {
            if (!current.isValid() || current.row() == previous.row())
                return;
            const qint64 id = m_model->data(current, ArticleListModel::IdRole).toLongLong();
            if (id != m_session->articleId() && !openArticle(id) && previous.isValid())
                m_view->setCurrentIndex(previous);  // the current text could not be saved: stay
        });
    connect(m_editor, &ArticleEditor::edited, this, &MainWindow::onEdited);
    // A large paste goes in slice by slice; saving the half-pasted article again and again
    // would cost more than the paste, so autosave waits for the end (the clipboard still has it).
    connect(m_editor->bodyEdit(), &BodyEdit::pasteProgress, this, [this](int percent) {
        m_session->hold();
        statusBar()->showMessage(tr("Pasting… %1%").arg(percent));
    });
    connect(m_editor->bodyEdit(), &BodyEdit::notice, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_editor->bodyEdit(), &BodyEdit::pasteFinished, this, [this] {
        m_session->release();
        statusBar()->showMessage(tr("Pasted."), 3000);
    });
    connect(m_session, &AutosaveSession::saved, this, &MainWindow::onSaved);
    connect(m_session, &AutosaveSession::saveFailed, this, [this](const QString &message) {
        showSaveState(tr("Not saved!"));
        statusBar()->showMessage(message, 15000);
    });
    // Leaving the editor (another window, the list, a dialog) saves at once.
    m_focusWatch
        = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
              if (old && m_editor->isAncestorOf(old) && !(now && m_editor->isAncestorOf(now)))
                  (void)m_session->saveNow();
          });

    updateCount();
    refreshInbox();
    resize(1100, 700);
    reopenLastArticle();
}

// Newsdesk opens where the person left it: the article last edited in this store, else the
// newest one.
void MainWindow::reopenLastArticle()
{
    const qint64 last
        = m_store.database().setting(kLastArticleKey).value_or(QString()).toLongLong();
    if (last > 0 && m_store.get(last).ok()) {
        int row = m_model->rowOf(last);
        while (row < 0 && m_model->canFetchMore({})) {
            m_model->fetchMore({});
            row = m_model->rowOf(last);
        }
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
        else
            openArticle(last);  // not in the list's first pages, but it is what they were writing
        restoreCursor(last);
        return;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ArticleListModel::TitleColumn));
}

void MainWindow::restoreListColumns()
{
    // The list is narrow beside the editor: by default title, status and time say enough.
    QString saved = m_store.database().setting(kHiddenColumnsKey).value_or(QString());
    if (saved.isEmpty())  // never chosen ("-" means: hide none)
        saved = QStringLiteral("%1,%2")
                    .arg(ArticleListModel::AuthorColumn)
                    .arg(ArticleListModel::PublishColumn);
    const QStringList hidden = saved.split(u',', Qt::SkipEmptyParts);
    for (int column = 0; column < ArticleListModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, hidden.contains(QString::number(column)));
}

QMenu *MainWindow::listColumnsMenu()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The title always stays: a list without it says nothing.
    for (int column = ArticleListModel::StatusColumn; column < ArticleListModel::ColumnCount;
         ++column) {
        QAction *toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_view->isColumnHidden(column));
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
            m_view->setColumnHidden(column, !shown);
            QStringList hidden;
            for (int c = 0; c < ArticleListModel::ColumnCount; ++c) {
                if (m_view->isColumnHidden(c))
                    hidden << QString::number(c);
            }
            (void)m_store.database().setSetting(
                kHiddenColumnsKey, hidden.isEmpty() ? QStringLiteral("-") : hidden.join(u','));
        });
    }
    return menu;
}

QString MainWindow::personalWordsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/personal-words.txt");
}

void MainWindow::setCurrentLanguage(QLocale::Language language)
{
    languageAction(language)->setChecked(true);
}

QAction *MainWindow::languageAction(QLocale::Language language) const
{
    return language == QLocale::English ? m_english : m_vietnamese;
}

void MainWindow::rememberCursor()
{
    if (m_session->articleId() == 0)
        return;
    (void)m_store.database().setSetting(kLastCursorKey,
        QStringLiteral("%1:%2")
            .arg(m_session->articleId())
            .arg(m_editor->bodyEdit()->textCursor().position()));
}

void MainWindow::restoreCursor(qint64 articleId)
{
    const QStringList saved
        = m_store.database().setting(kLastCursorKey).value_or(QString()).split(u':');
    if (saved.size() != 2 || saved[0].toLongLong() != articleId
        || m_session->articleId() != articleId)
        return;
    BodyEdit *body = m_editor->bodyEdit();
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(qBound(0, saved[1].toInt(), body->document()->characterCount() - 1));
    body->setTextCursor(cursor);
    body->ensureCursorVisible();
    body->setFocus();
}

void MainWindow::setPortalPanel(QWidget *panel)
{
    if (!m_portalDock) {
        m_portalDock = new QDockWidget(tr("Portal sync"), this);
        m_portalDock->setObjectName(QStringLiteral("portalDock"));
        addDockWidget(Qt::BottomDockWidgetArea, m_portalDock);
        m_portalDock->hide();
        QAction *toggle = m_portalDock->toggleViewAction();
        toggle->setText(tr("Sync &panel"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
        toggle->setToolTip(tr("What waits for the portal, what was sent, and what failed"));
        m_portalMenu->addAction(toggle);
        // restoreLayout() ran before the dock existed: put it back where it was.
        restoreDockWidget(m_portalDock);
    }
    m_portalDock->setWidget(panel);
}

void MainWindow::setPortalStatus(const QString &statusText)
{
    if (!m_portalLabel) {
        m_portalLabel = new QLabel(this);
        m_portalLabel->setObjectName(QStringLiteral("portalStatus"));
        statusBar()->insertPermanentWidget(0, m_portalLabel);
    }
    m_portalLabel->setText(statusText);
    m_portalLabel->setVisible(!statusText.isEmpty());
}

QString MainWindow::portalStatus() const
{
    return m_portalLabel ? m_portalLabel->text() : QString();
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *create = fileMenu->addAction(tr("&New article"), this, &MainWindow::newArticle);
    create->setShortcut(QKeySequence::New);
    QAction *save = fileMenu->addAction(tr("&Save a revision"), this, &MainWindow::saveRevision);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr(
        "Articles save themselves as you type; this also keeps a named revision in the history."));
    fileMenu->addAction(tr("&Import…"), this, &MainWindow::chooseFilesToImport)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fileMenu->addSeparator();
    fileMenu->addAction(m_handOff->exportHtmlAction());
    fileMenu->addAction(m_handOff->exportPdfAction());
    fileMenu->addSeparator();
    QAction *backups = fileMenu->addAction(tr("&Backups…"), this, &MainWindow::backupsRequested);
    backups->setToolTip(tr("Back up the articles now, or restore an earlier backup"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_editor->findAction());
    editMenu->addAction(m_editor->replaceAction());
    editMenu->addSeparator();
    editMenu->addAction(m_handOff->copyForPortalAction());
    QAction *searchList = editMenu->addAction(tr("Search &articles"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    searchList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_previewAction = viewMenu->addAction(tr("Por&tal preview"));
    m_previewAction->setCheckable(true);
    m_previewAction->setChecked(true);
    m_previewAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_previewAction->setToolTip(tr("The article as the portal will show it"));
    connect(m_previewAction, &QAction::toggled, m_preview, &QWidget::setVisible);
    viewMenu->addSeparator();
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("&History"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    history->setToolTip(tr("Revisions of this article: compare and restore"));
    viewMenu->addAction(history);
    QAction *proofreadingView = m_proofreadingDock->toggleViewAction();
    proofreadingView->setText(tr("&Proofreading"));
    proofreadingView->setShortcut(QKeySequence(Qt::Key_F7));
    proofreadingView->setToolTip(tr("Spelling and proofreading findings, with fixes"));
    viewMenu->addAction(proofreadingView);
    QAction *calendarView = m_calendarDock->toggleViewAction();
    calendarView->setText(tr("Editorial &calendar"));
    calendarView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    calendarView->setToolTip(tr("Scheduled and published articles by day; drag to reschedule"));
    connect(calendarView, &QAction::triggered, m_calendar, [this](bool shown) {
        if (shown)
            m_calendar->refresh();
    });
    viewMenu->addAction(calendarView);
    QAction *notesView = m_notesDock->toggleViewAction();
    notesView->setText(tr("Review &notes"));
    notesView->setToolTip(tr("Comments on passages, and resolving them"));
    viewMenu->addAction(notesView);
    QAction *compareView = m_compareDock->toggleViewAction();
    compareView->setText(tr("Changes since &review"));
    compareView->setToolTip(tr("What changed since the last approved or submitted version"));
    viewMenu->addAction(compareView);
    // The two panels share a place (tabs): the one asked for comes to the front.
    for (QDockWidget *dock : {m_historyDock, m_proofreadingDock, m_notesDock, m_compareDock}) {
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (shown)
                dock->raise();
        });
    }

    m_portalMenu = menuBar()->addMenu(tr("&Portal"));
    QAction *connectAccount = m_portalMenu->addAction(
        tr("&Connect account…"), this, &MainWindow::connectAccountRequested);
    connectAccount->setToolTip(tr("Sign in to the portal's WordPress to publish from here"));
    QAction *syncNow = m_portalMenu->addAction(tr("&Sync now"), this, &MainWindow::syncRequested);
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    syncNow->setToolTip(tr("Send what waits for the portal now"));
    QAction *conflicts
        = m_portalMenu->addAction(tr("C&onflicts…"), this, &MainWindow::conflictsRequested);
    conflicts->setToolTip(tr("Articles changed here and on the portal: choose which text to keep"));
    m_portalMenu->addSeparator();

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences
        = settingsMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    settingsMenu->addAction(tr("Your &profile…"), this, &MainWindow::editProfile);
    QMenu *languageMenu = settingsMenu->addMenu(tr("Interface &language"));
    auto *languages = new QActionGroup(this);
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    m_vietnamese = languageMenu->addAction(QStringLiteral("Tiếng Việt"));
    m_english = languageMenu->addAction(QStringLiteral("English"));
    for (QAction *choice : {m_vietnamese, m_english}) {
        choice->setCheckable(true);
        languages->addAction(choice);
    }
    m_vietnamese->setChecked(true);
    connect(m_vietnamese, &QAction::triggered, this,
        [this] { Q_EMIT languageChangeRequested(QLocale::Vietnamese); });
    connect(m_english, &QAction::triggered, this,
        [this] { Q_EMIT languageChangeRequested(QLocale::English); });
    QAction *reload = viewMenu->addAction(tr("&Reload"), m_model, &ArticleListModel::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Newsdesk"), this, [this] {
        QMessageBox::about(this, tr("About Newsdesk"),
            tr("<b>Newsdesk %1</b><br>Write, review and publish articles for your "
               "portal, online or offline.")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolBar = addToolBar(tr("Articles"));
    toolBar->setObjectName(QStringLiteral("articlesToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(create);
    toolBar->addSeparator();
    m_statusFilter = new QComboBox(this);
    toolBar->addWidget(buddyLabel(tr("Show:"), m_statusFilter));
    m_statusFilter->addItem(tr("All articles"));
    for (const QString &key : allStatusKeys())
        m_statusFilter->addItem(statusDisplayName(*statusFromKey(key)), key);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);
    toolBar->addWidget(m_statusFilter);
    toolBar->addSeparator();
    m_waitingAction = toolBar->addAction(QString(), this, [this] { showInbox(Status::InReview); });
    m_waitingAction->setToolTip(tr("Articles in review, waiting for your approval"));
    m_returnedAction
        = toolBar->addAction(QString(), this, [this] { showInbox(Status::ChangesRequested); });
    m_returnedAction->setToolTip(tr("Articles sent back with changes requested"));
    toolBar->addSeparator();
    toolBar->addAction(history);
    toolBar->addAction(proofreadingView);
    toolBar->addAction(calendarView);
    toolBar->addAction(notesView);
}

void MainWindow::refreshReviewLog()
{
    const qint64 id = m_session->articleId();
    auto events = id ? m_workflow->history(id) : Result<QList<ReviewEvent>>(QList<ReviewEvent>());
    m_history->setReviewEvents(events ? *events : QList<ReviewEvent>());
}

void MainWindow::showArticle(qint64 id)
{
    // Select it in the list when it is there (the editor follows), else open it directly.
    const int row = m_model->rowOf(id);
    if (row >= 0 && m_view->currentIndex().row() != row)
        m_view->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    else if (m_session->articleId() != id)
        openArticle(id);
    raise();
    activateWindow();
}

bool MainWindow::openArticle(qint64 id)
{
    m_editor->bodyEdit()->finishPaste();  // all of a paste lands in the article it was made in
    if (auto flushed = m_session->open(0); !flushed) {
        QMessageBox::warning(this, tr("Not saved"),
            tr("The article you are editing could not be saved, so it stays open.\n\n%1")
                .arg(flushed.error().message));
        return false;
    }
    m_editWarned = false;
    auto article = m_store.get(id);
    if (!article) {
        m_workflowBar->setArticle(0);
        m_notes->setArticle(0);
        m_compare->setArticle(0);
        m_editor->clear();
        statusBar()->showMessage(article.error().message, 10000);
        return false;
    }
    m_editor->load(*article);
    (void)m_session->open(id);
    m_workflowBar->setArticle(id);
    m_notes->setArticle(id);
    m_compare->setArticle(id);
    if (m_historyDock->isVisible()) {
        m_history->setArticle(id);
        refreshReviewLog();
    }
    (void)m_store.database().setSetting(kLastArticleKey, QString::number(id));
    m_wordsLabel->setText(tr("%n word(s)", nullptr, m_editor->bodyWordCount()));
    showSaveState(tr("Saved"));
    m_preview->refresh();
    return true;
}

void MainWindow::newArticle()
{
    m_editor->bodyEdit()->finishPaste();
    if (auto flushed = m_session->open(0); !flushed) {
        QMessageBox::warning(this, tr("Not saved"), flushed.error().message);
        return;
    }
    NewArticle fresh;
    auto created = m_store.create(fresh);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create an article"), created.error().message);
        return;
    }
    m_statusFilter->setCurrentIndex(0);
    m_model->refresh();
    updateCount();
    const int row = m_model->rowOf(created->id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    else
        openArticle(created->id);
    m_editor->titleEdit()->setFocus();
}

void MainWindow::saveRevision()
{
    if (m_session->articleId() == 0)
        return;
    if (auto saved = m_session->saveNow(tr("Saved by hand")); saved)
        statusBar()->showMessage(tr("Revision saved in the history."), 4000);
}

bool MainWindow::restoreRevision(int number)
{
    const qint64 id = m_session->articleId();
    if (id == 0)
        return false;
    // The text on screen becomes a revision first: "Undo restore" brings it back.
    if (auto kept = m_session->saveNow(tr("Before restoring revision %1").arg(number)); !kept) {
        QMessageBox::warning(this, tr("Not restored"), kept.error().message);
        return false;
    }
    auto before = m_store.revisions(id);
    auto restored = m_store.restoreRevision(id, number, currentActor());
    if (!before || !restored) {
        QMessageBox::warning(
            this, tr("Not restored"), (!before ? before.error() : restored.error()).message);
        return false;
    }
    m_editor->load(*restored);
    (void)m_session->open(id);
    m_model->refreshArticle(id);
    afterContentSaved();
    m_wordsLabel->setText(tr("%n word(s)", nullptr, m_editor->bodyWordCount()));
    showSaveState(tr("Saved"));
    m_history->refresh();
    m_history->offerUndo(before->isEmpty() ? 0 : before->back().number);
    statusBar()->showMessage(tr("Revision %1 restored.").arg(number), 6000);
    return true;
}

void MainWindow::chooseFilesToImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import articles"), QString(),
        tr("Articles (*.html *.htm *.md *.markdown *.txt *.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    auto imported = importFiles(paths);
    if (!imported)
        QMessageBox::warning(this, tr("Nothing imported"), imported.error().message);
}

Result<QList<qint64>> MainWindow::importFiles(const QStringList &paths)
{
    // Read every file first: a bad one stops the import before anything is stored.
    ArticleImporter importer(portal_time::defaultZone(), m_media.get());
    QList<NewArticle> articles;
    for (const QString &path : paths) {
        auto imported = importer.importFile(path);
        if (!imported)
            return imported.error();
        articles.append(toNewArticle(*imported));
    }
    SaveOptions save;
    save.recordRevision = true;
    save.label = tr("Imported");
    save.actor = currentActor();
    auto ids = m_store.createMany(articles, save);
    if (!ids)
        return ids.error();
    m_statusFilter->setCurrentIndex(0);
    m_model->refresh();
    updateCount();
    if (!ids->isEmpty()) {
        const int row = m_model->rowOf(ids->front());
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
        else
            openArticle(ids->front());
    }
    statusBar()->showMessage(tr("Imported %n article(s).", nullptr, int(ids->size())), 6000);
    return ids;
}

void MainWindow::onEdited()
{
    m_session->markChanged();
    // Said once, when it matters: the strip above the editor has said it since the article opened.
    if (!m_editWarned && m_workflowBar->editImpact() == EditImpact::RevokesApproval) {
        m_editWarned = true;
        statusBar()->showMessage(tr("Editing will withdraw the approval: the article goes back "
                                    "to Draft when this change is saved."),
            15000);
    }
    m_wordsLabel->setText(tr("%n word(s)", nullptr, m_editor->bodyWordCount()));
    showSaveState(tr("Editing…"));
}

void MainWindow::onSaved()
{
    const QDateTime local = m_session->lastSavedAt().toLocalTime();
    showSaveState(tr("Saved at %1").arg(QLocale().toString(local.time(), QStringLiteral("HH:mm"))));
    m_model->refreshArticle(m_session->articleId());
    afterContentSaved();
    m_preview->refresh();
    rememberCursor();
    if (m_historyDock->isVisible() && !m_history->isAncestorOf(focusWidget()))
        m_history->refresh();
    if (m_compareDock->isVisible())
        m_compare->refresh();
}

void MainWindow::showSaveState(const QString &text)
{
    m_saveLabel->setText(text);
}

// A saved edit may have revoked an approval (the store's trigger did it): the review history
// gets the event now, and the bar shows the state the article is really in.
void MainWindow::buildPreview()
{
    m_preview = new preview::PreviewPane(this);
    preview::PreviewSource source;
    source.article = [this] { return currentArticle(); };
    source.media = m_media.get();
    source.portalZone = portalTimeZone(m_store.database());
    m_preview->setSource(source);

    m_handOff = new preview::ArticleHandOffActions(
        this,
        [this]() -> std::optional<Article> {
            // What leaves must be what is on screen, not the last autosave.
            m_editor->bodyEdit()->finishPaste();
            if (!m_session->saveNow())
                return std::nullopt;
            return currentArticle();
        },
        m_media.get(), portalTimeZone(m_store.database()));
    connect(m_handOff, &preview::ArticleHandOffActions::reported, this,
        [this](const QString &message, bool failed) {
            if (failed)
                QMessageBox::warning(this, tr("Newsdesk"), message);
            else
                statusBar()->showMessage(message, 10000);
        });
}

std::optional<Article> MainWindow::currentArticle() const
{
    const qint64 id = m_session->articleId();
    if (id == 0)
        return std::nullopt;
    auto article = m_store.get(id);
    if (!article)
        return std::nullopt;
    return *article;
}

bool MainWindow::usePortalTemplate(const QString &folder)
{
    if (folder.isEmpty()) {
        m_preview->setPortalTemplate(render::PortalTemplate::builtIn());
        m_handOff->setPortalTemplate(render::PortalTemplate::builtIn());
        return true;
    }
    auto loaded = render::PortalTemplate::load(folder);
    if (!loaded) {
        statusBar()->showMessage(
            tr("The preview template was not used: %1").arg(loaded.error().message), 15000);
        return false;
    }
    m_preview->setPortalTemplate(*loaded);
    m_handOff->setPortalTemplate(*loaded);
    return true;
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_photos->setOptions(settings.photoOptions(m_photos->options()));
    m_proofreading->setSpellCheckEnabled(settings.spellCheck);
    usePortalTemplate(settings.templateFolder);
}

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kPreviewShownKey = QStringLiteral("window/previewShown");
const QString kPreviewWidthKey = QStringLiteral("window/previewWidth");
}  // namespace

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kPreviewShownKey, m_previewAction->isChecked());
    settings.setValue(kPreviewWidthKey, int(m_preview->pageWidth()));
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    if (settings.contains(kGeometryKey))
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (settings.contains(kStateKey))
        restoreState(settings.value(kStateKey).toByteArray());
    if (settings.contains(kSplitterKey))
        m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_previewAction->setChecked(settings.value(kPreviewShownKey, true).toBool());
    const int width = settings.value(kPreviewWidthKey, 0).toInt();
    for (auto choice : {preview::PreviewPane::PageWidth::Desktop,
             preview::PreviewPane::PageWidth::Tablet, preview::PreviewPane::PageWidth::Phone}) {
        if (int(choice) == width)
            m_preview->setPageWidth(choice);
    }
}

void MainWindow::afterContentSaved()
{
    auto recorded = m_workflow->recordRevocations();
    if (recorded && *recorded > 0) {
        statusBar()->showMessage(tr("The approval was withdrawn: the article is a draft again "
                                    "and must be submitted for approval."),
            15000);
        refreshInbox();
    }
    m_workflowBar->refresh();
}

void MainWindow::showRefusal(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    // open(), not exec(): the refusal is shown without stopping the caller.
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Not done"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::refreshInbox()
{
    auto profile = m_workflow->profile();
    auto counts = m_workflow->inboxCounts();
    const InboxCounts shown = counts.value_or(InboxCounts {});
    m_waitingAction->setText(tr("Waiting for my approval (%1)").arg(shown.waitingForApproval));
    m_returnedAction->setText(tr("Returned to me (%1)").arg(shown.returnedToMe));
    // Writers approve nothing: their count would always be zero.
    m_waitingAction->setVisible(profile && profile->role == Role::Approver);
}

void MainWindow::showInbox(Status status)
{
    // Exactly the articles of that inbox: waiting for my approval, or returned to me (the ones
    // I submitted), not every article in that state.
    auto items = status == Status::InReview ? m_workflow->waitingForMyApproval()
                                            : m_workflow->returnedToMe();
    if (!items) {
        showRefusal(items.error().message);
        return;
    }
    QList<ArticleSummary> rows;
    for (const InboxItem &item : *items)
        rows.append(item.article);
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_statusFilter->blockSignals(true);
    m_statusFilter->setCurrentIndex(-1);  // no filter shown; picking any one leaves the inbox
    m_statusFilter->blockSignals(false);
    m_model->showOnly(rows);
    m_countLabel->setText(tr("%n article(s)", nullptr, int(rows.size())));
    statusBar()->showMessage(status == Status::InReview
            ? tr("Waiting for my approval. Choose what to show to see other articles.")
            : tr("Returned to me. Choose what to show to see other articles."),
        8000);
}

void MainWindow::editProfile()
{
    auto profile = m_workflow->profile();
    if (!profile) {
        showRefusal(profile.error().message);
        return;
    }
    ProfileDialog dialog(*profile, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = dialog.apply(*m_workflow); !saved)
        showRefusal(saved.error().message);
    useProfileAsActor();
    refreshInbox();
    m_workflowBar->refresh();
}

// Revisions name the profile once it has a name; until then, the computer's user.
void MainWindow::useProfileAsActor()
{
    auto profile = m_workflow->profile();
    m_session->setActor(profile && !profile->name.isEmpty() ? profile->name : currentActor());
}

bool MainWindow::event(QEvent *event)
{
    // QMainWindow makes a tab bar when docks share a place; screen readers need its name.
    if (event->type() == QEvent::ChildPolished) {
        if (auto *tabs = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
            tabs->setAccessibleName(tr("Panels"));
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->bodyEdit()->finishPaste();
    rememberCursor();
    if (auto saved = m_session->finish(); !saved) {
        const auto answer = QMessageBox::warning(this, tr("Not saved"),
            tr("The article could not be saved:\n%1\n\nQuit anyway and lose the latest changes?")
                .arg(saved.error().message),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::applyStatusFilter()
{
    const QString key = m_statusFilter->currentData().toString();
    m_model->setStatusFilter(key.isEmpty() ? std::nullopt : statusFromKey(key));
}

void MainWindow::applySearch()
{
    m_searchDelay->stop();
    m_model->setSearchText(m_search->text());
    if (m_model->isSearching() && m_model->rowCount() == 0)
        statusBar()->showMessage(tr("No article matches “%1”.").arg(m_model->searchText()), 5000);
}

void MainWindow::updateCount()
{
    if (m_model->isSearching()) {
        m_countLabel->setText(tr("%n match(es)", nullptr, m_model->rowCount()));
        m_stack->setCurrentWidget(m_view);
        return;
    }
    auto count = m_store.count(m_model->statusFilter());
    m_countLabel->setText(count ? tr("%n article(s)", nullptr, *count) : QString());
    const bool storeEmpty = count && *count == 0 && !m_model->statusFilter();
    m_stack->setCurrentWidget(storeEmpty ? static_cast<QWidget *>(m_emptyHint) : m_view);
}

}  // namespace newsdesk
