#include "FaultProxy.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#include <algorithm>

namespace newsdesk::test {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray headerValue(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// A request or status line with its headers; `size` counts the bytes up to the blank line.
struct Head {
    QByteArray startLine;
    Headers headers;
    qsizetype size = 0;
};

std::optional<Head> parseHead(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Head head;
    head.size = end + 4;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    head.startLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            head.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return head;
}

// The end of a chunked body starting at `from`, once complete, and its decoded content.
std::optional<qsizetype> chunkedEnd(const QByteArray &buffer, qsizetype from, QByteArray *decoded)
{
    decoded->clear();
    qsizetype pos = from;
    while (true) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return std::nullopt;
        const QByteArray sizeField = buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed();
        bool ok = false;
        const qsizetype size = sizeField.toLongLong(&ok, 16);
        if (!ok || size < 0)
            return std::nullopt;  // garbage: wait for the close, which ends it as incomplete
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers, if any, up to an empty line.
            while (true) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return std::nullopt;
                const bool empty = trailerEnd == pos;
                pos = trailerEnd + 2;
                if (empty)
                    return pos;
            }
        }
        if (buffer.size() < pos + size + 2)
            return std::nullopt;
        decoded->append(buffer.constData() + pos, size);
        pos += size + 2;
    }
}

QByteArray reasonPhrase(int code)
{
    switch (code) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Fault";
    }
}

QByteArray response(
    int code, const QByteArray &contentType, const QByteArray &body, const Headers &extra = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(code) + ' ' + reasonPhrase(code) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[key, value] : extra)
        out += key + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return out + body;
}

const QByteArray faultJson = R"({"code":"fault","message":"injected"})";

}  // namespace

QByteArray ProxiedRequest::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

Fault Fault::of(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return none();
    case Kind::ResetBeforeForward:
        return resetBeforeForward();
    case Kind::ResetAfterForward:
        return resetAfterForward();
    case Kind::Status:
        return status(503);
    case Kind::Stall:
        return stall();
    case Kind::Truncate:
        return truncate();
    case Kind::Html:
        return html();
    case Kind::Huge:
        return huge();
    }
    return none();
}

// One client connection: reads its requests one at a time, applies the fault decided for each
// and forwards it over this session's upstream connection (opened again when upstream closes).
class FaultProxy::Session : public QObject {
public:
    Session(FaultProxy *proxy, QTcpSocket *client, int number)
        : QObject(proxy->m_sessions), m_proxy(proxy), m_client(client), m_number(number)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this] {
            m_in += m_client->readAll();
            next();
        });
        connect(client, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        connect(client, &QTcpSocket::disconnected, this, [this] { finish(); });
        m_in = client->readAll();
        next();
    }

