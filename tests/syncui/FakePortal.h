#pragma once

// A tiny WordPress on loopback for the sync panel tests: a QTcpServer on the test's thread that
// answers the REST routes the SyncEngine uses with canned JSON, over Qt's real network stack
// (the SyncController's worker thread talks to it like to a portal). It can refuse the password
// (401), refuse the next creates (403), answer creates late or never (a stalled request), and
// go away altogether (close(): connection refused, i.e. offline).

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace newsdesk::test {

class FakePortal {
public:
    struct Request {
        QByteArray method;
        QString route;  // rest_route, e.g. "/wp/v2/posts"
        QUrlQuery query;
        QByteArray authorization;
        QByteArray body;
    };

    bool rejectPassword = false;  // users/me answers 401 rest_not_logged_in
    int refuseCreates = 0;  // the next N creates answer 403 rest_cannot_publish
    int createDelayMs = 0;  // creates are answered this late
    int uploadDelayMs = 0;  // photo uploads are answered this late
    bool stallCreates = false;  // creates are never answered
    QList<Request> requests;
    int postsCreated = 0;
    int photosUploaded = 0;

    FakePortal() = default;
    FakePortal(const FakePortal &) = delete;
    FakePortal &operator=(const FakePortal &) = delete;
    ~FakePortal() { close(); }

    // On `port` (0: any free one; the same again after close() to come back online).
    bool listen(quint16 port = 0)
    {
        m_server = std::make_unique<QTcpServer>();
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(),
            [this] { accept(); });
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return false;
        m_port = m_server->serverPort();
        return true;
    }
    // Offline: nothing listens on the port any more, open connections are dropped.
    void close()
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
        m_buffers.clear();
        if (m_server)
            m_server->close();
        m_server.reset();  // and the sockets, its children
    }
    quint16 port() const { return m_port; }
    QUrl siteUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    int count(const QByteArray &method, const QString &route) const
    {
        int n = 0;
        for (const Request &request : requests)
            n += request.method == method && request.route == route ? 1 : 0;
        return n;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_sockets << socket;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_buffers[socket] += socket->readAll();
                serve(socket);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QObject::destroyed, m_server.get(),
                [this, socket] { m_buffers.remove(socket); });
        }
    }

    // Every complete request in the socket's buffer (keep-alive: several may come).
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            qint64 length = 0;
            QByteArray authorization;
            for (const QByteArray &raw : lines) {
                const QByteArray line = raw.trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
                else if (name == "authorization")
                    authorization = line.mid(colon + 1).trimmed();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            Request request;
            request.method = requestLine.value(0);
            request.authorization = authorization;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            const QUrl url(
                QStringLiteral("http://127.0.0.1") + QString::fromLatin1(requestLine.value(1)));
            request.query = QUrlQuery(url);
            request.route
                = request.query.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
            requests << request;
            answer(socket, request);
        }
    }

    static void write(QTcpSocket *socket, int status, const QJsonDocument &json,
        const QByteArray &extraHeaders = {})
    {
        static const QHash<int, QByteArray> reasons {{200, "OK"}, {201, "Created"},
            {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"}};
        const QByteArray body = json.toJson(QJsonDocument::Compact);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' '
            + reasons.value(status, "Status") + "\r\n"
            + "Content-Type: application/json; charset=UTF-8\r\n"
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n";
        socket->write(head + body);
    }

    static QJsonDocument error(const char *code, const char *message, int status)
    {
        return QJsonDocument(QJsonObject {{QStringLiteral("code"), QString::fromLatin1(code)},
            {QStringLiteral("message"), QString::fromLatin1(message)},
            {QStringLiteral("data"), QJsonObject {{QStringLiteral("status"), status}}}});
    }

    void later(QTcpSocket *socket, int delayMs, int status, const QJsonDocument &json)
    {
        if (delayMs <= 0) {
            write(socket, status, json);
            return;
        }
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(delayMs, m_server.get(), [guarded, status, json] {
            if (guarded)
                write(guarded, status, json);
        });
    }

    QJsonObject post(qint64 id, const QString &status) const
    {
        return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("status"), status},
            {QStringLiteral("link"),
                QString(siteUrl().toString() + QStringLiteral("/?p=%1").arg(id))},
            {QStringLiteral("date_gmt"), QStringLiteral("2026-01-15T13:56:49")},
            {QStringLiteral("modified_gmt"), QStringLiteral("2026-01-15T13:56:49")}};
    }

    void answer(QTcpSocket *socket, const Request &request)
    {
        const QString route = request.route;
        const bool get = request.method == "GET";
        if (route == u"/" && get) {
            write(socket, 200,
                QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("Cổng TTĐT")},
                    {QStringLiteral("url"), siteUrl().toString()},
                    {QStringLiteral("namespaces"), QJsonArray {QStringLiteral("wp/v2")}},
                    {QStringLiteral("timezone_string"), QStringLiteral("Asia/Ho_Chi_Minh")},
                    {QStringLiteral("gmt_offset"), 7},
                    {QStringLiteral("authentication"),
                        QJsonObject {{QStringLiteral("application-passwords"), QJsonObject {}}}}}));
            return;
        }
        if (route == u"/wp/v2/users/me" && get) {
            if (rejectPassword) {
                write(socket, 401,
                    error("rest_not_logged_in", "You are not currently logged in.", 401));
                return;
            }
            write(socket, 200,
                QJsonDocument(QJsonObject {{QStringLiteral("id"), 2},
                    {QStringLiteral("name"), QStringLiteral("Biên tập viên")},
                    {QStringLiteral("username"), QStringLiteral("editor")},
                    {QStringLiteral("roles"), QJsonArray {QStringLiteral("editor")}},
                    {QStringLiteral("capabilities"),
                        QJsonObject {{QStringLiteral("publish_posts"), true},
                            {QStringLiteral("upload_files"), true},
                            {QStringLiteral("edit_posts"), true}}}}));
            return;
        }
        if ((route == u"/wp/v2/categories" || route == u"/wp/v2/tags") && get) {
            QJsonArray terms;
            if (route == u"/wp/v2/categories")
                terms.append(QJsonObject {{QStringLiteral("id"), 3},
                    {QStringLiteral("name"), QStringLiteral("Thời sự")},
                    {QStringLiteral("slug"), QStringLiteral("thoi-su")},
                    {QStringLiteral("parent"), 0}});
            write(socket, 200, QJsonDocument(terms),
                "X-WP-Total: " + QByteArray::number(terms.size()) + "\r\nX-WP-TotalPages: 1\r\n");
            return;
        }
        if ((route == u"/wp/v2/posts" || route == u"/wp/v2/media") && get) {
            write(socket, 200, QJsonDocument(QJsonArray {}),
                "X-WP-Total: 0\r\nX-WP-TotalPages: 0\r\n");
            return;
        }
        if (route == u"/wp/v2/media" && request.method == "POST") {
            const qint64 id = 500 + ++photosUploaded;
            const QJsonDocument answer(QJsonObject {{QStringLiteral("id"), id},
                {QStringLiteral("source_url"),
                    QString(siteUrl().toString()
                        + QStringLiteral("/wp-content/uploads/photo-%1.png").arg(id))}});
            later(socket, uploadDelayMs, 201, answer);
            return;
        }
        if (route.startsWith(u"/wp/v2/posts") && request.method == "POST") {
            const bool creating = route == u"/wp/v2/posts";
            const QString status = QJsonDocument::fromJson(request.body)
                                       .object()
                                       .value(QStringLiteral("status"))
                                       .toString(QStringLiteral("pending"));
            if (creating && stallCreates)
                return;  // never answered
            if (creating && refuseCreates > 0) {
                --refuseCreates;
                write(socket, 403,
                    error("rest_cannot_publish",
                        "Sorry, you are not allowed to publish posts in this post type.", 403));
                return;
            }
            const qint64 id = creating ? 100 + ++postsCreated : route.section(u'/', 4).toLongLong();
            const QJsonDocument answer(post(id, status));
            const int code = creating ? 201 : 200;
            later(socket, creating ? createDelayMs : 0, code, answer);
            return;
        }
        write(socket, 404, error("rest_no_route", "No route was found.", 404));
    }

    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

}  // namespace newsdesk::test
