#pragma once

// Holds the main window for the application and replaces it when the person switches the
// interface language: the open article is saved by the old window's close, the translators
// are swapped, and the new window reopens the same article with the cursor where it was, so
// the switch needs no restart and loses nothing.

#include <QLocale>
#include <QObject>

#include <memory>

class QSettings;

namespace newsdesk {

class ArticleStore;
class Clock;
class MainWindow;

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

private:
    void openWindow();

    ArticleStore &m_store;
    const Clock &m_clock;
    QSettings &m_settings;
    std::unique_ptr<MainWindow> m_window;
};

}  // namespace newsdesk
