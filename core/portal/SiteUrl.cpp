#include "portal/SiteUrl.h"

#include "portal/WpErrors.h"

#include <QHostAddress>

namespace newsdesk {

Result<QUrl> SiteUrl::normalise(const QUrl &input)
{
    QUrl url = input;
    const QString typed = input.toDisplayString();
    // "example.com/news" parses as a relative path: read it again as https://.
    if (url.scheme().isEmpty() && !typed.trimmed().isEmpty())
        url = QUrl(QStringLiteral("https://") + typed.trimmed(), QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))) {
        return WpErrors::make(PortalErrorKind::InvalidUrl, QString(),
            QStringLiteral("not an http(s) URL with a host"), typed);
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    for (const QString &suffix :
        {QStringLiteral("/wp-login.php"), QStringLiteral("/wp-admin/"), QStringLiteral("/wp-admin"),
            QStringLiteral("/wp-json/"), QStringLiteral("/wp-json")}) {
        if (path.endsWith(suffix)) {
            path.chop(suffix.size());
            break;
        }
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    if ((scheme == QStringLiteral("https") && url.port() == 443)
        || (scheme == QStringLiteral("http") && url.port() == 80))
        url.setPort(-1);
    return url;
}

bool SiteUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool SiteUrl::plainHttpAllowed(const QUrl &site, const QSet<QString> &allowedHosts)
{
    if (site.scheme() != QStringLiteral("http"))
        return true;
    return isLoopbackHost(site.host()) || allowedHosts.contains(site.host().toLower());
}

QUrl SiteUrl::restUrl(const QUrl &site, const QString &route, const QUrlQuery &query)
{
    QUrl url = site;
    url.setPath(site.path() + QLatin1Char('/'));
    QUrlQuery full;
    full.addQueryItem(QStringLiteral("rest_route"), route);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        full.addQueryItem(item.first, item.second);
    url.setQuery(full);
    return url;
}

QUrl SiteUrl::siteOf(const QUrl &restUrl)
{
    QUrl site = restUrl;
    site.setQuery(QString());
    site.setFragment(QString());
    QString path = site.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    site.setPath(path);
    return site;
}

QString SiteUrl::displayHost(const QUrl &site)
{
    return site.port() > 0 ? site.host() + QLatin1Char(':') + QString::number(site.port())
                           : site.host();
}

}  // namespace newsdesk
