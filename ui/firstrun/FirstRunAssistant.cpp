#include "firstrun/FirstRunAssistant.h"

#include "AccessibleNames.h"

#include "firstrun/AppSettings.h"
#include "store/ProfileStore.h"
#include "util/Translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace newsdesk {
namespace {

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

}  // namespace

FirstRunAssistant::FirstRunAssistant(QSettings &settings, ProfileStore &profiles, QWidget *parent)
    : QWizard(parent), m_settings(settings), m_profiles(profiles),
      m_original(profiles.load().value_or(LocalProfile {})),
      m_initialLanguage(shownLanguage(settings)), m_language(m_initialLanguage)
{
    setOptions(
        QWizard::NoCancelButton | QWizard::HaveCustomButton1 | QWizard::NoBackButtonOnStartPage);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
        QWizard::NextButton, QWizard::FinishButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            skip();
    });

    // --- the language ---
    m_languagePage = new QWizardPage(this);
    m_intro = wrapped(m_languagePage);
    m_languageLabel = new QLabel(m_languagePage);
    // Each language by its own name: found whatever the interface shows now.
    m_vietnamese = new QRadioButton(QStringLiteral("Tiếng Việt"), m_languagePage);
    m_english = new QRadioButton(QStringLiteral("English"), m_languagePage);
    m_vietnamese->setAccessibleName(m_vietnamese->text());
    m_english->setAccessibleName(m_english->text());
    auto *languages = new QButtonGroup(m_languagePage);
    languages->addButton(m_vietnamese);
    languages->addButton(m_english);
    (m_language == QLocale::English ? m_english : m_vietnamese)->setChecked(true);
    m_languageLabel->setBuddy(m_language == QLocale::English ? m_english : m_vietnamese);
    connect(m_vietnamese, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setLanguage(QLocale::Vietnamese);
    });
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setLanguage(QLocale::English);
    });
    m_laterNote = wrapped(m_languagePage);
    auto *languageLayout = new QVBoxLayout(m_languagePage);
    languageLayout->addWidget(m_intro);
    languageLayout->addSpacing(12);
    languageLayout->addWidget(m_languageLabel);
    languageLayout->addWidget(m_vietnamese);
    languageLayout->addWidget(m_english);
    languageLayout->addSpacing(12);
    languageLayout->addWidget(m_laterNote);
    languageLayout->addStretch();
    setPage(LanguagePage, m_languagePage);

    // --- who is working here ---
    m_profilePage = new QWizardPage(this);
    m_profileIntro = wrapped(m_profilePage);
    m_name = new QLineEdit(m_original.name, m_profilePage);
    m_nameLabel = new QLabel(m_profilePage);
    m_nameLabel->setBuddy(m_name);
    m_role = new QComboBox(m_profilePage);
    for (Role role : {Role::Writer, Role::Approver})
        m_role->addItem(Workflow::roleDisplayName(role), Workflow::roleKey(role));
    m_role->setCurrentIndex(m_original.role == Role::Approver ? 1 : 0);
    m_role->setEnabled(!m_original.roleFromPortal);
    m_roleLabel = new QLabel(m_profilePage);
    m_roleLabel->setBuddy(m_role);
    m_roleNote = wrapped(m_profilePage);
    connect(m_role, &QComboBox::currentIndexChanged, this, &FirstRunAssistant::updateRoleNote);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), m_roleNote);
    auto *profileLayout = new QVBoxLayout(m_profilePage);
    profileLayout->addWidget(m_profileIntro);
    profileLayout->addSpacing(12);
    profileLayout->addLayout(form);
    profileLayout->addStretch();
    setPage(ProfilePage, m_profilePage);

    // --- offline until portal publishing exists ---
    m_workingPage = new QWizardPage(this);
    m_offline = wrapped(m_workingPage);
    m_portalLater = wrapped(m_workingPage);
    auto *workingLayout = new QVBoxLayout(m_workingPage);
    workingLayout->addWidget(m_offline);
    workingLayout->addSpacing(12);
    workingLayout->addWidget(m_portalLater);
    workingLayout->addStretch();
    setPage(WorkingPage, m_workingPage);

    setStartId(LanguagePage);
    setMinimumSize(600, 380);
    retranslate();
}

QLocale::Language FirstRunAssistant::shownLanguage(const QSettings &settings)
{
    switch (QLocale().language()) {
    case QLocale::English:
        return QLocale::English;
    case QLocale::Vietnamese:
        return QLocale::Vietnamese;
    default:
        return AppSettings::languageFrom(settings);
    }
}

