// newsdesk-cli's portal commands: account add|list|remove, sync, sync status, share.
// The password comes from the keychain, else from --password-stdin or NEWSDESK_APP_PASSWORD;
// it is never an argument (other users could read it in `ps`) and never printed.

#include "CliApp.h"
#include "OptionReader.h"

#include "portal/PortalConnection.h"
#include "portal/WpErrors.h"
#include "secrets/SecretStore.h"
#include "store/ProfileStore.h"
#include "sync/ConflictResolver.h"
#include "sync/OutboxStore.h"
#include "sync/OutboxWriter.h"
#include "sync/PortalAccountStore.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>

namespace newsdesk::cli {
namespace {

template<typename T, typename Signal>
std::optional<Result<T>> waitFor(PortalConnection &connection, Signal signal)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    QObject::connect(&connection, signal, &loop, [&](const Result<T> &r) {
        result.emplace(r);
        loop.quit();
    });
    loop.exec();
    return result;
}

QJsonObject operationJson(const OutboxOperation &op)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), op.id);
    o.insert(QStringLiteral("article"), op.articleId);
    o.insert(QStringLiteral("uuid"), op.articleUuid);
    o.insert(QStringLiteral("title"), op.payload.title);
    o.insert(QStringLiteral("action"), op.action);
    o.insert(QStringLiteral("portalStatus"), op.payload.status);
    o.insert(QStringLiteral("state"), outboxStateKey(op.state));
    o.insert(QStringLiteral("attempts"), op.attempts);
    if (op.nextAttemptAt.isValid())
        o.insert(QStringLiteral("nextAttempt"), op.nextAttemptAt.toString(Qt::ISODate));
    if (op.remoteId)
        o.insert(QStringLiteral("remoteId"), op.remoteId);
    if (!op.lastError.isEmpty())
        o.insert(QStringLiteral("error"), op.lastError);
    if (!op.notice.isEmpty())
        o.insert(QStringLiteral("notice"), op.notice);
    return o;
}

}  // namespace

std::optional<QString> CliApp::passwordFromInput(bool fromStdin)
{
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return std::nullopt;
        QString password = QString::fromUtf8(in.readLine(4096));
        while (password.endsWith(u'\n') || password.endsWith(u'\r'))
            password.chop(1);
        return password.isEmpty() ? std::nullopt : std::optional<QString>(password);
    }
    const QString fromEnvironment = qEnvironmentVariable("NEWSDESK_APP_PASSWORD");
    return fromEnvironment.isEmpty() ? std::nullopt : std::optional<QString>(fromEnvironment);
}

