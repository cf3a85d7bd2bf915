// The "Connect a portal account" dialog against a fake network: success and the summary,
// a wrong password, not WordPress, plain http, edits after success, cancelling, Enter, the
// categories and tags, accessible names, and screenshots.

#include "FakeNetwork.h"

#include "AccessibleNames.h"
#include "portal/ConnectDialog.h"
#include "portal/WpErrors.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace newsdesk;
using namespace newsdesk::test;

namespace {

const QString kPassword = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");

QJsonObject indexObject(bool companion = false)
{
    QJsonObject authentication;
    authentication.insert(QStringLiteral("application-passwords"),
        QJsonObject {{QStringLiteral("endpoints"), QJsonObject()}});
    QJsonArray namespaces {QStringLiteral("oembed/1.0"), QStringLiteral("wp/v2")};
    if (companion)
        namespaces.append(QStringLiteral("newsdesk/v1"));
    return QJsonObject {
        {QStringLiteral("name"), QStringLiteral("Cổng thông tin điện tử thị xã Mường Lay")},
        {QStringLiteral("url"), QStringLiteral("https://news.example")},
        {QStringLiteral("gmt_offset"), 7},
        {QStringLiteral("timezone_string"), QStringLiteral("Asia/Ho_Chi_Minh")},
        {QStringLiteral("namespaces"), namespaces},
        {QStringLiteral("authentication"), authentication},
    };
}

QJsonObject meObject(bool publish = true)
{
    QJsonObject caps {{QStringLiteral("edit_posts"), true}, {QStringLiteral("read"), true}};
    if (publish)
        caps.insert(QStringLiteral("publish_posts"), true);
    return QJsonObject {
        {QStringLiteral("id"), 2},
        {QStringLiteral("username"), QStringLiteral("editor")},
        {QStringLiteral("name"), QStringLiteral("Nguyễn Văn A")},
        {QStringLiteral("roles"),
            QJsonArray {publish ? QStringLiteral("editor") : QStringLiteral("contributor")}},
        {QStringLiteral("capabilities"), caps},
    };
}

FakeResponse json(const QJsonDocument &document, int status = 200)
{
    FakeResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

FakeResponse json(const QJsonObject &object, int status = 200)
{
    return json(QJsonDocument(object), status);
}

FakeResponse wpError(int status, const QString &code)
{
    return json(QJsonObject {{QStringLiteral("code"), code},
                    {QStringLiteral("message"), QStringLiteral("Sorry.")},
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

FakeResponse terms(const QString &prefix, int count)
{
    QJsonArray array;
    for (int i = 1; i <= count; ++i) {
        array.append(QJsonObject {{QStringLiteral("id"), i},
            {QStringLiteral("name"), QString(prefix + QString::number(i))},
            {QStringLiteral("slug"), QString(QStringLiteral("term-") + QString::number(i))},
            {QStringLiteral("parent"), 0}});
    }
    FakeResponse response = json(QJsonDocument(array));
    using Header = QPair<QByteArray, QByteArray>;
    response.headers.append(Header("X-WP-Total", QByteArray::number(count)));
    response.headers.append(Header("X-WP-TotalPages", "1"));
    return response;
}

FakeResponse stalled()
{
    FakeResponse response;
    response.stall = true;
    return response;
}

// A site answering the index, users/me, categories (3) and tags (5); each can be replaced.
struct Site {
    std::function<FakeResponse()> index = [] { return json(indexObject()); };
    std::function<FakeResponse()> me = [] { return json(meObject()); };
    std::function<FakeResponse()> categories
        = [] { return terms(QStringLiteral("Chuyên mục "), 3); };
    std::function<FakeResponse()> tags = [] { return terms(QStringLiteral("Thẻ "), 5); };

    FakeNetwork::Handler handler()
    {
        return [this](const SeenRequest &request) {
            if (request.route == QStringLiteral("/"))
                return index();
            if (request.route == QStringLiteral("/wp/v2/users/me"))
                return me();
            if (request.route == QStringLiteral("/wp/v2/categories"))
                return categories();
            if (request.route == QStringLiteral("/wp/v2/tags"))
                return tags();
            return html(404);
        };
    }
};

// Processes events until `condition` holds or the time is up. (QTRY_* would `return` silently
// out of a GoogleTest body on timeout.)
[[nodiscard]] bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// Lets queued events run for a while (to see that nothing late arrives).
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 10);
}

QString message(PortalErrorKind kind, const QString &host = QStringLiteral("news.example"))
{
    return WpErrors::make(kind, host, QString()).message;
}

void saveScreenshot(QWidget &widget, const char *name)
{
    QCoreApplication::processEvents();  // layouts settle
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(widget.grab().save(
        QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/") + QString::fromLatin1(name)));
}

// Every visible wrapped label has the height its text needs at its width.
void expectNothingClipped(const QWidget &dialog)
{
    QCoreApplication::processEvents();  // layouts settle
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->wordWrap() && !label->text().isEmpty()) {
            EXPECT_GE(label->height(), label->heightForWidth(label->width()))
                << label->text().toStdString();
        }
    }
}

// Controls a person can Tab to that a screen reader could not name.
QStringList unnamedControls(const QWidget &root)
{
    QSet<const QWidget *> buddied;
    for (const QLabel *label : root.findChildren<QLabel *>())
        if (label->buddy() && !spokenName(label->text()).isEmpty())
            buddied.insert(label->buddy());
    QStringList unnamed;
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisible() || (widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            continue;
        if (!widget->accessibleName().trimmed().isEmpty() || buddied.contains(widget))
            continue;
        if (auto *button = qobject_cast<const QAbstractButton *>(widget);
            button && !spokenName(button->text()).isEmpty())
            continue;
        unnamed << QString::fromLatin1(widget->metaObject()->className()) + u'#'
                + widget->objectName();
    }
    return unnamed;
}

// The interface in Vietnamese (the default language) while it lives, English afterwards.
// Strings not yet in resources/translations can be supplied with
// NEWSDESK_EXTRA_TRANSLATION=<file.qm>.
class VietnameseUi {
public:
    VietnameseUi()
    {
        EXPECT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::Vietnamese));
        const QString extra = qEnvironmentVariable("NEWSDESK_EXTRA_TRANSLATION");
        if (!extra.isEmpty() && m_extra.load(extra))
            QCoreApplication::installTranslator(&m_extra);
    }
    ~VietnameseUi()
    {
        QCoreApplication::removeTranslator(&m_extra);
        installTranslations(*QCoreApplication::instance(), QLocale::English);
    }
    VietnameseUi(const VietnameseUi &) = delete;
    VietnameseUi &operator=(const VietnameseUi &) = delete;

private:
    QTranslator m_extra;
};

class ConnectDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dialog = std::make_unique<ConnectDialog>(&network);
        dialog->show();
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    void fill(const QString &address, const QString &user = QStringLiteral("editor"),
        const QString &password = kPassword)
    {
        dialog->addressEdit()->setText(address);
        dialog->userEdit()->setText(user);
        dialog->passwordEdit()->setText(password);
    }

