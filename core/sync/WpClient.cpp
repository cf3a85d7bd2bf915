#include "sync/WpClient.h"

#include "portal/SiteUrl.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace newsdesk {

WpClient::WpClient(
    QNetworkAccessManager *network, QUrl siteUrl, HttpCredentials credentials, HttpLimits limits)
    : m_network(network), m_site(std::move(siteUrl)), m_credentials(std::move(credentials)),
      m_limits(limits)
{
}

HttpOutcome WpClient::get(const QString &route, const QUrlQuery &query)
{
    return exchange(SiteUrl::restUrl(m_site, route, query), HttpSend {}, {});
}

HttpOutcome WpClient::post(const QString &route, const QJsonObject &body, const QUrlQuery &query,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpSend send;
    send.headers = headers;
    send.method = "POST";
    send.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    send.contentType = "application/json; charset=utf-8";
    return exchange(SiteUrl::restUrl(m_site, route, query), send, {});
}

HttpOutcome WpClient::remove(const QString &route, const QUrlQuery &query)
{
    HttpSend send;
    send.method = "DELETE";
    return exchange(SiteUrl::restUrl(m_site, route, query), send, {});
}

HttpOutcome WpClient::upload(const QString &route, const QByteArray &bytes, const QString &mimeType,
    const QString &fileName, const QUrlQuery &query, const Progress &progress)
{
    HttpSend send;
    send.method = "POST";
    send.body = bytes;
    send.contentType = mimeType.toLatin1();
    // The file name is ASCII by construction (the caller names it after the hash).
    send.headers.append(
        {"Content-Disposition", "attachment; filename=\"" + fileName.toLatin1() + '"'});
    return exchange(SiteUrl::restUrl(m_site, route, query), send, progress);
}

HttpOutcome WpClient::exchange(const QUrl &url, const HttpSend &send, const Progress &progress)
{
    ++m_requests;
    HttpOutcome outcome;
    bool finished = false;
    QEventLoop loop;
    HttpCall call(m_network, url, send, m_credentials, m_limits, [&](const HttpOutcome &answer) {
        outcome = answer;
        finished = true;
        loop.quit();
    });
    if (progress)
        QObject::connect(&call, &HttpCall::uploadProgress, &loop, progress);
    if (!finished)  // a quit() before exec() would be lost
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

}  // namespace newsdesk
