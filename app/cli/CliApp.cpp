#include "CliApp.h"

#include "OptionReader.h"
#include "PdfRenderer.h"

#include "html/PlainText.h"
#include "io/ArticleExporter.h"
#include "io/ArticleImporter.h"
#include "io/ArticleJson.h"
#include "io/PortalTime.h"
#include "render/PortalTemplate.h"
#include "sync/PortalAccountStore.h"
#include "text/WordDiff.h"
#include "text/proofread/Proofreader.h"
#include "text/proofread/SpellChecker.h"
#include "util/AppIdentity.h"
#include "util/LogCategories.h"
#include "util/LogFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>
#include <cstdio>

namespace newsdesk::cli {
namespace {

const char *const kUsage = QT_TRANSLATE_NOOP("newsdesk-cli",
    "Usage: newsdesk-cli [--db PATH] [--json] COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  import FILE...                 add articles from .html, .md, .txt or .json files\n"
    "  update ID FILE                 replace an article's content (keeps its id and history)\n"
    "  list [--status S] [--limit N]  list articles, newest first\n"
    "  search QUERY [--status S] [--limit N]\n"
    "                                 search titles and text, with or without diacritics\n"
    "  show ID                        print one article\n"
    "  export (ID|--all) --format html|json|pdf --out DIR [--template FOLDER]\n"
    "                                 write articles to files; html and pdf as the\n"
    "                                 portal shows them (A4 PDF, for printing)\n"
    "  stats                          counts of articles, words, revisions and photos\n"
    "  history ID                     list an article's revisions\n"
    "  diff ID REV_A REV_B            word differences between two revisions\n"
    "  restore ID REV                 bring back a revision (as a new revision)\n"
    "\n"
    "Backups (see docs/BACKUPS.md):\n"
    "  backup [--to FOLDER] [--keep N]\n"
    "                                 back up the store and its photos now; keeps the\n"
    "                                 newest N backups of the folder (default 14)\n"
    "  backup list [--from FOLDER]    the backups, newest first\n"
    "  restore --backup NAME|PATH [--from FOLDER]\n"
    "                                 replace the store with a backup (the current\n"
    "                                 articles are backed up first)\n"
    "  check (ID|FILE) [--words FILE] [--dictionary PATH]\n"
    "                                 proofread an article or a file: spelling, spaces,\n"
    "                                 quotes and brackets, tone marks\n"
    "\n"
    "Review (acts as the local profile; see docs/WORKFLOW.md):\n"
    "  submit ID [--note TEXT]        ask for approval\n"
    "  approve ID [--note TEXT]       approve exactly the current text\n"
    "  request-changes ID --note TEXT send it back to the writer\n"
    "  schedule ID --at \"dd/MM/yyyy HH:mm\" [--note TEXT]\n"
    "                                 publish at that time, in the portal's time zone\n"
    "  unschedule|publish|withdraw|archive|restore-archived ID [--note TEXT]\n"
    "                                 cancel a schedule, publish now, take off the portal,\n"
    "                                 put away, bring back from the archive as a draft\n"
    "  inbox                          waiting for my approval, and returned to me\n"
    "  audit verify                   check that the review history was not altered\n"
    "  profile show                   the name and role the review history records\n"
    "  profile set [--name NAME] [--role writer|approver]\n"
    "\n"
    "Portal (see docs/SYNC.md):\n"
    "  account add --url URL --user NAME [--password-stdin] [--allow-http]\n"
    "                                 connect a WordPress account (Application Password\n"
    "                                 on standard input or in NEWSDESK_APP_PASSWORD)\n"
    "  account list|remove            the store's portal account\n"
    "  sync [--push-only|--pull-only] [--password-stdin]\n"
    "                                 send what waits in the outbox; pull categories,\n"
    "                                 tags and the time zone\n"
    "  sync status                    what waits, what failed and why\n"
    "  share ID                       send a draft to the portal as a draft\n"
    "  conflicts [resolve N --mine|--theirs|--merged FILE]\n"
    "                                 articles changed here and on the portal: list them,\n"
    "                                 keep one version or a merged text (HTML file)\n"
    "\n"
    "Options:\n"
    "  --db PATH     use this store instead of the default one\n"
    "  --json        machine-readable output (list, search, show, stats, history, check,\n"
    "                the review commands, inbox, audit verify, profile, backup, account\n"
    "                list, sync, sync status)\n"
    "  --log DIR     write a log file (newsdesk.log) into DIR; also NEWSDESK_LOG_DIR\n"
    "  --version     print the version\n"
    "ID is an article's number or (the start of) its uuid.\n"
    "Statuses: draft, in_review, changes_requested, approved, scheduled, published,\n"
    "unpublished, archived.");

QJsonObject summaryJson(const ArticleSummary &summary)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), summary.id);
    object.insert(QStringLiteral("uuid"), summary.uuid);
    object.insert(QStringLiteral("title"), summary.title);
    object.insert(QStringLiteral("author"), summary.author);
    object.insert(QStringLiteral("status"), statusKey(summary.status));
    object.insert(QStringLiteral("publishAt"),
        summary.publishAt.isValid() ? summary.publishAt.toString(Qt::ISODate) : QString());
    object.insert(QStringLiteral("updatedAt"), summary.updatedAt.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("wordCount"), summary.wordCount);
    return object;
}

QJsonArray rangesJson(const QList<text::TextRange> &ranges)
{
    QJsonArray array;
    for (const auto &range : ranges)
        array.append(QJsonArray {qint64(range.start), qint64(range.length)});
    return array;
}

// Terminal output marks highlighted words with [ ]: visible everywhere, no colour codes.
QString bracketed(const QString &text, const QList<text::TextRange> &ranges)
{
    QString out;
    qsizetype position = 0;
    for (const auto &range : ranges) {
        out += QStringView(text).mid(position, range.start - position);
        out += QLatin1Char('[') + QStringView(text).mid(range.start, range.length)
            + QLatin1Char(']');
        position = range.start + range.length;
    }
    out += QStringView(text).mid(position);
    return out;
}

QString shortId(const QString &uuid)
{
    return uuid.left(8);
}

// The review commands. "restore" already brings back a revision, hence "restore-archived".
struct ActionCommand {
    const char16_t *name;
    WorkflowAction action;
    const char *done;  // the first word of the success line
};