    // Clicks Connect and waits until the dialog is idle again (terms included).
    [[nodiscard]] bool connectAndWait()
    {
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
        return waitUntil([this] { return !dialog->isBusy(); });
    }

    void expectFieldsEnabled(bool enabled)
    {
        EXPECT_EQ(dialog->addressEdit()->isEnabled(), enabled);
        EXPECT_EQ(dialog->userEdit()->isEnabled(), enabled);
        EXPECT_EQ(dialog->passwordEdit()->isEnabled(), enabled);
    }

    Site site;
    FakeNetwork network {site.handler()};
    std::unique_ptr<ConnectDialog> dialog;
};

}  // namespace

TEST_F(ConnectDialogTest, StartsReadyToConnect)
{
    EXPECT_EQ(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(dialog->passwordEdit()->toolTip().isEmpty());
    EXPECT_TRUE(dialog->passwordHint()->isVisible());
    EXPECT_TRUE(dialog->passwordHint()->text().contains(QStringLiteral("Application Passwords")));
    EXPECT_FALSE(dialog->plainHttpBox()->isVisible());
    EXPECT_FALSE(dialog->passwordNoticeLabel()->isVisible());
    EXPECT_FALSE(dialog->summaryBox()->isVisible());
    EXPECT_TRUE(dialog->message().isEmpty());
    EXPECT_TRUE(dialog->connectButton()->isEnabled());
    EXPECT_TRUE(dialog->connectButton()->isDefault());
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_FALSE(dialog->account().has_value());
    EXPECT_EQ(dialog->connection().limits().transferTimeoutMs, 30'000);
    EXPECT_GE(dialog->width(), 480);
    EXPECT_TRUE(unnamedControls(*dialog).isEmpty())
        << unnamedControls(*dialog).join(u' ').toStdString();
}

TEST_F(ConnectDialogTest, SuccessShowsWhoYouAreAndEnablesSave)
{
    site.index = [] { return json(indexObject(true)); };
    fill(QStringLiteral("news.example/wp-admin/"));
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->isBusy());
    expectFieldsEnabled(false);
    EXPECT_TRUE(dialog->busyLabel()->isVisible());
    EXPECT_TRUE(dialog->busyLabel()->text().contains(QStringLiteral("news.example")));
    EXPECT_FALSE(dialog->connectButton()->isEnabled());
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    ASSERT_TRUE(waitUntil([this] { return !dialog->isBusy(); }));

    expectFieldsEnabled(true);
    EXPECT_FALSE(dialog->busyLabel()->isVisible());
    EXPECT_TRUE(dialog->message().isEmpty());
    ASSERT_TRUE(dialog->summaryBox()->isVisible());
    EXPECT_EQ(
        dialog->siteValue()->text(), QStringLiteral("Cổng thông tin điện tử thị xã Mường Lay"));
    EXPECT_TRUE(dialog->userValue()->text().contains(QStringLiteral("Nguyễn Văn A")));
    EXPECT_TRUE(dialog->userValue()->text().contains(QStringLiteral("editor")));
    EXPECT_EQ(dialog->roleValue()->text(), ConnectDialog::roleText(Role::Approver));
    EXPECT_TRUE(dialog->roleValue()->text().contains(QStringLiteral("publish_posts")));
    EXPECT_TRUE(dialog->timeZoneValue()->text().contains(QStringLiteral("Asia/Ho_Chi_Minh")));
    EXPECT_TRUE(dialog->timeZoneValue()->text().contains(QStringLiteral("UTC+07:00")));
    EXPECT_EQ(dialog->pluginValue()->text(), ConnectDialog::tr("Found"));
    EXPECT_EQ(dialog->termsValue()->text(), QStringLiteral("3 categories, 5 tags"));

    EXPECT_TRUE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->saveButton()->isDefault());
    EXPECT_FALSE(dialog->connectButton()->isDefault());
    EXPECT_TRUE(dialog->saveButton()->hasFocus());
    const std::optional<ConnectedAccount> account = dialog->account();
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(account->identity.siteUrl, QUrl(QStringLiteral("https://news.example")));
    EXPECT_EQ(account->identity.userName, QStringLiteral("editor"));
    EXPECT_EQ(account->identity.displayName, QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(account->identity.role, Role::Approver);
    EXPECT_TRUE(account->identity.companionPlugin);
    EXPECT_EQ(account->password, kPassword);
    EXPECT_FALSE(account->plainHttpAllowed);
    ASSERT_EQ(account->terms.categories.size(), 3);
    EXPECT_EQ(account->terms.categories.at(0).name, QStringLiteral("Chuyên mục 1"));
    EXPECT_EQ(account->terms.tags.size(), 5);

    // The password shows nowhere but in its (hidden) field.
    for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
        EXPECT_FALSE(widget->toolTip().contains(kPassword));
        EXPECT_FALSE(widget->accessibleDescription().contains(kPassword));
        if (auto *label = qobject_cast<const QLabel *>(widget)) {
            EXPECT_FALSE(label->text().contains(kPassword));
        }
    }
    EXPECT_TRUE(unnamedControls(*dialog).isEmpty())
        << unnamedControls(*dialog).join(u' ').toStdString();
    expectNothingClipped(*dialog);
    saveScreenshot(*dialog, "connect-success.png");

    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(ConnectDialogTest, ContributorIsAWriterAndThePluginIsOptional)
{
    site.me = [] { return json(meObject(false)); };
    fill(QStringLiteral("https://news.example"));
    ASSERT_TRUE(connectAndWait());
    EXPECT_EQ(dialog->roleValue()->text(), ConnectDialog::roleText(Role::Writer));
    EXPECT_EQ(dialog->pluginValue()->text(), ConnectDialog::tr("Not found (optional)"));
    ASSERT_TRUE(dialog->account().has_value());
    EXPECT_EQ(dialog->account()->identity.role, Role::Writer);
}

TEST_F(ConnectDialogTest, WrongPasswordFocusesThePasswordField)
{
    site.me = [] { return wpError(401, QStringLiteral("rest_not_logged_in")); };
    fill(QStringLiteral("https://news.example"), QStringLiteral("editor"),
        QStringLiteral("wrong wrong wrong"));
    dialog->addressEdit()->setFocus();
    ASSERT_TRUE(connectAndWait());
    EXPECT_EQ(dialog->message(), message(PortalErrorKind::WrongPassword));
    EXPECT_TRUE(dialog->messageIsError());
    EXPECT_TRUE(dialog->messageLabel()->isVisible());
    EXPECT_TRUE(dialog->passwordEdit()->hasFocus());
    EXPECT_TRUE(dialog->passwordEdit()->hasSelectedText());  // ready to paste the new one
    EXPECT_EQ(dialog->passwordEdit()->accessibleDescription(),
        message(PortalErrorKind::WrongPassword));  // said with the field
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->connectButton()->isDefault());
    EXPECT_FALSE(dialog->account().has_value());
    EXPECT_FALSE(dialog->summaryBox()->isVisible());
    expectFieldsEnabled(true);
    expectNothingClipped(*dialog);
    saveScreenshot(*dialog, "connect-wrong-password.png");

    // Fixing the password and connecting again clears the message.
    site.me = [] { return json(meObject()); };
    dialog->passwordEdit()->setText(kPassword);
    ASSERT_TRUE(connectAndWait());
    EXPECT_TRUE(dialog->message().isEmpty());
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
    EXPECT_EQ(dialog->passwordEdit()->accessibleDescription(), dialog->passwordHint()->text());
}

