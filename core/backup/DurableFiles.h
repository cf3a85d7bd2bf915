#pragma once

// Writing files so that they survive a power cut: temporary name in the same folder, fsync,
// rename over the target, fsync of the folder. For backups and restores.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace newsdesk::durable {

enum class Replace {
    Always,
    IfDifferentSize,  // an existing target of the same size is kept (content-addressed files)
};

// Copies `source` to `target`; with `expectedSha256`, the bytes must hash to it (DatabaseCorrupt
// otherwise, and nothing is written). Errors: NotFound (no source), DiskFull, DatabaseReadOnly
// (target folder not writable), IoError.
Result<void> copyFile(
    const QString &source, const QString &target, const QString &expectedSha256, Replace replace);
Result<void> writeFile(const QString &target, const QByteArray &bytes);

Result<void> syncFile(const QString &path);
Result<void> syncDirectory(const QString &path);
// fsync of `root` and every folder under it (files are synced when written).
Result<void> syncTree(const QString &root);

}  // namespace newsdesk::durable
