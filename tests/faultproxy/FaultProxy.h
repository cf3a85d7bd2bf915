#pragma once

// A fault-injecting loopback HTTP/1.1 proxy for integration tests. It sits between Qt's
// QNetworkAccessManager and a real server (WordPress under `php -S`) and, per request, forwards
// it or breaks the exchange in one of the ways a flaky network or host does (Fault::Kind).
//
// The client talks to the proxy as if it were the origin (origin-form "/path?query" request
// lines, not an HTTP proxy): point it at rewrite(url). Requests go upstream byte for byte,
// Host header included, so WordPress still builds URLs pointing at itself.
//
// Connections: each client connection gets its own upstream connection, and its requests go
// over it one at a time, in order. The proxy keeps the client connection alive even when the
// upstream does not (`php -S` answers every request with "Connection: close" and a body ended
// by the close): responses are passed on whole, once complete, re-framed with a Content-Length
// and without hop-by-hop headers, and the next request opens a new upstream connection. So Qt
// reuses its connections here as it does against a production server, which is what makes the
// re-sends below reproducible.
//
// What the client sees, observed with Qt 6.4.2 (faultproxy_test pins each of these down):
// - Qt re-sends a request ONCE, silently, on a new connection, when its connection is reset or
//   closed after the request was written and before any byte of the answer came back. Fresh or
//   reused connection, GET or POST, RST or FIN: all the same. Not "up to 3 times": one re-send
//   per request, and the allowance is per request (earlier faults do not use it up). The
//   re-send arrives here as a new request: new sequence number, new fault decision, a
//   different ProxiedRequest::connection.
// - So one queued reset never fails a reply. To make the client see an error, fault two
//   attempts in a row (faultNext twice, or a policy matching the target).
// - ResetAfterForward once: upstream receives the request TWICE and the client gets the second
//   answer as if nothing happened. A POST that creates something creates it twice.
// - ResetAfterForward twice: upstream receives it twice and the client gets
//   RemoteHostClosedError. A failed POST may thus have been applied 0, 1 or 2 times; only the
//   upstream receipt count (or the server's state) tells.
// - ResetBeforeForward once: upstream receives it once (the re-send), the client succeeds.
//   Twice: upstream receives nothing, RemoteHostClosedError.
// - Stall past QNetworkRequest::transferTimeout: OperationCanceledError, not re-sent.
//   (A stall shorter than the client's timeout ends in a close before any answer: re-sent.)
// - Truncate: RemoteHostClosedError with part of the body, not re-sent.
// - Status: the status (503 ServiceUnavailableError, ...) and Retry-After; Html: a 200 with
//   text/html; Huge: a 200 the client has to cut off itself. None of these are re-sent.
//
// Not production code: bodies are held in memory (except Huge's), no TLS, no pipelining
// guarantees beyond "in order", no Expect: 100-continue.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <optional>

namespace newsdesk::test {

struct Fault {
    enum class Kind {
        None,  // forward as is
        ResetBeforeForward,  // TCP RST to the client; upstream never sees the request
        ResetAfterForward,  // forward, wait for the whole answer, then RST the client instead
        Status,  // answer `code` (JSON body, Retry-After if given) without forwarding
        Stall,  // forward, then send nothing for `stallMs`, then close
        Truncate,  // forward, send the headers (real Content-Length) and half the body, close
        Html,  // forward, then answer 200 text/html "Maintenance" instead
        Huge,  // do not forward; answer 200 application/json with `hugeBytes` of garbage
    };

    Kind kind = Kind::None;
    int code = 0;  // Status
    std::optional<int> retryAfterSeconds;  // Status
    int stallMs = 0;  // Stall
    qint64 hugeBytes = 0;  // Huge

    static Fault none() { return {}; }
    static Fault resetBeforeForward() { return {Kind::ResetBeforeForward}; }
    static Fault resetAfterForward() { return {Kind::ResetAfterForward}; }
    static Fault status(int code, std::optional<int> retryAfterSeconds = {})
    {
        return {Kind::Status, code, retryAfterSeconds};
    }
    static Fault stall(int ms = 5'000) { return {Kind::Stall, 0, {}, ms}; }
    static Fault truncate() { return {Kind::Truncate}; }
    static Fault html() { return {Kind::Html}; }
    static Fault huge(qint64 bytes = 100 * 1024 * 1024) { return {Kind::Huge, 0, {}, 0, bytes}; }
    // A fault of `kind` with the defaults above (Status: 503 without Retry-After).
    static Fault of(Kind kind);

    friend bool operator==(const Fault &, const Fault &) = default;
};

struct ProxiedRequest {
    int sequence = 0;  // from 1, in the order requests are complete, over all connections
    int connection = 0;  // from 1, the client connection it came on (tells reuse apart)
    QByteArray method;
    QByteArray target;  // path and query, as on the request line
    QList<QPair<QByteArray, QByteArray>> headers;  // as received
    qint64 bodySize = 0;  // decoded size when the client sent it chunked
    Fault fault;  // the fault applied (in log())

    // The first header called `name` (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
};

class FaultProxy : public QObject {
    Q_OBJECT
public:
    using Policy = std::function<Fault(const ProxiedRequest &)>;

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1, on a free port, and forwards to upstreamHost:upstreamPort.
    bool listen(quint16 upstreamPort, QHostAddress upstreamHost = QHostAddress::LocalHost);
    quint16 port() const;
    // The same URL on the proxy (127.0.0.1:port()) when it points at the upstream's port;
    // other URLs unchanged.
    QUrl rewrite(const QUrl &upstreamUrl) const;

    // Which fault each request gets: the next queued one if any, else the policy's, else None.
    void setPolicy(Policy policy);
    void faultNext(const Fault &fault);
    // Each request faults with probability `fraction`, with one of `kinds` (Fault::of defaults).
    // The draw depends only on (seed, sequence), so a run is reproducible for a seed.
    void faultRandomly(double fraction, quint32 seed, QList<Fault::Kind> kinds);

    QList<ProxiedRequest> log() const { return m_log; }
    // Requests written upstream (whatever then happened to their answer).
    int forwardedCount() const { return m_forwarded; }
    // Forgets the log and the counters; sequence numbers start again from 1. Policy and queue
    // stay.
    void clear();

private:
    class Session;
    friend class Session;

    Fault decide(ProxiedRequest &request);

    QTcpServer m_server;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort = 0;
    Policy m_policy;
    QList<Fault> m_queue;
    QList<ProxiedRequest> m_log;
    int m_sequence = 0;
    int m_connections = 0;
    int m_forwarded = 0;
    // Parent of the sessions, deleted first in the destructor: they call back into the proxy.
    QObject *m_sessions = nullptr;
};

}  // namespace newsdesk::test
