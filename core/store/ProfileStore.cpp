#include "store/ProfileStore.h"

#include "store/Database.h"
#include "text/VietnameseText.h"

namespace newsdesk {
namespace {

const QString kNameKey = QStringLiteral("profile.name");
const QString kRoleKey = QStringLiteral("profile.role");
const QString kRoleFromPortalKey = QStringLiteral("profile.role_from_portal");

}  // namespace

ProfileStore::ProfileStore(Database &db) : m_db(db) { }

Result<LocalProfile> ProfileStore::load() const
{
    LocalProfile profile;
    auto name = m_db.setting(kNameKey);
    if (!name)
        return name.error();
    auto role = m_db.setting(kRoleKey);
    if (!role)
        return role.error();
    auto fromPortal = m_db.setting(kRoleFromPortalKey);
    if (!fromPortal)
        return fromPortal.error();
    profile.name = *name;
    profile.role = Workflow::roleFromKey(*role).value_or(Role::Writer);
    profile.roleFromPortal = *fromPortal == u"1";
    return profile;
}

Result<void> ProfileStore::setName(const QString &name)
{
    // Normalized like the article by-line, so "returned to me" can match the two.
    const QString clean = text::nfc(name.simplified());
    if (clean.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Your name cannot be empty."));
    return m_db.setSetting(kNameKey, clean);
}

Result<void> ProfileStore::setRole(Role role)
{
    auto profile = load();
    if (!profile)
        return profile.error();
    if (profile->roleFromPortal && profile->role != role)
        return makeError(ErrorCode::InvalidInput,
            tr("Your role comes from your portal account (%1). Ask the portal's administrator "
               "to change it.")
                .arg(Workflow::roleDisplayName(profile->role)));
    return m_db.setSetting(kRoleKey, Workflow::roleKey(role));
}

Result<void> ProfileStore::setRoleFromPortal(Role role)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto done = m_db.setSetting(kRoleKey, Workflow::roleKey(role)); !done)
            return done;
        return m_db.setSetting(kRoleFromPortalKey, QStringLiteral("1"));
    });
}

Result<void> ProfileStore::releaseRoleFromPortal()
{
    return m_db.setSetting(kRoleFromPortalKey, QStringLiteral("0"));
}

}  // namespace newsdesk
