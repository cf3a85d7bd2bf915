#pragma once

// Newsdesk's named logging categories. Enable or silence them with QT_LOGGING_RULES, e.g.
// "newsdesk.*.debug=true" or "newsdesk.sync=false".
//
// What may be logged (see util/LogFile.h): file paths, ids (uuids, row ids, sha256 of media),
// counts, sizes, durations, schema versions, SQLite and HTTP error codes and texts. What may
// never be logged: article text of any kind (titles, sapo, body, captions, notes, author
// names), passwords, application passwords, tokens, cookies, Authorization headers.

#include <QLoggingCategory>

namespace newsdesk {

Q_DECLARE_LOGGING_CATEGORY(lcStore)  // newsdesk.store: opening, migrations, SQLite errors
Q_DECLARE_LOGGING_CATEGORY(lcBackup)  // newsdesk.backup: backups, restores, pruning
Q_DECLARE_LOGGING_CATEGORY(lcSync)  // newsdesk.sync: outbox, pull, conflicts
Q_DECLARE_LOGGING_CATEGORY(lcPortal)  // newsdesk.portal: HTTP to the portal (never credentials)
Q_DECLARE_LOGGING_CATEGORY(lcIo)  // newsdesk.io: import and export
Q_DECLARE_LOGGING_CATEGORY(lcUi)  // newsdesk.ui: windows, dialogs, the editor
Q_DECLARE_LOGGING_CATEGORY(lcApp)  // newsdesk.app: start-up, settings, shutdown

}  // namespace newsdesk
