// core/portal against the real WordPress of the ctest fixture `wordpress`
// (tests/integration, docs/INTEGRATION.md): connecting accounts of each role, the failures a
// real site gives, the site's time zone and its categories.

#include "WordPressEnv.h"
#include "portal/PortalConnection.h"
#include "portal/WpErrors.h"
#include "portal/WpResponses.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <optional>

using namespace newsdesk;

namespace {

using newsdesk::test::readEnv;

template<typename T>
std::optional<Result<T>> waitFor(
    PortalConnection &connection, void (PortalConnection::*signal)(const Result<T> &))
{
    std::optional<Result<T>> result;
    const auto link
        = QObject::connect(&connection, signal, [&](const Result<T> &r) { result.emplace(r); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(link);
    return result;
}

class PortalIntegrationTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        env = readEnv();
        ASSERT_TRUE(env.contains(QStringLiteral("WP_URL")))
            << "no WordPress env file: run through ctest (fixture `wordpress`) or set "
               "NEWSDESK_WORDPRESS_ENV";
    }

    Result<PortalIdentity> verifyAs(
        const QString &role, const QString &password = {}, const QString &url = {})
    {
        connection.verify(QUrl(url.isEmpty() ? env.value(QStringLiteral("WP_URL")) : url),
            env.value(QStringLiteral("WP_%1_USER").arg(role)),
            password.isEmpty() ? env.value(QStringLiteral("WP_%1_APP_PASSWORD").arg(role))
                               : password);
        std::optional<Result<PortalIdentity>> result
            = waitFor(connection, &PortalConnection::finished);
        if (!result)
            return makeError(ErrorCode::Internal, QStringLiteral("no answer in time"));
        return *result;
    }

    QHash<QString, QString> env;
    QNetworkAccessManager network;
    PortalConnection connection {&network};
};

}  // namespace

TEST_F(PortalIntegrationTest, EditorIsAnApprover)
{
    const Result<PortalIdentity> result = verifyAs(QStringLiteral("EDITOR"));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString() << " / "
                             << result.error().detail.toStdString();
    EXPECT_EQ(result->role, Role::Approver);
    EXPECT_TRUE(result->can(QStringLiteral("publish_posts")));
    EXPECT_TRUE(result->can(QStringLiteral("upload_files")));
    EXPECT_TRUE(result->roles.contains(QStringLiteral("editor")));
    EXPECT_EQ(result->userId, env.value(QStringLiteral("WP_EDITOR_ID")).toLongLong());
    EXPECT_EQ(result->userName, env.value(QStringLiteral("WP_EDITOR_USER")));
    EXPECT_EQ(result->siteName, QStringLiteral("Newsdesk integration test"));
    EXPECT_EQ(result->siteUrl, QUrl(env.value(QStringLiteral("WP_URL"))));
    EXPECT_EQ(result->restRoot, QUrl(env.value(QStringLiteral("WP_REST")) + QLatin1Char('/')));
    EXPECT_FALSE(result->companionPlugin);
}

TEST_F(PortalIntegrationTest, SiteTimeZone)
{
    const Result<PortalIdentity> result = verifyAs(QStringLiteral("AUTHOR"));
    ASSERT_TRUE(result.ok()) << result.error().detail.toStdString();
    EXPECT_EQ(result->timeZoneId, QStringLiteral("Asia/Ho_Chi_Minh"));
    EXPECT_EQ(result->timeZoneId, env.value(QStringLiteral("WP_TIMEZONE")));
    EXPECT_EQ(result->utcOffsetSeconds, 7 * 3600);
    EXPECT_EQ(result->timeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 7 * 3600);
}

