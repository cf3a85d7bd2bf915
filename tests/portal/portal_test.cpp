// core/portal: connecting a WordPress account, against a fake network manager.

#include "FakeNetwork.h"
#include "LoopbackServer.h"

#include "portal/PortalConnection.h"
#include "portal/SiteUrl.h"
#include "portal/WpErrors.h"
#include "portal/WpResponses.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace newsdesk;
using namespace newsdesk::test;

namespace {

const QString kPassword = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");

QJsonObject indexObject()
{
    QJsonObject authentication;
    authentication.insert(QStringLiteral("application-passwords"),
        QJsonObject {{QStringLiteral("endpoints"), QJsonObject()}});
    return QJsonObject {
        {QStringLiteral("name"), QStringLiteral("Báo &amp; Tin")},
        {QStringLiteral("url"), QStringLiteral("https://news.example")},
        {QStringLiteral("gmt_offset"), 7},
        {QStringLiteral("timezone_string"), QStringLiteral("Asia/Ho_Chi_Minh")},
        {QStringLiteral("namespaces"),
            QJsonArray {QStringLiteral("oembed/1.0"), QStringLiteral("wp/v2")}},
        {QStringLiteral("authentication"), authentication},
    };
}

QJsonObject capabilities(bool publish)
{
    QJsonObject caps {{QStringLiteral("edit_posts"), true}, {QStringLiteral("read"), true},
        {QStringLiteral("upload_files"), publish}, {QStringLiteral("switch_themes"), false}};
    if (publish)
        caps.insert(QStringLiteral("publish_posts"), true);
    return caps;
}

QJsonObject meObject(bool publish = true)
{
    return QJsonObject {
        {QStringLiteral("id"), 2},
        {QStringLiteral("username"), QStringLiteral("editor")},
        {QStringLiteral("name"), QStringLiteral("Nguyễn Văn A")},
        {QStringLiteral("slug"), QStringLiteral("editor")},
        {QStringLiteral("roles"),
            QJsonArray {publish ? QStringLiteral("editor") : QStringLiteral("contributor")}},
        {QStringLiteral("capabilities"), capabilities(publish)},
    };
}

FakeResponse json(const QJsonObject &object, int status = 200)
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

FakeResponse wpError(
    int status, const QString &code, const QString &message = QStringLiteral("Sorry."))
{
    return json(QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message},
                    {QStringLiteral("data"), QJsonObject {{QStringLiteral("status"), status}}}},
        status);
}

FakeResponse html(int status = 200)
{
    FakeResponse response;
    response.status = status;
    response.contentType = "text/html; charset=UTF-8";
    response.body = "<!DOCTYPE html><html><body>Hello</body></html>";
    return response;
}

// A site that answers the index and users/me; either can be replaced.
struct Site {
    std::function<FakeResponse()> index = [] { return json(indexObject()); };
    std::function<FakeResponse()> me = [] { return json(meObject()); };
    std::function<FakeResponse(const SeenRequest &)> other
        = [](const SeenRequest &) { return html(404); };

    FakeNetwork::Handler handler()
    {
        return [this](const SeenRequest &request) {
            if (request.route == QStringLiteral("/"))
                return index();
            if (request.route == QStringLiteral("/wp/v2/users/me"))
                return me();
            return other(request);
        };
    }
};

