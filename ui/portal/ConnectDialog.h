#pragma once

// "Connect a portal account" (issue 7): the portal's address, the WordPress user name and an
// Application Password, checked against the portal before anything is saved.
//
// Connect runs PortalConnection::verify(); while it runs the fields are disabled, a busy bar
// says what is going on and Cancel stops the check (not the dialog). On success a summary
// shows the site, the user, the role in plain words, the site's time zone and whether the
// Newsdesk companion plugin is there; the categories and tags are fetched next (a failure
// there is shown but does not block saving). "Save account" is enabled only once the CURRENT
// field values have been verified: editing a field afterwards disables it again. Until then
// Enter in a field means Connect. On failure WpErrors' sentence is shown with an icon and
// the focus goes to the field to fix.
//
// Plain http to a host that is not loopback needs the "Allow plain http for <host>" box,
// which appears only then; unchecked, the dialog refuses to connect. The password is never
// logged nor put in a tooltip; the caller puts ConnectedAccount::password in the keychain.

#include "portal/PortalConnection.h"
#include "portal/PortalIdentity.h"
#include "util/Result.h"

#include <QDialog>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class QCheckBox;
class QCloseEvent;
class QEvent;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QWidget;

namespace newsdesk {

struct ConnectedAccount {
    PortalIdentity identity;
    QString password;  // the Application Password, for the caller to put in the keychain
    // The user explicitly allowed http:// for this non-loopback host (true only when the
    // verified site is plain http and not loopback).
    bool plainHttpAllowed = false;
    PortalTerms terms;  // categories and tags pulled after verifying
};

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);

    // Fills the address and the user name (e.g. reconnecting after a rejected password) and
    // puts the focus on the password field.
    void setInitialValues(const QUrl &site, const QString &user);
    // A line under the password field (e.g. "no keychain: kept for this session only");
    // hidden when empty.
    void setPasswordNotice(const QString &notice);

    // The verified account; empty until a verification of the current values succeeded.
    std::optional<ConnectedAccount> account() const { return m_account; }
    PortalConnection &connection() { return *m_connection; }

    // Verifying the account or fetching its categories and tags.
    bool isBusy() const { return m_phase != Phase::Idle; }
    // The text of the error or information area (empty when hidden).
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *passwordHint() const { return m_passwordHint; }
    QLabel *passwordNoticeLabel() const { return m_passwordNotice; }
    QCheckBox *plainHttpBox() const { return m_plainHttp; }
    QLabel *plainHttpWarning() const { return m_plainHttpWarning; }
    QLabel *busyLabel() const { return m_busyLabel; }
    QLabel *messageLabel() const { return m_message; }
    QGroupBox *summaryBox() const { return m_summary; }
    QLabel *siteValue() const { return m_siteValue; }
    QLabel *userValue() const { return m_userValue; }
    QLabel *roleValue() const { return m_roleValue; }
    QLabel *timeZoneValue() const { return m_timeZoneValue; }
    QLabel *pluginValue() const { return m_pluginValue; }
    QLabel *termsValue() const { return m_termsValue; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }

    // The role as the summary says it.
    static QString roleText(Role role);

public Q_SLOTS:
    // Checks the current values against the portal (the Connect button).
    void connectAccount();
    void accept() override;  // only with a verified account
    void reject() override;  // while busy: cancels the check, the dialog stays

protected:
    void closeEvent(QCloseEvent *event) override;  // the window's close button: stop and close
    void changeEvent(QEvent *event) override;

private:
    enum class Phase { Idle, Verifying, FetchingTerms };

    void onVerified(const Result<PortalIdentity> &result);
    void onTerms(const Result<PortalTerms> &result);
    void cancelCheck();
    void fieldsEdited();
    void updatePlainHttp();
    void setPhase(Phase phase, const QString &text = {});
    void showMessage(const QString &text, bool error);
    void clearMessage();
    void showSummary(const PortalIdentity &identity);
    void updateButtons();
    void fitHeight();
    QString passwordDescription() const;  // the hint, and the notice when there is one
    // The normalised address when it is plain http to a host that is not loopback.
    std::optional<QUrl> plainHttpSite() const;

    PortalConnection *m_connection = nullptr;
    Phase m_phase = Phase::Idle;
    std::optional<ConnectedAccount> m_account;
    QString m_plainHost;  // the host the plain-http box is about
    bool m_messageIsError = false;
    bool m_termsFailed = false;
    QPointer<QWidget> m_focusBefore;  // while busy

    QLabel *m_intro = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_plainHttp = nullptr;
    QLabel *m_plainHttpWarning = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordHint = nullptr;
    QLabel *m_passwordNotice = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QFrame *m_messageFrame = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
    QGroupBox *m_summary = nullptr;
    QLabel *m_siteValue = nullptr;
    QLabel *m_addressValue = nullptr;
    QLabel *m_userValue = nullptr;
    QLabel *m_roleValue = nullptr;
    QLabel *m_timeZoneValue = nullptr;
    QLabel *m_pluginValue = nullptr;
    QLabel *m_termsValue = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

}  // namespace newsdesk