int CliApp::accountCommand(const QStringList &args)
{
    OptionReader options(args);
    const auto url = options.value(QStringLiteral("url"));
    const auto user = options.value(QStringLiteral("user"));
    const bool fromStdin = options.flag(QStringLiteral("password-stdin"));
    const bool allowHttp = options.flag(QStringLiteral("allow-http"));
    if (auto unknown = options.unknownOption())
        return usage(tr("account: unknown option %1.").arg(*unknown));
    const QStringList positional = options.positional();
    const QString sub = positional.value(0);
    if (positional.size() != 1 || (sub != u"add" && sub != u"list" && sub != u"remove"))
        return usage(tr("account: use 'account add', 'account list' or 'account remove'."));
    if (sub == u"add" && (!url || !user))
        return usage(tr("account add: give --url URL and --user NAME."));
    if (!openStore(sub == u"add" ? StoreAccess::CreateIfMissing : StoreAccess::MustExist))
        return Failure;
    PortalAccountStore accounts(*m_db);
    auto existing = accounts.account();
    if (!existing)
        return fail(existing.error());
    SecretStoreChoice secrets = openSecretStore();

    if (sub == u"list") {
        QJsonArray list;
        if (*existing) {
            const PortalAccount &account = **existing;
            auto stored = secrets.store->read(
                accountSecretKey(account.identity.siteUrl, account.identity.userName));
            const bool hasPassword = stored && stored->has_value();
            QJsonObject o;
            o.insert(QStringLiteral("site"), account.site());
            o.insert(QStringLiteral("siteName"), account.identity.siteName);
            o.insert(QStringLiteral("user"), account.identity.userName);
            o.insert(QStringLiteral("displayName"), account.identity.displayName);
            o.insert(QStringLiteral("role"), Workflow::roleKey(account.identity.role));
            o.insert(QStringLiteral("timeZone"),
                account.identity.timeZone().displayName(
                    QTimeZone::GenericTime, QTimeZone::OffsetName));
            o.insert(QStringLiteral("paused"), account.paused());
            o.insert(QStringLiteral("passwordInKeychain"), hasPassword);
            list.append(o);
            if (!m_json) {
                m_out << account.site() << "  " << account.identity.userName << " ("
                      << account.identity.displayName << ")  "
                      << Workflow::roleDisplayName(account.identity.role) << '\n';
                m_out << "  " << tr("Time zone: %1").arg(o.value(u"timeZone").toString()) << '\n';
                m_out << "  "
                      << (hasPassword ? tr("Password: in the keychain")
                                      : tr("Password: not stored (give it when you sync)"))
                      << '\n';
                if (account.paused())
                    m_out << "  " << tr("Paused: the portal rejected the password.") << '\n';
            }
        } else if (!m_json) {
            m_out << tr("No portal account. Add one with: account add --url URL --user NAME "
                        "--password-stdin")
                  << '\n';
        }
        if (m_json)
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }

    if (sub == u"remove") {
        if (!*existing) {
            m_err << tr("There is no portal account to remove.") << '\n';
            return Failure;
        }
        const PortalIdentity &identity = (*existing)->identity;
        auto removed = m_db->transaction([&]() -> Result<void> {
            if (auto done = accounts.remove(); !done)
                return done;
            return ProfileStore(*m_db).releaseRoleFromPortal();
        });
        if (!removed)
            return fail(removed.error());
        if (auto forgotten
            = secrets.store->remove(accountSecretKey(identity.siteUrl, identity.userName));
            !forgotten)
            m_err << forgotten.error().message << '\n';
        m_out << tr("Removed the account %1 at %2.")
                     .arg(identity.userName, identity.siteUrl.toString())
              << '\n';
        return Success;
    }

    // add: verify, then keep the account, its terms and (in the keychain) the password.
    const std::optional<QString> password = passwordFromInput(fromStdin);
    if (!password)
        return usage(tr("account add: give the application password on standard input with "
                        "--password-stdin, or in NEWSDESK_APP_PASSWORD."));
    QNetworkAccessManager network;
    PortalConnection connection(&network);
    if (allowHttp)
        connection.allowPlainHttp(QUrl::fromUserInput(*url).host());
    connection.verify(QUrl::fromUserInput(*url), *user, *password);
    auto verified = waitFor<PortalIdentity>(connection, &PortalConnection::finished);
    if (!verified || !*verified)
        return fail(verified ? verified->error()
                             : makeError(ErrorCode::Internal, tr("The check did not finish.")));
    const PortalIdentity identity = **verified;
    connection.fetchTerms();
    auto terms = waitFor<PortalTerms>(connection, &PortalConnection::termsFetched);

    PortalAccount account;
    account.identity = identity;
    account.plainHttpAllowed = allowHttp;
    auto saved = m_db->transaction([&]() -> Result<void> {
        if (auto done = accounts.save(account, m_clock.nowUtc()); !done)
            return done;
        if (terms && *terms)
            if (auto done = accounts.replaceTerms(account.site(), **terms, m_clock.nowUtc()); !done)
                return done;
        return ProfileStore(*m_db).setRoleFromPortal(identity.role);
    });
    if (!saved)
        return fail(saved.error());
    m_out << tr("Connected to %1 (%2) as %3 (%4): %5.")
                 .arg(identity.siteName, account.site(), identity.displayName, identity.userName,
                     Workflow::roleDisplayName(identity.role))
          << '\n';
    if (terms && *terms)
        m_out << tr("%n categories", nullptr, int((*terms)->categories.size())) << ", "
              << tr("%n tags", nullptr, int((*terms)->tags.size())) << '\n';
    else if (terms)
        m_err << terms->error().message << '\n';
    if (secrets.store->isPersistent()) {
        if (auto kept = secrets.store->write(
                accountSecretKey(identity.siteUrl, identity.userName), *password);
            !kept)
            m_err << kept.error().message << '\n';
        else
            m_out << tr("The password is in the system keychain.") << '\n';
    } else {
        m_err << secrets.notice << '\n'
              << tr("Give the password with --password-stdin or NEWSDESK_APP_PASSWORD when you "
                    "sync.")
              << '\n';
    }
    return Success;
}

