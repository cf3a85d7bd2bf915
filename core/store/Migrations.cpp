#include "store/Migrations.h"

namespace newsdesk {
namespace {

// Times are INTEGER milliseconds since the epoch, UTC. Text is NFC. Tags are a JSON array.
std::vector<Migration> buildMigrations()
{
    std::vector<Migration> steps;
    steps.push_back(Migration {
        1,
        "articles, revisions, media, search index, settings",
        {
            QStringLiteral(R"(CREATE TABLE media (
                id INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE,
                mime_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                caption TEXT NOT NULL DEFAULT '',
                original_name TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL))"),
            // Small columns first, long text last: SQLite reads a row's columns in order, so list
            // queries never touch the overflow pages that hold the body.
            QStringLiteral(R"(CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                uuid TEXT NOT NULL UNIQUE,
                status TEXT NOT NULL DEFAULT 'draft',
                publish_at INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                word_count INTEGER NOT NULL DEFAULT 0,
                local_revision INTEGER NOT NULL DEFAULT 1,
                content_hash TEXT NOT NULL,
                featured_media_id INTEGER REFERENCES media(id) ON DELETE SET NULL,
                title TEXT NOT NULL DEFAULT '',
                author TEXT NOT NULL DEFAULT '',
                category TEXT NOT NULL DEFAULT '',
                tags TEXT NOT NULL DEFAULT '[]',
                summary TEXT NOT NULL DEFAULT '',
                body_html TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX articles_by_updated ON articles(updated_at, id)"),
            // word_count rides along so per-status statistics never read the article rows.
            QStringLiteral(
                "CREATE INDEX articles_by_status ON articles(status, updated_at, id, word_count)"),
            QStringLiteral(R"(CREATE TABLE revisions (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                number INTEGER NOT NULL,
                title TEXT NOT NULL,
                summary TEXT NOT NULL,
                body_html TEXT NOT NULL,
                author TEXT NOT NULL,
                category TEXT NOT NULL,
                tags TEXT NOT NULL,
                featured_media_id INTEGER,
                content_hash TEXT NOT NULL,
                label TEXT NOT NULL DEFAULT '',
                actor TEXT NOT NULL DEFAULT '',
                created_at INTEGER NOT NULL,
                UNIQUE (article_id, number)))"),
            // Contentless: the folded text is only needed to find rows; snippets are cut from
            // the article itself so they keep their diacritics. Folded text is ASCII-heavy and
            // already split on spaces, so the fast ascii tokenizer is enough.
            QStringLiteral("CREATE VIRTUAL TABLE article_search USING fts5("
                           "title, body, meta, content='', tokenize='ascii')"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
    });
    return steps;
}

}  // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> steps = buildMigrations();
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

}  // namespace newsdesk
