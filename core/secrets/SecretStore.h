#pragma once

// Where account passwords (WordPress Application Passwords) live: the OS keychain through
// QtKeychain, or — when there is no keychain — memory, for this session only. Never SQLite,
// settings or logs: Error::detail and log lines name keys, never secrets.
//
// All stores may be called from any thread. KeychainSecretStore blocks the calling thread while
// the keychain answers (up to its timeout), so call it from the CLI or a worker thread, not
// from a paint path.

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace newsdesk {

// One job: keep secrets by key.
class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::SecretStore)

public:
    SecretStore() = default;
    virtual ~SecretStore();
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    virtual Result<void> write(const QString &key, const QString &secret) = 0;
    virtual Result<std::optional<QString>> read(const QString &key) = 0;  // nullopt: nothing stored
    virtual Result<void> remove(const QString &key) = 0;  // removing nothing is success
    virtual bool isPersistent() const = 0;  // false: this session only
};

// In memory, gone when the process ends: the fall-back when there is no keychain.
class SessionSecretStore final : public SecretStore {
public:
    SessionSecretStore() = default;
    ~SessionSecretStore() override;

    Result<void> write(const QString &key, const QString &secret) override;
    Result<std::optional<QString>> read(const QString &key) override;
    Result<void> remove(const QString &key) override;
    bool isPersistent() const override { return false; }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_secrets;
};

// The OS keychain (Secret Service / gnome-keyring, KWallet, macOS Keychain, Windows Credential
// Manager) under `service`. Failures are ErrorCode::IoError; a call that gets no answer within
// timeout() fails too (the keychain call itself may still finish later).
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("newsdesk"));
    ~KeychainSecretStore() override;

    Result<void> write(const QString &key, const QString &secret) override;
    Result<std::optional<QString>> read(const QString &key) override;
    Result<void> remove(const QString &key) override;
    bool isPersistent() const override { return true; }

    const QString &service() const { return m_service; }
    // Long by default because the keychain may ask the user to unlock it first.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(60)};
};

struct SecretStoreChoice {
    std::unique_ptr<SecretStore> store;
    QString notice;  // translated; empty when the keychain works
};

// The keychain when it works, else a SessionSecretStore and a notice saying why the password
// will be forgotten when Newsdesk closes. Checks for a D-Bus session first (immediate), then
// writes, reads back and removes a probe entry, giving up after a few seconds.
SecretStoreChoice openSecretStore(const QString &service = QStringLiteral("newsdesk"));

// The key an account's password is stored under, e.g. "wordpress:https://portal.example/|editor".
// The URL loses user info, query, fragment and a default port and always ends in '/', so
// "https://Portal.example" and "https://portal.example:443/" give the same key; `siteUrl` is
// expected to be SiteUrl::normalise()d already. The user name is only trimmed.
QString accountSecretKey(const QUrl &siteUrl, const QString &userName);

}  // namespace newsdesk
