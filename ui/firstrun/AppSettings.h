#pragma once

// The preferences a person can change (Settings dialog, first-run assistant), as one value:
// read from and written to QSettings with defaults, and clamped to sensible ranges so a
// hand-edited or damaged settings file cannot put the program into a silly state.
//
//   key                        field                default
//   ui/language                language             Vietnamese ("vi"; "en" = English)
//   preview/templateFolder     templateFolder       "" = the built-in portal template
//   editor/autosaveIdleMs      autosaveIdleMs       1000 (300 – 10000)
//   photos/maxLongEdge         maxLongEdge          1920 px (PhotoOptions::maxLongEdge)
//   photos/maxBytes            maxOutputBytes       500000 (PhotoOptions::maxOutputBytes; 0 = none)
//   backup/folder              backupFolder         "" = "<store dir>/backups"
//   backup/keep                backupKeep           14 (1 – 365)
//   proofreading/spellcheck    spellCheck           true
//   firstRun/done              firstRunDone         false

#include "media/PhotoProcessor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QSettings;

namespace newsdesk {

struct AppSettings {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::AppSettings)

public:
    // The ranges load() and save() clamp to.
    static constexpr int kMinAutosaveIdleMs = 300;
    static constexpr int kMaxAutosaveIdleMs = 10000;
    static constexpr int kMinLongEdge = 320;
    static constexpr int kMaxLongEdge = 8192;
    static constexpr qint64 kMinOutputBytes = 50'000;  // or 0: no limit
    static constexpr qint64 kMaxOutputBytes = 20'000'000;
    static constexpr int kMinBackupKeep = 1;
    static constexpr int kMaxBackupKeep = 365;

    QLocale::Language language = QLocale::Vietnamese;
    QString templateFolder;
    int autosaveIdleMs = 1000;
    int maxLongEdge = PhotoOptions {}.maxLongEdge;
    qint64 maxOutputBytes = PhotoOptions {}.maxOutputBytes;
    QString backupFolder;
    int backupKeep = 14;
    bool spellCheck = true;
    bool firstRunDone = false;

    bool operator==(const AppSettings &) const = default;

    // Missing or unreadable values take their defaults; numbers out of range are clamped.
    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;  // writes clamped values
    AppSettings clamped() const;

    // The key AppShell and the first-run assistant use for the language, and its values.
    static QString languageKey();
    static QString firstRunDoneKey();
    static QLocale::Language languageFrom(const QSettings &settings);
    static void saveLanguage(QSettings &settings, QLocale::Language language);

    // The photo pipeline's options with these limits.
    PhotoOptions photoOptions(PhotoOptions base = {}) const;

    // "<store dir>/backups" (as StoreBackup has it) and the folder actually used.
    static QString defaultBackupFolder(const QString &storePath);
    QString effectiveBackupFolder(const QString &storePath) const;

    // Empty when `folder` can be used as a preview template folder (it holds page.html and
    // render::PortalTemplate::load accepts it); otherwise a translated sentence saying what is
    // wrong.
    static QString templateFolderProblem(const QString &folder);
};

}  // namespace newsdesk
