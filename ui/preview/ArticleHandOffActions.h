#pragma once

// The ways an article leaves Newsdesk by hand: File > Export as HTML / as PDF, and
// Edit > Copy for the portal. Each asks the window for the current article (saved first) and
// reports what happened in one translated line.

#include "domain/Article.h"
#include "render/PortalTemplate.h"

#include <QObject>
#include <QTimeZone>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace newsdesk {
class MediaStore;
}

namespace newsdesk::preview {

class PdfExporter;

class ArticleHandOffActions : public QObject {
    Q_OBJECT
public:
    using ArticleProvider = std::function<std::optional<Article>()>;

    ArticleHandOffActions(QWidget *window, ArticleProvider currentArticle, const MediaStore *media,
        QTimeZone portalZone);

    QAction *exportHtmlAction() const { return m_exportHtml; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *copyForPortalAction() const { return m_copy; }

    void setPortalTemplate(const render::PortalTemplate &portalTemplate);

    // Without dialogs (the actions ask for the place first): for the window and tests.
    void exportHtmlTo(const QString &folder);
    void exportPdfTo(const QString &file);
    void copyForPortal();

Q_SIGNALS:
    // One line for the status bar; `failed` lines deserve a dialog.
    void reported(const QString &message, bool failed);

private:
    std::optional<Article> articleOrSay();

    QWidget *m_window;
    ArticleProvider m_currentArticle;
    const MediaStore *m_media;
    QTimeZone m_zone;
    render::PortalTemplate m_template;
    PdfExporter *m_pdf = nullptr;
    QAction *m_exportHtml = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_copy = nullptr;
};

}  // namespace newsdesk::preview