TEST_F(ConnectDialogTest, NotWordPressFocusesTheAddress)
{
    site.index = [] { return html(200); };
    fill(QStringLiteral("https://news.example"));
    dialog->passwordEdit()->setFocus();
    ASSERT_TRUE(connectAndWait());
    EXPECT_EQ(dialog->message(), message(PortalErrorKind::NotWordPress));
    EXPECT_TRUE(dialog->messageIsError());
    EXPECT_TRUE(dialog->addressEdit()->hasFocus());
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_FALSE(dialog->account().has_value());
    EXPECT_EQ(network.seen.size(), 1);  // no credentials were sent
}

TEST_F(ConnectDialogTest, InvalidAddressAndMissingFieldsFocusTheFieldToFix)
{
    fill(QStringLiteral("ftp://news.example"));
    dialog->passwordEdit()->setFocus();
    ASSERT_TRUE(connectAndWait());
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("ftp://news.example")));
    EXPECT_TRUE(dialog->addressEdit()->hasFocus());

    fill(QStringLiteral("https://news.example"), QString());
    ASSERT_TRUE(connectAndWait());
    EXPECT_EQ(dialog->message(), message(PortalErrorKind::MissingCredentials));
    EXPECT_TRUE(dialog->userEdit()->hasFocus());

    fill(QStringLiteral("https://news.example"), QStringLiteral("editor"), QStringLiteral("  "));
    ASSERT_TRUE(connectAndWait());
    EXPECT_EQ(dialog->message(), message(PortalErrorKind::MissingCredentials));
    EXPECT_TRUE(dialog->passwordEdit()->hasFocus());
    EXPECT_TRUE(network.seen.isEmpty());
}

