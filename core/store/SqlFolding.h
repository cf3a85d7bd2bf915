#pragma once

// newsdesk_fold(text): text::fold() as an SQL function, so a schema upgrade can fill the
// sort-key columns (title_key, author_key) of existing rows. New writes compute the keys in
// C++; the function is only for migrations and maintenance.

struct sqlite3;

namespace newsdesk {

// Registers the function on one connection; false on failure.
bool registerSqlFolding(sqlite3 *db);

}  // namespace newsdesk
