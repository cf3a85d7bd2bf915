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

#include "firstrun/AppSettings.h"

#include <QLocale>
#include <QObject>

#include <functional>
#include <memory>

class QSettings;

namespace newsdesk {

class ArticleStore;
class Clock;
class FirstRunAssistant;
class MainWindow;
class SettingsDialog;

class AppShell : public QObject {
    Q_OBJECT
public:
    // `settings` keeps the person's choices (the language); it must outlive the shell.
    AppShell(ArticleStore &store, const Clock &clock, QSettings &settings);
    ~AppShell() override;

    MainWindow *window() const { return m_window.get(); }

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

public Q_SLOTS:
    // The Settings dialog, modal over the main window.
    void openSettings();
    // The first-run assistant again (language, name and role), modal over the main window.
    void openFirstRunAssistant();

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
    std::unique_ptr<MainWindow> m_window;
    bool m_demo = false;
    QString m_baseTitle;  // the window's own title, before "Demo" is added
    int m_defaultMaxAutosaveDelay = 0;
    std::function<bool(SettingsDialog &)> m_settingsHook;
    std::function<bool(FirstRunAssistant &)> m_assistantHook;
};

}  // namespace newsdesk