constexpr ActionCommand kActionCommands[] {
    {u"submit", WorkflowAction::Submit, QT_TRANSLATE_NOOP("newsdesk::cli::CliApp", "submitted")},
    {u"approve", WorkflowAction::Approve, QT_TRANSLATE_NOOP("newsdesk::cli::CliApp", "approved")},
    {u"request-changes", WorkflowAction::RequestChanges,
        QT_TRANSLATE_NOOP("newsdesk::cli::CliApp", "changes requested")},
    {u"schedule", WorkflowAction::Schedule,
        QT_TRANSLATE_NOOP("newsdesk::cli::CliApp", "scheduled")},
    {u"unschedule", WorkflowAction::Unschedule,
        QT_TRANSLATE_NOOP("newsdesk::cli::CliApp", "unscheduled")},
    {u"publish", WorkflowAction::Publish, QT_TRANSLATE_NOOP("newsdesk::cli::CliApp", "published")},
    {u"withdraw", WorkflowAction::Withdraw,
        QT_TRANSLATE_NOOP("newsdesk::cli::CliApp", "withdrawn")},
    {u"archive", WorkflowAction::Archive, QT_TRANSLATE_NOOP("newsdesk::cli::CliApp", "archived")},
    {u"restore-archived", WorkflowAction::Restore,
        QT_TRANSLATE_NOOP("newsdesk::cli::CliApp", "restored")},
};

QJsonValue timeJson(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject workflowInfoJson(const WorkflowInfo &info, const ScheduleTime &schedule)
{
    return QJsonObject {{QStringLiteral("id"), info.articleId}, {QStringLiteral("uuid"), info.uuid},
        {QStringLiteral("title"), info.title}, {QStringLiteral("author"), info.author},
        {QStringLiteral("status"), statusKey(info.status)},
        {QStringLiteral("contentHash"), info.contentHash},
        {QStringLiteral("approvedHash"), info.approvedHash},
        {QStringLiteral("approvedBy"), info.approvedBy},
        {QStringLiteral("approvedAt"), timeJson(info.approvedAt)},
        {QStringLiteral("approvalMatches"), info.approvalMatches()},
        {QStringLiteral("live"), info.isLive()}, {QStringLiteral("liveHash"), info.liveHash},
        {QStringLiteral("needsReapproval"), info.needsReapproval()},
        {QStringLiteral("scheduledAt"), timeJson(info.scheduledAt)},
        {QStringLiteral("scheduledAtPortal"),
            info.scheduledAt.isValid() ? QJsonValue(schedule.display(info.scheduledAt))
                                       : QJsonValue()},
        {QStringLiteral("submittedBy"), info.submittedBy},
        {QStringLiteral("submittedAt"), timeJson(info.submittedAt)},
        {QStringLiteral("statusChangedAt"), timeJson(info.statusChangedAt)},
        {QStringLiteral("publishAt"), timeJson(info.publishAt)}};
}

QJsonObject eventJson(const ReviewEvent &event)
{
    return QJsonObject {{QStringLiteral("id"), event.id},
        {QStringLiteral("articleId"), event.articleId},
        {QStringLiteral("articleUuid"), event.articleUuid}, {QStringLiteral("actor"), event.actor},
        {QStringLiteral("role"), event.role}, {QStringLiteral("action"), event.action},
        {QStringLiteral("from"), statusKey(event.fromStatus)},
        {QStringLiteral("to"), statusKey(event.toStatus)}, {QStringLiteral("note"), event.note},
        {QStringLiteral("contentHash"), event.contentHash},
        {QStringLiteral("scheduledAt"), timeJson(event.scheduledAt)},
        {QStringLiteral("at"), timeJson(event.at)},
        {QStringLiteral("previousHash"), event.previousHash}, {QStringLiteral("hash"), event.hash}};
}

QJsonObject profileJson(const LocalProfile &profile)
{
    return QJsonObject {{QStringLiteral("name"), profile.name},
        {QStringLiteral("role"), Workflow::roleKey(profile.role)},
        {QStringLiteral("roleFromPortal"), profile.roleFromPortal}};
}

// "16/01/2026 07:30" (one-digit day, month and hour also accepted); what it means is the
// service's business (ScheduleTime), this only splits it.
std::optional<std::pair<QDate, QTime>> parseWallClock(const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() != 2)
        return std::nullopt;
    const QDate date = QDate::fromString(parts[0], QStringLiteral("d/M/yyyy"));
    const QTime time = QTime::fromString(parts[1], QStringLiteral("H:mm"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return std::pair {date, time};
}

}  // namespace

CliApp::CliApp() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliApp::~CliApp()
{
    // The stores first: closing them may still log.
    m_workflow.reset();
    m_media.reset();
    m_articles.reset();
    m_db.reset();
    if (m_logging)
        LogFile::uninstall();
}

// The CLI writes a log file only when asked (--log DIR or NEWSDESK_LOG_DIR): scripts and cron
// jobs run it often, and a file appearing in the data folder on every call, interleaved with
// the GUI's own log, would surprise more than help. Errors still go to stderr as one line;
// the file gets info and warnings of the newsdesk.* categories (never article text).
bool CliApp::startLog(const QString &directory)
{
    LogFile::Options options;
    options.directory = directory;
    options.echo = false;  // stderr stays the one-line error
    if (auto installed = LogFile::install(options); !installed) {
        fail(installed.error());
        return false;
    }
    m_logging = true;
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("newsdesk.*.debug=false"));
    return true;
}

QString CliApp::storePath() const
{
    return QFileInfo(m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath).absoluteFilePath();
}

// The GUI's settings ("backup/folder", "backup/keep") apply to the default store only: a store
// named with --db gets its own "<store dir>/backups" unless --to/--from says otherwise.
BackupOptions CliApp::backupOptions(
    const std::optional<QString> &folder, std::optional<int> keep) const
{
    BackupOptions options;
    if (m_dbPath.isEmpty())
        options = backupOptionsFromSettings(QSettings(
            QSettings::UserScope, settingsOrganization(), QCoreApplication::applicationName()));
    if (folder)
        options.folder = *folder;
    if (keep)
        options.keep = *keep;
    return options;
}

int CliApp::usage(const QString &problem)
{
    if (!problem.isEmpty()) {
        m_err << "newsdesk-cli: " << problem << '\n'
              << tr("Run 'newsdesk-cli --help' for the list of commands.") << '\n';
        m_err.flush();
        return UsageError;
    }
    m_out << QCoreApplication::translate("newsdesk-cli", kUsage) << '\n';
    m_out.flush();
    return Success;
}