template<typename T>
std::optional<Result<T>> waitFor(PortalConnection &connection,
    void (PortalConnection::*signal)(const Result<T> &), int timeoutMs = 10'000)
{
    std::optional<Result<T>> result;
    const auto link
        = QObject::connect(&connection, signal, [&](const Result<T> &r) { result.emplace(r); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(link);
    return result;
}

Result<PortalIdentity> verify(PortalConnection &connection, const QString &url,
    const QString &user = QStringLiteral("editor"), const QString &password = kPassword)
{
    connection.verify(QUrl(url), user, password);
    std::optional<Result<PortalIdentity>> result = waitFor(connection, &PortalConnection::finished);
    if (!result)
        return makeError(ErrorCode::Internal, QStringLiteral("no answer in time"));
    return *result;
}

PortalErrorKind kindOf(const Result<PortalIdentity> &result)
{
    return result.ok() ? PortalErrorKind::None : WpErrors::kindOf(result.error());
}

class PortalTest : public ::testing::Test {
protected:
    Site site;
    FakeNetwork network {site.handler()};
    PortalConnection connection {&network};
};

}  // namespace

// --- The happy path --------------------------------------------------------------------------

TEST_F(PortalTest, EditorVerifiesAsApprover)
{
    FakeReply::ignoreSslErrorsCalls = 0;
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("news.example/wp-admin/"));
    ASSERT_TRUE(result.ok()) << result.error().detail.toStdString();
    const PortalIdentity &identity = result.value();
    EXPECT_EQ(identity.siteName, QStringLiteral("Báo & Tin"));
    EXPECT_EQ(identity.siteUrl, QUrl(QStringLiteral("https://news.example")));
    EXPECT_EQ(identity.restRoot, QUrl(QStringLiteral("https://news.example/?rest_route=/")));
    EXPECT_EQ(identity.userId, 2);
    EXPECT_EQ(identity.userName, QStringLiteral("editor"));
    EXPECT_EQ(identity.displayName, QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(identity.roles, QStringList {QStringLiteral("editor")});
    EXPECT_TRUE(identity.can(QStringLiteral("publish_posts")));
    EXPECT_TRUE(identity.can(QStringLiteral("upload_files")));
    EXPECT_FALSE(identity.capabilities.contains(QStringLiteral("switch_themes")));  // not kept
    EXPECT_EQ(identity.role, Role::Approver);
    EXPECT_EQ(identity.timeZoneId, QStringLiteral("Asia/Ho_Chi_Minh"));
    EXPECT_EQ(identity.utcOffsetSeconds, 7 * 3600);
    EXPECT_EQ(identity.timeZone().id(), QByteArray("Asia/Ho_Chi_Minh"));
    EXPECT_FALSE(identity.companionPlugin);
    ASSERT_TRUE(connection.identity().has_value());

    ASSERT_EQ(network.seen.size(), 2);
    // The index is asked anonymously, through ?rest_route= (works with plain permalinks).
    EXPECT_EQ(network.seen[0].url.toString(), QStringLiteral("https://news.example/?rest_route=/"));
    EXPECT_FALSE(network.seen[0].hasAuthorization);
    EXPECT_EQ(network.seen[1].url.toString(),
        QStringLiteral("https://news.example/?rest_route=/wp/v2/users/me&context=edit"));
    EXPECT_EQ(network.seen[1].authorization,
        "Basic " + (QStringLiteral("editor:") + kPassword).toUtf8().toBase64());
    for (const SeenRequest &request : network.seen)
        EXPECT_EQ(request.transferTimeout, 30'000);
    EXPECT_EQ(FakeReply::ignoreSslErrorsCalls, 0);
}

TEST_F(PortalTest, ContributorVerifiesAsWriter)
{
    site.me = [] { return json(meObject(false)); };
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://news.example"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->role, Role::Writer);
    EXPECT_FALSE(result->can(QStringLiteral("publish_posts")));
    EXPECT_EQ(result->roles, QStringList {QStringLiteral("contributor")});
}

TEST_F(PortalTest, OffsetOnlyTimeZoneAndCompanionPlugin)
{
    site.index = [] {
        QJsonObject index = indexObject();
        index.insert(QStringLiteral("timezone_string"), QString());
        index.insert(QStringLiteral("gmt_offset"), QStringLiteral("5.5"));
        index.insert(QStringLiteral("namespaces"),
            QJsonArray {QStringLiteral("wp/v2"), QStringLiteral("newsdesk/v1")});
        return json(index);
    };
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://news.example/"));
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->timeZoneId.isEmpty());
    EXPECT_EQ(result->utcOffsetSeconds, 5 * 3600 + 1800);
    EXPECT_EQ(result->timeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 5 * 3600 + 1800);
    EXPECT_TRUE(result->companionPlugin);
}

TEST_F(PortalTest, SiteInASubfolderKeepsItsPath)
{
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://Example.COM:443/news/wp-json/"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(
        network.seen[0].url.toString(), QStringLiteral("https://example.com/news/?rest_route=/"));
    EXPECT_EQ(result->siteUrl.toString(), QStringLiteral("https://example.com/news"));
}

TEST_F(PortalTest, DeeperAddressTakesTheSitesOwnAddress)
{
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://news.example/2024/05/some-story"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->siteUrl, QUrl(QStringLiteral("https://news.example")));
    EXPECT_EQ(result->restRoot, QUrl(QStringLiteral("https://news.example/?rest_route=/")));
    EXPECT_EQ(network.seen[1].url.path(), QStringLiteral("/"));
}

TEST_F(PortalTest, ResultsAreDeliveredLaterAndANewVerifyCancelsTheOld)
{
    int count = 0;
    QObject::connect(
        &connection, &PortalConnection::finished, [&](const Result<PortalIdentity> &) { ++count; });
    connection.verify(QUrl(QStringLiteral("ftp://x")), QStringLiteral("a"), QStringLiteral("b"));
    EXPECT_EQ(count, 0);  // never from inside verify()
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://news.example"));
    EXPECT_TRUE(result.ok());
    QCoreApplication::processEvents();
    EXPECT_EQ(count, 1);  // the cancelled one reported nothing
}

// --- Address and policy ----------------------------------------------------------------------

TEST(SiteUrlTest, Normalises)
{
    EXPECT_EQ(SiteUrl::normalise(QUrl(QStringLiteral("example.com")))->toString(),
        QStringLiteral("https://example.com"));
    EXPECT_EQ(
        SiteUrl::normalise(QUrl(QStringLiteral("HTTPS://u:p@Example.com/a/b/?x=1#f")))->toString(),
        QStringLiteral("https://example.com/a/b"));
    EXPECT_EQ(
        SiteUrl::normalise(QUrl(QStringLiteral("http://127.0.0.1:8080/wp-login.php")))->toString(),
        QStringLiteral("http://127.0.0.1:8080"));
    for (const char *bad : {"ftp://example.com", "", "https://", "mailto:a@b.c"}) {
        const Result<QUrl> url = SiteUrl::normalise(QUrl(QString::fromLatin1(bad)));
        ASSERT_FALSE(url.ok()) << bad;
        EXPECT_EQ(WpErrors::kindOf(url.error()), PortalErrorKind::InvalidUrl) << bad;
    }
    EXPECT_TRUE(SiteUrl::isLoopbackHost(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(SiteUrl::isLoopbackHost(QStringLiteral("127.4.5.6")));
    EXPECT_TRUE(SiteUrl::isLoopbackHost(QStringLiteral("::1")));
    EXPECT_TRUE(SiteUrl::isLoopbackHost(QStringLiteral("LOCALHOST")));
    EXPECT_FALSE(SiteUrl::isLoopbackHost(QStringLiteral("10.0.0.1")));
    EXPECT_FALSE(SiteUrl::isLoopbackHost(QStringLiteral("localhost.example.com")));
}

TEST_F(PortalTest, InvalidAddressAndMissingCredentials)
{
    EXPECT_EQ(
        kindOf(verify(connection, QStringLiteral("gopher://x"))), PortalErrorKind::InvalidUrl);
    EXPECT_EQ(kindOf(verify(connection, QStringLiteral("https://news.example"),
                  QStringLiteral("editor"), QString())),
        PortalErrorKind::MissingCredentials);
    EXPECT_TRUE(network.seen.isEmpty());
}

TEST_F(PortalTest, PlainHttpIsRefusedUnlessLoopbackOrAllowed)
{
    const Result<PortalIdentity> refused
        = verify(connection, QStringLiteral("http://news.example"));
    EXPECT_EQ(kindOf(refused), PortalErrorKind::PlainHttpRefused);
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_TRUE(network.seen.isEmpty());  // nothing was sent

    EXPECT_TRUE(verify(connection, QStringLiteral("http://127.0.0.1:8080")).ok());
    EXPECT_TRUE(verify(connection, QStringLiteral("http://localhost")).ok());

    connection.allowPlainHttp(QStringLiteral("News.Example"));
    EXPECT_TRUE(verify(connection, QStringLiteral("http://news.example")).ok());
    // The allowance is per host.
    EXPECT_EQ(kindOf(verify(connection, QStringLiteral("http://other.example"))),
        PortalErrorKind::PlainHttpRefused);
}

TEST_F(PortalTest, RedirectToPlainHttpElsewhereIsRefused)
{
    site.index = [] {
        FakeResponse response = json(indexObject());
        response.finalUrl = QUrl(QStringLiteral("http://evil.example/?rest_route=/"));
        return response;
    };
    EXPECT_EQ(kindOf(verify(connection, QStringLiteral("https://news.example"))),
        PortalErrorKind::PlainHttpRefused);
    EXPECT_EQ(network.seen.size(), 1);  // no credentials were sent
}

TEST_F(PortalTest, RedirectToHttpsIsUsedForTheRest)
{
    site.index = [] {
        FakeResponse response = json(indexObject());
        response.finalUrl = QUrl(QStringLiteral("https://127.0.0.1:8443/?rest_route=/"));
        return response;
    };
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("http://127.0.0.1:8080"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->siteUrl, QUrl(QStringLiteral("https://127.0.0.1:8443")));
    EXPECT_EQ(network.seen[1].url.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(network.seen[1].url.port(), 8443);
}

// --- Not WordPress, REST off, Application Passwords off -------------------------------------

TEST_F(PortalTest, HtmlWith200IsNotWordPress)
{
    site.index = [] { return html(200); };
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://news.example"));
    EXPECT_EQ(kindOf(result), PortalErrorKind::NotWordPress);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("news.example")));
    EXPECT_EQ(network.seen.size(), 1);
}

TEST_F(PortalTest, JsonThatIsNotAWordPressIndexIsNotWordPress)
{
    const QList<FakeResponse> answers = {
        json(QJsonObject {{QStringLiteral("hello"), 1}}),
        json(QJsonObject {
            {QStringLiteral("namespaces"), QJsonArray {QStringLiteral("oembed/1.0")}}}),
        json(QJsonObject {{QStringLiteral("namespaces"), QStringLiteral("wp/v2")}}),
        [] {
            FakeResponse r = json({});
            r.body = "[1,2,3]";
            return r;
        }(),
        [] {
            FakeResponse r = json({});
            r.body = "{\"namespaces\":[\"wp/v2\"],";
            return r;
        }(),  // truncated
        [] {
            FakeResponse r = json(indexObject());
            r.contentType = "text/html";
            return r;
        }(),
        [] {
            FakeResponse r = json({});
            r.body = QByteArray();
            return r;
        }(),
        html(404),
    };
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const FakeResponse answer = answers[i];
        site.index = [answer] { return answer; };
        EXPECT_EQ(kindOf(verify(connection, QStringLiteral("https://news.example"))),
            PortalErrorKind::NotWordPress)
            << "answer " << i;
    }
}

TEST_F(PortalTest, RestApiDisabled)
{
    const QList<FakeResponse> answers = {
        wpError(401, QStringLiteral("rest_login_required")),
        wpError(403, QStringLiteral("rest_cannot_access")),
        wpError(404, QStringLiteral("rest_disabled")),
        html(403),
    };
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const FakeResponse answer = answers[i];
        site.index = [answer] { return answer; };
        EXPECT_EQ(kindOf(verify(connection, QStringLiteral("https://news.example"))),
            PortalErrorKind::RestDisabled)
            << "answer " << i;
    }
}

