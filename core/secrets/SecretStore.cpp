#include "secrets/SecretStore.h"

#include <QMutexLocker>

namespace newsdesk {

SecretStore::~SecretStore() = default;

SessionSecretStore::~SessionSecretStore() = default;

Result<void> SessionSecretStore::write(const QString &key, const QString &secret)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.insert(key, secret);
    return {};
}

Result<std::optional<QString>> SessionSecretStore::read(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return std::optional<QString>();
    return std::optional<QString>(it.value());
}

Result<void> SessionSecretStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.remove(key);
    return {};
}

QString accountSecretKey(const QUrl &siteUrl, const QString &userName)
{
    QUrl url = siteUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
        | QUrl::NormalizePathSegments);
    url.setHost(url.host().toLower());
    if ((url.scheme() == u"https" && url.port() == 443)
        || (url.scheme() == u"http" && url.port() == 80)) {
        url.setPort(-1);
    }
    // One spelling with or without the trailing slash the user typed.
    QString site = url.toString(QUrl::FullyEncoded);
    while (site.endsWith(u'/'))
        site.chop(1);
    return u"wordpress:" + site + u"/|" + userName.trimmed();
}

}  // namespace newsdesk
