#pragma once

// The app's side of publishing (issue 7): the portal account, its password and the sync that
// runs in the background. Owned by AppShell, so it outlives window rebuilds (a language
// switch); attach() gives each new main window its sync panel, its status line and the
// Portal menu's answers.
//
// The password: read from the OS keychain off the GUI thread at start; when there is no
// keychain, asked for once per session and kept in memory only (the connect dialog says so).
// It never reaches SQLite, the settings or a log.

#include "secrets/SecretStore.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace newsdesk {

class Clock;
class ConnectDialog;
class Database;
class MainWindow;
class SyncController;
class SyncPanel;
struct ConnectedAccount;

class PortalSession : public QObject {
    Q_OBJECT

public:
    PortalSession(Database &db, const Clock &clock, QObject *parent = nullptr);
    ~PortalSession() override;

    // Gives `window` a sync panel (Portal > Sync panel) and a status line, and answers its
    // Portal menu. Call again for a rebuilt window.
    void attach(MainWindow *window);
    // Reads the password from the keychain (off the GUI thread) and, when there is an
    // account and a password, turns on automatic sync. Not for screenshots or the demo.
    void start();

    // The connect dialog; on success the account is saved, the password kept, a sync started.
    void connectAccount();
    // The connect dialog filled in with the account, for a password the portal rejected or one
    // that is not known in this session.
    void askForPassword();
    void syncNow();
    // The conflict view (ui/conflict); a sync follows when something was resolved.
    void openConflicts();

    SyncController *controller() const { return m_controller.get(); }
    const QString &secretNotice() const { return m_secretNotice; }
    // For tests: called with the dialog before it is shown; false: do not exec() it.
    void setDialogHook(std::function<bool(ConnectDialog &)> hook)
    {
        m_dialogHook = std::move(hook);
    }

Q_SIGNALS:
    // A new account was saved: the role may have changed (the window refreshes its profile).
    void accountChanged();

private:
    void openDialog();
    bool saveAccount(const ConnectedAccount &account);
    void onPasswordLoaded();
    void updateStatus(const QString &text);

    Database &m_db;
    const Clock &m_clock;
    QNetworkAccessManager m_network;  // the dialog's; the sync has its own on its thread
    std::unique_ptr<SecretStore> m_secrets;
    QString m_secretNotice;
    std::unique_ptr<SyncController> m_controller;
    QPointer<MainWindow> m_window;
    QPointer<SyncPanel> m_panel;
    QFutureWatcher<std::optional<QString>> m_passwordLoad;
    std::function<bool(ConnectDialog &)> m_dialogHook;
};

}  // namespace newsdesk
