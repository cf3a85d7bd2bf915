#include "PortalSession.h"

#include "MainWindow.h"
#include "conflict/ConflictDialog.h"
#include "conflict/MergeEditor.h"
#include "portal/ConnectDialog.h"
#include "store/Database.h"
#include "store/ProfileStore.h"
#include "sync/PortalAccountStore.h"
#include "sync/SyncController.h"
#include "sync/SyncPanel.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QtConcurrent>

namespace newsdesk {

PortalSession::PortalSession(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock),
      m_controller(std::make_unique<SyncController>(db.path(), db, clock))
{
    connect(&m_passwordLoad, &QFutureWatcher<std::optional<QString>>::finished, this,
        &PortalSession::onPasswordLoaded);
    connect(m_controller.get(), &SyncController::passwordRejected, this, [this] {
        if (m_window)
            m_window->statusBar()->showMessage(
                tr("The portal rejected the password: publishing is paused. Portal > Connect "
                   "account… to enter it again."));
    });
}

PortalSession::~PortalSession()
{
    m_passwordLoad.waitForFinished();
}

void PortalSession::attach(MainWindow *window)
{
    m_window = window;
    auto *panel = new SyncPanel(m_db, m_controller.get(), m_clock, window);
    m_panel = panel;
    window->setPortalPanel(panel);
    connect(panel, &SyncPanel::connectRequested, this, &PortalSession::connectAccount);
    connect(panel, &SyncPanel::passwordRequested, this, &PortalSession::askForPassword);
    connect(panel, &SyncPanel::statusTextChanged, this, &PortalSession::updateStatus);
    connect(window, &MainWindow::connectAccountRequested, this, &PortalSession::connectAccount);
    connect(window, &MainWindow::syncRequested, this, &PortalSession::syncNow);
    connect(window, &MainWindow::conflictsRequested, this, &PortalSession::openConflicts);
    updateStatus(panel->statusBarText());
}

void PortalSession::start()
{
    auto account = PortalAccountStore(m_db).account();
    if (!account || !*account)
        return;
    // The keychain may take a moment (or ask to be unlocked): never on the GUI thread.
    const QString key
        = accountSecretKey((*account)->identity.siteUrl, (*account)->identity.userName);
    m_passwordLoad.setFuture(QtConcurrent::run([key]() -> std::optional<QString> {
        SecretStoreChoice choice = openSecretStore();
        auto stored = choice.store->read(key);
        if (stored && stored->has_value())
            return **stored;
        return std::nullopt;
    }));
}

void PortalSession::onPasswordLoaded()
{
    const std::optional<QString> password = m_passwordLoad.result();
    if (!password) {
        qCInfo(lcSync) << "no password in the keychain for the portal account";
        if (m_window)
            m_window->statusBar()->showMessage(
                tr("Enter the portal password to publish: Portal > Connect account…"), 15000);
        return;
    }
    m_controller->setPassword(*password);
    m_controller->setAutoSync(true);
    m_controller->syncNow();
}

void PortalSession::connectAccount()
{
    openDialog();
}

void PortalSession::askForPassword()
{
    openDialog();  // the same dialog, filled in: it checks the password before keeping it
}

void PortalSession::syncNow()
{
    auto account = PortalAccountStore(m_db).account();
    if (!account || !*account) {
        connectAccount();
        return;
    }
    if (!m_controller->hasPassword()) {
        askForPassword();
        return;
    }
    m_controller->syncNow();
    if (m_window && m_window->portalDock())
        m_window->portalDock()->show();
}

void PortalSession::openConflicts()
{
    auto profile = ProfileStore(m_db).load();
    ConflictDialog dialog(m_db, m_clock, profile ? profile->name : QString(), m_window);
    bool resolved = false;
    connect(&dialog, &ConflictDialog::resolved, this, [&resolved] { resolved = true; });
    dialog.exec();
    if (resolved) {
        if (m_panel)
            m_panel->refresh();
        if (m_controller->hasPassword())
            m_controller->syncNow();
    }
}

void PortalSession::openDialog()
{
    if (!m_secrets) {
        SecretStoreChoice choice = openSecretStore();
        m_secrets = std::move(choice.store);
        m_secretNotice = choice.notice;
    }
    ConnectDialog dialog(&m_network, m_window);
    dialog.setPasswordNotice(m_secretNotice);
    auto account = PortalAccountStore(m_db).account();
    if (account && *account)
        dialog.setInitialValues((*account)->identity.siteUrl, (*account)->identity.userName);
    if (!m_dialogHook || m_dialogHook(dialog))
        dialog.exec();
    if (dialog.result() != QDialog::Accepted)
        return;
    if (const auto connected = dialog.account())
        saveAccount(*connected);
}

bool PortalSession::saveAccount(const ConnectedAccount &connected)
{
    PortalAccount account;
    account.identity = connected.identity;
    account.plainHttpAllowed = connected.plainHttpAllowed;
    PortalAccountStore accounts(m_db);
    // Another portal or user: the old account goes (its links mean nothing on the new one).
    if (auto existing = accounts.account(); existing && *existing
        && ((*existing)->site() != account.site()
            || (*existing)->identity.userName != account.identity.userName)) {
        if (m_secrets)
            (void)m_secrets->remove(
                accountSecretKey((*existing)->identity.siteUrl, (*existing)->identity.userName));
        (void)accounts.remove();
    }
    auto saved = m_db.transaction([&]() -> Result<void> {
        if (auto done = accounts.save(account, m_clock.nowUtc()); !done)
            return done;
        if (auto done = accounts.replaceTerms(account.site(), connected.terms, m_clock.nowUtc());
            !done)
            return done;
        return ProfileStore(m_db).setRoleFromPortal(account.identity.role);
    });
    if (!saved) {
        if (m_window)
            m_window->statusBar()->showMessage(saved.error().message);
        return false;
    }
    if (m_secrets && m_secrets->isPersistent()) {
        if (auto kept = m_secrets->write(
                accountSecretKey(account.identity.siteUrl, account.identity.userName),
                connected.password);
            !kept && m_window)
            m_window->statusBar()->showMessage(kept.error().message, 15000);
    }
    m_controller->setPassword(connected.password);
    m_controller->setAutoSync(true);
    if (m_panel)
        m_panel->refresh();
    Q_EMIT accountChanged();
    m_controller->syncNow();
    return true;
}

void PortalSession::updateStatus(const QString &text)
{
    if (m_window)
        m_window->setPortalStatus(text);
}

}  // namespace newsdesk
