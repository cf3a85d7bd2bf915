#include "portal/WpResponses.h"

#include "html/PlainText.h"
#include "portal/SiteUrl.h"
#include "portal/WpErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace newsdesk {

namespace {

QString key(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// A JSON object body, or nothing: HTML with 200, a truncated or non-object body.
std::optional<QJsonObject> jsonObject(const HttpOutcome &outcome)
{
    if (!outcome.isJson())
        return std::nullopt;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(outcome.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

bool readId(const QJsonValue &value, qint64 &id)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 0 || number > 9.0e15 || std::floor(number) != number)
        return false;
    id = static_cast<qint64>(number);
    return true;
}

Error unexpected(const QString &host, const HttpOutcome &outcome, const QString &why)
{
    return WpErrors::make(PortalErrorKind::UnexpectedResponse, host,
        why + QStringLiteral(" (HTTP ") + QString::number(outcome.status) + QStringLiteral(", ")
            + QString::fromLatin1(outcome.contentType) + QStringLiteral(", ")
            + QString::number(outcome.body.size()) + QStringLiteral(" bytes)"));
}

Error serverError(const QString &host, const HttpOutcome &outcome)
{
    const WpErrorBody body = WpErrors::parseErrorBody(outcome.body);
    return WpErrors::make(PortalErrorKind::ServerError, host,
        QStringLiteral("HTTP ") + QString::number(outcome.status) + QLatin1Char(' ') + body.code,
        body.message, outcome.status);
}

// gmt_offset is a number of hours, sometimes sent as a string ("5.5").
int offsetSeconds(const QJsonValue &value)
{
    double hours = 0;
    if (value.isDouble())
        hours = value.toDouble();
    else if (value.isString())
        hours = value.toString().toDouble();
    if (!std::isfinite(hours) || std::abs(hours) > 14)
        return 0;
    return static_cast<int>(std::lround(hours * 3600));
}

}  // namespace

std::optional<Error> WpResponses::transportFailure(
    const HttpOutcome &outcome, const QString &host, int transferTimeoutMs)
{
    if (outcome.tooLarge) {
        return WpErrors::make(PortalErrorKind::ResponseTooLarge, host, QStringLiteral("size cap"),
            QString::number(qMax<qint64>(1, outcome.maxBytes / (1024 * 1024))));
    }
    if (!outcome.sslErrors.isEmpty() || outcome.error == QNetworkReply::SslHandshakeFailedError) {
        const QString problem = outcome.sslErrors.isEmpty()
            ? outcome.errorText
            : outcome.sslErrors.first().errorString();
        return WpErrors::make(PortalErrorKind::TlsError, host, problem, problem);
    }
    if (outcome.timedOut) {
        return WpErrors::make(PortalErrorKind::Timeout, host, outcome.errorText,
            QString::number(qMax(1, transferTimeoutMs / 1000)));
    }
    if (outcome.status == 0) {
        const QString text = outcome.error == QNetworkReply::NoError
            ? QStringLiteral("no HTTP status")
            : outcome.errorText;
        return WpErrors::make(PortalErrorKind::Unreachable, host, text, text);
    }
    // A success cut short (connection closed before Content-Length bytes, and the like).
    if (outcome.status >= 200 && outcome.status < 300 && outcome.error != QNetworkReply::NoError)
        return unexpected(host, outcome, QStringLiteral("incomplete answer: ") + outcome.errorText);
    return std::nullopt;
}

Result<SiteIndex> WpResponses::readIndex(const HttpOutcome &outcome, const QString &host)
{
    const WpErrorBody errorBody = WpErrors::parseErrorBody(outcome.body);
    if (outcome.status == 401 || outcome.status == 403
        || errorBody.code == QStringLiteral("rest_disabled")) {
        return WpErrors::make(PortalErrorKind::RestDisabled, host,
            QStringLiteral("index: HTTP ") + QString::number(outcome.status) + QLatin1Char(' ')
                + errorBody.code);
    }
    if (outcome.status >= 500)
        return serverError(host, outcome);
    const std::optional<QJsonObject> index
        = outcome.status == 200 ? jsonObject(outcome) : std::nullopt;
    const QJsonArray namespaces = index ? index->value(key(u"namespaces")).toArray() : QJsonArray();
    if (!index || !namespaces.contains(QJsonValue(key(u"wp/v2")))) {
        return WpErrors::make(PortalErrorKind::NotWordPress, host,
            QStringLiteral("index: HTTP ") + QString::number(outcome.status) + QStringLiteral(", ")
                + QString::fromLatin1(outcome.contentType)
                + (index ? QStringLiteral(", no wp/v2") : QStringLiteral(", no JSON object")));
    }
    SiteIndex site;
    site.name = html::toPlainText(index->value(key(u"name")).toString()).simplified();
    site.restRoot = outcome.url;
    site.siteUrl = SiteUrl::siteOf(outcome.url);
    // WordPress answers its index under any path of the site ("/news/wp-includes/?rest_route=/"),
    // so take the site's own address when it names the same origin (never another host: the
    // credentials go there next).
    const Result<QUrl> home = SiteUrl::normalise(QUrl(index->value(key(u"url")).toString()));
    if (home && home->scheme() == site.siteUrl.scheme() && home->host() == site.siteUrl.host()
        && home->port() == site.siteUrl.port() && home.value() != site.siteUrl) {
        site.siteUrl = home.value();
        site.restRoot = SiteUrl::restUrl(site.siteUrl, QStringLiteral("/"));
    }
    site.timeZoneId = index->value(key(u"timezone_string")).toString();
    site.utcOffsetSeconds = offsetSeconds(index->value(key(u"gmt_offset")));
    // With no method at all, PHP's empty array comes as [] rather than {}.
    site.applicationPasswords
        = index->value(key(u"authentication")).toObject().contains(key(u"application-passwords"));
    site.companionPlugin = namespaces.contains(QJsonValue(QString::fromUtf16(kCompanionNamespace)));
    return site;
}

Result<WpUser> WpResponses::readMe(const HttpOutcome &outcome, const QString &host)
{
    if (outcome.status == 401) {
        const WpErrorBody body = WpErrors::parseErrorBody(outcome.body);
        if (body.code == QStringLiteral("application_passwords_disabled")
            || body.code == QStringLiteral("application_passwords_disabled_for_user")) {
            return WpErrors::make(PortalErrorKind::AppPasswordsUnavailable, host,
                QStringLiteral("users/me: ") + body.code);
        }
        // rest_not_logged_in (a wrong application password is silently ignored),
        // incorrect_password, invalid_username, invalid_email.
        return WpErrors::make(PortalErrorKind::WrongPassword, host,
            QStringLiteral("users/me: HTTP 401 ") + body.code);
    }
    if (outcome.status != 200)
        return serverError(host, outcome);
    const std::optional<QJsonObject> me = jsonObject(outcome);
    if (!me)
        return unexpected(host, outcome, QStringLiteral("users/me: not a JSON object"));
    WpUser user;
    const QJsonValue roles = me->value(key(u"roles"));
    const QJsonValue capabilities = me->value(key(u"capabilities"));
    if (!readId(me->value(key(u"id")), user.id) || user.id == 0
        || !me->value(key(u"name")).isString() || !roles.isArray() || !capabilities.isObject()) {
        return unexpected(host, outcome, QStringLiteral("users/me: missing or mistyped fields"));
    }
    user.userName = me->value(key(u"username")).toString();
    if (user.userName.isEmpty())
        user.userName = me->value(key(u"slug")).toString();
    user.displayName = me->value(key(u"name")).toString();
    for (const QJsonValue &role : roles.toArray()) {
        if (!role.isString())
            return unexpected(host, outcome, QStringLiteral("users/me: a role is not a string"));
        user.roles.append(role.toString());
    }
    const QJsonObject granted = capabilities.toObject();
    for (const QString &capability : PortalIdentity::relevantCapabilities()) {
        if (granted.value(capability).toBool(false))
            user.capabilities.append(capability);
    }
    return user;
}

Result<TermPage> WpResponses::readTerms(const HttpOutcome &outcome, const QString &host)
{
    if (outcome.status == 401) {
        return WpErrors::make(PortalErrorKind::WrongPassword, host,
            QStringLiteral("terms: HTTP 401 ") + WpErrors::parseErrorBody(outcome.body).code);
    }
    if (outcome.status != 200)
        return serverError(host, outcome);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(outcome.body, &parseError);
    if (!outcome.isJson() || parseError.error != QJsonParseError::NoError || !document.isArray())
        return unexpected(host, outcome, QStringLiteral("terms: not a JSON array"));
    TermPage page;
    page.totalPages = outcome.totalPages < 0 ? 1 : outcome.totalPages;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        PortalTerm term;
        if (!value.isObject() || !readId(object.value(key(u"id")), term.id)
            || !object.value(key(u"name")).isString() || !object.value(key(u"slug")).isString())
            return unexpected(host, outcome, QStringLiteral("terms: missing or mistyped fields"));
        term.name = html::toPlainText(object.value(key(u"name")).toString()).trimmed();
        term.slug = object.value(key(u"slug")).toString();
        const QJsonValue parent = object.value(key(u"parent"));
        if (!parent.isUndefined() && !readId(parent, term.parent))
            return unexpected(host, outcome, QStringLiteral("terms: mistyped parent"));
        page.terms.append(term);
    }
    return page;
}

}  // namespace newsdesk
