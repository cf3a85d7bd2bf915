#pragma once

// PDF export for the CLI. Printing needs WebEngine, which newsdesk-cli never links, so it runs
// the small newsdesk-render program (installed beside it, or in libexec/newsdesk) and waits.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace newsdesk::cli {

class PdfRenderer {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::cli::PdfRenderer)

public:
    // Where newsdesk-render is, or an empty string.
    static QString locate();
    // Prints article `id` of the store at `storePath` to `pdfPath`; `templateFolder` may be empty.
    static Result<void> render(
        const QString &storePath, qint64 id, const QString &pdfPath, const QString &templateFolder);
};

}  // namespace newsdesk::cli
