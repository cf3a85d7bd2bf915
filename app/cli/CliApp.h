#pragma once

// newsdesk-cli: every command of the headless tool. main() only hands over the arguments.
// Exit codes: 0 success, 1 bad input or a failed operation (one line on stderr), 2 usage.

#include "backup/StoreBackup.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "util/Clock.h"
#include "workflow/WorkflowService.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace newsdesk::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

class CliApp {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::cli::CliApp)

public:
    CliApp();
    ~CliApp();
    CliApp(const CliApp &) = delete;
    CliApp &operator=(const CliApp &) = delete;
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem = {});
    int fail(const Error &error);
    int fail(const QString &message);
    enum class StoreAccess { MustExist, CreateIfMissing };
    bool openStore(StoreAccess access);

    int importFiles(const QStringList &args);
    int updateArticle(const QStringList &args);
    int listArticles(const QStringList &args);
    int searchArticles(const QStringList &args);
    int showArticle(const QStringList &args);
    int exportArticles(const QStringList &args);
    int showStats(const QStringList &args);
    int showHistory(const QStringList &args);
    int diffRevisions(const QStringList &args);
    int restoreRevision(const QStringList &args);
    // Store backups (backup/StoreBackup.h): make one, list them, restore one.
    int backupCommand(const QStringList &args);
    int restoreBackup(const QString &nameOrPath, const std::optional<QString> &folder);
    QString storePath() const;
    BackupOptions backupOptions(
        const std::optional<QString> &folder, std::optional<int> keep = std::nullopt) const;
    bool startLog(const QString &directory);
    int checkArticle(const QStringList &args);
    // The review workflow, all through WorkflowService: the CLI adds no rule of its own.
    int performAction(WorkflowAction action, const QString &command, const QStringList &args);
    int auditCommand(const QStringList &args);
    int profileCommand(const QStringList &args);
    int showInbox(const QStringList &args);
    // The portal (CliPortal.cpp): accounts, sync, sharing a draft.
    int accountCommand(const QStringList &args);
    int syncCommand(const QStringList &args);
    int shareDraft(const QStringList &args);
    int syncStatus();
    int conflictsCommand(const QStringList &args);
    // --password-stdin, else NEWSDESK_APP_PASSWORD; never an argument (ps would show it).
    std::optional<QString> passwordFromInput(bool fromStdin);

    QTextStream m_out;
    QTextStream m_err;
    QString m_dbPath;
    bool m_json = false;
    bool m_logging = false;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<WorkflowService> m_workflow;
};

}  // namespace newsdesk::cli
