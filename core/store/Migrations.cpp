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
    steps.push_back(Migration {
        2,
        "review workflow: approvals, revocation trigger, review notes, audit chain",
        {
            // Workflow facts live beside the article row rather than in new articles columns:
            // ALTER TABLE would put them after body_html, and every inbox or calendar query
            // would then walk the body's overflow pages. One row per article (trigger below).
            QStringLiteral(R"(CREATE TABLE article_workflow (
                article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                approved_hash TEXT,
                approved_by TEXT NOT NULL DEFAULT '',
                approved_at INTEGER,
                live_hash TEXT,
                scheduled_at INTEGER,
                submitted_by TEXT NOT NULL DEFAULT '',
                submitted_at INTEGER,
                status_changed_at INTEGER))"),
            QStringLiteral("CREATE INDEX article_workflow_by_schedule ON "
                           "article_workflow(scheduled_at) WHERE scheduled_at IS NOT NULL"),
            QStringLiteral("CREATE INDEX articles_by_publish_at ON articles(publish_at) "
                           "WHERE publish_at IS NOT NULL"),
            // Articles already marked published are on the portal with their current text.
            QStringLiteral("INSERT INTO article_workflow(article_id, live_hash) SELECT id, CASE "
                           "WHEN status = 'published' THEN content_hash END FROM articles"),
            QStringLiteral(R"(CREATE TRIGGER articles_workflow_row AFTER INSERT ON articles
                BEGIN
                    INSERT OR IGNORE INTO article_workflow(article_id, live_hash)
                    VALUES(NEW.id, CASE WHEN NEW.status = 'published' THEN NEW.content_hash END);
                END)"),
            // Revocations wait here until WorkflowService records them in the audit chain
            // (a trigger cannot compute the chain's SHA-256).
            QStringLiteral(R"(CREATE TABLE approval_revocations (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                from_status TEXT NOT NULL,
                approved_hash TEXT NOT NULL,
                new_hash TEXT NOT NULL,
                revoked_at INTEGER NOT NULL,
                recorded_event_id INTEGER))"),
            QStringLiteral("CREATE INDEX approval_revocations_pending ON "
                           "approval_revocations(id) WHERE recorded_event_id IS NULL"),
            // Any change of the text of an approved or scheduled article, by whatever code,
            // sends it back to Draft: an approval covers exactly one content hash.
            QStringLiteral(R"(CREATE TRIGGER articles_revoke_approval
                AFTER UPDATE OF content_hash ON articles
                WHEN NEW.status IN ('approved', 'scheduled')
                    AND NEW.content_hash IS NOT OLD.content_hash
                    AND NEW.content_hash IS NOT
                        (SELECT approved_hash FROM article_workflow WHERE article_id = NEW.id)
                BEGIN
                    INSERT INTO approval_revocations(article_id, from_status, approved_hash,
                        new_hash, revoked_at)
                    VALUES(NEW.id, NEW.status,
                        COALESCE((SELECT approved_hash FROM article_workflow
                                  WHERE article_id = NEW.id), ''),
                        NEW.content_hash, NEW.updated_at);
                    UPDATE article_workflow SET scheduled_at = NULL,
                        status_changed_at = NEW.updated_at WHERE article_id = NEW.id;
                    UPDATE articles SET status = 'draft' WHERE id = NEW.id;
                END)"),
            // Offsets are into the editor's plain text at content_hash; quoted_text lets the UI
            // find the passage again after edits.
            QStringLiteral(R"(CREATE TABLE review_notes (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                author TEXT NOT NULL,
                note TEXT NOT NULL,
                anchor_start INTEGER,
                anchor_length INTEGER,
                quoted_text TEXT NOT NULL DEFAULT '',
                content_hash TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                resolved INTEGER NOT NULL DEFAULT 0,
                resolved_by TEXT NOT NULL DEFAULT '',
                resolved_at INTEGER))"),
            QStringLiteral("CREATE INDEX review_notes_by_article ON review_notes(article_id, id)"),
            // No foreign key: the history outlives the article it tells about.
            QStringLiteral(R"(CREATE TABLE audit_events (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL,
                article_uuid TEXT NOT NULL,
                actor TEXT NOT NULL,
                role TEXT NOT NULL,
                action TEXT NOT NULL,
                from_status TEXT NOT NULL,
                to_status TEXT NOT NULL,
                note TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                scheduled_at INTEGER,
                created_at INTEGER NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX audit_events_by_article ON audit_events(article_id, id)"),
            // Defence in depth: the chain still detects tampering by someone who drops these.
            QStringLiteral(R"(CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'the review history is append-only'); END)"),
            QStringLiteral(R"(CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'the review history is append-only'); END)"),
        },
    });
    steps.push_back(Migration {
        3,
        "sort keys for the article list",
        {
            // Folded title and author (no case, no diacritics, đ as d), written with every
            // save, so sorting by them is an index walk and "Đà Lạt" sorts under D.
            QStringLiteral("ALTER TABLE articles ADD COLUMN title_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN author_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE articles SET title_key = newsdesk_fold(title), "
                           "author_key = newsdesk_fold(author)"),
            QStringLiteral("CREATE INDEX articles_by_title ON articles(title_key, id)"),
            QStringLiteral("CREATE INDEX articles_by_author ON articles(author_key, id)"),
            QStringLiteral("CREATE INDEX articles_by_status_id ON articles(status, id)"),
            QStringLiteral(
                "CREATE INDEX articles_by_publish ON articles(COALESCE(publish_at, 0), id)"),
            // ArticleStore::createMany writes the workflow rows of a batch in one statement;
            // this per-row trigger halved the import rate.
            QStringLiteral("DROP TRIGGER articles_workflow_row"),
        },
    });
    steps.push_back(Migration {
        4,
        "portal account, outbox, links to portal posts and photos, portal terms",
        {
            // One account per store: a store publishes to one portal. The password is never
            // here (core/secrets keeps it in the OS keychain).
            QStringLiteral(R"(CREATE TABLE portal_account (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                site_url TEXT NOT NULL,
                rest_root TEXT NOT NULL,
                site_name TEXT NOT NULL DEFAULT '',
                user_name TEXT NOT NULL,
                user_id INTEGER NOT NULL DEFAULT 0,
                display_name TEXT NOT NULL DEFAULT '',
                roles TEXT NOT NULL DEFAULT '[]',
                capabilities TEXT NOT NULL DEFAULT '[]',
                time_zone TEXT NOT NULL DEFAULT '',
                utc_offset INTEGER NOT NULL DEFAULT 0,
                companion INTEGER NOT NULL DEFAULT 0,
                plain_http_allowed INTEGER NOT NULL DEFAULT 0,
                paused_reason TEXT NOT NULL DEFAULT '',
                connected_at INTEGER NOT NULL,
                terms_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE portal_terms (
                site TEXT NOT NULL,
                taxonomy TEXT NOT NULL,
                remote_id INTEGER NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                slug TEXT NOT NULL DEFAULT '',
                parent INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (site, taxonomy, remote_id)))"),
            QStringLiteral("CREATE INDEX portal_terms_by_name ON portal_terms(site, taxonomy, "
                           "name_key)"),
            // What the portal holds for an article: its post id and the fields as last sent
            // or read back (`base`, JSON), so an update sends only what changed.
            QStringLiteral(R"(CREATE TABLE remote_posts (
                article_uuid TEXT NOT NULL,
                site TEXT NOT NULL,
                remote_id INTEGER NOT NULL,
                status TEXT NOT NULL DEFAULT '',
                link TEXT NOT NULL DEFAULT '',
                date_gmt TEXT NOT NULL DEFAULT '',
                modified_gmt TEXT NOT NULL DEFAULT '',
                base TEXT NOT NULL DEFAULT '{}',
                synced_at INTEGER NOT NULL,
                PRIMARY KEY (article_uuid, site)))"),
            // A photo's upload: 'sending' is committed before the bytes leave, so a crash
            // mid-upload is looked up on the portal before uploading again.
            QStringLiteral(R"(CREATE TABLE remote_media (
                sha256 TEXT NOT NULL,
                site TEXT NOT NULL,
                state TEXT NOT NULL,
                remote_id INTEGER,
                source_url TEXT NOT NULL DEFAULT '',
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (sha256, site)))"),
            // One row per thing the portal must learn of, written in the same transaction
            // as the workflow action; `payload` freezes the article as it was then.
            QStringLiteral(R"(CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL,
                article_uuid TEXT NOT NULL,
                action TEXT NOT NULL,
                target_status TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending',
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER,
                sent_at INTEGER,
                owner TEXT NOT NULL DEFAULT '',
                last_error TEXT NOT NULL DEFAULT '',
                error_kind TEXT NOT NULL DEFAULT '',
                notice TEXT NOT NULL DEFAULT '',
                remote_id INTEGER,
                created_at INTEGER NOT NULL,
                finished_at INTEGER,
                payload TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX outbox_open ON outbox(state, id) WHERE state IN "
                           "('pending', 'in_flight', 'retry', 'unknown')"),
            QStringLiteral("CREATE INDEX outbox_by_article ON outbox(article_uuid, id)"),
        },
    });
    steps.push_back(Migration {
        5,
        "sync conflicts: both versions kept until a person resolves them",
        {
            // base/mine/theirs: JSON objects of the text fields (title, content, excerpt) as
            // they were at the last sync, here, and on the portal.
            QStringLiteral(R"(CREATE TABLE sync_conflicts (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                article_uuid TEXT NOT NULL,
                remote_id INTEGER NOT NULL,
                fields TEXT NOT NULL,
                base TEXT NOT NULL,
                mine TEXT NOT NULL,
                theirs TEXT NOT NULL,
                remote_modified_gmt TEXT NOT NULL DEFAULT '',
                detected_at INTEGER NOT NULL,
                resolved_at INTEGER,
                resolution TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX sync_conflicts_open ON sync_conflicts(article_id) "
                           "WHERE resolved_at IS NULL"),
            // Every sync looks for the scheduled posts (missed schedules, revoked approvals).
            QStringLiteral("CREATE INDEX remote_posts_by_status ON remote_posts(site, status)"),
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
