// core/secrets without a keychain: the session store, account keys, and the fall-back when the
// D-Bus session bus is missing (it must be quick and must say so).

#include "QtPrinters.h"

#include "secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

#include <gtest/gtest.h>

#include <iostream>

using namespace newsdesk;

namespace {

// Before main(), so before anything in the process can open the real session bus: a bus
// address whose socket does not exist.
const bool kBusIsMissing = [] {
    return qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/newsdesk-secrets-test/bus");
}();

const QString kSecret = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");

// Every log line while alive, to show that no secret reaches the log.
class LogCapture {
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("newsdesk.*.debug=true"));
        s_lines = {};
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QStringList lines() const
    {
        const QMutexLocker lock(&s_mutex);
        return s_lines;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        const QMutexLocker lock(&s_mutex);
        s_lines.append(message);
    }
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

TEST(SessionSecretStore, RoundTripOverwriteAndRemove)
{
    ASSERT_TRUE(kBusIsMissing);
    SessionSecretStore store;
    EXPECT_FALSE(store.isPersistent());
    const QString key = QStringLiteral("wordpress:https://portal.example/|editor");

    ASSERT_TRUE(store.write(key, kSecret).ok());
    auto read = store.read(key);
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read->has_value());
    EXPECT_EQ(**read, kSecret);

    const QString other = QStringLiteral("mật khẩu ứng dụng 9876 ZYXW");
    ASSERT_TRUE(store.write(key, other).ok());
    read = store.read(key);
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_EQ(**read, other);

    ASSERT_TRUE(store.remove(key).ok());
    read = store.read(key);
    ASSERT_TRUE(read.ok());
    EXPECT_FALSE(read->has_value());
}

TEST(SessionSecretStore, MissingKeysAndRemovingNothing)
{
    SessionSecretStore store;
    const auto read = store.read(QStringLiteral("nothing here"));
    ASSERT_TRUE(read.ok());
    EXPECT_FALSE(read->has_value());
    EXPECT_TRUE(store.remove(QStringLiteral("nothing here")).ok());

    // Keys do not bleed into each other; an empty secret is still a stored secret.
    ASSERT_TRUE(store.write(QStringLiteral("a"), QStringLiteral("1")).ok());
    ASSERT_TRUE(store.write(QStringLiteral("b"), QString()).ok());
    ASSERT_TRUE(store.remove(QStringLiteral("a")).ok());
    const auto b = store.read(QStringLiteral("b"));
    ASSERT_TRUE(b.ok());
    ASSERT_TRUE(b->has_value());
    EXPECT_TRUE((*b)->isEmpty());
    EXPECT_FALSE(store.read(QStringLiteral("a"))->has_value());

    // A second store is a second session: nothing shared.
    SessionSecretStore second;
    EXPECT_FALSE(second.read(QStringLiteral("b"))->has_value());
}

TEST(AccountSecretKey, ReadableAndStable)
{
    const QString expected = QStringLiteral("wordpress:https://portal.example/|editor");
    const QString user = QStringLiteral("editor");
    EXPECT_EQ(accountSecretKey(QUrl(QStringLiteral("https://portal.example")), user), expected);
    EXPECT_EQ(accountSecretKey(QUrl(QStringLiteral("https://portal.example/")), user), expected);
    EXPECT_EQ(
        accountSecretKey(QUrl(QStringLiteral("https://PORTAL.Example:443/")), user), expected);
    EXPECT_EQ(accountSecretKey(QUrl(QStringLiteral("https://me:pw@portal.example/?x=1#top")), user),
        expected);
    EXPECT_EQ(accountSecretKey(
                  QUrl(QStringLiteral("https://portal.example")), QStringLiteral(" editor ")),
        expected);
    // The same inputs always give the same key (it is what the keychain entry is found by).
    EXPECT_EQ(accountSecretKey(QUrl(QStringLiteral("https://portal.example")), user),
        accountSecretKey(QUrl(QStringLiteral("https://portal.example")), user));

    EXPECT_EQ(accountSecretKey(QUrl(QStringLiteral("https://portal.example/news")), user),
        QStringLiteral("wordpress:https://portal.example/news/|editor"));
    EXPECT_EQ(accountSecretKey(QUrl(QStringLiteral("http://127.0.0.1:8080/")), user),
        QStringLiteral("wordpress:http://127.0.0.1:8080/|editor"));
    EXPECT_EQ(accountSecretKey(QUrl(QStringLiteral("http://localhost:80")), user),
        QStringLiteral("wordpress:http://localhost/|editor"));
}

