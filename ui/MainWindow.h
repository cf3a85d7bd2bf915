#pragma once

// The main window: for now the article list with a status filter (the editor pane follows).

#include <QMainWindow>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace newsdesk {

class ArticleListModel;
class ArticleStore;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ArticleStore &store, QWidget *parent = nullptr);

    QTableView *articleView() const { return m_view; }
    ArticleListModel *articleModel() const { return m_model; }

private:
    void buildActions();
    void applyStatusFilter();
    void updateCount();

    ArticleStore &m_store;
    ArticleListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyHint = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_countLabel = nullptr;
};

}  // namespace newsdesk
