#pragma once

// A QNetworkAccessManager that answers from canned responses, for core/portal's unit tests:
// status, headers, body (in chunks), a delay, TLS errors, or no answer at all (then the
// request's transfer timeout fires as Qt's would: the reply is aborted).

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace newsdesk::test {

struct FakeResponse {
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool stall = false;  // never answers: the transfer timeout ends it
    QList<QSslError> sslErrors;  // emitted, then the handshake fails
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;  // e.g. refused
    qint64 announcedLength = -1;  // Content-Length; -1: the body's size
    int chunkSize = 64 * 1024;
    QUrl finalUrl;  // as if redirected there; empty: the request's URL
};

class FakeReply : public QNetworkReply {
public:
    FakeReply(const QNetworkRequest &request, FakeResponse response, QObject *parent)
        : QNetworkReply(parent), m_response(std::move(response))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::GetOperation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (m_response.stall) {
            const int timeout = request.transferTimeout();
            if (timeout > 0)
                QTimer::singleShot(timeout, this, [this] { abort(); });
            return;
        }
        QTimer::singleShot(m_response.delayMs, this, [this] { start(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_pending.clear();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finish();
    }
    qint64 bytesAvailable() const override
    {
        return m_pending.size() + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }
    // Newsdesk must never ignore TLS errors; the tests check nobody calls this.
    void ignoreSslErrors() override { ++ignoreSslErrorsCalls; }
    static inline int ignoreSslErrorsCalls = 0;
    static inline int chunksSent = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin<qint64>(maxSize, m_pending.size());
        memcpy(data, m_pending.constData(), size_t(count));
        m_pending.remove(0, count);
        return count;
    }

private:
    void start()
    {
        if (isFinished())
            return;
        if (m_response.networkError != NoError) {
            setError(m_response.networkError, QStringLiteral("Connection refused"));
            finish();
            return;
        }
        if (!m_response.sslErrors.isEmpty()) {
            Q_EMIT sslErrors(m_response.sslErrors);
            if (isFinished())
                return;
            setError(SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
            finish();
            return;
        }
        if (!m_response.finalUrl.isEmpty())
            setUrl(m_response.finalUrl);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        setRawHeader("Content-Type", m_response.contentType);
        setHeader(QNetworkRequest::ContentLengthHeader,
            m_response.announcedLength >= 0 ? m_response.announcedLength
                                            : qint64(m_response.body.size()));
        for (const auto &header : m_response.headers)
            setRawHeader(header.first, header.second);
        if (m_response.status >= 400)
            setError(m_response.status == 401 ? AuthenticationRequiredError : UnknownContentError,
                QStringLiteral("HTTP error"));
        Q_EMIT metaDataChanged();
        sendChunk();
    }

    void sendChunk()
    {
        if (isFinished())
            return;
        if (m_sent >= m_response.body.size()) {
            finish();
            return;
        }
        const QByteArray chunk = m_response.body.mid(m_sent, m_response.chunkSize);
        m_sent += chunk.size();
        m_pending += chunk;
        ++chunksSent;
        Q_EMIT readyRead();
        QTimer::singleShot(0, this, [this] { sendChunk(); });
    }

    void finish()
    {
        setFinished(true);
        Q_EMIT finished();
    }

    FakeResponse m_response;
    QByteArray m_pending;
    qsizetype m_sent = 0;
};

struct SeenRequest {
    QByteArray method;  // GET, POST, DELETE, ...
    QByteArray body;  // what was sent (POST)
    QByteArray contentType;
    QUrl url;
    QString route;  // the rest_route query item
    bool hasAuthorization = false;
    QByteArray authorization;
    int transferTimeout = 0;
};

class FakeNetwork : public QNetworkAccessManager {
public:
    using Handler = std::function<FakeResponse(const SeenRequest &)>;
    explicit FakeNetwork(Handler handler) : m_handler(std::move(handler)) { }
    QList<SeenRequest> seen;

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        SeenRequest r;
        switch (operation) {
        case GetOperation:
            r.method = "GET";
            break;
        case PostOperation:
            r.method = "POST";
            break;
        case PutOperation:
            r.method = "PUT";
            break;
        case DeleteOperation:
            r.method = "DELETE";
            break;
        default:
            r.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        }
        if (outgoing)
            r.body = outgoing->readAll();
        r.contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.url = request.url();
        r.route = QUrlQuery(request.url())
                      .queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
        r.hasAuthorization = request.hasRawHeader("Authorization");
        r.authorization = request.rawHeader("Authorization");
        r.transferTimeout = request.transferTimeout();
        seen.append(r);
        return new FakeReply(request, m_handler(r), this);
    }

private:
    Handler m_handler;
};

}  // namespace newsdesk::test