TEST_F(PortalTest, ApplicationPasswordsUnavailable)
{
    site.index = [] {
        QJsonObject index = indexObject();
        index.insert(QStringLiteral("authentication"), QJsonArray());  // PHP's empty array
        return json(index);
    };
    EXPECT_EQ(kindOf(verify(connection, QStringLiteral("https://news.example"))),
        PortalErrorKind::AppPasswordsUnavailable);
    EXPECT_EQ(network.seen.size(), 1);  // the password was never sent

    site.index = [] { return json(indexObject()); };
    site.me = [] { return wpError(401, QStringLiteral("application_passwords_disabled")); };
    EXPECT_EQ(kindOf(verify(connection, QStringLiteral("https://news.example"))),
        PortalErrorKind::AppPasswordsUnavailable);
}

// --- Wrong password, server errors, odd answers ----------------------------------------------

TEST_F(PortalTest, WrongPassword)
{
    for (const QString &code : {QStringLiteral("rest_not_logged_in"),
             QStringLiteral("incorrect_password"), QStringLiteral("invalid_username")}) {
        site.me = [code] { return wpError(401, code); };
        const Result<PortalIdentity> result
            = verify(connection, QStringLiteral("https://news.example"));
        EXPECT_EQ(kindOf(result), PortalErrorKind::WrongPassword) << code.toStdString();
        EXPECT_FALSE(connection.identity().has_value());
    }
}

