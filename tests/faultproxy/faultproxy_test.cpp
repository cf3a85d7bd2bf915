// The fault proxy between Qt's QNetworkAccessManager and a small in-process upstream: what a
// client sees for each fault, and how often the upstream receives the request (Qt re-sends
// some requests on its own; FaultProxy.h sums it up).

#include "FaultProxy.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

using namespace newsdesk::test;

namespace {

// Runs the event loop until `done` or the deadline. (QTRY_* would return silently from the
// test body on a timeout.)
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10'000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Lets the event loop run for `ms`, for things that must NOT happen.
void settle(int ms)
{
    waitUntil([] { return false; }, ms);
}

// A keep-alive HTTP/1.1 server answering JSON, counting what it receives. "/chunked" answers
// chunked, "/close" ends its body by closing, "/big" sends 100 KB.
class Upstream {
public:
    Upstream()
    {
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    serve(socket, *buffer);
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }

    int connections = 0;
    int received = 0;
    QList<QByteArray> bodies;
    QList<QByteArray> hosts;

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        while (true) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            qsizetype length = 0;
            QByteArray host;
            for (const QByteArray &line : lines) {
                const QByteArray lower = line.toLower();
                if (lower.startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
                if (lower.startsWith("host:"))
                    host = line.mid(5).trimmed();
            }
            if (buffer.size() < headEnd + 4 + length)
                return;
            const QByteArray path = lines.value(0).split(' ').value(1);
            bodies.append(buffer.mid(headEnd + 4, length));
            hosts.append(host);
            buffer.remove(0, headEnd + 4 + length);
            ++received;

            const QByteArray json
                = R"({"n":)" + QByteArray::number(received) + R"(,"path":")" + path + "\"}";
            if (path == "/chunked") {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n");
                for (const QByteArray &part : {json.left(5), json.mid(5)})
                    socket->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
                socket->write("0\r\n\r\n");
            } else if (path == "/close") {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\n\r\n"
                    + json);
                socket->disconnectFromHost();
                return;
            } else {
                const QByteArray body = path == "/big" ? QByteArray(100'000, 'b') : json;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            }
        }
    }

    QTcpServer m_server;
};

struct Result {
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
};

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

class FaultProxyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(upstream.listen());
        ASSERT_TRUE(proxy.listen(upstream.port()));
    }

    QNetworkRequest request(const char *path) const
    {
        const QUrl url(
            QStringLiteral("http://127.0.0.1:%1%2").arg(upstream.port()).arg(QLatin1String(path)));
        return QNetworkRequest(proxy.rewrite(url));
    }

    Result wait(QNetworkReply *reply)
    {
        Result result;
        result.finished = waitUntil([reply] { return reply->isFinished(); });
        EXPECT_TRUE(result.finished) << "no answer in time";
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())  // not after abort()
            result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return result;
    }

    Result get(const char *path) { return wait(client.get(request(path))); }
    Result post(const char *path, const QByteArray &body)
    {
        QNetworkRequest r = request(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        return wait(client.post(r, body));
    }

    QList<Fault::Kind> loggedKinds() const
    {
        QList<Fault::Kind> kinds;
        for (const ProxiedRequest &r : proxy.log())
            kinds.append(r.fault.kind);
        return kinds;
    }

    Upstream upstream;
    FaultProxy proxy;
    QNetworkAccessManager client;
};

using Kind = Fault::Kind;

TEST_F(FaultProxyTest, RewritesUpstreamUrlsOnly)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/wp-json/wp/v2/posts?page=2&per_page=5")
                       .arg(upstream.port()));
    const QUrl rewritten = proxy.rewrite(url);
    EXPECT_EQ(rewritten.port(), proxy.port());
    EXPECT_EQ(rewritten.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(rewritten.path(), url.path());
    EXPECT_EQ(rewritten.query(), url.query());
    const QUrl elsewhere(QStringLiteral("http://example.org/x"));
    EXPECT_EQ(proxy.rewrite(elsewhere), elsewhere);
}

TEST_F(FaultProxyTest, KeepsSeveralRequestsOnOneConnection)
{
    for (int i = 1; i <= 5; ++i) {
        const Result r = get("/wp-json/ping?i=1");
        EXPECT_EQ(r.error, QNetworkReply::NoError);
        EXPECT_EQ(r.body, R"({"n":)" + QByteArray::number(i) + R"(,"path":"/wp-json/ping?i=1"})");
    }
    ASSERT_EQ(proxy.log().size(), 5);
    for (const ProxiedRequest &r : proxy.log()) {
        EXPECT_EQ(r.connection, 1);
        EXPECT_EQ(r.method, "GET");
        EXPECT_EQ(r.target, "/wp-json/ping?i=1");
    }
    EXPECT_EQ(proxy.log().at(4).sequence, 5);
    EXPECT_EQ(proxy.forwardedCount(), 5);
    EXPECT_EQ(upstream.received, 5);
    EXPECT_EQ(upstream.connections, 1);

    proxy.clear();
    EXPECT_TRUE(proxy.log().isEmpty());
    EXPECT_EQ(proxy.forwardedCount(), 0);
}

