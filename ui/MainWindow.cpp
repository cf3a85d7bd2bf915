#include "MainWindow.h"

#include "model/ArticleListModel.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace newsdesk {

MainWindow::MainWindow(ArticleStore &store, QWidget *parent) : QMainWindow(parent), m_store(store)
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
    // An empty store shows what to do instead of an empty grid.
    m_emptyHint
        = new QLabel(tr("<h3>No articles yet</h3><p>Articles you write or import appear here.<br>"
                        "To bring in existing texts: <code>newsdesk-cli import FILE…</code></p>"),
            this);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyHint);
    setCentralWidget(m_stack);

    buildActions();

    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->showMessage(
        tr("Store: %1").arg(QDir::toNativeSeparators(store.database().path())));
    connect(m_model, &ArticleListModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cannot read the articles"), message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    updateCount();
    resize(1100, 700);
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
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
    toolBar->addWidget(new QLabel(tr("Show:"), this));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("All articles"));
    for (const QString &key : allStatusKeys())
        m_statusFilter->addItem(statusDisplayName(*statusFromKey(key)), key);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);
    toolBar->addWidget(m_statusFilter);
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