TEST_F(PortalTest, ServerErrorsCarryTheServerMessage)
{
    site.me = [] {
        return wpError(500, QStringLiteral("db_error"), QStringLiteral("Database &amp; stuff"));
    };
    Result<PortalIdentity> result = verify(connection, QStringLiteral("https://news.example"));
    EXPECT_EQ(kindOf(result), PortalErrorKind::ServerError);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("Database & stuff")));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("500")));

    site.index = [] { return html(502); };
    EXPECT_EQ(kindOf(verify(connection, QStringLiteral("https://news.example"))),
        PortalErrorKind::ServerError);
}

TEST_F(PortalTest, UnexpectedUserAnswers)
{
    const auto with = [](const QString &field, const QJsonValue &value) {
        QJsonObject me = meObject();
        if (value.isUndefined())
            me.remove(field);
        else
            me.insert(field, value);
        return json(me);
    };
    const QList<FakeResponse> answers = {
        html(200),
        [] {
            FakeResponse r = json(meObject());
            r.body.chop(10);
            return r;
        }(),  // truncated
        [] {
            FakeResponse r = json({});
            r.body = "null";
            return r;
        }(),
        with(QStringLiteral("id"), QStringLiteral("2")),
        with(QStringLiteral("id"), 2.5),
        with(QStringLiteral("id"), QJsonValue::Undefined),
        with(QStringLiteral("roles"), QStringLiteral("editor")),
        with(QStringLiteral("roles"), QJsonArray {1}),
        with(QStringLiteral("capabilities"), QJsonArray()),
        with(QStringLiteral("name"), 7),
    };
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const FakeResponse answer = answers[i];
        site.me = [answer] { return answer; };
        EXPECT_EQ(kindOf(verify(connection, QStringLiteral("https://news.example"))),
            PortalErrorKind::UnexpectedResponse)
            << "answer " << i;
    }
}