TEST_F(FaultProxyTest, ReframesChunkedAndCloseDelimitedAnswersAndKeepsTheClientConnection)
{
    EXPECT_EQ(get("/chunked").body, R"({"n":1,"path":"/chunked"})");
    // `php -S` style: Connection: close, body ended by the close. The client connection stays.
    EXPECT_EQ(get("/close").body, R"({"n":2,"path":"/close"})");
    EXPECT_EQ(get("/after").body, R"({"n":3,"path":"/after"})");
    for (const ProxiedRequest &r : proxy.log())
        EXPECT_EQ(r.connection, 1);
    EXPECT_EQ(upstream.connections, 2);  // a new upstream connection after the close
}

TEST_F(FaultProxyTest, ForwardsPostBodyAndHostHeaderUnchanged)
{
    QByteArray body;
    for (int i = 0; i < 300'000; ++i)
        body.append(char(i * 7 % 256));
    QNetworkRequest r = request("/wp-json/wp/v2/media");
    const QByteArray host = "127.0.0.1:" + QByteArray::number(upstream.port());
    r.setRawHeader("Host", host);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    const Result result = wait(client.post(r, body));
    EXPECT_EQ(result.error, QNetworkReply::NoError);
    ASSERT_EQ(upstream.bodies.size(), 1);
    EXPECT_TRUE(upstream.bodies.at(0) == body);
    EXPECT_EQ(upstream.hosts.at(0), host);
    EXPECT_EQ(proxy.log().at(0).method, "POST");
    EXPECT_EQ(proxy.log().at(0).bodySize, body.size());
    EXPECT_EQ(proxy.log().at(0).header("host"), host);
}

TEST_F(FaultProxyTest, ParallelRequestsGetTheirOwnConnections)
{
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies.append(client.get(request("/parallel")));
    for (QNetworkReply *reply : replies)
        EXPECT_EQ(wait(reply).error, QNetworkReply::NoError);
    EXPECT_EQ(upstream.received, 6);
    EXPECT_GT(upstream.connections, 1);
    EXPECT_EQ(upstream.connections, proxy.log().constLast().connection);
}

TEST_F(FaultProxyTest, UpstreamDownGives502)
{
    FaultProxy nowhere;
    quint16 closedPort = 0;
    {
        QTcpServer server;
        ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
        closedPort = server.serverPort();
    }
    ASSERT_TRUE(nowhere.listen(closedPort));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort));
    const Result r = wait(client.get(QNetworkRequest(nowhere.rewrite(url))));
    EXPECT_EQ(r.status, 502);
}

TEST_F(FaultProxyTest, AcceptsAChunkedRequestBody)
{
    // Qt sends Content-Length; another client may not.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, proxy.port());
    socket.write("POST /chunked-in HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\n\r\n");
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { answer += socket.readAll(); });
    EXPECT_TRUE(waitUntil([&] { return answer.contains("\r\n\r\n"); }));
    ASSERT_EQ(proxy.log().size(), 1);
    EXPECT_EQ(proxy.log().at(0).bodySize, 7);
    EXPECT_EQ(proxy.forwardedCount(), 1);
}

TEST_F(FaultProxyTest, StatusFaultsAnswerWithoutForwarding)
{
    proxy.faultNext(Fault::status(503, 7));
    proxy.faultNext(Fault::status(429, 30));
    proxy.faultNext(Fault::status(500));

    Result r = get("/a");
    EXPECT_EQ(r.error, QNetworkReply::ServiceUnavailableError);
    EXPECT_EQ(r.status, 503);
    EXPECT_EQ(r.retryAfter, "7");
    EXPECT_EQ(r.body, R"({"code":"fault","message":"injected"})");
    EXPECT_TRUE(r.contentType.startsWith("application/json"));

    r = post("/b", "x");
    EXPECT_EQ(r.status, 429);
    EXPECT_EQ(r.retryAfter, "30");

    r = get("/c");
    EXPECT_EQ(r.status, 500);
    EXPECT_TRUE(r.retryAfter.isEmpty());

    EXPECT_EQ(get("/d").status, 200);
    EXPECT_EQ(loggedKinds(), (QList<Kind> {Kind::Status, Kind::Status, Kind::Status, Kind::None}));
    EXPECT_EQ(upstream.received, 1);
    for (const ProxiedRequest &r : proxy.log())
        EXPECT_EQ(r.connection, 1);  // faults with an answer keep the connection
}

