#pragma once

// The editor pane: title, summary (sapo), author, category, tags and the body, with a
// formatting toolbar. It shows and returns ArticleContent; saving is AutosaveSession's job.

#include "domain/Article.h"

#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;
class QPlainTextEdit;
class QToolBar;

namespace newsdesk {

class BodyEdit;

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
    void updateFormatActions();

    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QLineEdit *m_author;
    QLineEdit *m_category;
    QLineEdit *m_tags;
    BodyEdit *m_body;
    QToolBar *m_formatBar;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_underline = nullptr;
    QAction *m_strike = nullptr;
    std::optional<qint64> m_featuredMediaId;
    bool m_loading = false;
};

}  // namespace newsdesk
