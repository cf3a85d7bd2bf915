#pragma once

// Blocking calls to one WordPress site's REST API, for the SyncEngine. Each call runs the
// request on a local event loop until it ends, so the engine reads as the sequence of steps
// it is. Use it from a worker thread or a command-line program, never from the GUI thread.
// Limits (transfer timeout, size cap) come from HttpCall; credentials never reach a log.

#include "portal/HttpCall.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace newsdesk {

class WpClient {
public:
    WpClient(QNetworkAccessManager *network, QUrl siteUrl, HttpCredentials credentials,
        HttpLimits limits);

    HttpOutcome get(const QString &route, const QUrlQuery &query = {});
    HttpOutcome post(const QString &route, const QJsonObject &body, const QUrlQuery &query = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpOutcome remove(const QString &route, const QUrlQuery &query = {});
    using Progress = std::function<void(qint64 sent, qint64 total)>;
    // A raw-body media upload (POST /wp/v2/media); other fields go in the query.
    HttpOutcome upload(const QString &route, const QByteArray &bytes, const QString &mimeType,
        const QString &fileName, const QUrlQuery &query, const Progress &progress = {});

    const QUrl &siteUrl() const { return m_site; }
    QString host() const { return m_site.host(); }
    const HttpLimits &limits() const { return m_limits; }
    int requestCount() const { return m_requests; }

private:
    HttpOutcome exchange(const QUrl &url, const HttpSend &send, const Progress &progress);

    QNetworkAccessManager *m_network;
    QUrl m_site;
    HttpCredentials m_credentials;
    HttpLimits m_limits;
    int m_requests = 0;
};

}  // namespace newsdesk
