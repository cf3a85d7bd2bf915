#include "backup/BackupsDialog.h"

#include "AccessibleNames.h"
#include "backup/BackupWorker.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace newsdesk {
namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// Restores the cursor however the busy part ends.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

}  // namespace

BackupsDialog::BackupsDialog(
    const QString &storePath, const Clock &clock, BackupOptions options, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_clock(clock), m_options(std::move(options)),
      m_folder(StoreBackup::resolveFolder(storePath, m_options))
{
    setWindowTitle(tr("Backups"));
    setObjectName(QStringLiteral("backupsDialog"));

    m_folderEdit = new QLineEdit(QDir::toNativeSeparators(m_folder));
    m_folderEdit->setReadOnly(true);
    m_folderEdit->setCursorPosition(0);
    m_folderEdit->setObjectName(QStringLiteral("backupFolder"));
    QLabel *folderLabel = buddyLabel(tr("Backup &folder:"), m_folderEdit);

    const QString keeps = tr("Newsdesk backs up your articles by itself once a day and keeps the "
                             "newest %n backup(s) in this folder.",
        nullptr, m_options.keep);
    const QString change = m_options.folder.isEmpty()
        ? tr("This folder is on the same disk as your articles: it helps after a mistake or a "
             "damaged file, but not when the laptop dies. Choose a USB stick or a network "
             "share in Settings › Settings… › Backups.")
        : tr("You can choose another folder in Settings › Settings… › Backups.");
    m_hint = new QLabel(keeps + u' ' + change);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("backupFolderHint"));
    m_folderEdit->setAccessibleDescription(m_hint->text());

    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date and time"), tr("Reason"), tr("Articles"), tr("Photos"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table for the buttons
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    QLabel *tableLabel = buddyLabel(tr("&Backups in this folder, newest first:"), m_table);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(fontMetrics().lineSpacing() * 2);

    // Back up now and Restore… on the left, Close on the right, in that order for Tab too.
    m_backUp = new QPushButton(tr("Back up &now"));
    m_backUp->setToolTip(tr("Back up all articles and photos into the backup folder now"));
    m_restore = new QPushButton(tr("&Restore…"));
    m_restore->setToolTip(
        tr("Replace the articles with those of the selected backup (you are asked first)"));
    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close);
    m_close = closeBox->button(QDialogButtonBox::Close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(closeBox);
    // Enter in the table must not start anything: only a click or Space on a button does.
    for (QPushButton *button : {m_backUp, m_restore, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_backUp, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_close, &QPushButton::clicked, this, &BackupsDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(folderLabel);
    layout->addWidget(m_folderEdit);
    layout->addWidget(m_hint);
    layout->addSpacing(6);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_folderEdit, m_table);
    setTabOrder(m_table, m_backUp);
    setTabOrder(m_backUp, m_restore);
    setTabOrder(m_restore, m_close);

    setMinimumSize(560, 380);
    resize(780, 480);
    reload();
    m_table->setFocus();
}

QString BackupsDialog::shownTime(const BackupInfo &backup)
{
    return QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat);
}

void BackupsDialog::reload()
{
    const QString selected = selectedBackup() ? selectedBackup()->name : QString();
    m_backups.clear();
    auto listed = StoreBackup::list(m_folder);
    if (listed)
        m_backups = listed.value();
    const QLocale locale;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_backups.size()));
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &backup = m_backups.at(row);
        const Qt::Alignment number = Qt::AlignRight;
        auto *date = cell(shownTime(backup));
        date->setToolTip(QDir::toNativeSeparators(backup.path));
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, ReasonColumn, cell(backupReasonDisplayName(backup.reason)));
        m_table->setItem(row, ArticlesColumn, cell(locale.toString(backup.articleCount), number));
        m_table->setItem(row, PhotosColumn, cell(locale.toString(backup.mediaCount), number));
        m_table->setItem(row, SizeColumn, cell(locale.formattedDataSize(backup.sizeBytes), number));
    }
    if (!listed)
        showMessage(listed.error().message, true);
    else if (m_backups.isEmpty())
        showMessage(tr("There are no backups in this folder yet. “Back up now” makes the first "
                       "one."),
            false);
    if (!m_backups.isEmpty()) {
        selectBackup(selected);
        if (!selectedBackup())
            m_table->selectRow(0);
    }
    updateButtons();
}

