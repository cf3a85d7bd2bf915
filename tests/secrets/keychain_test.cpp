// core/secrets against a real keychain: QtKeychain talking to a private, unlocked gnome-keyring
// on a private D-Bus session bus. ctest runs it through with-private-keyring.sh; run directly it
// skips, so it never touches the keyring of the person running it.

#include "QtPrinters.h"

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <gtest/gtest.h>

#include <iostream>

using namespace newsdesk;

namespace {

const QString kService = QStringLiteral("newsdesk-keychain-test");
const QString kSecret = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");

class Keychain : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (qgetenv("NEWSDESK_PRIVATE_KEYRING") != "1")
            GTEST_SKIP() << "needs the private keyring of tests/secrets/with-private-keyring.sh";
    }
    static QString key(const QString &user)
    {
        return accountSecretKey(QUrl(QStringLiteral("https://portal.example")), user);
    }
};

TEST_F(Keychain, RoundTripOverwriteRemove)
{
    KeychainSecretStore store(kService);
    EXPECT_TRUE(store.isPersistent());
    const QString account = key(QStringLiteral("editor"));

    QElapsedTimer clock;
    clock.start();
    const Result<void> written = store.write(account, kSecret);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    auto read = store.read(account);
    ASSERT_TRUE(read.ok()) << read.error().detail.toStdString();
    ASSERT_TRUE(read->has_value());
    EXPECT_EQ(**read, kSecret);
    std::cout << "[ timing   ] keychain write + read took " << clock.elapsed() << " ms"
              << std::endl;

    const QString other = QStringLiteral("mật khẩu ứng dụng 9876 ZYXW");
    ASSERT_TRUE(store.write(account, other).ok());
    read = store.read(account);
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_EQ(**read, other);

    // Kept by the keychain, not by the object: a new store finds it.
    {
        KeychainSecretStore again(kService);
        const auto found = again.read(account);
        ASSERT_TRUE(found.ok() && found->has_value());
        EXPECT_EQ(**found, other);
    }

    ASSERT_TRUE(store.remove(account).ok());
    read = store.read(account);
    ASSERT_TRUE(read.ok()) << read.error().detail.toStdString();
    EXPECT_FALSE(read->has_value());
    EXPECT_TRUE(store.remove(account).ok());  // removing nothing is success
}

TEST_F(Keychain, ServicesAndKeysAreSeparate)
{
    KeychainSecretStore store(kService);
    KeychainSecretStore otherService(kService + QStringLiteral("-other"));
    const QString editor = key(QStringLiteral("editor"));
    const QString reporter = key(QStringLiteral("reporter"));
    ASSERT_TRUE(store.write(editor, kSecret).ok());

    const auto missing = store.read(reporter);
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing->has_value());
    const auto elsewhere = otherService.read(editor);
    ASSERT_TRUE(elsewhere.ok());
    EXPECT_FALSE(elsewhere->has_value());

    EXPECT_TRUE(store.remove(editor).ok());
}

TEST_F(Keychain, WorksFromWorkerThreads)
{
    KeychainSecretStore store(kService);
    QList<QThread *> workers;
    std::atomic<int> failures = 0;
    for (int i = 0; i < 4; ++i) {
        workers.append(QThread::create([&store, &failures, i] {
            const QString account = key(QStringLiteral("worker%1").arg(i));
            const QString secret = kSecret + QString::number(i);
            const auto written = store.write(account, secret);
            const auto read = store.read(account);
            const auto removed = store.remove(account);
            if (!written.ok() || !read.ok() || !read->has_value() || **read != secret
                || !removed.ok()) {
                ++failures;
            }
        }));
        workers.last()->start();
    }
    for (QThread *worker : workers) {
        EXPECT_TRUE(worker->wait(QDeadlineTimer(60000)));
        delete worker;
    }
    EXPECT_EQ(failures.load(), 0);
}

TEST_F(Keychain, OpenSecretStorePicksTheKeychain)
{
    QElapsedTimer clock;
    clock.start();
    SecretStoreChoice choice = openSecretStore(kService);
    std::cout << "[ timing   ] openSecretStore() with a keychain took " << clock.elapsed() << " ms"
              << std::endl;
    ASSERT_NE(choice.store, nullptr);
    EXPECT_TRUE(choice.store->isPersistent());
    EXPECT_TRUE(choice.notice.isEmpty()) << choice.notice.toStdString();

    // The probe cleaned up after itself.
    KeychainSecretStore store(kService);
    const auto probe = store.read(
        QStringLiteral("newsdesk-keychain-probe-%1").arg(QCoreApplication::applicationPid()));
    ASSERT_TRUE(probe.ok());
    EXPECT_FALSE(probe->has_value());

    const QString account = key(QStringLiteral("chosen"));
    ASSERT_TRUE(choice.store->write(account, kSecret).ok());
    const auto read = store.read(account);
    ASSERT_TRUE(read.ok() && read->has_value());
    EXPECT_EQ(**read, kSecret);
    EXPECT_TRUE(choice.store->remove(account).ok());
}

}  // namespace
