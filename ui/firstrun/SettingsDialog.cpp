#include "firstrun/SettingsDialog.h"

#include "AccessibleNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace newsdesk {
namespace {

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QVBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    return layout;
}

QFormLayout *formLayout()
{
    auto *form = new QFormLayout;
    // Text fields take the width; numbers and lists keep their natural size.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

}  // namespace

SettingsDialog::SettingsDialog(QSettings &settings, const QString &storePath, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_storePath(storePath),
      m_saved(AppSettings::load(settings))
{
    setWindowTitle(tr("Settings"));
    m_chooseFolder = [this](const QString &title, const QString &start) {
        return QFileDialog::getExistingDirectory(this, title, start);
    };

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->setUsesScrollButtons(false);  // every page's name in view, in either language
    m_tabs->addTab(buildGeneralPage(), tr("General"));
    m_tabs->addTab(buildEditorPage(), tr("Editor"));
    m_tabs->addTab(buildPhotosPage(), tr("Photos"));
    m_tabs->addTab(buildPreviewPage(), tr("Preview"));
    m_tabs->addTab(buildBackupsPage(), tr("Backups"));
    m_tabs->addTab(buildAccountsPage(), tr("Portal accounts"));

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { (void)apply(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // Tab order: the page's tab bar, the page's fields top to bottom, then the buttons.
    for (Page page : {GeneralPage, EditorPage, PhotosPage, PreviewPage, BackupsPage}) {
        const QList<QWidget *> fields = inputs(page);
        for (qsizetype i = 1; i < fields.size(); ++i)
            setTabOrder(fields.at(i - 1), fields.at(i));
    }

    setValues(m_saved);
    const auto watch = [this] { updateApply(); };
    connect(m_language, &QComboBox::currentIndexChanged, this, watch);
    connect(m_autosave, &QDoubleSpinBox::valueChanged, this, watch);
    connect(m_spellCheck, &QCheckBox::toggled, this, watch);
    connect(m_longEdge, &QSpinBox::valueChanged, this, watch);
    connect(m_maxKilobytes, &QSpinBox::valueChanged, this, watch);
    connect(m_builtInTemplate, &QCheckBox::toggled, this, [this] {
        updateTemplateState();
        updateApply();
    });
    connect(m_templateFolder, &QLineEdit::textChanged, this, [this] {
        updateTemplateState();
        updateApply();
    });
    connect(m_backupFolder, &QLineEdit::textChanged, this, [this] {
        m_backupDefault->setEnabled(!m_backupFolder->text().trimmed().isEmpty());
        updateApply();
    });
    m_backupDefault->setEnabled(!m_backupFolder->text().trimmed().isEmpty());
    connect(m_backupKeep, &QSpinBox::valueChanged, this, watch);
    updateApply();
    m_tabs->setCurrentIndex(GeneralPage);
    // Room for the longest explanations without making the window tall and thin.
    resize(std::max(sizeHint().width(), 660), std::max(sizeHint().height(), 420));
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget;
    auto *layout = pageLayout(page);
    m_language = new QComboBox(page);
    // Each language by its own name, so it can be found whatever the interface shows now.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto *form = formLayout();
    form->addRow(buddyLabel(tr("Interface &language:"), m_language), m_language);
    layout->addLayout(form);
    layout->addWidget(note(tr("A new language is used as soon as you close Settings.")));
    layout->addSpacing(12);
    layout->addWidget(note(tr("The first-run assistant asks for the interface language, your "
                              "name and your role.")));
    m_rerun = new QPushButton(tr("&Run the first-run assistant again…"), page);
    m_rerun->setAccessibleName(spokenName(m_rerun->text()));
    m_rerun->setToolTip(tr("Keeps the changes made here, closes Settings and opens the "
                           "assistant."));
    m_rerun->setAutoDefault(false);
    connect(m_rerun, &QPushButton::clicked, this, &SettingsDialog::rerunAssistant);
    auto *row = new QHBoxLayout;
    row->addWidget(m_rerun);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildEditorPage()
{
    auto *page = new QWidget;
    auto *layout = pageLayout(page);
    m_autosave = new QDoubleSpinBox(page);
    m_autosave->setDecimals(1);
    m_autosave->setRange(
        AppSettings::kMinAutosaveIdleMs / 1000.0, AppSettings::kMaxAutosaveIdleMs / 1000.0);
    m_autosave->setSingleStep(0.1);
    m_autosave->setSuffix(tr(" s", "seconds"));
    m_spellCheck = new QCheckBox(tr("Check &spelling while typing"), page);
    m_spellCheck->setAccessibleName(spokenName(m_spellCheck->text()));
    auto *form = formLayout();
    form->addRow(buddyLabel(tr("&Autosave after a pause of:"), m_autosave), m_autosave);
    layout->addLayout(form);
    layout->addWidget(note(tr("The article is saved this long after you stop typing, and at "
                              "once when you leave it or close the window.")));
    layout->addSpacing(12);
    layout->addWidget(m_spellCheck);
    layout->addWidget(note(tr("Misspelt words are underlined with the Vietnamese dictionary. "
                              "The proofreading rules run either way.")));
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildPhotosPage()
{
    auto *page = new QWidget;
    auto *layout = pageLayout(page);
    layout->addWidget(note(tr("Photos put into an article are made smaller to these limits and "
                              "saved without their hidden data (location, camera). The "
                              "original files are not changed.")));
    m_longEdge = new QSpinBox(page);
    m_longEdge->setRange(AppSettings::kMinLongEdge, AppSettings::kMaxLongEdge);
    m_longEdge->setSingleStep(80);
    m_longEdge->setSuffix(tr(" px", "pixels"));
    m_maxKilobytes = new QSpinBox(page);
    m_maxKilobytes->setRange(0, static_cast<int>(AppSettings::kMaxOutputBytes / 1000));
    m_maxKilobytes->setSingleStep(50);
    m_maxKilobytes->setSuffix(tr(" kB", "kilobytes"));
    m_maxKilobytes->setSpecialValueText(tr("No limit"));
    // 1–49 kB is below what a photo can be squeezed to: say so by correcting the field.
    connect(m_maxKilobytes, &QSpinBox::editingFinished, this, [this] {
        const int minimum = static_cast<int>(AppSettings::kMinOutputBytes / 1000);
        if (m_maxKilobytes->value() > 0 && m_maxKilobytes->value() < minimum)
            m_maxKilobytes->setValue(minimum);
    });
    auto *form = formLayout();
    form->addRow(buddyLabel(tr("&Longest side:"), m_longEdge), m_longEdge);
    form->addRow(buddyLabel(tr("Largest &file size:"), m_maxKilobytes), m_maxKilobytes);
    layout->addLayout(form);
    layout->addWidget(note(tr("A photo larger than the file size is saved at a lower quality "
                              "until it fits. Photos are never made larger.")));
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildPreviewPage()
{
    auto *page = new QWidget;
    auto *layout = pageLayout(page);
    layout->addWidget(note(tr("The preview shows an article as the portal's article page "
                              "will. Newsdesk has a template of the portal's page built in; a "
                              "template of your own is a folder with a page.html file.")));
    m_builtInTemplate = new QCheckBox(tr("&Use the built-in template"), page);
    m_builtInTemplate->setAccessibleName(spokenName(m_builtInTemplate->text()));
    m_templateFolder = new QLineEdit(page);
    m_templateFolder->setClearButtonEnabled(true);
    m_templateBrowse = new QPushButton(tr("&Browse…"), page);
    m_templateBrowse->setAccessibleName(tr("Browse for the template folder"));
    m_templateBrowse->setAutoDefault(false);
    connect(m_templateBrowse, &QPushButton::clicked, this, &SettingsDialog::browseTemplate);
    m_templateProblem = new QLabel(page);
    m_templateProblem->setWordWrap(true);
    m_templateProblem->setTextFormat(Qt::PlainText);
    m_templateProblem->setAccessibleName(tr("Problem with the template folder"));
    QPalette palette = m_templateProblem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_templateProblem->setPalette(palette);
    m_templateProblem->hide();

    layout->addWidget(m_builtInTemplate);
    auto *row = new QHBoxLayout;
    row->addWidget(m_templateFolder, 1);
    row->addWidget(m_templateBrowse);
    auto *form = formLayout();
    form->addRow(buddyLabel(tr("Template &folder:"), m_templateFolder), row);
    form->addRow(QString(), m_templateProblem);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildBackupsPage()
{
    auto *page = new QWidget;
    auto *layout = pageLayout(page);
    layout->addWidget(note(tr("Once a day Newsdesk copies the article store and its photos into "
                              "the backup folder. The default folder is on the same disk as the "
                              "store: choose a USB stick or a network folder to be safe from a "
                              "broken computer too.")));
    m_backupFolder = new QLineEdit(page);
    m_backupFolder->setClearButtonEnabled(true);
    m_backupFolder->setPlaceholderText(
        QDir::toNativeSeparators(AppSettings::defaultBackupFolder(m_storePath)));
    m_backupBrowse = new QPushButton(tr("B&rowse…"), page);
    m_backupBrowse->setAccessibleName(tr("Browse for the backup folder"));
    m_backupBrowse->setAutoDefault(false);
    connect(m_backupBrowse, &QPushButton::clicked, this, &SettingsDialog::browseBackup);
    m_backupDefault = new QPushButton(tr("Use the &default folder"), page);
    m_backupDefault->setAccessibleName(spokenName(m_backupDefault->text()));
    m_backupDefault->setAutoDefault(false);
    connect(m_backupDefault, &QPushButton::clicked, m_backupFolder, &QLineEdit::clear);
    m_backupKeep = new QSpinBox(page);
    m_backupKeep->setRange(AppSettings::kMinBackupKeep, AppSettings::kMaxBackupKeep);

    auto *row = new QHBoxLayout;
    row->addWidget(m_backupFolder, 1);
    row->addWidget(m_backupBrowse);
    auto *form = formLayout();
    form->addRow(buddyLabel(tr("Backup &folder:"), m_backupFolder), row);
    auto *defaultRow = new QHBoxLayout;
    defaultRow->addWidget(m_backupDefault);
    defaultRow->addStretch();
    form->addRow(QString(), defaultRow);
    form->addRow(buddyLabel(tr("Backups to &keep:"), m_backupKeep), m_backupKeep);
    layout->addLayout(form);
    layout->addWidget(note(tr("When there are more, the oldest backups are removed.")));
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildAccountsPage()
{
    auto *page = new QWidget;
    auto *layout = pageLayout(page);
    m_accounts = note(tr("Publishing to the portal is not built yet, so there is no account to "
                         "set up. Portal accounts will be added here together with portal "
                         "publishing.\n\nUntil then everything works offline: articles are "
                         "written, reviewed, approved, scheduled and exported on this "
                         "computer."));
    m_accounts->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_accounts->setFocusPolicy(Qt::StrongFocus);  // screen readers reach it with Tab
    m_accounts->setAccessibleName(tr("Portal accounts"));
    m_accounts->setAccessibleDescription(m_accounts->text());
    layout->addWidget(m_accounts);
    layout->addStretch();
    return page;
}

QList<QWidget *> SettingsDialog::inputs(Page page) const
{
    switch (page) {
    case GeneralPage:
        return {m_language, m_rerun};
    case EditorPage:
        return {m_autosave, m_spellCheck};
    case PhotosPage:
        return {m_longEdge, m_maxKilobytes};
    case PreviewPage:
        return {m_builtInTemplate, m_templateFolder, m_templateBrowse};
    case BackupsPage:
        return {m_backupFolder, m_backupBrowse, m_backupDefault, m_backupKeep};
    case AccountsPage:
        return {m_accounts};
    }
    return {};
}

AppSettings SettingsDialog::values() const
{
    AppSettings values = m_saved;  // keeps what has no field here (first run done)
    values.language
        = m_language->currentData().toString() == u"en" ? QLocale::English : QLocale::Vietnamese;
    values.autosaveIdleMs = qRound(m_autosave->value() * 1000);
    values.spellCheck = m_spellCheck->isChecked();
    values.maxLongEdge = m_longEdge->value();
    values.maxOutputBytes = qint64(m_maxKilobytes->value()) * 1000;
    values.templateFolder = m_builtInTemplate->isChecked()
        ? QString()
        : QDir::fromNativeSeparators(m_templateFolder->text());
    values.backupFolder = QDir::fromNativeSeparators(m_backupFolder->text());
    values.backupKeep = m_backupKeep->value();
    return values.clamped();
}

void SettingsDialog::setValues(const AppSettings &given)
{
    const AppSettings values = given.clamped();
    m_language->setCurrentIndex(values.language == QLocale::English ? 1 : 0);
    m_autosave->setValue(values.autosaveIdleMs / 1000.0);
    m_spellCheck->setChecked(values.spellCheck);
    m_longEdge->setValue(values.maxLongEdge);
    m_maxKilobytes->setValue(static_cast<int>((values.maxOutputBytes + 999) / 1000));
    m_builtInTemplate->setChecked(values.templateFolder.isEmpty());
    m_templateFolder->setText(QDir::toNativeSeparators(values.templateFolder));
    m_backupFolder->setText(QDir::toNativeSeparators(values.backupFolder));
    m_backupKeep->setValue(values.backupKeep);
    updateTemplateState();
    updateApply();
}

void SettingsDialog::updateTemplateState()
{
    const bool own = !m_builtInTemplate->isChecked();
    m_templateFolder->setEnabled(own);
    m_templateBrowse->setEnabled(own);
    const QString problem
        = own ? AppSettings::templateFolderProblem(m_templateFolder->text()) : QString();
    m_templateProblem->setText(problem);
    m_templateProblem->setVisible(!problem.isEmpty());
    m_templateFolder->setAccessibleDescription(problem);
}

void SettingsDialog::updateApply()
{
    m_apply->setEnabled(values() != m_saved);
}

bool SettingsDialog::apply()
{
    if (!m_builtInTemplate->isChecked()) {
        updateTemplateState();
        if (!AppSettings::templateFolderProblem(m_templateFolder->text()).isEmpty()) {
            m_tabs->setCurrentIndex(PreviewPage);
            m_templateFolder->setFocus();
            m_templateFolder->selectAll();
            return false;
        }
    }
    const AppSettings chosen = values();
    chosen.save(m_settings);
    m_settings.sync();
    m_saved = chosen;
    setValues(chosen);  // shows what was kept after clamping
    Q_EMIT settingsChanged(chosen);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::browseTemplate()
{
    const QString start = m_templateFolder->text().trimmed();
    const QString chosen = m_chooseFolder(tr("Choose the template folder"), start);
    if (chosen.isEmpty())
        return;
    m_templateFolder->setText(QDir::toNativeSeparators(chosen));
    m_templateFolder->setFocus();
}

void SettingsDialog::browseBackup()
{
    const QString current = m_backupFolder->text().trimmed();
    const QString start
        = current.isEmpty() ? AppSettings::defaultBackupFolder(m_storePath) : current;
    const QString chosen = m_chooseFolder(tr("Choose the backup folder"), start);
    if (chosen.isEmpty())
        return;
    m_backupFolder->setText(QDir::toNativeSeparators(chosen));
    m_backupFolder->setFocus();
}

void SettingsDialog::rerunAssistant()
{
    if (!apply())
        return;
    QDialog::accept();
    Q_EMIT firstRunAssistantRequested();
}

}  // namespace newsdesk
