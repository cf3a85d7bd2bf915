#pragma once

// Why talking to the portal failed, as a kind the code can branch on and a translated
// sentence the user can act on. Result<T>'s ErrorCode has no network codes, so the kind
// travels as a stable tag at the start of Error::detail ("wp:wrong-password; ...").

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace newsdesk {

enum class PortalErrorKind {
    None,  // not a portal error (or success)
    InvalidUrl,
    MissingCredentials,  // no user name or no application password
    PlainHttpRefused,  // http:// to a host that is neither loopback nor explicitly allowed
    Unreachable,  // DNS, connection refused or reset, other network errors
    Timeout,  // no bytes for the transfer timeout
    TlsError,  // certificate or handshake problem; never ignored
    NotWordPress,  // no JSON REST index, or no wp/v2 namespace
    RestDisabled,  // the index answers 401/403 or rest_disabled
    AppPasswordsUnavailable,  // the index offers no application-passwords authentication
    WrongPassword,  // 401 on users/me
    UnexpectedResponse,  // not the JSON expected: HTML, truncated, wrong types
    ResponseTooLarge,  // more than the reading cap
    ServerError,  // any other HTTP error, with the server's message
    NotConnected,  // fetchTerms() before a successful verify()
};

// A WordPress error body: {code, message, data: {status}}.
struct WpErrorBody {
    QString code;
    QString message;  // the server's text (may be HTML-escaped, in the site's language)
    int status = 0;
};

class WpErrors {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::WpErrors)

public:
    // `host` names the portal in the message; `argument` fills the kind's extra blank (the
    // certificate problem, the network error, the server's message, the URL typed).
    static Error make(PortalErrorKind kind, const QString &host, const QString &detail,
        const QString &argument = {}, int httpStatus = 0);
    static PortalErrorKind kindOf(const Error &error);
    static QString tag(PortalErrorKind kind);
    // Parses a WordPress error body; code empty when the body is not one.
    static WpErrorBody parseErrorBody(const QByteArray &body);
};

}  // namespace newsdesk
