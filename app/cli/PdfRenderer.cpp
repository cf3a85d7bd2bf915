#include "PdfRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#ifdef Q_OS_UNIX
#include <unistd.h>  // geteuid: Chromium's sandbox refuses root (see render())
#endif

namespace newsdesk::cli {

namespace {
constexpr int kRenderTimeoutMs = 120000;
}

QString PdfRenderer::locate()
{
    const QDir here(QCoreApplication::applicationDirPath());
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("newsdesk-render.exe");
#else
    const QString name = QStringLiteral("newsdesk-render");
#endif
    // Beside the CLI (the build tree, Windows installs), else the Linux/macOS libexec layout.
    for (const QString &candidate :
        {here.filePath(name), here.filePath(QStringLiteral("../libexec/newsdesk/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

Result<void> PdfRenderer::render(
    const QString &storePath, qint64 id, const QString &pdfPath, const QString &templateFolder)
{
    const QString program = locate();
    if (program.isEmpty())
        return Error {ErrorCode::NotFound,
            tr("PDF export needs newsdesk-render, which is not installed next to newsdesk-cli."),
            {}};
    QStringList arguments {QStringLiteral("--db"), storePath, QStringLiteral("--out"), pdfPath};
    if (!templateFolder.isEmpty())
        arguments << QStringLiteral("--template") << templateFolder;
    arguments << QString::number(id);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
#ifdef Q_OS_UNIX
    // Chromium will not start as root with its sandbox on. The page it prints is our own, with
    // JavaScript off and no network, so a root run (servers, CI) does without the sandbox.
    if (::geteuid() == 0)
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
#endif
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return Error {ErrorCode::IoError,
            tr("Could not start newsdesk-render: %1").arg(process.errorString()), {}};
    if (!process.waitForFinished(kRenderTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error {
            ErrorCode::IoError, tr("Printing the PDF took too long and was stopped."), {}};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // newsdesk-render says what went wrong on its last line ("newsdesk-render: …").
        QString problem = QString::fromUtf8(process.readAllStandardError()).trimmed();
        problem = problem.section(u'\n', -1).section(QStringLiteral("newsdesk-render: "), -1);
        return Error {
            ErrorCode::IoError, problem.isEmpty() ? tr("Printing the PDF failed.") : problem, {}};
    }
    return {};
}

}  // namespace newsdesk::cli