TEST(WpResponsesTest, IncompleteSuccessIsUnexpected)
{
    // A 200 whose transfer broke off: transportFailure() sees status 200 with an error.
    HttpOutcome outcome;
    outcome.status = 200;
    outcome.error = QNetworkReply::RemoteHostClosedError;
    outcome.errorText = QStringLiteral("closed");
    const std::optional<Error> failure
        = WpResponses::transportFailure(outcome, QStringLiteral("h"), 30'000);
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(WpErrors::kindOf(*failure), PortalErrorKind::UnexpectedResponse);
}

// --- Transport: TLS, refused, timeout, size ---------------------------------------------------

TEST_F(PortalTest, CertificateProblemsFailAndAreNeverIgnored)
{
    FakeReply::ignoreSslErrorsCalls = 0;
    site.index = [] {
        FakeResponse r;
        r.sslErrors = {QSslError(QSslError::SelfSignedCertificate)};
        return r;
    };
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://news.example"));
    EXPECT_EQ(kindOf(result), PortalErrorKind::TlsError);
    EXPECT_TRUE(
        result.error().message.contains(QSslError(QSslError::SelfSignedCertificate).errorString()))
        << result.error().message.toStdString();
    EXPECT_EQ(FakeReply::ignoreSslErrorsCalls, 0);
    EXPECT_EQ(network.seen.size(), 1);
}

TEST_F(PortalTest, UnreachableHost)
{
    site.index = [] {
        FakeResponse r;
        r.networkError = QNetworkReply::ConnectionRefusedError;
        return r;
    };
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://news.example"));
    EXPECT_EQ(kindOf(result), PortalErrorKind::Unreachable);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("Connection refused")));
}