TEST_F(FaultProxyTest, ResetIsATcpReset)
{
    // Not a clean end of stream (recv() == 0): the client's kernel sees ECONNRESET.
    proxy.faultNext(Fault::resetBeforeForward());
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(proxy.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    const QByteArray request = "GET /x HTTP/1.1\r\nHost: x\r\n\r\n";
    ASSERT_EQ(::send(fd, request.constData(), request.size(), 0), request.size());
    int error = 0;
    EXPECT_TRUE(waitUntil([&] {
        char byte;
        const ssize_t n = ::recv(fd, &byte, 1, MSG_DONTWAIT);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return false;
        error = n < 0 ? errno : 0;
        return true;
    }));
    ::close(fd);
    EXPECT_EQ(error, ECONNRESET);
    EXPECT_EQ(upstream.received, 0);
}

// Qt 6.4 re-sends a request once, on a new connection, when its connection goes away after the
// request was written and before any answer: fresh or reused connection, GET or POST, RST or
// FIN alike. The tests below pin that down; FaultProxy.h sums it up.

TEST_F(FaultProxyTest, ResetBeforeForwardOnEveryAttemptFailsWithoutReachingUpstream)
{
    proxy.setPolicy([](const ProxiedRequest &r) {
        return r.target == "/reset" ? Fault::resetBeforeForward() : Fault::none();
    });
    EXPECT_EQ(get("/warm").error, QNetworkReply::NoError);
    const Result r = post("/reset", "payload");
    EXPECT_EQ(r.error, QNetworkReply::RemoteHostClosedError);
    EXPECT_EQ(upstream.received, 1);  // only /warm
    // Two attempts: on the reused connection, then Qt's re-send on a new one.
    const QList<ProxiedRequest> log = proxy.log();
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log.at(1).connection, 1);
    EXPECT_EQ(log.at(2).connection, 2);
    EXPECT_EQ(log.at(2).target, "/reset");
}

TEST_F(FaultProxyTest, OneResetBeforeForwardIsHiddenByQtsResend)
{
    EXPECT_EQ(get("/warm").error, QNetworkReply::NoError);
    proxy.faultNext(Fault::resetBeforeForward());
    const Result r = post("/create", "payload");
    EXPECT_EQ(r.error, QNetworkReply::NoError);
    EXPECT_EQ(loggedKinds(), (QList<Kind> {Kind::None, Kind::ResetBeforeForward, Kind::None}));
    EXPECT_EQ(upstream.received, 2);  // /warm and the re-sent /create
}

TEST_F(FaultProxyTest, OneResetAfterForwardOnAReusedConnectionReachesUpstreamTwice)
{
    EXPECT_EQ(get("/warm").error, QNetworkReply::NoError);
    proxy.faultNext(Fault::resetAfterForward());
    const Result r = post("/create", "payload");
    // The server processed the POST, the client never heard; Qt re-sent it and got an answer.
    EXPECT_EQ(r.error, QNetworkReply::NoError);
    EXPECT_EQ(r.body, R"({"n":3,"path":"/create"})");
    EXPECT_EQ(upstream.received, 3);
    EXPECT_EQ(upstream.bodies.mid(1), (QList<QByteArray> {"payload", "payload"}));
    const QList<ProxiedRequest> log = proxy.log();
    ASSERT_EQ(log.size(), 3);
    EXPECT_EQ(log.at(1).connection, 1);
    EXPECT_EQ(log.at(2).connection, 2);
}

TEST_F(FaultProxyTest, OneResetAfterForwardOnAFreshConnectionReachesUpstreamTwice)
{
    proxy.faultNext(Fault::resetAfterForward());
    const Result r = post("/create", "payload");
    EXPECT_EQ(r.error, QNetworkReply::NoError);
    EXPECT_EQ(upstream.received, 2);
}

TEST_F(FaultProxyTest, EachRequestGetsOneResend)
{
    // The re-send budget is per request, not used up by earlier faults.
    for (int i = 0; i < 3; ++i) {
        proxy.faultNext(Fault::resetAfterForward());
        EXPECT_EQ(post("/create", "payload").error, QNetworkReply::NoError);
    }
    EXPECT_EQ(upstream.received, 6);
}

TEST_F(FaultProxyTest, TwoResetsAfterForwardFailAfterTwoReceipts)
{
    proxy.faultNext(Fault::resetAfterForward());
    proxy.faultNext(Fault::resetAfterForward());
    const Result r = post("/create", "payload");
    EXPECT_EQ(r.error, QNetworkReply::RemoteHostClosedError);
    EXPECT_EQ(upstream.received, 2);  // processed twice, and the client saw an error
    EXPECT_EQ(proxy.forwardedCount(), 2);
}

