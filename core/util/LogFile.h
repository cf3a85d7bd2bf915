#pragma once

// The log file: a Qt message handler that appends one line per message to
// "<data dir>/logs/newsdesk.log" and rotates it by size (newsdesk.log.1 ... .N, oldest
// removed first). A line: "2026-01-15T13:56:49.123Z WARNING newsdesk.store: text" (UTC).
//
// THE RULE — the log is for finding faults, and people send it to whoever helps them, so it
// must never contain:
//   * article text of any kind: titles, sapo, body, captions, review notes, author names;
//   * secrets: passwords, application passwords, tokens, cookies, Authorization headers.
// It may contain paths, ids (uuid, row id, media sha256), counts, sizes, times, versions and
// error codes/texts from SQLite, the file system and HTTP. The handler cannot tell text from an
// id, so the rule binds every qCDebug/qCInfo/qCWarning call: log ids and counts, not values.
// tests/backup/backup_test.cpp runs a backup, a restore and an import with every newsdesk
// category at debug level and checks that no article text reached the file.
//
// Messages keep going to the previous handler (stderr) unless `echo` is false. Debug messages
// are written only when `minimumLevel` is QtDebugMsg. Line breaks inside a message are written
// as "\n", so one message is always one line.

#include "util/Result.h"
#include <QCoreApplication>

#include <QString>
#include <QtGlobal>

namespace newsdesk {

class LogFile {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::LogFile)

public:
    struct Options {
        QString directory;  // empty: defaultDirectory()
        qint64 maxBytes = 1024 * 1024;  // rotate before a line would make the file larger
        int keep = 5;  // rotated files kept besides the current one
        QtMsgType minimumLevel = QtInfoMsg;  // QtDebugMsg writes debug lines too
        bool echo = true;  // also hand every message to the handler installed before
    };

    // Opens (creates) the file and installs the handler; replaces an earlier install.
    static Result<void> install(const Options &options);
    // Restores the previous handler and closes the file.
    static void uninstall();
    static bool isInstalled();
    // The file being written, or empty when not installed.
    static QString currentPath();

    // QStandardPaths::AppDataLocation + "/logs" (~/.local/share/newsdesk/logs).
    static QString defaultDirectory();
    static QString fileName() { return QStringLiteral("newsdesk.log"); }
};

}  // namespace newsdesk
