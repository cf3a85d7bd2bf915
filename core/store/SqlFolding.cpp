#include "store/SqlFolding.h"

#include "text/Folding.h"

#include <sqlite3.h>

namespace newsdesk {
namespace {

void foldFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded
        = text::fold(QString::fromUtf8(utf8, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

}  // namespace

bool registerSqlFolding(sqlite3 *db)
{
    return db
        && sqlite3_create_function_v2(db, "newsdesk_fold", 1,
               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, foldFunction,
               nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

}  // namespace newsdesk
