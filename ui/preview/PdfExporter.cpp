#include "preview/PdfExporter.h"

#include "preview/LockedProfile.h"
#include "preview/PreviewWebPage.h"
#include "render/ArticlePage.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>

namespace newsdesk::preview {

PdfExporter::PdfExporter(QObject *parent) : QObject(parent)
{
    m_profile = new LockedProfile(this);
    m_page = new PreviewWebPage(m_profile->profile(), this);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PdfExporter::onLoadFinished);
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, &PdfExporter::onPrinted);
}

PdfExporter::~PdfExporter()
{
    delete m_page;  // before the profile
}

void PdfExporter::start(const PdfJob &job)
{
    if (m_busy) {
        Q_EMIT finished(false, tr("A PDF export is already running."));
        return;
    }
    const QFileInfo target(job.outputPath);
    if (job.outputPath.isEmpty() || !target.absoluteDir().exists()) {
        Q_EMIT finished(false,
            tr("The folder for “%1” does not exist.")
                .arg(QDir::toNativeSeparators(job.outputPath)));
        return;
    }
    m_busy = true;
    m_outputPath = target.absoluteFilePath();
    // Printed beside the target first: a failed print never leaves half a PDF under its name.
    m_partPath = m_outputPath + QStringLiteral(".part");
    m_profile->site().setTemplate(job.portalTemplate);
    m_profile->site().setMediaStore(job.media);
    render::PageOptions options;
    options.portalZone = job.portalZone;
    options.portalName = job.portalName;
    options.assets = render::PageOptions::Assets::Linked;
    options.assetBaseUrl = PreviewSite::templateBaseUrl();
    m_profile->site().setPage(QStringLiteral("print.html"),
        render::articlePage(job.article, job.portalTemplate, options).toUtf8());
    m_page->load(PreviewSite::pageUrl(QStringLiteral("print.html")));
}

void PdfExporter::onLoadFinished(bool ok)
{
    if (!m_busy)
        return;
    if (!ok) {
        fail(tr("The article page could not be laid out for printing."));
        return;
    }
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
        QPageLayout::Millimeter);
    m_page->printToPdf(m_partPath, a4);
}

void PdfExporter::onPrinted(const QString &, bool ok)
{
    if (!m_busy)
        return;
    if (!ok || QFileInfo(m_partPath).size() == 0) {
        QFile::remove(m_partPath);
        fail(tr("Could not write the PDF “%1”. Is the disk full or the folder read-only?")
                 .arg(QDir::toNativeSeparators(m_outputPath)));
        return;
    }
    QFile::remove(m_outputPath);
    if (!QFile::rename(m_partPath, m_outputPath)) {
        QFile::remove(m_partPath);
        fail(tr("Could not write the PDF “%1”.").arg(QDir::toNativeSeparators(m_outputPath)));
        return;
    }
    m_busy = false;
    Q_EMIT finished(true, QString());
}

void PdfExporter::fail(const QString &message)
{
    m_busy = false;
    Q_EMIT finished(false, message);
}

Result<void> PdfExporter::run(const PdfJob &job)
{
    PdfExporter exporter;
    QEventLoop loop;
    bool succeeded = false;
    QString problem;
    connect(&exporter, &PdfExporter::finished, &loop, [&](bool ok, const QString &message) {
        succeeded = ok;
        problem = message;
        loop.quit();
    });
    exporter.start(job);
    if (exporter.isBusy())
        loop.exec();
    if (!succeeded)
        return Error {ErrorCode::IoError, problem, {}};
    return {};
}

}  // namespace newsdesk::preview
