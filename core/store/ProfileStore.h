#pragma once

// The local profile (name and role), kept in the store's settings table so that the name in
// the review history belongs to the store it was written in.

#include "domain/LocalProfile.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace newsdesk {

class Database;

class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::ProfileStore)

public:
    explicit ProfileStore(Database &db);

    Result<LocalProfile> load() const;  // a Writer with no name until set
    Result<void> setName(const QString &name);
    // Refused while the role comes from the portal account.
    Result<void> setRole(Role role);
    // For the portal sync: the account's capabilities decide the role from now on.
    Result<void> setRoleFromPortal(Role role);
    // For the portal sync when the account is disconnected: the role becomes local again.
    Result<void> releaseRoleFromPortal();

private:
    Database &m_db;
};

}  // namespace newsdesk
