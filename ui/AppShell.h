#pragma once

// Holds the main window for the application and replaces it when the person switches the
// interface language: the open article is saved by the old window's close, the translators
// are swapped, and the new window reopens the same article with the cursor where it was, so
// the switch needs no restart and loses nothing.
//
// Also opens the Settings dialog and the first-run assistant for the main window (its
// "Settings…" action connects to openSettings()). A language chosen there is applied by the
// same window rebuild, once the dialog has closed; the other preferences go out through
// settingsChanged for the window to apply (AppShell applies the autosave delay itself).
//
// And the Backups window (File > Backups…). A restore replaces everything the window shows,
// so AppShell does it: the window is closed (which saves the open article, as for a language
// switch), StoreBackup::restore writes the backup into the live store (after backing up what
// it held), and the window is rebuilt so that every list and model reads the restored
// articles. The status bar says what was restored and where the safety copy is. A failed
// restore changes nothing: the window comes back as it was, with the reason.

#include "backup/StoreBackup.h"
#include "firstrun/AppSettings.h"
#include "util/Result.h"

#include <QLocale>
#include <QObject>

#include <functional>
#include <memory>

class QSettings;

namespace newsdesk {

class ArticleStore;
class BackupsDialog;
class Clock;
class FirstRunAssistant;
class MainWindow;
class PortalSession;
class SettingsDialog;

class AppShell : public QObject {
    Q_OBJECT
public:
    // `settings` keeps the person's choices (the language); it must outlive the shell.
    AppShell(ArticleStore &store, const Clock &clock, QSettings &settings);
    ~AppShell() override;

    MainWindow *window() const { return m_window.get(); }
    // The portal account, its password and the background sync (survives window rebuilds).
    PortalSession *portal() const { return m_portal.get(); }

    // The language saved in the settings (Vietnamese unless English was chosen).
    static QLocale::Language savedLanguage(const QSettings &settings);

    // Saves the choice and rebuilds the window in `language`; false when the open article
    // could not be saved (the old window then stays, in the old language).
    bool switchLanguage(QLocale::Language language);

    // The demo newsroom (`newsdesk --demo`): its windows say so in their title.
    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }

    // The preferences as saved now.
    AppSettings currentSettings() const;

    // Where backups go and how many are kept, as the settings have it. The demo newsroom keeps
    // its backups beside its own store ("<demo dir>/backups"), never in the person's folder,
    // where they would count against — and push out — real backups.
    BackupOptions backupOptions() const;

    // Restores the backup `nameOrPath` (a name in the backup folder, or a backup's folder) as
    // described above; the error (translated) when nothing was restored. Also what the Backups
    // window's "Restore…" leads to, once the dialog has closed.
    Result<RestoreOutcome> restoreBackup(const QString &nameOrPath);

    // Shows `text` in the main window's status bar (0: until another message replaces it).
    void showStatusMessage(const QString &text, int timeoutMs = 0);

    // For tests: called with the dialog or assistant just before it is shown, so a test can
    // drive it; when the hook returns false the dialog is not executed (the test closed it).
    void setSettingsHook(std::function<bool(SettingsDialog &)> hook)
    {
        m_settingsHook = std::move(hook);
    }
    void setAssistantHook(std::function<bool(FirstRunAssistant &)> hook)
    {
        m_assistantHook = std::move(hook);
    }
    void setBackupsHook(std::function<bool(BackupsDialog &)> hook)
    {
        m_backupsHook = std::move(hook);
    }
    // For tests: gets the message of a failed restore instead of a message box.
    void setWarningHook(std::function<void(const QString &)> hook)
    {
        m_warningHook = std::move(hook);
    }

public Q_SLOTS:
    // The Settings dialog, modal over the main window.
    void openSettings();
    // The first-run assistant again (language, name and role), modal over the main window.
    void openFirstRunAssistant();
    // The Backups window, modal over the main window. A restore chosen there runs after the
    // dialog (and the menu action that opened it) have finished.
    void openBackups();

Q_SIGNALS:
    // OK or Apply in Settings: the window applies what concerns it (spelling, photos, preview,
    // backups). A language change follows separately as a window rebuild.
    void settingsChanged(const AppSettings &settings);

private:
    void openWindow();
    void applySettings(const AppSettings &settings);
    void refreshProfile();
    // Rebuilds the window in `language` after the current event (never from inside a dialog
    // or action of the window being replaced). `before`: restored when the switch is refused.
    void switchLanguageLater(QLocale::Language language, QLocale::Language before);

    ArticleStore &m_store;
    const Clock &m_clock;
    QSettings &m_settings;
    std::unique_ptr<PortalSession> m_portal;  // before the window: the window's panel uses it
    std::unique_ptr<MainWindow> m_window;
    bool m_demo = false;
    QString m_baseTitle;  // the window's own title, before "Demo" is added
    int m_defaultMaxAutosaveDelay = 0;
    std::function<bool(SettingsDialog &)> m_settingsHook;
    std::function<bool(FirstRunAssistant &)> m_assistantHook;
    std::function<bool(BackupsDialog &)> m_backupsHook;
    std::function<void(const QString &)> m_warningHook;
};

}  // namespace newsdesk
