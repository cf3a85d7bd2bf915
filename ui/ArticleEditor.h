#pragma once

// The editor pane: title, summary (sapo), author, category, tags and the body, with a
// formatting toolbar. It shows and returns ArticleContent; saving is AutosaveSession's job.

#include "domain/Article.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolBar;
class QToolButton;

namespace newsdesk {

class BodyEdit;
class FindReplaceBar;
class PhotoLibrary;

class ArticleEditor : public QWidget {
    Q_OBJECT
public:
    explicit ArticleEditor(QWidget *parent = nullptr);

    void load(const Article &article);
    void clear();
    ArticleContent content() const;
    int bodyWordCount() const;

    QLineEdit *titleEdit() const { return m_title; }
    BodyEdit *bodyEdit() const { return m_body; }
    QToolBar *formatBar() const { return m_formatBar; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }

    // Where photos are kept: the body's pictures and the featured image.
    void setPhotoLibrary(PhotoLibrary *library);
    // Makes `mediaId` the featured image (0 removes it), as if the person chose it.
    void setFeaturedImage(qint64 mediaId);
    std::optional<qint64> featuredImage() const { return m_featuredMediaId; }
    // Inserts a table at the cursor; with a header, the first row is header cells.
    void insertTable(int rows, int columns, bool header);

Q_SIGNALS:
    // Any field changed by the person (not by load()).
    void edited();

private:
    void buildFormatBar();
    void setBlockStyle(int headingLevel);
    void toggleList(bool ordered);
    void toggleQuote();
    void insertLink();
    void choosePhoto();
    void chooseTable();
    void chooseFeaturedImage();
    void showFeaturedImage();
    void updateFormatActions();

    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QLineEdit *m_author;
    QLineEdit *m_category;
    QLineEdit *m_tags;
    BodyEdit *m_body;
    QToolBar *m_formatBar;
    FindReplaceBar *m_findBar;
    QLabel *m_featuredThumb;
    QToolButton *m_featuredRemove;
    PhotoLibrary *m_photos = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_underline = nullptr;
    QAction *m_strike = nullptr;
    std::optional<qint64> m_featuredMediaId;
    bool m_loading = false;
};

}  // namespace newsdesk
