#pragma once

// A loopback HTTP server for portal tests that need Qt's real network stack: it answers every
// request with the raw bytes it is given (so a test can send a cut-off or endless answer),
// optionally over TLS with a certificate the client will not trust.

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace newsdesk::test {

class LoopbackServer {
public:
    // `respond` writes the answer to the socket once the request headers are in.
    using Respond = std::function<void(QTcpSocket *)>;

    explicit LoopbackServer(Respond respond) : m_respond(std::move(respond)) { }

    bool listen() { return listenOn(m_plain); }
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        m_tls.setSslConfiguration(configuration);
        return listenOn(m_tls);
    }
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }

private:
    bool listenOn(QTcpServer &server)
    {
        m_server = &server;
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                auto *request = new QByteArray;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                    *request += socket->readAll();
                    if (request->contains("\r\n\r\n")) {
                        request->clear();
                        m_respond(socket);
                    }
                });
                QObject::connect(socket, &QObject::destroyed, [request] { delete request; });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return server.listen(QHostAddress::LocalHost);
    }

    Respond m_respond;
    QTcpServer m_plain;
    QSslServer m_tls;
    QTcpServer *m_server = nullptr;
};

}  // namespace newsdesk::test
