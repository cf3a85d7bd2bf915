#include "portal/HttpCall.h"

#include "util/LogCategories.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace newsdesk {

HttpCall::HttpCall(QNetworkAccessManager *network, const QUrl &url,
    const HttpCredentials &credentials, const HttpLimits &limits, Done done, QObject *parent)
    : HttpCall(network, url, HttpSend {}, credentials, limits, std::move(done), parent)
{
}

HttpCall::HttpCall(QNetworkAccessManager *network, const QUrl &url, const HttpSend &send,
    const HttpCredentials &credentials, const HttpLimits &limits, Done done, QObject *parent)
    : QObject(parent), m_limits(limits), m_done(std::move(done))
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_limits.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    // Credentials are for this origin only: a redirect elsewhere must not carry them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        credentials.isEmpty() ? QNetworkRequest::NoLessSafeRedirectPolicy
                              : QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    if (!credentials.isEmpty()) {
        const QByteArray pair
            = (credentials.user + QLatin1Char(':') + credentials.password).toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    if (!send.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, send.contentType);
    for (const auto &[name, value] : send.headers)
        request.setRawHeader(name, value);
    // The Authorization header is never logged: only the URL (which holds no secret).
    qCDebug(lcPortal) << send.method << url.toString()
                      << (credentials.isEmpty() ? "anonymous" : "with credentials")
                      << send.body.size() << "bytes";

    m_outcome.url = url;
    m_outcome.maxBytes = m_limits.maxBytes;
    if (send.method == "GET")
        m_reply = network->get(request);
    else
        m_reply = network->sendCustomRequest(request, send.method, send.body);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &HttpCall::uploadProgress);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    // Recorded, never ignored: Qt then fails the request with SslHandshakeFailedError.
    connect(m_reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_outcome.sslErrors += errors; });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_limits.maxBytes) {
            m_outcome.tooLarge = true;
            m_reply->abort();
        }
    });
}

HttpCall::~HttpCall()
{
    abort();
}

void HttpCall::abort()
{
    m_done = nullptr;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpCall::onReadyRead()
{
    if (!m_reply || m_outcome.tooLarge || !m_reply->isOpen())  // closed once aborted
        return;
    const qint64 room = m_limits.maxBytes - m_outcome.body.size();
    const QByteArray chunk = m_reply->read(qMin(room + 1, m_reply->bytesAvailable()));
    m_outcome.body += chunk;
    if (m_outcome.body.size() > m_limits.maxBytes) {
        m_outcome.body.truncate(m_limits.maxBytes);
        m_outcome.tooLarge = true;
        m_reply->abort();
    }
}

void HttpCall::onFinished()
{
    if (!m_reply)
        return;
    onReadyRead();  // whatever is still buffered
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    m_outcome.url = reply->url();
    m_outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_outcome.error = reply->error();
    m_outcome.errorText = reply->errorString();
    m_outcome.contentType = reply->rawHeader("Content-Type");
    m_outcome.retryAfter = reply->rawHeader("Retry-After").trimmed();
    if (reply->hasRawHeader("X-WP-TotalPages")) {
        bool ok = false;
        const int pages = reply->rawHeader("X-WP-TotalPages").trimmed().toInt(&ok);
        m_outcome.totalPages = ok && pages >= 0 ? pages : -1;
    }
    // Qt's transfer timeout aborts the reply (OperationCanceledError); we never abort
    // a reply whose outcome we still report, except for the size cap, which is flagged.
    m_outcome.timedOut = !m_outcome.tooLarge
        && (m_outcome.error == QNetworkReply::OperationCanceledError
            || m_outcome.error == QNetworkReply::TimeoutError);
    qCDebug(lcPortal).nospace() << "answer " << m_outcome.status << ' ' << m_outcome.error << ' '
                                << m_outcome.body.size() << " bytes"
                                << (m_outcome.tooLarge ? " (over the cap)" : "")
                                << (m_outcome.timedOut ? " (timed out)" : "");
    if (Done done = std::exchange(m_done, nullptr))
        done(m_outcome);
}

}  // namespace newsdesk
