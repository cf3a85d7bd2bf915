#pragma once

// The first-run assistant: the interface language (switching it re-translates the assistant at
// once), the person's name and role (the local profile the review history records), and how
// Newsdesk works until portal publishing exists (offline; connecting is not offered because it
// is not built). "Skip" on every page ends it keeping only the language on screen; Finish also
// saves the profile to the store. Either way firstRun/done is set, so it does not come back by
// itself — Settings > General opens it again. Closing the window counts as Skip.

#include "domain/LocalProfile.h"

#include <QLocale>
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;

namespace newsdesk {

class ProfileStore;

class FirstRunAssistant : public QWizard {
    Q_OBJECT
public:
    enum PageId { LanguagePage, ProfilePage, WorkingPage };
    enum class Outcome { Open, Finished, Skipped };

    // `settings` receives the language and firstRun/done; `profiles` the name and role.
    FirstRunAssistant(QSettings &settings, ProfileStore &profiles, QWidget *parent = nullptr);

    // The language the interface shows now: the installed translation's, else the saved one.
    static QLocale::Language shownLanguage(const QSettings &settings);
    // True when the assistant should open before the main window.
    static bool isDue(const QSettings &settings);

    QLocale::Language language() const { return m_language; }
    QLocale::Language initialLanguage() const { return m_initialLanguage; }
    // Installs the translations for `language` (the whole program follows) and re-translates
    // the assistant at once.
    void setLanguage(QLocale::Language language);

    Outcome outcome() const { return m_outcome; }

    QRadioButton *vietnameseButton() const { return m_vietnamese; }
    QRadioButton *englishButton() const { return m_english; }
    QLabel *introLabel() const { return m_intro; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QAbstractButton *skipButton() const { return button(QWizard::CustomButton1); }

public Q_SLOTS:
    // Saves the language shown and firstRun/done, leaves the profile as it was, and closes.
    void skip();
    void accept() override;  // Finish
    void reject() override;  // Escape or the window's close button: as skip()

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateRoleNote();
    void saveCommon();

    QSettings &m_settings;
    ProfileStore &m_profiles;
    LocalProfile m_original;
    QLocale::Language m_initialLanguage = QLocale::Vietnamese;
    QLocale::Language m_language = QLocale::Vietnamese;
    Outcome m_outcome = Outcome::Open;
    bool m_retranslating = false;

    QWizardPage *m_languagePage = nullptr;
    QWizardPage *m_profilePage = nullptr;
    QWizardPage *m_workingPage = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QRadioButton *m_vietnamese = nullptr;
    QRadioButton *m_english = nullptr;
    QLabel *m_laterNote = nullptr;
    QLabel *m_profileIntro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_roleNote = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_portalLater = nullptr;
};

}  // namespace newsdesk