int CliApp::fail(const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "newsdesk-cli: " << line << '\n';
    m_err.flush();
    return Failure;
}

int CliApp::fail(const Error &error)
{
    return fail(error.message);
}

bool CliApp::openStore(StoreAccess access)
{
    Database::Options options;
    options.path = m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath;
    // Only commands that add articles create a store: a mistyped --db path given to
    // "list" should be reported, not answered with an empty new store.
    options.createIfMissing = access == StoreAccess::CreateIfMissing;
    // An upgrade to a newer schema is preceded by a backup, where "backup" would put it.
    const BackupOptions backups = backupOptions(std::nullopt);
    options.backupFolder = backups.folder;
    options.backupKeep = backups.keep;
    auto db = Database::open(options);
    if (!db) {
        fail(db.error());
        return false;
    }
    m_db = std::move(db.value());
    m_articles = std::make_unique<ArticleStore>(*m_db, m_clock);
    m_media = std::make_unique<MediaStore>(*m_db, m_clock);
    // Schedules are read in the portal's zone once an account has told us which it is.
    m_workflow = std::make_unique<WorkflowService>(*m_db, m_clock, portalTimeZone(*m_db));
    return true;
}

int CliApp::run(const QStringList &arguments)
{
    OptionReader global(arguments);
    if (global.flag(QStringLiteral("version"))) {
        m_out << "newsdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (global.flag(QStringLiteral("help")) || arguments.value(0) == u"-h" || arguments.isEmpty())
        return arguments.isEmpty() ? usage(tr("no command given.")) : usage();
    if (auto db = global.value(QStringLiteral("db"))) {
        if (db->isEmpty())
            return usage(tr("--db needs a file path."));
        m_dbPath = *db;
    }
    m_json = global.flag(QStringLiteral("json"));
    QString logDirectory = qEnvironmentVariable("NEWSDESK_LOG_DIR");
    if (auto log = global.value(QStringLiteral("log"))) {
        if (log->isEmpty())
            return usage(tr("--log needs a folder."));
        logDirectory = *log;
    }
    QStringList args = global.positional();
    if (args.isEmpty())
        return usage(tr("no command given."));
    if (auto missing = global.unknownOption(); missing && *missing == u"--db")
        return usage(tr("--db needs a file path."));
    if (auto missing = global.unknownOption(); missing && *missing == u"--log")
        return usage(tr("--log needs a folder."));
    const QString command = args.takeFirst();
    if (!logDirectory.isEmpty() && !startLog(logDirectory))
        return Failure;
    // The command's name only: its arguments may be article text (search words, titles).
    qCInfo(lcApp) << "newsdesk-cli" << command;

    using Handler = int (CliApp::*)(const QStringList &);
    static const QList<std::pair<QString, Handler>> commands {
        {QStringLiteral("import"), &CliApp::importFiles},
        {QStringLiteral("update"), &CliApp::updateArticle},
        {QStringLiteral("list"), &CliApp::listArticles},
        {QStringLiteral("search"), &CliApp::searchArticles},
        {QStringLiteral("show"), &CliApp::showArticle},
        {QStringLiteral("export"), &CliApp::exportArticles},
        {QStringLiteral("stats"), &CliApp::showStats},
        {QStringLiteral("history"), &CliApp::showHistory},
        {QStringLiteral("diff"), &CliApp::diffRevisions},
        {QStringLiteral("restore"), &CliApp::restoreRevision},
        {QStringLiteral("backup"), &CliApp::backupCommand},
        {QStringLiteral("check"), &CliApp::checkArticle},
        {QStringLiteral("audit"), &CliApp::auditCommand},
        {QStringLiteral("profile"), &CliApp::profileCommand},
        {QStringLiteral("inbox"), &CliApp::showInbox},
        {QStringLiteral("account"), &CliApp::accountCommand},
        {QStringLiteral("sync"), &CliApp::syncCommand},
        {QStringLiteral("share"), &CliApp::shareDraft},
        {QStringLiteral("conflicts"), &CliApp::conflictsCommand},
    };
    auto finished = [this](int code) {
        m_out.flush();
        m_err.flush();
        return code;
    };
    for (const auto &[name, handler] : commands) {
        if (name == command)
            return finished((this->*handler)(args));
    }
    for (const ActionCommand &entry : kActionCommands) {
        if (command == QStringView(entry.name))
            return finished(performAction(entry.action, command, args));
    }
    return usage(tr("unknown command '%1'.").arg(command));
}

int CliApp::importFiles(const QStringList &args)
{
    OptionReader options(args);
    if (auto unknown = options.unknownOption())
        return usage(tr("import: unknown option %1.").arg(*unknown));
    const QStringList files = options.positional();
    if (files.isEmpty())
        return usage(tr("import: give at least one file."));
    if (!openStore(StoreAccess::CreateIfMissing))
        return Failure;
    // Read every file first: a bad one stops the import before anything is stored.
    ArticleImporter importer(portal_time::defaultZone(), m_media.get());
    QList<NewArticle> articles;
    for (const QString &file : files) {
        auto imported = importer.importFile(file);
        if (!imported)
            return fail(imported.error());
        NewArticle article = toNewArticle(*imported);
        // Newsdesk JSON brings its photos along in "<folder>/media/": into the media store,
        // and the featured photo back onto the article.
        if (ArticleImporter::formatForPath(file) == ArticleImporter::Format::Json) {
            QFile json(file);
            if (!json.open(QIODevice::ReadOnly))
                return fail(tr("%1: cannot read the file (%2).")
                                .arg(QDir::toNativeSeparators(file), json.errorString()));
            const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
            auto featured
                = importArticleJsonMedia(object, QFileInfo(file).absolutePath(), *m_media);
            if (!featured)
                return fail(QDir::toNativeSeparators(file) + QStringLiteral(": ")
                    + featured.error().message);
            if (featured.value() > 0)
                article.content.featuredMediaId = featured.value();
        }
        articles.append(article);
    }
    SaveOptions save;
    save.recordRevision = true;
    save.label = tr("Imported");
    auto ids = m_articles->createMany(articles, save);
    if (!ids)
        return fail(ids.error());
    QJsonArray imported;
    for (qint64 id : *ids) {
        auto article = m_articles->get(id);
        if (!article)
            return fail(article.error());
        if (m_json)
            imported.append(articleToJson(*article));
        else
            m_out << tr("imported %1  %2").arg(shortId(article->uuid), article->content.title)
                  << '\n';
    }
    if (m_json)
        m_out << QJsonDocument(imported).toJson(QJsonDocument::Indented);
    return Success;
}

int CliApp::updateArticle(const QStringList &args)
{
    OptionReader options(args);
    if (auto unknown = options.unknownOption())
        return usage(tr("update: unknown option %1.").arg(*unknown));
    const QStringList positional = options.positional();
    if (positional.size() != 2)
        return usage(tr("update: give an article id and a file."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto article = m_articles->find(positional[0]);
    if (!article)
        return fail(article.error());
    ArticleImporter importer(portal_time::defaultZone(), m_media.get());
    auto imported = importer.importFile(positional[1]);
    if (!imported)
        return fail(imported.error());
    ArticleContent content = imported->content;
    // A file without these lines keeps what the article had.
    if (content.author.isEmpty())
        content.author = article->content.author;
    content.category = article->content.category;
    content.tags = article->content.tags;
    content.featuredMediaId = article->content.featuredMediaId;
    if (content.summary.isEmpty())
        content.summary = article->content.summary;
    SaveOptions save;
    save.recordRevision = true;
    save.label = tr("Updated from %1").arg(QFileInfo(positional[1]).fileName());
    if (imported->publishAt.isValid())
        save.publishAt = imported->publishAt;
    auto updated = m_articles->saveContent(article->id, content, save);
    if (!updated)
        return fail(updated.error());
    if (m_json)
        m_out << QJsonDocument(articleToJson(*updated)).toJson(QJsonDocument::Indented);
    else
        m_out << tr("updated %1  %2 (revision %3)")
                     .arg(shortId(updated->uuid), updated->content.title)
                     .arg(updated->localRevision)
              << '\n';
    return Success;
}

namespace {

// Reads --status S into `status`; false for an unknown status.
bool readStatus(OptionReader &options, std::optional<Status> &status)
{
    status.reset();
    const auto value = options.value(QStringLiteral("status"));
    if (!value)
        return true;
    status = statusFromKey(*value);
    return status.has_value();
}

std::optional<int> readLimit(OptionReader &options, int fallback)
{
    const auto value = options.value(QStringLiteral("limit"));
    if (!value)
        return fallback;
    bool ok = false;
    const int limit = value->toInt(&ok);
    if (!ok || limit <= 0)
        return std::nullopt;
    return limit;
}

}  // namespace

int CliApp::listArticles(const QStringList &args)
{
    OptionReader options(args);
    std::optional<Status> status;
    if (!readStatus(options, status))
        return usage(tr("list: unknown status; use one of: %1.")
                         .arg(allStatusKeys().join(QStringLiteral(", "))));
    const auto limit = readLimit(options, 1000);
    if (!limit)
        return usage(tr("list: --limit needs a positive number."));
    if (auto unknown = options.unknownOption())
        return usage(tr("list: unknown option %1.").arg(*unknown));
    if (!options.positional().isEmpty())
        return usage(tr("list: unexpected argument '%1'.").arg(options.positional().front()));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    ListQuery query;
    query.status = status;
    query.limit = *limit;
    auto rows = m_articles->list(query);
    if (!rows)
        return fail(rows.error());
    if (m_json) {
        QJsonArray array;
        for (const auto &row : *rows)
            array.append(summaryJson(row));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QTimeZone zone = portalTimeZone(*m_db);
    for (const auto &row : *rows) {
        m_out << shortId(row.uuid) << "  " << statusKey(row.status).leftJustified(17) << ' '
              << row.updatedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << row.title << '\n';
    }
    return Success;
}

int CliApp::searchArticles(const QStringList &args)
{
    OptionReader options(args);
    std::optional<Status> status;
    if (!readStatus(options, status))
        return usage(tr("search: unknown status; use one of: %1.")
                         .arg(allStatusKeys().join(QStringLiteral(", "))));
    const auto limit = readLimit(options, 50);
    if (!limit)
        return usage(tr("search: --limit needs a positive number."));
    if (auto unknown = options.unknownOption())
        return usage(tr("search: unknown option %1.").arg(*unknown));
    const QString text = options.positional().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return usage(tr("search: give the words to look for."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto hits = m_articles->searchIndex().search(SearchQuery {text, *limit, status});
    if (!hits)
        return fail(hits.error());
    if (m_json) {
        QJsonArray array;
        for (const auto &hit : *hits) {
            QJsonObject object = summaryJson(hit.article);
            object.insert(QStringLiteral("titleHighlights"), rangesJson(hit.titleHighlights));
            object.insert(QStringLiteral("snippet"), hit.snippet.text);
            object.insert(QStringLiteral("snippetHighlights"), rangesJson(hit.snippet.highlights));
            object.insert(QStringLiteral("snippetHtml"), text::toHtml(hit.snippet));
            object.insert(QStringLiteral("score"), hit.score);
            array.append(object);
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const auto &hit : *hits) {
        m_out << shortId(hit.article.uuid) << "  "
              << bracketed(hit.article.title, hit.titleHighlights) << '\n'
              << "          " << bracketed(hit.snippet.text, hit.snippet.highlights) << '\n';
    }
    if (hits->isEmpty())
        m_err << tr("No articles match \"%1\".").arg(text) << '\n';
    return Success;
}

int CliApp::showArticle(const QStringList &args)
{
    OptionReader options(args);
    if (auto unknown = options.unknownOption())
        return usage(tr("show: unknown option %1.").arg(*unknown));
    if (options.positional().size() != 1)
        return usage(tr("show: give one article id."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto article = m_articles->find(options.positional().front());
    if (!article)
        return fail(article.error());
    if (m_json) {
        m_out << QJsonDocument(articleToJson(*article)).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QTimeZone zone = portalTimeZone(*m_db);
    const ArticleContent &content = article->content;
    m_out << content.title << '\n';
    if (article->publishAt.isValid())
        m_out << portal_time::postingTimeLabel() << ": "
              << portal_time::format(article->publishAt, zone) << '\n';
    m_out << tr("Id: %1").arg(article->uuid) << '\n'
          << tr("Status: %1").arg(statusKey(article->status)) << '\n';
    auto workflow = m_workflow->info(article->id);
    if (!workflow)
        return fail(workflow.error());
    if (workflow->scheduledAt.isValid())
        m_out << tr("Scheduled for: %1")
                     .arg(m_workflow->scheduleTime().display(workflow->scheduledAt))
              << '\n';
    if (workflow->approvalMatches())
        m_out << tr("Approved by: %1").arg(workflow->approvedBy) << '\n';
    m_out << tr("Words: %1, revision %2").arg(article->wordCount).arg(article->localRevision)
          << '\n';
    if (!content.category.isEmpty())
        m_out << tr("Category: %1").arg(content.category) << '\n';
    if (!content.tags.isEmpty())
        m_out << tr("Tags: %1").arg(content.tags.join(QStringLiteral(", "))) << '\n';
    m_out << '\n';
    if (!content.summary.isEmpty())
        m_out << content.summary << "\n\n";
    m_out << html::toPlainText(content.bodyHtml).replace(QLatin1Char('\n'), QStringLiteral("\n\n"))
          << '\n';
    if (!content.author.isEmpty())
        m_out << '\n' << portal_time::authorLabel() << ": " << content.author << '\n';
    return Success;
}

int CliApp::exportArticles(const QStringList &args)
{
    OptionReader options(args);
    const bool all = options.flag(QStringLiteral("all"));
    const auto format = options.value(QStringLiteral("format"));
    const auto out = options.value(QStringLiteral("out"));
    const auto templateFolder = options.value(QStringLiteral("template"));
    if (auto unknown = options.unknownOption())
        return usage(tr("export: unknown option %1.").arg(*unknown));
    const QStringList ids = options.positional();
    if (all == !ids.isEmpty())
        return usage(tr("export: give an article id or --all."));
    if (!format || (*format != u"html" && *format != u"json" && *format != u"pdf"))
        return usage(tr("export: --format must be html, json or pdf."));
    if (!out || out->isEmpty())
        return usage(tr("export: --out needs a folder."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;

    QList<qint64> articleIds;
    if (all) {
        std::optional<ListCursor> after;
        for (;;) {
            auto page = m_articles->list(ListQuery {std::nullopt, 500, after});
            if (!page)
                return fail(page.error());
            for (const auto &row : *page)
                articleIds.append(row.id);
            if (page->size() < 500)
                break;
            after = ListCursor {page->back().updatedAt, page->back().id};
        }
    } else {
        for (const QString &id : ids) {
            auto article = m_articles->find(id);
            if (!article)
                return fail(article.error());
            articleIds.append(article->id);
        }
    }
    ExportOptions exportOptions;
    if (templateFolder && !templateFolder->isEmpty()) {
        auto loaded = render::PortalTemplate::load(*templateFolder);
        if (!loaded)
            return fail(loaded.error());
        exportOptions.portalTemplate = *loaded;
    }
    const ArticleExporter exporter(portalTimeZone(*m_db), m_media.get(), exportOptions);
    const auto exportFormat
        = *format == u"json" ? ArticleExporter::Format::Json : ArticleExporter::Format::Html;
    if (*format == u"pdf" && !QDir().mkpath(*out))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(*out)));
    for (qint64 id : articleIds) {
        auto article = m_articles->get(id);
        if (!article)
            return fail(article.error());
        if (*format == u"pdf") {
            const QString pdf = QDir(*out).absoluteFilePath(
                QFileInfo(ArticleExporter::fileNameFor(*article, ArticleExporter::Format::Html))
                    .completeBaseName()
                + QStringLiteral(".pdf"));
            auto printed
                = PdfRenderer::render(m_db->path(), id, pdf, templateFolder.value_or(QString()));
            if (!printed)
                return fail(printed.error());
            if (!m_json)
                m_out << QDir::toNativeSeparators(pdf) << '\n';
            continue;
        }
        // JSON carries the photos too (beside it in media/), so that import restores them.
        auto written = exportFormat == ArticleExporter::Format::Json
            ? writeArticleJsonFile(*article, m_media.get(), *out)
            : exporter.exportArticle(*article, exportFormat, *out);
        if (!written)
            return fail(written.error());
        if (!m_json)
            m_out << QDir::toNativeSeparators(*written) << '\n';
    }
    return Success;
}

int CliApp::showStats(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("stats: unexpected argument '%1'.").arg(args.front()));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto stats = m_articles->stats();
    if (!stats)
        return fail(stats.error());
    if (m_json) {
        QJsonObject byStatus;
        for (const QString &key : allStatusKeys())
            byStatus.insert(key, stats->byStatus.value(*statusFromKey(key)));
        QJsonObject object {{QStringLiteral("articles"), stats->articles},
            {QStringLiteral("byStatus"), byStatus}, {QStringLiteral("words"), stats->words},
            {QStringLiteral("revisions"), stats->revisions},
            {QStringLiteral("media"), stats->media},
            {QStringLiteral("fileBytes"), stats->fileBytes},
            {QStringLiteral("path"), m_db->path()}};
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Success;
    }
    m_out << tr("Store: %1").arg(QDir::toNativeSeparators(m_db->path())) << '\n'
          << tr("Articles: %1").arg(stats->articles) << '\n';
    for (const QString &key : allStatusKeys()) {
        const int count = stats->byStatus.value(*statusFromKey(key));
        if (count > 0)
            m_out << "  " << key.leftJustified(18) << count << '\n';
    }
    m_out << tr("Words: %1").arg(stats->words) << '\n'
          << tr("Revisions: %1").arg(stats->revisions) << '\n'
          << tr("Photos and files: %1").arg(stats->media) << '\n'
          << tr("Size on disk: %1").arg(QLocale::c().formattedDataSize(stats->fileBytes)) << '\n';
    return Success;
}

int CliApp::showHistory(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("history: give one article id."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto article = m_articles->find(args.front());
    if (!article)
        return fail(article.error());
    auto revisions = m_articles->revisions(article->id);
    if (!revisions)
        return fail(revisions.error());
    QJsonArray array;
    const QTimeZone zone = portalTimeZone(*m_db);
    for (const Revision &revision : *revisions) {
        if (m_json) {
            array.append(QJsonObject {{QStringLiteral("number"), revision.number},
                {QStringLiteral("label"), revision.label},
                {QStringLiteral("actor"), revision.actor},
                {QStringLiteral("createdAt"), revision.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("contentHash"), revision.contentHash}});
        } else {
            m_out << QString::number(revision.number).rightJustified(4) << "  "
                  << revision.createdAt.toTimeZone(zone).toString(
                         QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                  << "  " << revision.label
                  << (revision.actor.isEmpty() ? QString()
                                               : QStringLiteral(" (") + revision.actor + u')')
                  << '\n';
        }
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Success;
}

int CliApp::diffRevisions(const QStringList &args)
{
    if (args.size() != 3)
        return usage(tr("diff: give an article id and two revision numbers."));
    bool okA = false;
    bool okB = false;
    const int a = args[1].toInt(&okA);
    const int b = args[2].toInt(&okB);
    if (!okA || !okB)
        return usage(tr("diff: revision numbers must be numbers."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto article = m_articles->find(args[0]);
    if (!article)
        return fail(article.error());
    auto before = m_articles->revision(article->id, a);
    if (!before)
        return fail(before.error());
    auto after = m_articles->revision(article->id, b);
    if (!after)
        return fail(after.error());
    auto asText = [](const ArticleContent &content) -> QString {
        return content.title + QStringLiteral("\n\n") + content.summary + QStringLiteral("\n\n")
            + html::toPlainText(content.bodyHtml);
    };
    m_out << text::toWordDiffMarkup(text::wordDiff(asText(before->content), asText(after->content)))
          << '\n';
    return Success;
}

int CliApp::restoreRevision(const QStringList &allArgs)
{
    OptionReader options(allArgs);
    const auto backup = options.value(QStringLiteral("backup"));
    const auto from = options.value(QStringLiteral("from"));
    if (auto unknown = options.unknownOption())
        return usage(tr("restore: unknown option %1.").arg(*unknown));
    const QStringList args = options.positional();
    if (backup) {
        if (backup->isEmpty() || !args.isEmpty())
            return usage(tr("restore: --backup takes one backup name or folder, nothing else."));
        return restoreBackup(*backup, from);
    }
    if (from)
        return usage(tr("restore: --from goes with --backup."));
    if (args.size() != 2)
        return usage(tr("restore: give an article id and a revision number."));
    bool ok = false;
    const int number = args[1].toInt(&ok);
    if (!ok)
        return usage(tr("restore: the revision must be a number."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto article = m_articles->find(args[0]);
    if (!article)
        return fail(article.error());
    auto restored = m_articles->restoreRevision(article->id, number, qEnvironmentVariable("USER"));
    if (!restored)
        return fail(restored.error());
    m_out << tr("restored revision %1 of %2").arg(number).arg(shortId(restored->uuid)) << '\n';
    return Success;
}

namespace {

QJsonObject backupJson(const BackupInfo &backup)
{
    QJsonArray missing;
    for (const QString &sha : backup.mediaMissing)
        missing.append(sha);
    return QJsonObject {{QStringLiteral("name"), backup.name},
        {QStringLiteral("path"), backup.path},
        {QStringLiteral("createdAt"), backup.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), backupReasonKey(backup.reason)},
        {QStringLiteral("appVersion"), backup.appVersion},
        {QStringLiteral("schemaVersion"), backup.schemaVersion},
        {QStringLiteral("articles"), backup.articleCount},
        {QStringLiteral("revisions"), backup.revisionCount},
        {QStringLiteral("media"), backup.mediaCount}, {QStringLiteral("mediaMissing"), missing},
        {QStringLiteral("sizeBytes"), backup.sizeBytes}};
}

}  // namespace

int CliApp::backupCommand(const QStringList &args)
{
    OptionReader options(args);
    const auto to = options.value(QStringLiteral("to"));
    const auto from = options.value(QStringLiteral("from"));
    const auto keepText = options.value(QStringLiteral("keep"));
    if (auto unknown = options.unknownOption())
        return usage(tr("backup: unknown option %1.").arg(*unknown));
    const QStringList positional = options.positional();
    const bool listing = positional == QStringList {QStringLiteral("list")};
    if (!positional.isEmpty() && !listing)
        return usage(tr("backup: use 'backup' or 'backup list'."));
    if ((to && to->isEmpty()) || (from && from->isEmpty()))
        return usage(tr("backup: --to and --from need a folder."));
    std::optional<int> keep;
    if (keepText) {
        bool ok = false;
        keep = keepText->toInt(&ok);
        if (!ok || *keep < 1)
            return usage(tr("backup: --keep needs a number of at least 1."));
    }
    if (listing && keep)
        return usage(tr("backup list: --keep goes with 'backup'."));
    const std::optional<QString> folder = to ? to : from;
    const BackupOptions backupOptionsValue = backupOptions(folder, keep);

    if (listing) {
        const QString where = StoreBackup::resolveFolder(storePath(), backupOptionsValue);
        auto backups = StoreBackup::list(where);
        if (!backups)
            return fail(backups.error());
        if (m_json) {
            QJsonArray array;
            for (const BackupInfo &backup : *backups)
                array.append(backupJson(backup));
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const BackupInfo &backup : *backups) {
            m_out << backup.name << "  "
                  << backup.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  << "  " << backupReasonKey(backup.reason).leftJustified(16) << ' '
                  << tr("%n article(s)", nullptr, backup.articleCount) << ", "
                  << tr("%n photo(s)", nullptr, backup.mediaCount) << ", "
                  << QLocale::c().formattedDataSize(backup.sizeBytes) << '\n';
        }
        if (backups->isEmpty())
            m_err << tr("No backups in %1.").arg(QDir::toNativeSeparators(where)) << '\n';
        return Success;
    }

    if (!openStore(StoreAccess::MustExist))
        return Failure;
    StoreBackup backup(*m_db, m_clock, backupOptionsValue);
    auto made = backup.create(BackupReason::Manual);
    if (!made)
        return fail(made.error());
    if (m_json) {
        m_out << QJsonDocument(backupJson(*made)).toJson(QJsonDocument::Indented);
        return Success;
    }
    m_out << tr("backed up %1 and %2 to %3")
                 .arg(tr("%n article(s)", nullptr, made->articleCount),
                     tr("%n photo(s)", nullptr, made->mediaCount),
                     QDir::toNativeSeparators(made->path))
          << '\n';
    if (!made->mediaMissing.isEmpty())
        m_err << "newsdesk-cli: "
              << tr("%n photo(s) of the store were missing or damaged and are not in the backup.",
                     nullptr, int(made->mediaMissing.size()))
              << '\n';
    return Success;
}

int CliApp::restoreBackup(const QString &nameOrPath, const std::optional<QString> &folder)
{
    auto restored = StoreBackup::restore(storePath(), nameOrPath, backupOptions(folder), m_clock);
    if (!restored)
        return fail(restored.error());
    if (m_json) {
        QJsonObject object;
        object.insert(QStringLiteral("restored"), backupJson(restored->restored));
        if (restored->madeSafetyCopy)
            object.insert(QStringLiteral("safetyCopy"), backupJson(restored->safetyCopy));
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Success;
    }
    m_out << tr("restored %1 (%2)")
                 .arg(restored->restored.name,
                     tr("%n article(s)", nullptr, restored->restored.articleCount))
          << '\n';
    if (restored->madeSafetyCopy)
        m_out << tr("the articles from before the restore are in %1")
                     .arg(QDir::toNativeSeparators(restored->safetyCopy.path))
              << '\n';
    return Success;
}

namespace {

// What proofreading sees of an article: the title on line 1, the sapo, then the body's
// paragraphs one a line. Positions in the output refer to this text.
QString proofreadingText(const ArticleContent &content)
{
    QString text = content.title + QLatin1Char('\n');
    if (!content.summary.isEmpty())
        text += content.summary + QLatin1Char('\n');
    return text + html::toPlainText(content.bodyHtml);
}

// 1-based line and column (in UTF-16 units) of every offset, from the line starts.
struct LineIndex {
    explicit LineIndex(const QString &text)
    {
        starts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\n')
                starts.append(int(i) + 1);
        }
    }
    std::pair<int, int> at(int offset) const
    {
        const auto it = std::upper_bound(starts.cbegin(), starts.cend(), offset) - 1;
        return {int(it - starts.cbegin()) + 1, offset - *it + 1};
    }
    QList<int> starts;
};

}  // namespace

int CliApp::checkArticle(const QStringList &args)
{
    OptionReader options(args);
    const auto wordsFile = options.value(QStringLiteral("words"));
    const auto dictionary = options.value(QStringLiteral("dictionary"));
    if (auto unknown = options.unknownOption())
        return usage(tr("check: unknown option %1.").arg(*unknown));
    if (options.positional().size() != 1)
        return usage(tr("check: give one article id or file."));
    if ((wordsFile && wordsFile->isEmpty()) || (dictionary && dictionary->isEmpty()))
        return usage(tr("check: --words and --dictionary need a path."));

    // A path to an existing file, or one with an article file's extension, is a file;
    // anything else is an article id, looked up as "show" does.
    const QString target = options.positional().front();
    QString text;
    if (QFileInfo(target).isFile() || ArticleImporter::formatForPath(target)) {
        const ArticleImporter importer(portal_time::defaultZone());
        auto imported = importer.importFile(target);
        if (!imported)
            return fail(imported.error());
        text = proofreadingText(imported->content);
    } else {
        if (!openStore(StoreAccess::MustExist))
            return Failure;
        auto article = m_articles->find(target);
        if (!article)
            return fail(article.error());
        text = proofreadingText(article->content);
    }

    // Without the default dictionary the other rules still run; a dictionary or word list
    // asked for by name must load.
    std::unique_ptr<proofread::SpellChecker> spell;
    auto opened = proofread::SpellChecker::open(
        dictionary.value_or(proofread::SpellChecker::defaultDictionary()));
    if (opened) {
        spell = std::move(opened).value();
    } else if (dictionary) {
        return fail(opened.error());
    } else {
        m_err << "newsdesk-cli: " << tr("spell checking is off: %1").arg(opened.error().message)
              << '\n';
    }
    if (wordsFile) {
        if (!spell)
            return fail(tr("check: --words needs the spelling dictionary."));
        if (auto loaded = spell->loadPersonalWords(*wordsFile); !loaded)
            return fail(loaded.error());
    }

    const auto findings = proofread::Proofreader(spell.get()).check(text);
    const LineIndex lines(text);
    QJsonArray array;
    for (const auto &finding : findings) {
        const auto [line, column] = lines.at(finding.start);
        const QString found = text.mid(finding.start, finding.length);
        if (m_json) {
            array.append(QJsonObject {{QStringLiteral("offset"), finding.start},
                {QStringLiteral("length"), finding.length}, {QStringLiteral("line"), line},
                {QStringLiteral("column"), column},
                {QStringLiteral("rule"), proofread::ruleKey(finding.rule)},
                {QStringLiteral("ruleName"), proofread::ruleDisplayName(finding.rule)},
                {QStringLiteral("text"), found}, {QStringLiteral("message"), finding.message},
                {QStringLiteral("replacement"),
                    finding.replacement ? QJsonValue(*finding.replacement) : QJsonValue()}});
            continue;
        }
        m_out << line << ':' << column << " (" << finding.start << ")  "
              << proofread::ruleKey(finding.rule) << "  \"" << found << '"';
        if (finding.replacement)
            m_out << " -> \"" << *finding.replacement << '"';
        m_out << "  " << finding.message << '\n';
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else if (findings.isEmpty())
        m_err << tr("No problems found.") << '\n';
    return Success;
}

int CliApp::performAction(WorkflowAction action, const QString &command, const QStringList &args)
{
    OptionReader options(args);
    const auto note = options.value(QStringLiteral("note"));
    const auto at = options.value(QStringLiteral("at"));
    if (auto unknown = options.unknownOption())
        return usage(tr("%1: unknown option %2.").arg(command, *unknown));
    if (options.positional().size() != 1)
        return usage(tr("%1: give one article id.").arg(command));
    std::optional<std::pair<QDate, QTime>> wallClock;
    if (action == WorkflowAction::Schedule) {
        if (!at)
            return usage(tr("schedule: give the time with --at \"dd/MM/yyyy HH:mm\" (portal "
                            "time)."));
        wallClock = parseWallClock(*at);
        if (!wallClock)
            return usage(tr("schedule: --at must look like \"16/01/2026 07:30\" (dd/MM/yyyy "
                            "HH:mm, portal time)."));
    } else if (at) {
        return usage(tr("%1: --at is only for schedule.").arg(command));
    }
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto article = m_articles->find(options.positional().front());
    if (!article)
        return fail(article.error());

    WorkflowRequest request;
    request.articleId = article->id;
    request.action = action;
    request.note = note.value_or(QString());
    QString warning;
    if (wallClock) {
        auto when = m_workflow->checkScheduleTime(wallClock->first, wallClock->second);
        if (!when)
            return fail(when.error());
        request.scheduledAt = when->utc;
        warning = when->warning;
    }
    auto outcome = m_workflow->perform(request);
    if (!outcome)
        return fail(outcome.error());
    // Only after success: a refusal stays the one line on stderr.
    if (!warning.isEmpty())
        m_err << "newsdesk-cli: " << warning << '\n';

    const WorkflowInfo &after = outcome->article;
    const ReviewEvent &event = outcome->event;
    if (m_json) {
        QJsonObject object {
            {QStringLiteral("article"), workflowInfoJson(after, m_workflow->scheduleTime())},
            {QStringLiteral("event"), eventJson(event)}};
        if (!warning.isEmpty())
            object.insert(QStringLiteral("warning"), warning);
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Success;
    }
    QString done;
    for (const ActionCommand &entry : kActionCommands) {
        if (entry.action == action)
            done = QCoreApplication::translate("newsdesk::cli::CliApp", entry.done);
    }
    m_out << done << ' ' << shortId(after.uuid) << "  " << after.title << "  ("
          << statusKey(event.fromStatus) << " -> " << statusKey(event.toStatus) << ')';
    if (event.scheduledAt.isValid())
        m_out << "  " << m_workflow->scheduleTime().display(event.scheduledAt);
    m_out << '\n';
    return Success;
}

int CliApp::auditCommand(const QStringList &args)
{
    OptionReader options(args);
    if (auto unknown = options.unknownOption())
        return usage(tr("audit: unknown option %1.").arg(*unknown));
    if (options.positional() != QStringList {QStringLiteral("verify")})
        return usage(tr("audit: the only subcommand is 'verify'."));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto verification = m_workflow->verifyAuditChain();
    if (!verification)
        return fail(verification.error());
    if (m_json) {
        m_out << QJsonDocument(
            QJsonObject {{QStringLiteral("ok"), verification->ok},
                {QStringLiteral("checkedEvents"), verification->checkedEvents},
                {QStringLiteral("brokenEventId"),
                    verification->ok ? QJsonValue() : QJsonValue(verification->brokenEventId)},
                {QStringLiteral("reason"), verification->reason}})
                     .toJson(QJsonDocument::Indented);
    }
    if (!verification->ok)
        return fail(tr("audit chain broken at event %1: %2")
                        .arg(verification->brokenEventId)
                        .arg(verification->reason));
    if (!m_json)
        m_out << tr("audit chain intact: %1 events").arg(verification->checkedEvents) << '\n';
    return Success;
}

int CliApp::profileCommand(const QStringList &args)
{
    OptionReader options(args);
    const auto name = options.value(QStringLiteral("name"));
    const auto roleKey = options.value(QStringLiteral("role"));
    if (auto unknown = options.unknownOption())
        return usage(tr("profile: unknown option %1.").arg(*unknown));
    const QStringList positional = options.positional();
    const QString sub = positional.value(0);
    if (positional.size() != 1 || (sub != u"show" && sub != u"set"))
        return usage(tr("profile: use 'profile show' or 'profile set'."));
    std::optional<Role> role;
    if (sub == u"show" && (name || roleKey))
        return usage(tr("profile: --name and --role go with 'profile set'."));
    if (sub == u"set") {
        if (!name && !roleKey)
            return usage(tr("profile set: give --name NAME, --role writer|approver, or both."));
        if (roleKey) {
            role = Workflow::roleFromKey(*roleKey);
            if (!role)
                return usage(tr("profile set: --role must be writer or approver."));
        }
    }
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    if (sub == u"set") {
        // Both or neither: a refused role must not leave a changed name behind.
        auto changed = m_db->transaction([&]() -> Result<void> {
            if (role) {
                if (auto set = m_workflow->setProfileRole(*role); !set)
                    return set;
            }
            if (name)
                return m_workflow->setProfileName(*name);
            return {};
        });
        if (!changed)
            return fail(changed.error());
    }
    auto profile = m_workflow->profile();
    if (!profile)
        return fail(profile.error());
    if (m_json) {
        m_out << QJsonDocument(profileJson(*profile)).toJson(QJsonDocument::Indented);
        return Success;
    }
    m_out << tr("Name: %1")
                 .arg(profile->name.isEmpty() ? tr("(not set: profile set --name NAME)")
                                              : profile->name)
          << '\n';
    const QString roleText = Workflow::roleKey(profile->role);
    m_out << tr("Role: %1")
                 .arg(profile->roleFromPortal ? tr("%1 (from the portal account)").arg(roleText)
                                              : roleText)
          << '\n';
    return Success;
}

int CliApp::showInbox(const QStringList &args)
{
    OptionReader options(args);
    if (auto unknown = options.unknownOption())
        return usage(tr("inbox: unknown option %1.").arg(*unknown));
    if (!options.positional().isEmpty())
        return usage(tr("inbox: unexpected argument '%1'.").arg(options.positional().front()));
    if (!openStore(StoreAccess::MustExist))
        return Failure;
    auto counts = m_workflow->inboxCounts();
    if (!counts)
        return fail(counts.error());
    auto waiting = m_workflow->waitingForMyApproval();
    if (!waiting)
        return fail(waiting.error());
    auto returned = m_workflow->returnedToMe();
    if (!returned)
        return fail(returned.error());
    if (m_json) {
        auto items = [](const QList<InboxItem> &list) {
            QJsonArray array;
            for (const InboxItem &item : list) {
                QJsonObject object = summaryJson(item.article);
                object.insert(QStringLiteral("submittedBy"), item.submittedBy);
                object.insert(QStringLiteral("since"), timeJson(item.since));
                array.append(object);
            }
            return array;
        };
        m_out << QJsonDocument(
            QJsonObject {{QStringLiteral("waitingForMyApprovalCount"), counts->waitingForApproval},
                {QStringLiteral("returnedToMeCount"), counts->returnedToMe},
                {QStringLiteral("waitingForMyApproval"), items(*waiting)},
                {QStringLiteral("returnedToMe"), items(*returned)}})
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    const QTimeZone zone = portalTimeZone(*m_db);
    auto print = [&](const QList<InboxItem> &list) {
        for (const InboxItem &item : list) {
            m_out << "  " << shortId(item.article.uuid) << "  "
                  << item.since.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  << "  " << item.article.title;
            if (!item.submittedBy.isEmpty())
                m_out << "  (" << item.submittedBy << ')';
            m_out << '\n';
        }
    };
    m_out << tr("Waiting for my approval: %1").arg(counts->waitingForApproval) << '\n';
    print(*waiting);
    m_out << tr("Returned to me: %1").arg(counts->returnedToMe) << '\n';
    print(*returned);
    return Success;
}

}  // namespace newsdesk::cli