private:
    enum class State { Idle, Forwarding, Streaming, Closing, Done };

    // Takes the next complete request off the input, if we are free to handle one.
    void next()
    {
        while (m_state == State::Idle) {
            const std::optional<Head> head = parseHead(m_in);
            if (!head)
                return;
            const QList<QByteArray> parts = head->startLine.split(' ');
            const QByteArray contentLength = headerValue(head->headers, "Content-Length");
            qsizetype end = head->size;
            qint64 bodySize = 0;
            if (parts.size() != 3) {
                closeWith(response(400, "application/json", faultJson));
                return;
            }
            if (headerValue(head->headers, "Transfer-Encoding").toLower().contains("chunked")) {
                QByteArray body;
                const std::optional<qsizetype> bodyEnd = chunkedEnd(m_in, head->size, &body);
                if (!bodyEnd)
                    return;
                end = *bodyEnd;
                bodySize = body.size();
            } else if (!contentLength.isEmpty()) {
                bodySize = contentLength.toLongLong();
                if (m_in.size() < head->size + bodySize)
                    return;
                end += bodySize;
            }
            m_request = m_in.left(end);
            m_in.remove(0, end);
            m_method = parts.at(0);
            m_clientCloses = headerValue(head->headers, "Connection").toLower().contains("close");

            ProxiedRequest request {0, m_number, parts.at(0), parts.at(1), head->headers, bodySize};
            m_fault = m_proxy->decide(request);
            switch (m_fault.kind) {
            case Fault::Kind::ResetBeforeForward:
                reset();
                return;
            case Fault::Kind::Status: {
                Headers extra;
                if (m_fault.retryAfterSeconds)
                    extra.append({"Retry-After", QByteArray::number(*m_fault.retryAfterSeconds)});
                answer(response(m_fault.code, "application/json; charset=UTF-8", faultJson, extra));
                break;
            }
            case Fault::Kind::Huge:
                m_client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                "Content-Length: "
                    + QByteArray::number(m_fault.hugeBytes) + "\r\n\r\n");
                m_hugeLeft = m_fault.hugeBytes;
                m_state = State::Streaming;
                pump();
                return;
            default:
                forward();
                return;
            }
        }
    }

    void forward()
    {
        m_state = State::Forwarding;
        m_out.clear();
        if (!m_upstream) {
            m_upstream = new QTcpSocket(this);
            QTcpSocket *upstream = m_upstream;
            connect(upstream, &QTcpSocket::readyRead, this, [this, upstream] {
                if (upstream == m_upstream) {
                    m_out += upstream->readAll();
                    upstreamData(false);
                }
            });
            const auto gone = [this, upstream] {
                if (upstream != m_upstream)
                    return;
                if (upstream->isOpen())  // not after our own abort()
                    m_out += upstream->readAll();
                m_upstream = nullptr;
                upstream->deleteLater();
                upstreamData(true);
            };
            connect(upstream, &QTcpSocket::disconnected, this, gone);
            connect(upstream, &QTcpSocket::errorOccurred, this, gone);
            // Writing while connecting is fine: QTcpSocket sends it once connected.
            upstream->connectToHost(m_proxy->m_upstreamHost, m_proxy->m_upstreamPort);
        }
        m_upstream->write(m_request);
        ++m_proxy->m_forwarded;
    }

    // Upstream sent more (or went away): once the answer is complete, pass it on as the fault
    // says.
    void upstreamData(bool closed)
    {
        if (m_state != State::Forwarding)
            return;
        std::optional<Head> head = parseHead(m_out);
        // Interim answers (100 Continue) are not for the client: it did not ask.
        while (head && head->startLine.split(' ').value(1).startsWith('1')) {
            m_out.remove(0, head->size);
            head = parseHead(m_out);
        }
        if (!head) {
            if (closed)
                closeWith(response(502, "application/json", faultJson));
            return;
        }
        const int code = head->startLine.split(' ').value(1).toInt();
        const QByteArray contentLength = headerValue(head->headers, "Content-Length");
        QByteArray body;
        qsizetype end = head->size;
        bool upstreamCloses
            = closed || headerValue(head->headers, "Connection").toLower().contains("close");
        const bool noBody = m_method == "HEAD" || code == 204 || code == 304;
        if (noBody) {
            // Content-Length, if any, is that of the body a GET would get: keep it.
        } else if (headerValue(head->headers, "Transfer-Encoding").toLower().contains("chunked")) {
            const std::optional<qsizetype> bodyEnd = chunkedEnd(m_out, head->size, &body);
            if (!bodyEnd) {
                if (closed)
                    closeWith(response(502, "application/json", faultJson));
                return;
            }
            end = *bodyEnd;
        } else if (!contentLength.isEmpty()) {
            end += contentLength.toLongLong();
            if (m_out.size() < end) {
                if (closed)
                    closeWith(response(502, "application/json", faultJson));
                return;
            }
            body = m_out.mid(head->size, end - head->size);
        } else {
            // Ended by the close.
            if (!closed)
                return;
            body = m_out.mid(head->size);
            end = m_out.size();
        }
        m_out.remove(0, end);
        if (upstreamCloses && m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->deleteLater();
            m_upstream = nullptr;
        }
        respond(*head, body, noBody);
    }

    void respond(const Head &head, const QByteArray &body, bool noBody)
    {
        // The client's connection is ours, not upstream's: drop the hop-by-hop headers and frame
        // the body with its length.
        QByteArray headers = head.startLine + "\r\n";
        for (const auto &[key, value] : head.headers) {
            static const QByteArrayView hopByHop[]
                = {"Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length"};
            const auto is
                = [&](QByteArrayView h) { return key.compare(h, Qt::CaseInsensitive) == 0; };
            if (std::none_of(std::begin(hopByHop), std::end(hopByHop), is)
                || (noBody && is("Content-Length")))
                headers += key + ": " + value + "\r\n";
        }
        if (!noBody)
            headers += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        headers += "\r\n";

        switch (m_fault.kind) {
        case Fault::Kind::ResetAfterForward:
            reset();
            return;
        case Fault::Kind::Stall:
            m_state = State::Closing;
            QTimer::singleShot(m_fault.stallMs, this, [this] {
                if (m_state == State::Closing)
                    m_client->disconnectFromHost();
            });
            return;
        case Fault::Kind::Truncate:
            closeWith(headers + body.left(body.size() / 2));
            return;
        case Fault::Kind::Html:
            answer(
                response(200, "text/html; charset=UTF-8", "<html><body>Maintenance</body></html>"));
            break;
        default:
            answer(headers + body);
            break;
        }
        next();
    }

    // A whole answer: the connection stays open for the next request unless the client asked.
    void answer(const QByteArray &bytes)
    {
        m_client->write(bytes);
        m_state = State::Idle;
        if (m_clientCloses)
            closeWith({});
    }

    // Writes Huge's body a chunk at a time, only while the socket has little queued: memory
    // stays flat however big the answer and however slow the client. Each chunk is new bytes
    // (not one shared buffer), as a real body would be.
    void pump()
    {
        constexpr qint64 chunkSize = 64 * 1024;
        while (m_state == State::Streaming && m_client->bytesToWrite() < 4 * chunkSize) {
            if (m_hugeLeft == 0) {
                m_state = State::Idle;
                next();
                return;
            }
            QByteArray chunk(std::min(m_hugeLeft, chunkSize), Qt::Uninitialized);
            for (qsizetype i = 0; i < chunk.size(); ++i)
                chunk[i] = char('a' + (m_hugeLeft - i) % 26);
            m_client->write(chunk);
            m_hugeLeft -= chunk.size();
        }
    }

    void closeWith(const QByteArray &bytes)
    {
        m_state = State::Closing;
        m_client->write(bytes);
        m_client->disconnectFromHost();  // after the bytes are out; `disconnected` finishes
    }

    // A TCP RST rather than a FIN: with SO_LINGER 0, close() discards the connection.
    void reset()
    {
        const linger lingerOff {1, 0};
        ::setsockopt(
            int(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOff, sizeof lingerOff);
        m_client->abort();
        finish();
    }

    void finish()
    {
        if (m_state == State::Done)
            return;
        m_state = State::Done;
        if (m_upstream)
            m_upstream->abort();
        deleteLater();
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    int m_number;
    State m_state = State::Idle;
    QByteArray m_in;  // from the client, not yet handled
    QByteArray m_request;  // the request being handled, as received
    QByteArray m_method;
    bool m_clientCloses = false;
    Fault m_fault;
    QByteArray m_out;  // from upstream, not yet passed on
    qint64 m_hugeLeft = 0;
};

FaultProxy::FaultProxy(QObject *parent) : QObject(parent), m_sessions(new QObject(this))
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            new Session(this, socket, ++m_connections);
    });
}