TEST(AccountSecretKey, DifferentAccountsGetDifferentKeys)
{
    const QUrl site(QStringLiteral("https://portal.example"));
    const QString key = accountSecretKey(site, QStringLiteral("editor"));
    EXPECT_NE(key, accountSecretKey(site, QStringLiteral("reporter")));
    EXPECT_NE(key,
        accountSecretKey(QUrl(QStringLiteral("http://portal.example")), QStringLiteral("editor")));
    EXPECT_NE(key,
        accountSecretKey(
            QUrl(QStringLiteral("https://portal.example:8443")), QStringLiteral("editor")));
    EXPECT_NE(key,
        accountSecretKey(
            QUrl(QStringLiteral("https://portal.example/news")), QStringLiteral("editor")));
    EXPECT_NE(key,
        accountSecretKey(QUrl(QStringLiteral("https://other.example")), QStringLiteral("editor")));
}

TEST(OpenSecretStore, FallsBackQuicklyWithoutSessionBus)
{
    ASSERT_TRUE(kBusIsMissing);
    QElapsedTimer clock;
    clock.start();
    SecretStoreChoice choice = openSecretStore();
    const qint64 elapsed = clock.elapsed();
    std::cout << "[ timing   ] openSecretStore() fall-back took " << elapsed << " ms" << std::endl;
    RecordProperty("fallback_ms", int(elapsed));

    EXPECT_LT(elapsed, 10000);
    ASSERT_NE(choice.store, nullptr);
    EXPECT_FALSE(choice.store->isPersistent());
    EXPECT_FALSE(choice.notice.isEmpty());
    EXPECT_TRUE(choice.notice.contains(QStringLiteral("D-Bus"))) << choice.notice.toStdString();

    // The session store it gives is a working one.
    ASSERT_TRUE(choice.store->write(QStringLiteral("k"), kSecret).ok());
    const auto read = choice.store->read(QStringLiteral("k"));
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_EQ(**read, kSecret);
}

TEST(KeychainSecretStore, FailsQuicklyWithoutSessionBusAndNeverShowsTheSecret)
{
    ASSERT_TRUE(kBusIsMissing);
    const LogCapture log;
    KeychainSecretStore store(QStringLiteral("newsdesk-test"));
    EXPECT_TRUE(store.isPersistent());
    const QString key = accountSecretKey(
        QUrl(QStringLiteral("https://portal.example")), QStringLiteral("editor"));

    QElapsedTimer clock;
    clock.start();
    const Result<void> written = store.write(key, kSecret);
    const auto read = store.read(key);
    const Result<void> removed = store.remove(key);
    const qint64 elapsed = clock.elapsed();
    std::cout << "[ timing   ] three failing keychain calls took " << elapsed << " ms" << std::endl;
    EXPECT_LT(elapsed, 10000);

    ASSERT_FALSE(written.ok());
    ASSERT_FALSE(read.ok());
    ASSERT_FALSE(removed.ok());
    for (const Error &error : {written.error(), read.error(), removed.error()}) {
        EXPECT_EQ(error.code, ErrorCode::IoError);
        EXPECT_FALSE(error.message.isEmpty());
        EXPECT_TRUE(error.detail.contains(key)) << error.detail.toStdString();
        EXPECT_FALSE(error.message.contains(kSecret));
        EXPECT_FALSE(error.detail.contains(kSecret));
    }
    const QStringList lines = log.lines();
    EXPECT_FALSE(lines.isEmpty());
    for (const QString &line : lines)
        EXPECT_FALSE(line.contains(kSecret)) << line.toStdString();
}

}  // namespace
