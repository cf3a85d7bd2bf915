#include "util/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <memory>

namespace newsdesk {
namespace {

struct LogState {
    QMutex mutex;
    LogFile::Options options;
    QString directory;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState &state()
{
    static LogState instance;
    return instance;
}

// QtMsgType is not ordered by severity (QtInfoMsg is 4).
int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 2;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARNING";
    case QtCriticalMsg:
        return "CRITICAL";
    case QtFatalMsg:
        return "FATAL";
    }
    return "WARNING";
}

QString pathOf(const QString &directory, int index)
{
    const QString base = QDir(directory).filePath(LogFile::fileName());
    return index == 0 ? base : base + u'.' + QString::number(index);
}

bool openCurrent(LogState &s)
{
    auto file = std::make_unique<QFile>(pathOf(s.directory, 0));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    s.file = std::move(file);
    return true;
}

// newsdesk.log -> .1 -> .2 ... ; the oldest beyond `keep` is removed.
void rotate(LogState &s)
{
    s.file.reset();
    const int keep = std::max(0, s.options.keep);
    QFile::remove(pathOf(s.directory, keep));
    for (int index = keep - 1; index >= 1; --index) {
        if (QFile::exists(pathOf(s.directory, index)))
            QFile::rename(pathOf(s.directory, index), pathOf(s.directory, index + 1));
    }
    if (keep > 0)
        QFile::rename(pathOf(s.directory, 0), pathOf(s.directory, 1));
    else
        QFile::remove(pathOf(s.directory, 0));
    openCurrent(s);
}

thread_local bool t_inHandler = false;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    QtMessageHandler previous = nullptr;
    bool echo = false;
    if (!t_inHandler) {
        t_inHandler = true;  // a warning raised while writing must not come back here
        QMutexLocker locker(&s.mutex);
        previous = s.previous;
        echo = s.options.echo;
        if (s.installed && severity(type) >= severity(s.options.minimumLevel)) {
            QString text = message;
            text.replace(QLatin1Char('\r'), QStringLiteral("\\r"))
                .replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            const QByteArray line
                = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levelName(type) + ' '
                + QByteArray(context.category ? context.category : "default") + ": " + text.toUtf8()
                + '\n';
            if (s.file && s.file->size() > 0 && s.file->size() + line.size() > s.options.maxBytes)
                rotate(s);
            if (s.file) {
                s.file->write(line);
                s.file->flush();  // a crash right after must not lose the line explaining it
            }
        }
        t_inHandler = false;
    }
    if (echo && previous)
        previous(type, context, message);
}

}  // namespace

Result<void> LogFile::install(const Options &options)
{
    uninstall();
    LogState &s = state();
    {
        QMutexLocker locker(&s.mutex);
        s.options = options;
        s.directory = options.directory.isEmpty() ? defaultDirectory() : options.directory;
        if (!QDir().mkpath(s.directory))
            return makeError(ErrorCode::IoError,
                tr("Cannot create the log folder %1.").arg(QDir::toNativeSeparators(s.directory)));
        if (!openCurrent(s))
            return makeError(ErrorCode::IoError,
                tr("Cannot write the log file %1.")
                    .arg(QDir::toNativeSeparators(pathOf(s.directory, 0))));
        s.installed = true;
    }
    // Outside the lock: Qt may call the old handler meanwhile, never ours half-set.
    QtMessageHandler previous = qInstallMessageHandler(handler);
    QMutexLocker locker(&s.mutex);
    s.previous = previous == handler ? nullptr : previous;
    return {};
}

void LogFile::uninstall()
{
    LogState &s = state();
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker locker(&s.mutex);
        if (!s.installed)
            return;
        s.installed = false;
        s.file.reset();
        previous = s.previous;
        s.previous = nullptr;
    }
    qInstallMessageHandler(previous);
}

bool LogFile::isInstalled()
{
    QMutexLocker locker(&state().mutex);
    return state().installed;
}

QString LogFile::currentPath()
{
    QMutexLocker locker(&state().mutex);
    return state().installed ? pathOf(state().directory, 0) : QString();
}

QString LogFile::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

}  // namespace newsdesk
