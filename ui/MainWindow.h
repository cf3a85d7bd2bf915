#pragma once

// The main window: the article list on the left, the editor on the right, autosaving.

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace newsdesk {

class ArticleEditor;
class ArticleListModel;
class ArticleStore;
class AutosaveSession;
class Clock;
class MediaStore;
class PhotoLibrary;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ArticleStore &store, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *articleView() const { return m_view; }
    ArticleListModel *articleModel() const { return m_model; }
    ArticleEditor *editor() const { return m_editor; }
    AutosaveSession *autosave() const { return m_session; }

    // Opens article `id` in the editor after saving the current one; false if that failed.
    bool openArticle(qint64 id);
    void newArticle();
    void saveRevision();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void reopenLastArticle();
    void applyStatusFilter();
    void updateCount();
    void onEdited();
    void onSaved();
    void showSaveState(const QString &text);

    ArticleStore &m_store;
    const Clock &m_clock;
    ArticleListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyHint = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<PhotoLibrary> m_photos;
    ArticleEditor *m_editor = nullptr;
    AutosaveSession *m_session = nullptr;
};

}  // namespace newsdesk
