// newsdesk-cli: the headless Newsdesk. Links only newsdesk_core.
#include "CliApp.h"

#include "util/AppIdentity.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    newsdesk::applyAppIdentity();
    // Errors reach the user as one line on stderr; the store's log lines would double them.
    // QT_LOGGING_RULES=newsdesk.*=true brings them back. With --log DIR or NEWSDESK_LOG_DIR,
    // CliApp writes them to DIR/newsdesk.log instead (util/LogFile.h; never article text).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("newsdesk.*=false"));
    // The CLI follows the system language (LANG=vi_VN.UTF-8 gives Vietnamese messages).
    newsdesk::installTranslations(app, QLocale::system().language());
    newsdesk::cli::CliApp cli;
    return cli.run(QCoreApplication::arguments().mid(1));
}