TEST_F(FaultProxyTest, StallOutlastsTheTransferTimeout)
{
    proxy.faultNext(Fault::stall(3'000));
    QNetworkRequest r = request("/slow");
    r.setTransferTimeout(300);
    QElapsedTimer elapsed;
    elapsed.start();
    const Result result = wait(client.get(r));
    EXPECT_EQ(result.error, QNetworkReply::OperationCanceledError);
    EXPECT_LT(elapsed.elapsed(), 2'000);
    EXPECT_EQ(upstream.received, 1);
    settle(200);
    EXPECT_EQ(proxy.log().size(), 1);  // no re-send after a timeout
    EXPECT_EQ(get("/next").error, QNetworkReply::NoError);
}

TEST_F(FaultProxyTest, StallShorterThanTheClientsPatienceIsResent)
{
    // Closed before any answer, like a reset: Qt re-sends, and the retry goes through.
    proxy.faultNext(Fault::stall(100));
    const Result r = get("/slow");
    EXPECT_EQ(r.error, QNetworkReply::NoError);
    EXPECT_EQ(loggedKinds(), (QList<Kind> {Kind::Stall, Kind::None}));
    EXPECT_EQ(upstream.received, 2);
}

TEST_F(FaultProxyTest, TruncateGivesAnErrorAndHalfTheBody)
{
    proxy.faultNext(Fault::truncate());
    const Result r = get("/big");
    EXPECT_EQ(r.error, QNetworkReply::RemoteHostClosedError);
    EXPECT_LT(r.body.size(), 100'000);
    EXPECT_EQ(upstream.received, 1);
    EXPECT_EQ(proxy.log().size(), 1);  // not re-sent: part of the answer had come
}

TEST_F(FaultProxyTest, HtmlReplacesTheAnswer)
{
    proxy.faultNext(Fault::html());
    const Result r = get("/wp-json/wp/v2/posts");
    EXPECT_EQ(r.error, QNetworkReply::NoError);
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.contentType.startsWith("text/html"));
    EXPECT_EQ(r.body, "<html><body>Maintenance</body></html>");
    EXPECT_EQ(upstream.received, 1);
    EXPECT_EQ(get("/after").body, R"({"n":2,"path":"/after"})");
}

TEST_F(FaultProxyTest, HugeIsStreamedAndTheClientCanGiveUp)
{
    proxy.faultNext(Fault::huge());
    const qint64 residentBefore = residentBytes();
    qint64 residentPeak = residentBefore;
    qint64 received = 0;
    QNetworkReply *reply = client.get(request("/huge"));
    QObject::connect(reply, &QNetworkReply::readyRead, [&] {
        received += reply->readAll().size();
        residentPeak = std::max(residentPeak, residentBytes());
        if (received > 4 * 1024 * 1024)
            reply->abort();  // the client's own cap
    });
    const Result r = wait(reply);
    EXPECT_EQ(r.error, QNetworkReply::OperationCanceledError);
    EXPECT_GT(received, 4 * 1024 * 1024);
    EXPECT_LT(received, 50 * 1024 * 1024);
    EXPECT_LT(residentPeak - residentBefore, 32 * 1024 * 1024) << "the proxy buffered the body";
    EXPECT_EQ(upstream.received, 0);
    EXPECT_EQ(proxy.log().size(), 1);
    EXPECT_EQ(get("/after").error, QNetworkReply::NoError);
}

TEST_F(FaultProxyTest, RandomFaultsAreReproducibleForASeed)
{
    const auto run = [this](quint32 seed) {
        FaultProxy random;
        EXPECT_TRUE(random.listen(upstream.port()));
        random.faultRandomly(0.5, seed, {Kind::Status, Kind::Html});
        for (int i = 0; i < 20; ++i) {
            const QUrl url(QStringLiteral("http://127.0.0.1:%1/r").arg(upstream.port()));
            wait(client.get(QNetworkRequest(random.rewrite(url))));
        }
        QList<Kind> kinds;
        for (const ProxiedRequest &r : random.log())
            kinds.append(r.fault.kind);
        return kinds;
    };
    const QList<Kind> first = run(42);
    EXPECT_EQ(first.size(), 20);
    EXPECT_EQ(run(42), first);
    EXPECT_NE(run(43), first);
    const qsizetype faulted = first.size() - first.count(Kind::None);
    EXPECT_GT(faulted, 2);
    EXPECT_LT(faulted, 18);
}

}  // namespace