int CliApp::syncCommand(const QStringList &args)
{
    OptionReader options(args);
    const bool pushOnly = options.flag(QStringLiteral("push-only"));
    const bool pullOnly = options.flag(QStringLiteral("pull-only"));
    const bool fromStdin = options.flag(QStringLiteral("password-stdin"));
    if (auto unknown = options.unknownOption())
        return usage(tr("sync: unknown option %1.").arg(*unknown));
    const QStringList positional = options.positional();
    if (positional.value(0) == u"status" && positional.size() == 1)
        return syncStatus();
    if (!positional.isEmpty())
        return usage(tr("sync: use 'sync [--push-only|--pull-only]' or 'sync status'."));
    if (pushOnly && pullOnly)
        return usage(tr("sync: --push-only and --pull-only exclude each other."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto account = PortalAccountStore(*m_db).account();
    if (!account)
        return fail(account.error());
    QString password;
    if (*account) {
        // A password given now wins over the keychain's (it may be the new one).
        if (auto given = passwordFromInput(fromStdin)) {
            password = *given;
        } else {
            SecretStoreChoice secrets = openSecretStore();
            auto stored = secrets.store->read(
                accountSecretKey((*account)->identity.siteUrl, (*account)->identity.userName));
            if (stored && stored->has_value())
                password = **stored;
        }
    }
    QNetworkAccessManager network;
    SyncEngine engine(*m_db, *m_media, m_clock, &network);
    engine.setPassword(password);
    QObject::connect(&engine, &SyncEngine::operationFinished, &engine,
        [this](qint64 id, OutboxState state, const QString &message) {
            if (m_json)
                return;
            m_out << "  #" << id << ' ' << outboxStateKey(state);
            if (!message.isEmpty())
                m_out << ": " << message;
            m_out << '\n';
            m_out.flush();
        });
    SyncOptions syncOptions;
    syncOptions.push = !pullOnly;
    syncOptions.pull = !pushOnly;
    QElapsedTimer timer;
    timer.start();
    auto summary = engine.run(syncOptions);
    if (!summary)
        return fail(summary.error());
    const SyncSummary &s = *summary;
    if (m_json) {
        QJsonObject o;
        o.insert(QStringLiteral("sent"), s.sent);
        o.insert(QStringLiteral("done"), s.done);
        o.insert(QStringLiteral("reconciled"), s.reconciled);
        o.insert(QStringLiteral("failed"), s.failed);
        o.insert(QStringLiteral("waiting"), s.waiting);
        o.insert(QStringLiteral("photosUploaded"), s.photosUploaded);
        o.insert(QStringLiteral("duplicatesRemoved"), s.duplicatesRemoved);
        o.insert(QStringLiteral("requests"), s.requests);
        o.insert(QStringLiteral("termsPulled"), s.termsPulled);
        o.insert(QStringLiteral("postsPulled"), s.postsPulled);
        o.insert(QStringLiteral("articlesCreated"), s.articlesCreated);
        o.insert(QStringLiteral("articlesUpdated"), s.articlesUpdated);
        o.insert(QStringLiteral("conflicts"), s.conflicts);
        o.insert(QStringLiteral("blockedByConflict"), s.blockedByConflict);
        o.insert(QStringLiteral("missedSchedules"), QJsonArray::fromStringList(s.missedSchedules));
        o.insert(QStringLiteral("offline"), s.offline);
        o.insert(QStringLiteral("paused"), s.paused);
        o.insert(QStringLiteral("ms"), timer.elapsed());
        o.insert(QStringLiteral("notices"), QJsonArray::fromStringList(s.notices));
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(s.errors));
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("Sync: %1 sent, %2 done, %3 found on the portal and adopted, %4 failed, %5 "
                    "waiting; %6 photos uploaded; %7 requests in %8 s.")
                     .arg(s.sent)
                     .arg(s.done)
                     .arg(s.reconciled)
                     .arg(s.failed)
                     .arg(s.waiting)
                     .arg(s.photosUploaded)
                     .arg(s.requests)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << '\n';
        if (s.termsPulled)
            m_out << tr("Categories, tags and the time zone are up to date.") << '\n';
        if (s.offline)
            m_out << tr("The portal could not be reached; what is left waits for the next sync.")
                  << '\n';
        if (s.postsPulled > 0)
            m_out << tr("From the portal: %1 new here, %2 updated, %3 conflicts to resolve "
                        "(newsdesk-cli conflicts).")
                         .arg(s.articlesCreated)
                         .arg(s.articlesUpdated)
                         .arg(s.conflicts)
                  << '\n';
        for (const QString &notice : s.notices)
            m_out << tr("Note: %1").arg(notice) << '\n';
        for (const QString &missed : s.missedSchedules)
            m_out << tr("Missed schedule: %1").arg(missed) << '\n';
        for (const QString &error : s.errors)
            m_err << error << '\n';
    }
    return s.failed > 0 || s.paused ? Failure : Success;
}

int CliApp::syncStatus()
{
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    OutboxStore outbox(*m_db);
    auto counts = outbox.counts();
    if (!counts)
        return fail(counts.error());
    auto recent = outbox.recent(20);
    if (!recent)
        return fail(recent.error());
    auto account = PortalAccountStore(*m_db).account();
    if (!account)
        return fail(account.error());
    if (m_json) {
        QJsonObject o;
        o.insert(QStringLiteral("pending"), counts->pending);
        o.insert(QStringLiteral("waiting"), counts->waiting);
        o.insert(QStringLiteral("failed"), counts->failed);
        o.insert(QStringLiteral("done"), counts->done);
        o.insert(QStringLiteral("account"), *account ? (*account)->site() : QString());
        o.insert(QStringLiteral("paused"), *account && (*account)->paused());
        QJsonArray ops;
        for (const OutboxOperation &op : std::as_const(*recent))
            ops.append(operationJson(op));
        o.insert(QStringLiteral("recent"), ops);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (*account)
        m_out << tr("Portal: %1 as %2%3")
                     .arg((*account)->site(), (*account)->identity.userName,
                         (*account)->paused() ? tr(" (paused: enter the password again)")
                                              : QString())
              << '\n';
    else
        m_out << tr("Portal: no account") << '\n';
    m_out << tr("To send: %1; waiting to retry: %2; failed: %3; sent: %4")
                 .arg(counts->pending)
                 .arg(counts->waiting)
                 .arg(counts->failed)
                 .arg(counts->done)
          << '\n';
    for (const OutboxOperation &op : std::as_const(*recent)) {
        m_out << "  #" << op.id << ' ' << outboxStateKey(op.state) << ' ' << op.action << " -> "
              << op.payload.status << "  " << op.payload.title;
        if (op.state == OutboxState::Retry && op.nextAttemptAt.isValid())
            m_out << "  ("
                  << tr("next try %1")
                         .arg(op.nextAttemptAt.toLocalTime().toString(
                             QStringLiteral("dd/MM HH:mm:ss")))
                  << ')';
        m_out << '\n';
        if (!op.lastError.isEmpty() && isOpen(op.state))
            m_out << "      " << op.lastError << '\n';
        else if (!op.lastError.isEmpty() && op.state == OutboxState::Failed)
            m_out << "      " << op.lastError << '\n';
        if (!op.notice.isEmpty())
            m_out << "      " << op.notice << '\n';
    }
    return Success;
}

int CliApp::shareDraft(const QStringList &args)
{
    OptionReader options(args);
    if (auto unknown = options.unknownOption())
        return usage(tr("share: unknown option %1.").arg(*unknown));
    if (options.positional().size() != 1)
        return usage(tr("share: give one article id."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto article = m_articles->find(options.positional().front());
    if (!article)
        return fail(article.error());
    auto op = OutboxWriter(*m_db).shareDraft(article->id, m_clock.nowUtc());
    if (!op)
        return fail(op.error());
    m_out << tr("“%1” will be sent to the portal as a draft at the next sync.")
                 .arg(article->content.title)
          << '\n';
    return Success;
}

int CliApp::conflictsCommand(const QStringList &args)
{
    OptionReader options(args);
    const bool mine = options.flag(QStringLiteral("mine"));
    const bool theirs = options.flag(QStringLiteral("theirs"));
    const auto mergedFile = options.value(QStringLiteral("merged"));
    if (auto unknown = options.unknownOption())
        return usage(tr("conflicts: unknown option %1.").arg(*unknown));
    const QStringList positional = options.positional();
    const bool resolving = positional.value(0) == u"resolve";
    if ((!positional.isEmpty() && !resolving) || (resolving && positional.size() != 2)
        || (resolving && int(mine) + int(theirs) + int(mergedFile.has_value()) != 1)
        || (!resolving && (mine || theirs || mergedFile)))
        return usage(tr("conflicts: use 'conflicts', or 'conflicts resolve N' with one of "
                        "--mine, --theirs, --merged FILE."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    if (resolving) {
        bool ok = false;
        const qint64 id = positional.value(1).toLongLong(&ok);
        if (!ok)
            return usage(tr("conflicts resolve: N is the number 'conflicts' shows."));
        std::optional<MergedText> merged;
        if (mergedFile) {
            QFile file(*mergedFile);
            if (!file.open(QIODevice::ReadOnly))
                return fail(tr("Cannot read %1: %2").arg(*mergedFile, file.errorString()));
            auto conflicts = ConflictStore(*m_db).open();
            if (!conflicts)
                return fail(conflicts.error());
            const auto found = std::find_if(conflicts->begin(), conflicts->end(),
                [id](const SyncConflict &c) { return c.id == id; });
            if (found == conflicts->end())
                return fail(tr("There is no open conflict %1.").arg(id));
            auto article = m_articles->get(found->articleId);
            if (!article)
                return fail(article.error());
            merged = MergedText {article->content.title, QString::fromUtf8(file.readAll()),
                article->content.summary};
        }
        auto profile = m_workflow->profile();
        const QString actor = profile ? profile->name : QString();
        auto resolved = ConflictResolver(*m_db, m_clock)
                            .resolve(id,
                                mine         ? ConflictChoice::Mine
                                    : theirs ? ConflictChoice::Theirs
                                             : ConflictChoice::Merged,
                                merged, actor);
        if (!resolved)
            return fail(resolved.error());
        m_out << tr("Conflict %1 resolved.").arg(id) << '\n';
        return Success;
    }
    auto open = ConflictStore(*m_db).open();
    if (!open)
        return fail(open.error());
    if (m_json) {
        QJsonArray list;
        for (const SyncConflict &c : std::as_const(*open))
            list.append(QJsonObject {{QStringLiteral("id"), c.id},
                {QStringLiteral("article"), c.articleId}, {QStringLiteral("uuid"), c.articleUuid},
                {QStringLiteral("fields"), QJsonArray::fromStringList(c.fields)},
                {QStringLiteral("mine"), c.mine}, {QStringLiteral("theirs"), c.theirs},
                {QStringLiteral("base"), c.base}});
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (open->isEmpty())
        m_out << tr("No conflicts.") << '\n';
    for (const SyncConflict &c : std::as_const(*open))
        m_out << "  #" << c.id << "  " << c.mine.value(u"title").toString() << "  ("
              << c.fields.join(QStringLiteral(", ")) << ")\n";
    return Success;
}

}  // namespace newsdesk::cli