TEST_F(ConnectDialogTest, PlainHttpNeedsTheBoxForThatHost)
{
    for (const QString &address :
        {QStringLiteral("https://news.example"), QStringLiteral("http://127.0.0.1:8080"),
            QStringLiteral("http://localhost/wp"), QStringLiteral("news.example")}) {
        dialog->addressEdit()->setText(address);
        EXPECT_FALSE(dialog->plainHttpBox()->isVisible()) << address.toStdString();
    }
    fill(QStringLiteral("http://news.example:8080"));
    ASSERT_TRUE(dialog->plainHttpBox()->isVisible());
    EXPECT_TRUE(dialog->plainHttpWarning()->isVisible());
    EXPECT_TRUE(dialog->plainHttpWarning()->text().contains(QStringLiteral("unencrypted")));
    EXPECT_TRUE(dialog->plainHttpBox()->text().contains(QStringLiteral("news.example:8080")));
    EXPECT_FALSE(dialog->plainHttpBox()->isChecked());
    EXPECT_TRUE(unnamedControls(*dialog).isEmpty())
        << unnamedControls(*dialog).join(u' ').toStdString();

    // Unchecked: refused, nothing sent.
    ASSERT_TRUE(connectAndWait());
    expectNothingClipped(*dialog);
    saveScreenshot(*dialog, "connect-plain-http.png");
    EXPECT_EQ(dialog->message(),
        message(PortalErrorKind::PlainHttpRefused, QStringLiteral("news.example:8080")));
    EXPECT_TRUE(dialog->addressEdit()->hasFocus());
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(network.seen.isEmpty());

    // Checked: allowed, and the account says so.
    site.index = [] {
        QJsonObject index = indexObject();
        index.insert(QStringLiteral("url"), QStringLiteral("http://news.example:8080"));
        return json(index);
    };
    dialog->plainHttpBox()->setChecked(true);
    ASSERT_TRUE(connectAndWait());
    EXPECT_TRUE(dialog->message().isEmpty()) << dialog->message().toStdString();
    ASSERT_TRUE(dialog->account().has_value());
    EXPECT_TRUE(dialog->account()->plainHttpAllowed);
    EXPECT_EQ(dialog->account()->identity.siteUrl.scheme(), QStringLiteral("http"));
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
    ASSERT_FALSE(network.seen.isEmpty());
    EXPECT_EQ(network.seen.first().url.scheme(), QStringLiteral("http"));

    // Unchecking it again is not silently ignored, although the connection allowed the host.
    const qsizetype sent = network.seen.size();
    dialog->plainHttpBox()->setChecked(false);
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    ASSERT_TRUE(connectAndWait());
    EXPECT_EQ(dialog->message(),
        message(PortalErrorKind::PlainHttpRefused, QStringLiteral("news.example:8080")));
    EXPECT_EQ(network.seen.size(), sent);

    // Another host needs its own permission.
    dialog->plainHttpBox()->setChecked(true);
    dialog->addressEdit()->setText(QStringLiteral("http://other.example"));
    EXPECT_FALSE(dialog->plainHttpBox()->isChecked());
    EXPECT_TRUE(dialog->plainHttpBox()->text().contains(QStringLiteral("other.example")));
}