bool FirstRunAssistant::isDue(const QSettings &settings)
{
    return !AppSettings::load(settings).firstRunDone;
}

void FirstRunAssistant::setLanguage(QLocale::Language language)
{
    language = language == QLocale::English ? QLocale::English : QLocale::Vietnamese;
    {
        const QSignalBlocker blockVietnamese(m_vietnamese);
        const QSignalBlocker blockEnglish(m_english);
        (language == QLocale::English ? m_english : m_vietnamese)->setChecked(true);
    }
    m_languageLabel->setBuddy(language == QLocale::English ? m_english : m_vietnamese);
    if (language == m_language)
        return;
    m_language = language;
    installTranslations(*QCoreApplication::instance(), language);
    retranslate();  // at once: the LanguageChange events Qt posts arrive later
}

void FirstRunAssistant::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunAssistant::retranslate()
{
    if (m_retranslating || !m_portalLater)
        return;
    m_retranslating = true;
    setWindowTitle(tr("Welcome to Newsdesk"));
    setButtonText(QWizard::CustomButton1, tr("&Skip"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    if (QAbstractButton *skipping = button(QWizard::CustomButton1))
        skipping->setToolTip(tr("Start working now; you can run this assistant again from "
                                "Settings."));

    m_languagePage->setTitle(tr("Welcome to Newsdesk"));
    m_intro->setText(tr("Newsdesk is where the portal's articles are written, reviewed and "
                        "scheduled. A few short steps get you started."));
    m_languageLabel->setText(tr("Interface &language:"));
    m_laterNote->setText(tr("Everything you choose here can be changed later in Settings."));

    m_profilePage->setTitle(tr("About you"));
    m_profileIntro->setText(tr("The review history records who wrote, submitted and approved "
                               "each article, under this name."));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Full name, as colleagues know it"));
    m_name->setAccessibleName(spokenName(m_nameLabel->text()));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setAccessibleName(spokenName(m_roleLabel->text()));
    for (int i = 0; i < m_role->count(); ++i) {
        if (auto role = Workflow::roleFromKey(m_role->itemData(i).toString()))
            m_role->setItemText(i, Workflow::roleDisplayName(*role));
    }
    m_role->setToolTip(
        m_original.roleFromPortal ? tr("Your portal account decides your role.") : QString());
    updateRoleNote();

    m_workingPage->setTitle(tr("Working offline"));
    m_offline->setText(tr("Newsdesk keeps everything on this computer: you can write, review, "
                          "approve and schedule articles, see them as the portal will show "
                          "them, and export them."));
    m_portalLater->setText(tr("Publishing to the portal is not built yet, so there is nothing "
                              "to connect. Connecting to the portal will be offered in Settings "
                              "› Portal accounts once portal publishing is set up."));
    m_retranslating = false;
}

void FirstRunAssistant::updateRoleNote()
{
    const auto role = Workflow::roleFromKey(m_role->currentData().toString());
    m_roleNote->setText(role == Role::Approver
            ? tr("Approvers (officials) approve articles, ask for changes, schedule and "
                 "publish.")
            : tr("Writers write articles and submit them for approval."));
}

void FirstRunAssistant::saveCommon()
{
    AppSettings::saveLanguage(m_settings, m_language);
    m_settings.setValue(AppSettings::firstRunDoneKey(), true);
    m_settings.sync();
}

void FirstRunAssistant::skip()
{
    saveCommon();
    m_outcome = Outcome::Skipped;
    QWizard::reject();
}

void FirstRunAssistant::reject()
{
    skip();
}

void FirstRunAssistant::accept()
{
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty() && name != m_original.name) {
        if (auto saved = m_profiles.setName(name); !saved) {
            QMessageBox::warning(this, tr("Your name was not saved"), saved.error().message);
            return;
        }
    }
    const Role role
        = Workflow::roleFromKey(m_role->currentData().toString()).value_or(Role::Writer);
    if (!m_original.roleFromPortal && role != m_original.role) {
        if (auto saved = m_profiles.setRole(role); !saved) {
            QMessageBox::warning(this, tr("Your role was not saved"), saved.error().message);
            return;
        }
    }
    saveCommon();
    m_outcome = Outcome::Finished;
    QWizard::accept();
}

}  // namespace newsdesk