TEST_F(PortalIntegrationTest, AuthorIdentity)
{
    const Result<PortalIdentity> result = verifyAs(QStringLiteral("AUTHOR"));
    ASSERT_TRUE(result.ok()) << result.error().detail.toStdString();
    EXPECT_EQ(result->userId, env.value(QStringLiteral("WP_AUTHOR_ID")).toLongLong());
    EXPECT_EQ(result->userName, env.value(QStringLiteral("WP_AUTHOR_USER")));
    EXPECT_FALSE(result->displayName.isEmpty());
    EXPECT_EQ(result->roles, QStringList {QStringLiteral("author")});
    EXPECT_TRUE(result->can(QStringLiteral("publish_posts")));  // authors publish their own posts
    EXPECT_FALSE(result->can(QStringLiteral("edit_others_posts")));
    EXPECT_EQ(result->role, Role::Approver);
}

TEST_F(PortalIntegrationTest, ContributorIsAWriter)
{
    const Result<PortalIdentity> result = verifyAs(QStringLiteral("CONTRIBUTOR"));
    ASSERT_TRUE(result.ok()) << result.error().detail.toStdString();
    EXPECT_EQ(result->role, Role::Writer);
    EXPECT_FALSE(result->can(QStringLiteral("publish_posts")));
    EXPECT_FALSE(result->can(QStringLiteral("upload_files")));
    EXPECT_TRUE(result->can(QStringLiteral("edit_posts")));
    EXPECT_EQ(result->roles, QStringList {QStringLiteral("contributor")});
}

TEST_F(PortalIntegrationTest, WrongApplicationPassword)
{
    const Result<PortalIdentity> result
        = verifyAs(QStringLiteral("EDITOR"), QStringLiteral("AAAAbbbbCCCCddddEEEEffff"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(WpErrors::kindOf(result.error()), PortalErrorKind::WrongPassword)
        << result.error().detail.toStdString();
    EXPECT_FALSE(connection.identity().has_value());
}

TEST_F(PortalIntegrationTest, UnknownUser)
{
    connection.verify(QUrl(env.value(QStringLiteral("WP_URL"))), QStringLiteral("nobody-here"),
        env.value(QStringLiteral("WP_EDITOR_APP_PASSWORD")));
    const std::optional<Result<PortalIdentity>> result
        = waitFor(connection, &PortalConnection::finished);
    ASSERT_TRUE(result.has_value() && !result->ok());
    EXPECT_EQ(WpErrors::kindOf(result->error()), PortalErrorKind::WrongPassword)
        << result->error().detail.toStdString();
}

// A loopback web server that is not WordPress: every request gets an HTML page with 200.
TEST_F(PortalIntegrationTest, NotAWordPressServer)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                const QByteArray page
                    = "<!DOCTYPE html><html><body><h1>It works</h1></body></html>";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: "
                              "close\r\nContent-Length: "
                    + QByteArray::number(page.size()) + "\r\n\r\n" + page);
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    const Result<PortalIdentity> result = verifyAs(QStringLiteral("EDITOR"), {},
        QStringLiteral("http://127.0.0.1:") + QString::number(server.serverPort()));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(WpErrors::kindOf(result.error()), PortalErrorKind::NotWordPress)
        << result.error().detail.toStdString();
}

// WordPress answers its REST index under any path of the site, so a deeper address still
// finds the site, and the site's own address is used from then on.
TEST_F(PortalIntegrationTest, DeeperAddressOnTheSiteFindsTheSite)
{
    const Result<PortalIdentity> result = verifyAs(QStringLiteral("EDITOR"), {},
        env.value(QStringLiteral("WP_URL")) + QStringLiteral("/category/news/"));
    ASSERT_TRUE(result.ok()) << result.error().detail.toStdString();
    EXPECT_EQ(result->siteUrl, QUrl(env.value(QStringLiteral("WP_URL"))));
}

