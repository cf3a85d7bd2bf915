#pragma once

// Prints an article to PDF exactly as the preview shows it (same template, same lock-down), on
// A4 for printing and signing on paper. Works without a window: newsdesk-render uses it for
// `newsdesk-cli export --format pdf`.

#include "domain/Article.h"
#include "render/PortalTemplate.h"
#include "util/Result.h"

#include <QObject>
#include <QTimeZone>

namespace newsdesk {
class MediaStore;
}

namespace newsdesk::preview {

class LockedProfile;
class PreviewWebPage;

struct PdfJob {
    Article article;
    render::PortalTemplate portalTemplate = render::PortalTemplate::builtIn();
    QTimeZone portalZone;
    QString portalName;
    const MediaStore *media = nullptr;
    QString outputPath;
};

class PdfExporter : public QObject {
    Q_OBJECT
public:
    explicit PdfExporter(QObject *parent = nullptr);
    ~PdfExporter() override;

    // Starts the export; finished() tells how it went. One job at a time.
    void start(const PdfJob &job);
    bool isBusy() const { return m_busy; }

    // Runs a job to the end in a local event loop.
    static Result<void> run(const PdfJob &job);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void fail(const QString &message);
    void onLoadFinished(bool ok);
    void onPrinted(const QString &path, bool ok);

    LockedProfile *m_profile = nullptr;
    PreviewWebPage *m_page = nullptr;
    QString m_outputPath;
    QString m_partPath;
    bool m_busy = false;
};

}  // namespace newsdesk::preview