std::optional<BackupInfo> BackupsDialog::selectedBackup() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.first()->row();
    if (row < 0 || row >= m_backups.size())
        return std::nullopt;
    return m_backups.at(row);
}

void BackupsDialog::selectBackup(const QString &name)
{
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).name == name) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, DateColumn);
            return;
        }
    }
}

bool BackupsDialog::backUpNow()
{
    if (m_busy)
        return false;
    setBusy(true, tr("Backing up the articles and photos… This can take a few seconds."));
    Result<BackupInfo> made = [&] {
        BusyCursor cursor;
        const QString storePath = m_storePath;
        const BackupOptions options = m_options;
        const Clock &clock = m_clock;
        return backup_work::runOffThread<Result<BackupInfo>>([storePath, options, &clock] {
            return backup_work::create(storePath, options, clock, BackupReason::Manual);
        });
    }();
    setBusy(false);
    if (!made) {
        reload();
        showMessage(made.error().message, true);
        return false;
    }
    reload();
    selectBackup(made->name);
    QString text = tr("Backup made: %1, %2.")
                       .arg(tr("%n article(s)", nullptr, made->articleCount),
                           tr("%n photo(s)", nullptr, made->mediaCount));
    if (!made->mediaMissing.isEmpty())
        text += u' '
            + tr("%n photo(s) were missing or damaged in the store and are not in the backup.",
                nullptr, int(made->mediaMissing.size()));
    showMessage(text, !made->mediaMissing.isEmpty());
    return true;
}

QString BackupsDialog::confirmationQuestion(const BackupInfo &backup)
{
    return tr("Restore the backup of %1?").arg(shownTime(backup));
}

QString BackupsDialog::confirmationDetails(const BackupInfo &backup)
{
    return tr("What happens:\n"
              "1. The open article is saved and the main window closes.\n"
              "2. The articles you have now are backed up (listed as “%1”), so you can go back "
              "to them.\n"
              "3. They are replaced by the %n article(s) of this backup.\n"
              "4. The main window opens again with the restored articles.",
        nullptr, backup.articleCount)
        .arg(backupReasonDisplayName(BackupReason::BeforeRestore));
}

void BackupsDialog::restoreSelected()
{
    if (m_busy)
        return;
    const std::optional<BackupInfo> backup = selectedBackup();
    if (!backup) {
        showMessage(tr("Select the backup to restore first."), true);
        return;
    }
    bool confirmed = false;
    if (m_confirm) {
        confirmed = m_confirm(*backup);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Restore a backup"),
            confirmationQuestion(*backup), QMessageBox::NoButton, this);
        box.setInformativeText(confirmationDetails(*backup));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.setEscapeButton(cancel);
        box.exec();
        confirmed = box.clickedButton() == restore;
    }
    if (!confirmed)
        return;
    qCInfo(lcUi) << "restore requested:" << backup->path;
    Q_EMIT restoreRequested(backup->path);
    accept();
}

void BackupsDialog::reject()
{
    if (m_busy)
        return;  // a backup is being written: the dialog closes when it is done
    QDialog::reject();
}

QString BackupsDialog::message() const
{
    return m_message->text();
}

void BackupsDialog::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x10, 0x10));
    m_message->setPalette(palette);
}

void BackupsDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (busy) {
        showMessage(text, false);
        m_focusBefore = focusWidget();
    }
    m_table->setEnabled(!busy);
    m_close->setEnabled(!busy);
    updateButtons();
    if (busy) {
        m_message->repaint();
        return;
    }
    // Disabling the focused widget moved the focus elsewhere: back to where the person was.
    if (m_focusBefore && m_focusBefore->isEnabled())
        m_focusBefore->setFocus();
    else
        m_table->setFocus();
}

void BackupsDialog::updateButtons()
{
    m_backUp->setEnabled(!m_busy);
    m_restore->setEnabled(!m_busy && selectedBackup().has_value());
}

}  // namespace newsdesk