TEST_F(PortalTest, StalledAnswerTimesOut)
{
    connection.setLimits({200, 8 * 1024 * 1024});
    site.me = [] {
        FakeResponse r;
        r.stall = true;
        return r;
    };
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://news.example"));
    EXPECT_EQ(kindOf(result), PortalErrorKind::Timeout);
    EXPECT_EQ(network.seen[1].transferTimeout, 200);
}

TEST_F(PortalTest, HugeAnswersAreCutOff)
{
    const QByteArray huge
        = "{\"namespaces\":[\"wp/v2\"],\"x\":\"" + QByteArray(9 * 1024 * 1024, 'a') + "\"}";
    // Announced as huge: aborted before a byte is read.
    FakeReply::chunksSent = 0;
    site.index = [huge] {
        FakeResponse r = json({});
        r.body = huge;
        return r;
    };
    EXPECT_EQ(kindOf(verify(connection, QStringLiteral("https://news.example"))),
        PortalErrorKind::ResponseTooLarge);
    EXPECT_EQ(FakeReply::chunksSent, 0);
    // A Content-Length that lies (or chunked transfer): aborted once 8 MB are read.
    FakeReply::chunksSent = 0;
    site.index = [huge] {
        FakeResponse r = json({});
        r.body = huge;
        r.announcedLength = 100;
        r.chunkSize = 1024 * 1024;
        return r;
    };
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://news.example"));
    EXPECT_EQ(kindOf(result), PortalErrorKind::ResponseTooLarge);
    EXPECT_LE(FakeReply::chunksSent, 9);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("8")));
}

// A real QNetworkAccessManager against a loopback server that accepts and never answers.
TEST(PortalTimeoutTest, RealNetworkManagerTimesOut)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> sockets;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            sockets.append(socket);  // read nothing, answer nothing
    });
    QNetworkAccessManager network;
    PortalConnection connection(&network);
    connection.setLimits({400, 8 * 1024 * 1024});
    QElapsedTimer timer;
    timer.start();
    const Result<PortalIdentity> result = verify(
        connection, QStringLiteral("http://127.0.0.1:") + QString::number(server.serverPort()));
    EXPECT_EQ(kindOf(result), PortalErrorKind::Timeout) << result.error().detail.toStdString();
    EXPECT_LT(timer.elapsed(), 5000);
}

// Real TLS on loopback with a self-signed certificate: the handshake fails and says why.
TEST(PortalRealNetworkTest, UntrustedCertificateFails)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-days"), QStringLiteral("1"),
            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
            QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0 || !QSslSocket::supportsSsl())
        GTEST_SKIP() << "needs the openssl program and Qt's TLS backend";
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    ASSERT_TRUE(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    ASSERT_FALSE(certificate.isNull());
    ASSERT_FALSE(key.isNull());

    int answered = 0;
    LoopbackServer server([&](QTcpSocket *socket) {
        ++answered;
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    });
    ASSERT_TRUE(server.listenTls(certificate, key));
    QNetworkAccessManager network;
    PortalConnection connection(&network);
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("https://127.0.0.1:") + QString::number(server.port()));
    ASSERT_EQ(kindOf(result), PortalErrorKind::TlsError) << result.error().detail.toStdString();
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("127.0.0.1")))
        << result.error().message.toStdString();
    EXPECT_EQ(answered, 0);  // no request went over the untrusted connection
}