TEST_F(ConnectDialogTest, EditingAFieldAfterSuccessDisablesSave)
{
    fill(QStringLiteral("https://news.example"));
    const std::function<void()> edits[] = {
        [this] { dialog->userEdit()->setText(QStringLiteral("editor2")); },
        [this] { dialog->passwordEdit()->setText(kPassword + u'x'); },
        [this] { dialog->addressEdit()->setText(QStringLiteral("https://news.example/tin")); },
        [this] { QTest::keyClick(dialog->userEdit(), Qt::Key_Backspace); },
    };
    for (const auto &edit : edits) {
        ASSERT_TRUE(connectAndWait());
        ASSERT_TRUE(dialog->saveButton()->isEnabled()) << dialog->message().toStdString();
        edit();
        EXPECT_FALSE(dialog->saveButton()->isEnabled());
        EXPECT_TRUE(dialog->connectButton()->isDefault());
        EXPECT_FALSE(dialog->account().has_value());
        EXPECT_FALSE(dialog->summaryBox()->isEnabled());  // greyed: about the old values
    }
    dialog->accept();  // refused without a verified account
    EXPECT_TRUE(dialog->isVisible());
}

TEST_F(ConnectDialogTest, CancelStopsTheCheckNotTheDialog)
{
    site.index = [] { return stalled(); };
    fill(QStringLiteral("https://news.example"));
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->isBusy());
    EXPECT_TRUE(dialog->cancelButton()->isEnabled());
    EXPECT_TRUE(dialog->cancelButton()->hasFocus());
    EXPECT_TRUE(dialog->busyLabel()->isVisible());
    expectNothingClipped(*dialog);
    saveScreenshot(*dialog, "connect-busy.png");
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_TRUE(dialog->isVisible());
    expectFieldsEnabled(true);
    EXPECT_FALSE(dialog->messageIsError());
    EXPECT_EQ(dialog->message(), ConnectDialog::tr("The check was cancelled."));
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->connectButton()->isEnabled());
    settle(100);
    EXPECT_FALSE(dialog->account().has_value());  // nothing arrives late

    // Escape while busy also cancels only.
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->isBusy());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_TRUE(dialog->isVisible());

    // Not busy: Cancel closes.
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
}