FaultProxy::~FaultProxy()
{
    delete m_sessions;
}

bool FaultProxy::listen(quint16 upstreamPort, QHostAddress upstreamHost)
{
    m_upstreamPort = upstreamPort;
    m_upstreamHost = upstreamHost;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

QUrl FaultProxy::rewrite(const QUrl &upstreamUrl) const
{
    if (upstreamUrl.port(upstreamUrl.scheme() == QLatin1String("https") ? 443 : 80)
        != m_upstreamPort)
        return upstreamUrl;
    QUrl url = upstreamUrl;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FaultProxy::setPolicy(Policy policy)
{
    m_policy = std::move(policy);
}

void FaultProxy::faultNext(const Fault &fault)
{
    m_queue.append(fault);
}

void FaultProxy::faultRandomly(double fraction, quint32 seed, QList<Fault::Kind> kinds)
{
    setPolicy([fraction, seed, kinds](const ProxiedRequest &request) {
        const quint32 seeds[] = {seed, quint32(request.sequence)};
        QRandomGenerator random(seeds);
        if (kinds.isEmpty() || random.generateDouble() >= fraction)
            return Fault::none();
        return Fault::of(kinds.at(random.bounded(int(kinds.size()))));
    });
}

void FaultProxy::clear()
{
    m_log.clear();
    m_sequence = 0;
    m_forwarded = 0;
}

Fault FaultProxy::decide(ProxiedRequest &request)
{
    request.sequence = ++m_sequence;
    if (!m_queue.isEmpty())
        request.fault = m_queue.takeFirst();
    else if (m_policy)
        request.fault = m_policy(request);
    m_log.append(request);
    return request.fault;
}

}  // namespace newsdesk::test
