#pragma once

// One request to the portal with the limits every portal request needs: a transfer timeout
// (no bytes for N ms), a cap on what is read (bigger answers are aborted, not buffered), TLS
// errors recorded and never ignored, and credentials that never reach a log.

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace newsdesk {

struct HttpLimits {
    int transferTimeoutMs = 30'000;
    qint64 maxBytes = 8 * 1024 * 1024;
};

struct HttpOutcome {
    QUrl url;  // the URL that answered, after redirects
    int status = 0;  // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;  // Qt's text for `error`
    QList<QSslError> sslErrors;
    bool timedOut = false;
    bool tooLarge = false;
    QByteArray contentType;
    QByteArray body;  // at most HttpLimits::maxBytes
    int totalPages = -1;  // X-WP-TotalPages, -1 when absent
    QByteArray retryAfter;  // the Retry-After header as sent (seconds or an HTTP date)
    qint64 maxBytes = 0;  // the cap this request was read with (for the message)

    bool isJson() const { return contentType.toLower().contains("json"); }
};

// Basic-auth credentials; only ever put into a header, never into a URL or a log line.
struct HttpCredentials {
    QString user;
    QString password;
    bool isEmpty() const { return user.isEmpty(); }
};

// What to send besides the URL; the default is a GET.
struct HttpSend {
    QByteArray method = "GET";
    QByteArray body;
    QByteArray contentType;  // set with a body
    QList<QPair<QByteArray, QByteArray>> headers;  // extra headers, e.g. Content-Disposition
};

class HttpCall : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(const HttpOutcome &)>;

    // Starts the request; `done` runs once, unless abort() or destruction comes first.
    HttpCall(QNetworkAccessManager *network, const QUrl &url, const HttpCredentials &credentials,
        const HttpLimits &limits, Done done, QObject *parent = nullptr);
    HttpCall(QNetworkAccessManager *network, const QUrl &url, const HttpSend &send,
        const HttpCredentials &credentials, const HttpLimits &limits, Done done,
        QObject *parent = nullptr);
    ~HttpCall() override;

    void setDone(Done done) { m_done = std::move(done); }
    void abort();  // stops the request without calling `done`

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);

private:
    void onReadyRead();
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    HttpLimits m_limits;
    HttpOutcome m_outcome;
    Done m_done;
    bool m_aborting = false;  // our own abort(): not a timeout
};

}  // namespace newsdesk