// With plain permalinks /wp-json/ answers an HTML page with 200 (DESIGN.md): read as an index,
// that is "not WordPress", never a crash or a half-read site.
TEST_F(PortalIntegrationTest, HtmlPageOfTheWordPressHostIsNotAnIndex)
{
    std::optional<HttpOutcome> outcome;
    HttpCall get(&network, QUrl(env.value(QStringLiteral("WP_URL")) + QStringLiteral("/wp-json/")),
        {}, {}, [&](const HttpOutcome &answer) { outcome = answer; });
    QElapsedTimer timer;
    timer.start();
    while (!outcome && timer.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    ASSERT_TRUE(outcome.has_value());
    EXPECT_EQ(outcome->status, 200);
    EXPECT_FALSE(outcome->isJson());
    EXPECT_FALSE(WpResponses::transportFailure(*outcome, QStringLiteral("wp"), 30'000).has_value());
    const Result<SiteIndex> index = WpResponses::readIndex(*outcome, QStringLiteral("wp"));
    ASSERT_FALSE(index.ok());
    EXPECT_EQ(WpErrors::kindOf(index.error()), PortalErrorKind::NotWordPress);
}

TEST_F(PortalIntegrationTest, NothingListening)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    const Result<PortalIdentity> result = verifyAs(
        QStringLiteral("EDITOR"), {}, QStringLiteral("http://127.0.0.1:") + QString::number(port));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(WpErrors::kindOf(result.error()), PortalErrorKind::Unreachable)
        << result.error().detail.toStdString();
}

// A must-use plugin, present only while this test runs (the suite holds the site's lock),
// switches the REST API or Application Passwords off for requests under one path prefix, so
// other requests to the site are not affected.
class SwitchedOffSiteTest : public PortalIntegrationTest {
protected:
    void SetUp() override
    {
        PortalIntegrationTest::SetUp();
        if (HasFatalFailure())
            return;
        plugin.setFileName(env.value(QStringLiteral("WP_DIR"))
            + QStringLiteral("/www/wp-content/mu-plugins/newsdesk-portal-test.php"));
        ASSERT_TRUE(plugin.open(QIODevice::WriteOnly | QIODevice::Truncate))
            << plugin.fileName().toStdString();
        plugin.write(R"php(<?php
// Written by portal_integration_test and removed after each test.
$newsdesk_uri = $_SERVER['REQUEST_URI'] ?? '';
if (str_starts_with($newsdesk_uri, '/newsdesk-rest-off/')) {
    add_filter('rest_authentication_errors', function () {
        return new WP_Error('rest_disabled', 'The REST API is disabled.', ['status' => 403]);
    });
}
if (str_starts_with($newsdesk_uri, '/newsdesk-no-app-passwords/')) {
    add_filter('wp_is_application_passwords_available', '__return_false');
}
)php");
        plugin.close();
    }
    void TearDown() override
    {
        if (!plugin.fileName().isEmpty())
            plugin.remove();
    }

    QFile plugin;
};

TEST_F(SwitchedOffSiteTest, RestApiDisabled)
{
    const Result<PortalIdentity> result = verifyAs(QStringLiteral("EDITOR"), {},
        env.value(QStringLiteral("WP_URL")) + QStringLiteral("/newsdesk-rest-off"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(WpErrors::kindOf(result.error()), PortalErrorKind::RestDisabled)
        << result.error().detail.toStdString();
}

TEST_F(SwitchedOffSiteTest, ApplicationPasswordsUnavailable)
{
    const Result<PortalIdentity> result = verifyAs(QStringLiteral("EDITOR"), {},
        env.value(QStringLiteral("WP_URL")) + QStringLiteral("/newsdesk-no-app-passwords"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(WpErrors::kindOf(result.error()), PortalErrorKind::AppPasswordsUnavailable)
        << result.error().detail.toStdString();
    // And the rest of the site is untouched.
    EXPECT_TRUE(verifyAs(QStringLiteral("EDITOR")).ok());
}

TEST_F(PortalIntegrationTest, CategoriesAndTags)
{
    ASSERT_TRUE(verifyAs(QStringLiteral("CONTRIBUTOR")).ok());
    connection.fetchTerms();
    const std::optional<Result<PortalTerms>> result
        = waitFor(connection, &PortalConnection::termsFetched);
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->ok()) << result->error().detail.toStdString();
    bool uncategorized = false;
    for (const PortalTerm &term : result->value().categories)
        uncategorized
            = uncategorized || (term.slug == QStringLiteral("uncategorized") && term.id > 0);
    EXPECT_TRUE(uncategorized);
}