TEST_F(ConnectDialogTest, CancellingTheTermsKeepsTheAccount)
{
    site.categories = [] { return stalled(); };
    fill(QStringLiteral("https://news.example"));
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([this] { return dialog->summaryBox()->isVisible(); }));
    ASSERT_TRUE(dialog->isBusy());  // fetching the terms
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_EQ(dialog->termsValue()->text(), ConnectDialog::tr("Loading…"));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
    ASSERT_TRUE(dialog->account().has_value());
    EXPECT_TRUE(dialog->account()->terms.categories.isEmpty());
    EXPECT_TRUE(dialog->termsValue()->text().contains(QStringLiteral("cancelled")));
}

TEST_F(ConnectDialogTest, TermsFailureIsShownButDoesNotBlockSaving)
{
    site.tags = [] { return wpError(500, QStringLiteral("internal_error")); };
    fill(QStringLiteral("https://news.example"));
    ASSERT_TRUE(connectAndWait());
    EXPECT_TRUE(dialog->message().isEmpty());
    EXPECT_TRUE(dialog->termsValue()->text().startsWith(QStringLiteral("Not loaded:")))
        << dialog->termsValue()->text().toStdString();
    EXPECT_TRUE(dialog->termsValue()->text().contains(QStringLiteral("HTTP 500")));
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
    ASSERT_TRUE(dialog->account().has_value());
    EXPECT_TRUE(dialog->account()->terms.tags.isEmpty());
    expectNothingClipped(*dialog);
    saveScreenshot(*dialog, "connect-terms-failed.png");
}