// A 200 that breaks off before its Content-Length is not read as a (short) index.
TEST(PortalRealNetworkTest, CutOffAnswerIsUnexpected)
{
    LoopbackServer server([](QTcpSocket *socket) {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
            "{\"namespaces\":[\"wp/v2\"],\"authentication\":{\"application-passwords\":{}}}");
        socket->flush();
        socket->disconnectFromHost();
    });
    ASSERT_TRUE(server.listen());
    QNetworkAccessManager network;
    PortalConnection connection(&network);
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("http://127.0.0.1:") + QString::number(server.port()));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(kindOf(result), PortalErrorKind::UnexpectedResponse)
        << result.error().detail.toStdString();
}

// An endless chunked answer is cut off at the cap, not buffered.
TEST(PortalRealNetworkTest, HugeChunkedAnswerIsCutOff)
{
    LoopbackServer server([](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n");
        const QByteArray chunk(256 * 1024, 'a');
        for (int i = 0; i < 12 * 4; ++i)  // 12 MB
            socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        socket->write("0\r\n\r\n");
    });
    ASSERT_TRUE(server.listen());
    QNetworkAccessManager network;
    PortalConnection connection(&network);
    const Result<PortalIdentity> result
        = verify(connection, QStringLiteral("http://127.0.0.1:") + QString::number(server.port()));
    EXPECT_EQ(kindOf(result), PortalErrorKind::ResponseTooLarge)
        << result.error().detail.toStdString();
}

// --- Terms ------------------------------------------------------------------------------------

TEST_F(PortalTest, FetchTermsFollowsPages)
{
    site.other = [](const SeenRequest &request) {
        const QUrlQuery query(request.url);
        const int page = query.queryItemValue(QStringLiteral("page")).toInt();
        QJsonArray terms;
        int pages = 1;
        if (request.route == QStringLiteral("/wp/v2/categories")) {
            pages = 2;
            for (int i = 0; i < (page == 1 ? 100 : 3); ++i) {
                const int id = (page - 1) * 100 + i + 1;
                terms.append(QJsonObject {{QStringLiteral("id"), id},
                    {QStringLiteral("name"),
                        id == 1 ? QStringLiteral("Thời sự &amp; Xã hội")
                                : QStringLiteral("C%1").arg(id)},
                    {QStringLiteral("slug"), QStringLiteral("c%1").arg(id)},
                    {QStringLiteral("parent"), id == 2 ? 1 : 0}});
            }
        } else if (request.route == QStringLiteral("/wp/v2/tags")) {
            terms.append(QJsonObject {{QStringLiteral("id"), 50},
                {QStringLiteral("name"), QStringLiteral("Hà Nội")},
                {QStringLiteral("slug"), QStringLiteral("ha-noi")}});
        } else {
            return html(404);
        }
        FakeResponse r;
        r.body = QJsonDocument(terms).toJson(QJsonDocument::Compact);
        r.headers = {{"X-WP-TotalPages", QByteArray::number(pages)}};
        return r;
    };
    connection.fetchTerms();
    std::optional<Result<PortalTerms>> early = waitFor(connection, &PortalConnection::termsFetched);
    ASSERT_TRUE(early.has_value());
    EXPECT_EQ(WpErrors::kindOf(early->error()), PortalErrorKind::NotConnected);

    ASSERT_TRUE(verify(connection, QStringLiteral("https://news.example")).ok());
    connection.fetchTerms();
    std::optional<Result<PortalTerms>> result
        = waitFor(connection, &PortalConnection::termsFetched);
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->ok()) << result->error().detail.toStdString();
    const PortalTerms &terms = result->value();
    ASSERT_EQ(terms.categories.size(), 103);
    EXPECT_EQ(terms.categories[0].name, QStringLiteral("Thời sự & Xã hội"));
    EXPECT_EQ(terms.categories[1].parent, 1);
    ASSERT_EQ(terms.tags.size(), 1);
    EXPECT_EQ(terms.tags[0].name, QStringLiteral("Hà Nội"));
    EXPECT_EQ(terms.tags[0].parent, 0);
    // Two category pages and one tag page, all with credentials and per_page=100.
    ASSERT_EQ(network.seen.size(), 5);
    for (qsizetype i = 2; i < network.seen.size(); ++i) {
        EXPECT_TRUE(network.seen[i].hasAuthorization);
        EXPECT_EQ(QUrlQuery(network.seen[i].url).queryItemValue(QStringLiteral("per_page")),
            QStringLiteral("100"));
    }
    EXPECT_EQ(
        QUrlQuery(network.seen[3].url).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
}

