#include "MainWindow.h"

#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "editing/AutosaveSession.h"
#include "io/PortalTime.h"
#include "media/PhotoLibrary.h"
#include "model/ArticleListModel.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace newsdesk {
namespace {

const QString kLastArticleKey = QStringLiteral("ui.last_article");

}  // namespace

MainWindow::~MainWindow()
{
    // The editor (a child, deleted after our members) must not reach the library afterwards.
    m_editor->bodyEdit()->setPhotoLibrary(nullptr);
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
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(
        ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    for (int column = ArticleListModel::StatusColumn; column < ArticleListModel::ColumnCount;
         ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The list is narrow beside the editor: title, status and time say enough.
    m_view->setColumnHidden(ArticleListModel::AuthorColumn, true);
    m_view->setColumnHidden(ArticleListModel::PublishColumn, true);

    // An empty store shows what to do instead of an empty grid.
    m_emptyHint
        = new QLabel(tr("<h3>No articles yet</h3><p>Articles you write or import appear here.<br>"
                        "To bring in existing texts: <code>newsdesk-cli import FILE…</code></p>"),
            this);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyHint);

    m_media = std::make_unique<MediaStore>(store.database(), clock);
    m_photos = std::make_unique<PhotoLibrary>(*m_media);
    m_editor = new ArticleEditor(this);
    m_editor->bodyEdit()->setPhotoLibrary(m_photos.get());
    m_session = new AutosaveSession(store, clock, this);
    m_session->setContentProvider([this] { return m_editor->content(); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 660});
    setCentralWidget(splitter);

    buildActions();

    auto *storeLabel
        = new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(store.database().path())), this);
    storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(storeLabel, 1);
    m_wordsLabel = new QLabel(this);
    m_saveLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_wordsLabel);
    statusBar()->addPermanentWidget(m_saveLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_model, &ArticleListModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cannot read the articles"), message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current, const QModelIndex &previous) {
            if (!current.isValid() || current.row() == previous.row())
                return;
            const qint64 id = m_model->data(current, ArticleListModel::IdRole).toLongLong();
            if (id != m_session->articleId() && !openArticle(id) && previous.isValid())
                m_view->setCurrentIndex(previous);  // the current text could not be saved: stay
        });
    connect(m_editor, &ArticleEditor::edited, this, &MainWindow::onEdited);
    connect(m_session, &AutosaveSession::saved, this, &MainWindow::onSaved);
    connect(m_session, &AutosaveSession::saveFailed, this, [this](const QString &message) {
        showSaveState(tr("Not saved!"));
        statusBar()->showMessage(message, 15000);
    });
    // Leaving the editor (another window, the list, a dialog) saves at once.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (old && m_editor->isAncestorOf(old) && !(now && m_editor->isAncestorOf(now)))
            (void)m_session->saveNow();
    });

    updateCount();
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
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
            return;
        }
        openArticle(last);  // filtered out of the list, but it is what the person was writing
        return;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ArticleListModel::TitleColumn));
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
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
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
    toolBar->addWidget(new QLabel(tr("Show:"), this));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("All articles"));
    for (const QString &key : allStatusKeys())
        m_statusFilter->addItem(statusDisplayName(*statusFromKey(key)), key);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);
    toolBar->addWidget(m_statusFilter);
}

bool MainWindow::openArticle(qint64 id)
{
    if (auto flushed = m_session->open(0); !flushed) {
        QMessageBox::warning(this, tr("Not saved"),
            tr("The article you are editing could not be saved, so it stays open.\n\n%1")
                .arg(flushed.error().message));
        return false;
    }
    auto article = m_store.get(id);
    if (!article) {
        m_editor->clear();
        statusBar()->showMessage(article.error().message, 10000);
        return false;
    }
    m_editor->load(*article);
    (void)m_session->open(id);
    (void)m_store.database().setSetting(kLastArticleKey, QString::number(id));
    m_wordsLabel->setText(tr("%n word(s)", nullptr, m_editor->bodyWordCount()));
    showSaveState(tr("Saved"));
    return true;
}

void MainWindow::newArticle()
{
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

void MainWindow::onEdited()
{
    m_session->markChanged();
    m_wordsLabel->setText(tr("%n word(s)", nullptr, m_editor->bodyWordCount()));
    showSaveState(tr("Editing…"));
}

void MainWindow::onSaved()
{
    const QDateTime local = m_session->lastSavedAt().toLocalTime();
    showSaveState(tr("Saved at %1").arg(QLocale().toString(local.time(), QStringLiteral("HH:mm"))));
    m_model->refreshArticle(m_session->articleId());
}

void MainWindow::showSaveState(const QString &text)
{
    m_saveLabel->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (auto saved = m_session->saveNow(); !saved) {
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

void MainWindow::updateCount()
{
    auto count = m_store.count(m_model->statusFilter());
    m_countLabel->setText(count ? tr("%n article(s)", nullptr, *count) : QString());
    const bool storeEmpty = count && *count == 0 && !m_model->statusFilter();
    m_stack->setCurrentWidget(storeEmpty ? static_cast<QWidget *>(m_emptyHint) : m_view);
}

}  // namespace newsdesk