TEST_F(ConnectDialogTest, EnterConnectsUntilVerifiedThenSaves)
{
    fill(QStringLiteral("https://news.example"));
    dialog->passwordEdit()->setFocus();
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());  // not saved
    ASSERT_TRUE(dialog->isBusy());  // connecting
    ASSERT_TRUE(waitUntil([this] { return !dialog->isBusy(); }));
    ASSERT_TRUE(dialog->saveButton()->isEnabled());

    // After an edit, Enter connects again instead of saving.
    dialog->userEdit()->setFocus();
    dialog->userEdit()->setText(QStringLiteral("editor"));  // same text: no change
    QTest::keyClick(dialog->userEdit(), Qt::Key_End);
    QTest::keyClick(dialog->userEdit(), Qt::Key_Backspace);
    QTest::keyClicks(dialog->userEdit(), QStringLiteral("r"));
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    QTest::keyClick(dialog->userEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());
    ASSERT_TRUE(dialog->isBusy());
    ASSERT_TRUE(waitUntil([this] { return !dialog->isBusy(); }));

    // Verified: Enter in a field saves.
    dialog->userEdit()->setFocus();
    QTest::keyClick(dialog->userEdit(), Qt::Key_Return);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
}

TEST_F(ConnectDialogTest, InitialValuesAndPasswordNotice)
{
    dialog->setInitialValues(
        QUrl(QStringLiteral("https://news.example")), QStringLiteral("editor"));
    EXPECT_EQ(dialog->addressEdit()->text(), QStringLiteral("https://news.example"));
    EXPECT_EQ(dialog->userEdit()->text(), QStringLiteral("editor"));
    EXPECT_TRUE(dialog->passwordEdit()->text().isEmpty());
    EXPECT_TRUE(dialog->passwordEdit()->hasFocus());

    const QString notice
        = QStringLiteral("No keychain: the password is kept for this session only.");
    dialog->setPasswordNotice(notice);
    EXPECT_TRUE(dialog->passwordNoticeLabel()->isVisible());
    EXPECT_EQ(dialog->passwordNoticeLabel()->text(), notice);
    EXPECT_TRUE(dialog->passwordEdit()->accessibleDescription().contains(notice));
    dialog->setPasswordNotice(QString());
    EXPECT_FALSE(dialog->passwordNoticeLabel()->isVisible());

    dialog->passwordEdit()->setText(kPassword);
    ASSERT_TRUE(connectAndWait());
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
}

TEST_F(ConnectDialogTest, ClosingTheWindowWhileBusyStopsTheCheck)
{
    site.index = [] { return stalled(); };
    fill(QStringLiteral("https://news.example"));
    QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->isBusy());
    dialog->close();
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_FALSE(dialog->isVisible());
}

TEST(ConnectDialogInVietnamese, FitsAndSavesScreenshots)
{
    VietnameseUi vietnamese;
    Site site;
    site.me = [] { return wpError(401, QStringLiteral("rest_not_logged_in")); };
    FakeNetwork network(site.handler());
    ConnectDialog dialog(&network);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.addressEdit()->setText(QStringLiteral("https://news.example"));
    dialog.userEdit()->setText(QStringLiteral("bientap"));
    dialog.passwordEdit()->setText(kPassword);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }));
    EXPECT_TRUE(dialog.messageIsError());
    EXPECT_EQ(dialog.message(), message(PortalErrorKind::WrongPassword));  // translated alike
    saveScreenshot(dialog, "connect-wrong-password-vi.png");

    site.me = [] { return json(meObject()); };
    dialog.passwordEdit()->setText(kPassword + u'2');
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }));
    ASSERT_TRUE(dialog.saveButton()->isEnabled());
    expectNothingClipped(dialog);
    saveScreenshot(dialog, "connect-success-vi.png");
}