TEST_F(PortalTest, FetchTermsRejectsOddAnswers)
{
    ASSERT_TRUE(verify(connection, QStringLiteral("https://news.example")).ok());
    const QList<QByteArray> bodies = {"{\"a\":1}", "[{\"id\":\"1\",\"name\":\"x\",\"slug\":\"x\"}]",
        "[{\"id\":1,\"name\":null,\"slug\":\"x\"}]", "[1]", "<html>"};
    for (const QByteArray &body : bodies) {
        site.other = [body](const SeenRequest &) {
            FakeResponse r;
            r.body = body;
            return r;
        };
        connection.fetchTerms();
        std::optional<Result<PortalTerms>> result
            = waitFor(connection, &PortalConnection::termsFetched);
        ASSERT_TRUE(result.has_value());
        ASSERT_FALSE(result->ok()) << body.constData();
        EXPECT_EQ(WpErrors::kindOf(result->error()), PortalErrorKind::UnexpectedResponse)
            << body.constData();
    }
    site.other
        = [](const SeenRequest &) { return wpError(401, QStringLiteral("rest_not_logged_in")); };
    connection.fetchTerms();
    std::optional<Result<PortalTerms>> result
        = waitFor(connection, &PortalConnection::termsFetched);
    ASSERT_TRUE(result.has_value() && !result->ok());
    EXPECT_EQ(WpErrors::kindOf(result->error()), PortalErrorKind::WrongPassword);
}

// --- Logs and messages ------------------------------------------------------------------------

namespace {
QMutex logMutex;
QStringList logLines;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines.append(message);
}
}  // namespace

TEST_F(PortalTest, ThePasswordNeverReachesTheLog)
{
    QLoggingCategory::setFilterRules(QStringLiteral("newsdesk.*.debug=true"));
    logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    EXPECT_TRUE(verify(connection, QStringLiteral("https://news.example")).ok());
    site.me = [] { return wpError(401, QStringLiteral("rest_not_logged_in")); };
    EXPECT_FALSE(verify(connection, QStringLiteral("https://news.example")).ok());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString all = logLines.join(QLatin1Char('\n'));
    EXPECT_FALSE(logLines.isEmpty());
    EXPECT_FALSE(all.contains(kPassword));
    EXPECT_FALSE(all.contains(
        QString::fromLatin1((QStringLiteral("editor:") + kPassword).toUtf8().toBase64())));
    EXPECT_FALSE(all.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive));
}

TEST(WpErrorsTest, EveryKindHasAMessageAndRoundTrips)
{
    for (int k = int(PortalErrorKind::InvalidUrl); k <= int(PortalErrorKind::NotConnected); ++k) {
        const auto kind = PortalErrorKind(k);
        const Error error = WpErrors::make(
            kind, QStringLiteral("news.example"), QStringLiteral("d"), QStringLiteral("arg"), 500);
        EXPECT_FALSE(error.message.isEmpty()) << k;
        EXPECT_FALSE(error.message.contains(QStringLiteral("%1"))) << k;
        EXPECT_EQ(WpErrors::kindOf(error), kind) << k;
    }
    EXPECT_EQ(WpErrors::kindOf(
                  makeError(ErrorCode::IoError, QStringLiteral("x"), QStringLiteral("disk"))),
        PortalErrorKind::None);
}
