#include "firstrun/AppSettings.h"

#include "render/PortalTemplate.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace newsdesk {
namespace {

const QString kTemplateFolderKey = QStringLiteral("preview/templateFolder");
const QString kAutosaveIdleKey = QStringLiteral("editor/autosaveIdleMs");
const QString kMaxLongEdgeKey = QStringLiteral("photos/maxLongEdge");
const QString kMaxBytesKey = QStringLiteral("photos/maxBytes");
const QString kBackupFolderKey = QStringLiteral("backup/folder");
const QString kBackupKeepKey = QStringLiteral("backup/keep");
const QString kSpellCheckKey = QStringLiteral("proofreading/spellcheck");

// A whole number from the settings, or `fallback` when missing or not a number.
qint64 number(const QSettings &settings, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok ? value : fallback;
}

bool flag(const QSettings &settings, const QString &key, bool fallback)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"1" || text == u"yes" || text == u"on")
        return true;
    if (text == u"false" || text == u"0" || text == u"no" || text == u"off")
        return false;
    return fallback;
}

}  // namespace

QString AppSettings::languageKey()
{
    return QStringLiteral("ui/language");
}

QString AppSettings::firstRunDoneKey()
{
    return QStringLiteral("firstRun/done");
}

QLocale::Language AppSettings::languageFrom(const QSettings &settings)
{
    // Vietnamese unless English was chosen: any other value is not a choice we know.
    return settings.value(languageKey()).toString() == u"en" ? QLocale::English
                                                             : QLocale::Vietnamese;
}

void AppSettings::saveLanguage(QSettings &settings, QLocale::Language language)
{
    settings.setValue(
        languageKey(), language == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi"));
}

AppSettings AppSettings::load(const QSettings &settings)
{
    const AppSettings defaults;
    AppSettings loaded;
    loaded.language = languageFrom(settings);
    loaded.templateFolder = settings.value(kTemplateFolderKey).toString().trimmed();
    loaded.autosaveIdleMs = static_cast<int>(
        std::clamp<qint64>(number(settings, kAutosaveIdleKey, defaults.autosaveIdleMs),
            kMinAutosaveIdleMs, kMaxAutosaveIdleMs));
    loaded.maxLongEdge = static_cast<int>(std::clamp<qint64>(
        number(settings, kMaxLongEdgeKey, defaults.maxLongEdge), kMinLongEdge, kMaxLongEdge));
    loaded.maxOutputBytes = number(settings, kMaxBytesKey, defaults.maxOutputBytes);
    loaded.backupFolder = settings.value(kBackupFolderKey).toString().trimmed();
    loaded.backupKeep = static_cast<int>(std::clamp<qint64>(
        number(settings, kBackupKeepKey, defaults.backupKeep), kMinBackupKeep, kMaxBackupKeep));
    loaded.spellCheck = flag(settings, kSpellCheckKey, defaults.spellCheck);
    loaded.firstRunDone = flag(settings, firstRunDoneKey(), defaults.firstRunDone);
    return loaded.clamped();
}

AppSettings AppSettings::clamped() const
{
    AppSettings c = *this;
    if (c.language != QLocale::English)
        c.language = QLocale::Vietnamese;
    c.autosaveIdleMs = std::clamp(c.autosaveIdleMs, kMinAutosaveIdleMs, kMaxAutosaveIdleMs);
    c.maxLongEdge = std::clamp(c.maxLongEdge, kMinLongEdge, kMaxLongEdge);
    if (c.maxOutputBytes != 0)  // 0: no limit
        c.maxOutputBytes = std::clamp(c.maxOutputBytes, kMinOutputBytes, kMaxOutputBytes);
    c.backupKeep = std::clamp(c.backupKeep, kMinBackupKeep, kMaxBackupKeep);
    c.templateFolder = c.templateFolder.trimmed();
    c.backupFolder = c.backupFolder.trimmed();
    return c;
}

void AppSettings::save(QSettings &settings) const
{
    const AppSettings c = clamped();
    saveLanguage(settings, c.language);
    settings.setValue(kTemplateFolderKey, c.templateFolder);
    settings.setValue(kAutosaveIdleKey, c.autosaveIdleMs);
    settings.setValue(kMaxLongEdgeKey, c.maxLongEdge);
    settings.setValue(kMaxBytesKey, c.maxOutputBytes);
    settings.setValue(kBackupFolderKey, c.backupFolder);
    settings.setValue(kBackupKeepKey, c.backupKeep);
    settings.setValue(kSpellCheckKey, c.spellCheck);
    settings.setValue(firstRunDoneKey(), c.firstRunDone);
}

PhotoOptions AppSettings::photoOptions(PhotoOptions base) const
{
    const AppSettings c = clamped();
    base.maxLongEdge = c.maxLongEdge;
    base.maxOutputBytes = c.maxOutputBytes;
    return base;
}

QString AppSettings::defaultBackupFolder(const QString &storePath)
{
    return QDir(QFileInfo(storePath).absolutePath()).filePath(QStringLiteral("backups"));
}

QString AppSettings::effectiveBackupFolder(const QString &storePath) const
{
    return backupFolder.trimmed().isEmpty() ? defaultBackupFolder(storePath)
                                            : backupFolder.trimmed();
}

QString AppSettings::templateFolderProblem(const QString &folder)
{
    const QString path = folder.trimmed();
    if (path.isEmpty())
        return tr("Choose a template folder, or use the built-in template.");
    const QFileInfo dir(path);
    if (!dir.exists())
        return tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(path));
    if (!dir.isDir())
        return tr("“%1” is a file, not a folder.").arg(QDir::toNativeSeparators(path));
    const QFileInfo page(QDir(path).filePath(QStringLiteral("page.html")));
    if (!page.isFile())
        return tr("This folder has no page.html, so it is not a portal template. Choose the "
                  "folder that contains page.html.");
    if (!page.isReadable())
        return tr("page.html in this folder cannot be read.");
    // The preview's own check: placeholders, encoding, files it refers to.
    if (auto loaded = render::PortalTemplate::load(path); !loaded)
        return loaded.error().message;
    return {};
}

}  // namespace newsdesk
