#include "preview/ArticleHandOffActions.h"

#include "io/ArticleExporter.h"
#include "preview/PdfExporter.h"
#include "preview/PortalClipboard.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QWidget>

namespace newsdesk::preview {

ArticleHandOffActions::ArticleHandOffActions(
    QWidget *window, ArticleProvider currentArticle, const MediaStore *media, QTimeZone portalZone)
    : QObject(window), m_window(window), m_currentArticle(std::move(currentArticle)),
      m_media(media), m_zone(std::move(portalZone)), m_template(render::PortalTemplate::builtIn())
{
    m_exportHtml = new QAction(tr("Export as &HTML…"), this);
    m_exportHtml->setToolTip(
        tr("A web page with the article and its photos, as the portal shows it"));
    connect(m_exportHtml, &QAction::triggered, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(m_window, tr("Export the article into a folder"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            exportHtmlTo(folder);
    });

    m_exportPdf = new QAction(tr("Export as &PDF…"), this);
    m_exportPdf->setShortcut(QKeySequence::Print);
    m_exportPdf->setToolTip(
        tr("An A4 PDF as the portal shows the article, for printing and signing"));
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        auto article = articleOrSay();
        if (!article)
            return;
        const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(QFileInfo(ArticleExporter::fileNameFor(
                                          *article, ArticleExporter::Format::Html))
                                .completeBaseName()
                      + QStringLiteral(".pdf"));
        const QString file = QFileDialog::getSaveFileName(
            m_window, tr("Export the article as PDF"), suggested, tr("PDF documents (*.pdf)"));
        if (!file.isEmpty())
            exportPdfTo(file);
    });

    m_copy = new QAction(tr("&Copy for the portal"), this);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setToolTip(
        tr("Put the article on the clipboard, ready to paste into the portal's own editor"));
    connect(m_copy, &QAction::triggered, this, &ArticleHandOffActions::copyForPortal);
}

void ArticleHandOffActions::setPortalTemplate(const render::PortalTemplate &portalTemplate)
{
    m_template = portalTemplate;
}

std::optional<Article> ArticleHandOffActions::articleOrSay()
{
    auto article = m_currentArticle();
    if (!article)
        Q_EMIT reported(tr("Open an article first."), true);
    return article;
}

void ArticleHandOffActions::exportHtmlTo(const QString &folder)
{
    auto article = articleOrSay();
    if (!article)
        return;
    ArticleExporter exporter(m_zone, m_media);
    auto written = exporter.exportArticle(*article, ArticleExporter::Format::Html, folder);
    if (!written) {
        Q_EMIT reported(written.error().message, true);
        return;
    }
    Q_EMIT reported(tr("Exported to %1.").arg(QDir::toNativeSeparators(*written)), false);
}

void ArticleHandOffActions::exportPdfTo(const QString &file)
{
    auto article = articleOrSay();
    if (!article)
        return;
    PdfJob job;
    job.article = *article;
    job.portalTemplate = m_template;
    job.portalZone = m_zone;
    job.media = m_media;
    job.outputPath = file;
    if (!m_pdf) {
        // Created on first use: WebEngine must not slow down the start of the app.
        m_pdf = new PdfExporter(this);
        connect(m_pdf, &PdfExporter::finished, this, [this](bool ok, const QString &message) {
            m_exportPdf->setEnabled(true);
            Q_EMIT reported(ok ? tr("The PDF is saved.") : message, !ok);
        });
    }
    m_exportPdf->setEnabled(false);  // one at a time; finished() enables it again
    Q_EMIT reported(tr("Exporting the PDF…"), false);
    m_pdf->start(job);
}

void ArticleHandOffActions::copyForPortal()
{
    auto article = articleOrSay();
    if (!article)
        return;
    preview::copyForPortal(*article, m_media);
    Q_EMIT reported(tr("Copied. Paste it into the portal's editor: the text, the photos, the "
                       "time and author lines come along."),
        false);
}

}  // namespace newsdesk::preview
