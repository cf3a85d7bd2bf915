#include "portal/WpErrors.h"

#include "html/PlainText.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace newsdesk {

namespace {

constexpr int kTimeoutSecondsShown = 30;

struct KindTag {
    PortalErrorKind kind;
    const char16_t *tag;
};

constexpr KindTag kTags[] = {
    {PortalErrorKind::InvalidUrl, u"invalid-url"},
    {PortalErrorKind::MissingCredentials, u"missing-credentials"},
    {PortalErrorKind::PlainHttpRefused, u"plain-http-refused"},
    {PortalErrorKind::Unreachable, u"unreachable"},
    {PortalErrorKind::Timeout, u"timeout"},
    {PortalErrorKind::TlsError, u"tls"},
    {PortalErrorKind::NotWordPress, u"not-wordpress"},
    {PortalErrorKind::RestDisabled, u"rest-disabled"},
    {PortalErrorKind::AppPasswordsUnavailable, u"app-passwords-unavailable"},
    {PortalErrorKind::WrongPassword, u"wrong-password"},
    {PortalErrorKind::UnexpectedResponse, u"unexpected-response"},
    {PortalErrorKind::ResponseTooLarge, u"too-large"},
    {PortalErrorKind::ServerError, u"server-error"},
    {PortalErrorKind::NotConnected, u"not-connected"},
};

const QString kPrefix = QStringLiteral("wp:");

}  // namespace

QString WpErrors::tag(PortalErrorKind kind)
{
    for (const KindTag &entry : kTags) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.tag);
    }
    return {};
}

PortalErrorKind WpErrors::kindOf(const Error &error)
{
    if (!error.detail.startsWith(kPrefix))
        return PortalErrorKind::None;
    const qsizetype end = error.detail.indexOf(QLatin1Char(';'));
    const QStringView tagText
        = QStringView(error.detail).mid(kPrefix.size(), end < 0 ? -1 : end - kPrefix.size());
    for (const KindTag &entry : kTags) {
        if (tagText == QStringView(entry.tag))
            return entry.kind;
    }
    return PortalErrorKind::None;
}

Error WpErrors::make(PortalErrorKind kind, const QString &host, const QString &detail,
    const QString &argument, int httpStatus)
{
    QString message;
    ErrorCode code = ErrorCode::IoError;
    switch (kind) {
    case PortalErrorKind::None:
        break;
    case PortalErrorKind::InvalidUrl:
        code = ErrorCode::InvalidInput;
        message = tr("“%1” is not a web address Newsdesk can use. Enter the portal's address, "
                     "for example https://example.com.")
                      .arg(argument);
        break;
    case PortalErrorKind::MissingCredentials:
        code = ErrorCode::InvalidInput;
        message = tr("Enter the user name and the application password.");
        break;
    case PortalErrorKind::PlainHttpRefused:
        code = ErrorCode::InvalidInput;
        message = tr("%1 uses plain http, so the password would travel unencrypted. Use "
                     "https, or allow plain http for this host explicitly.")
                      .arg(host);
        break;
    case PortalErrorKind::Unreachable:
        message = tr("Could not reach %1: %2").arg(host, argument);
        break;
    case PortalErrorKind::Timeout:
        message = tr("%1 stopped answering for %2 seconds. Check the connection and try again.")
                      .arg(host)
                      .arg(argument.isEmpty() ? QString::number(kTimeoutSecondsShown) : argument);
        break;
    case PortalErrorKind::TlsError:
        message = tr("The secure connection to %1 failed: %2. Newsdesk does not connect to a "
                     "site whose certificate cannot be trusted.")
                      .arg(host, argument);
        break;
    case PortalErrorKind::NotWordPress:
        message = tr("%1 does not look like a WordPress site: it does not answer the WordPress "
                     "REST API. Check the address.")
                      .arg(host);
        break;
    case PortalErrorKind::RestDisabled:
        message = tr("The WordPress REST API is turned off on %1 (often by a security plugin). "
                     "Ask the site's administrator to allow it for logged-in users.")
                      .arg(host);
        break;
    case PortalErrorKind::AppPasswordsUnavailable:
        message = tr("Application Passwords are not available on %1. WordPress offers them only "
                     "over HTTPS (or on a local development site), and a plugin can turn them "
                     "off.")
                      .arg(host);
        break;
    case PortalErrorKind::WrongPassword:
        message = tr("The user name or the application password is wrong. You can create a new "
                     "application password in WordPress under Users → Profile.");
        break;
    case PortalErrorKind::UnexpectedResponse:
        message = tr("%1 sent an answer Newsdesk cannot read.").arg(host);
        break;
    case PortalErrorKind::ResponseTooLarge:
        message = tr("%1 sent an answer larger than %2 MB; Newsdesk stopped reading it.")
                      .arg(host, argument);
        break;
    case PortalErrorKind::ServerError:
        message = argument.isEmpty()
            ? tr("%1 answered with an error (HTTP %2).").arg(host).arg(httpStatus)
            : tr("%1 answered with an error (HTTP %2): %3").arg(host).arg(httpStatus).arg(argument);
        break;
    case PortalErrorKind::NotConnected:
        code = ErrorCode::InvalidInput;
        message = tr("Connect to the portal first.");
        break;
    }
    return makeError(code, message, kPrefix + tag(kind) + QStringLiteral("; ") + detail);
}

WpErrorBody WpErrors::parseErrorBody(const QByteArray &body)
{
    WpErrorBody result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return result;
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("code")).isString())
        return result;
    result.code = object.value(QStringLiteral("code")).toString();
    // The message is HTML-escaped text in the site's language; shown as plain text.
    result.message = html::toPlainText(object.value(QStringLiteral("message")).toString())
                         .simplified()
                         .left(300);
    result.status
        = object.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toInt();
    return result;
}

}  // namespace newsdesk
