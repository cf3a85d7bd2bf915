#include "sync/ConflictResolver.h"

#include "html/HtmlSanitizer.h"
#include "html/MediaUrl.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/WorkflowStore.h"
#include "sync/OutboxStore.h"
#include "sync/OutboxWriter.h"
#include "sync/PortalAccountStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace newsdesk {

ConflictResolver::ConflictResolver(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Result<MergedText> ConflictResolver::theirsAsLocal(const SyncConflict &conflict) const
{
    auto account = PortalAccountStore(m_db).account();
    if (!account)
        return account.error();
    QString body = conflict.theirs.value(u"content").toString();
    static const QRegularExpression marker(QStringLiteral("<!--\\s*newsdesk-post-[^>]*-->"));
    body.remove(marker);
    if (*account) {
        QSqlQuery photos(m_db.connection());
        photos.prepare(QStringLiteral(
            "SELECT sha256, source_url FROM remote_media WHERE site = ? AND state = 'done'"));
        photos.addBindValue((*account)->site());
        if (!photos.exec())
            return m_db.errorFor(photos);
        while (photos.next())
            body.replace(photos.value(1).toString(), html::mediaUrl(photos.value(0).toString()));
    }
    return MergedText {conflict.theirs.value(u"title").toString(), html::sanitize(body),
        conflict.theirs.value(u"excerpt").toString()};
}

Result<void> ConflictResolver::resolve(qint64 conflictId, ConflictChoice choice,
    const std::optional<MergedText> &merged, const QString &actor)
{
    if (choice == ConflictChoice::Merged && !merged)
        return makeError(ErrorCode::InvalidInput, tr("Give the merged text."));
    ConflictStore conflicts(m_db);
    auto all = conflicts.open();
    if (!all)
        return all.error();
    const auto found = std::find_if(all->begin(), all->end(),
        [conflictId](const SyncConflict &c) { return c.id == conflictId; });
    if (found == all->end())
        return makeError(ErrorCode::NotFound, tr("There is no open conflict %1.").arg(conflictId));
    const SyncConflict conflict = *found;
    auto theirs = theirsAsLocal(conflict);
    if (!theirs)
        return theirs.error();
    auto account = PortalAccountStore(m_db).account();
    if (!account)
        return account.error();
    if (!*account)
        return makeError(ErrorCode::InvalidInput, tr("No portal account."));
    const QString site = (*account)->site();

    return m_db.transaction([&]() -> Result<void> {
        ArticleStore articles(m_db, m_clock);
        auto article = articles.get(conflict.articleId);
        if (!article)
            return article.error();
        // The article's workflow state and approval survive a choice of text made here: keep
        // them across the save (an edit would otherwise revoke the approval).
        ArticleContent content = article->content;
        const MergedText text = choice == ConflictChoice::Theirs ? *theirs
            : choice == ConflictChoice::Merged
            ? MergedText {merged->title, html::sanitize(merged->bodyHtml), merged->summary}
            : MergedText {content.title, content.bodyHtml, content.summary};
        content.title = text.title;
        content.bodyHtml = text.bodyHtml;
        content.summary = text.summary;
        if (!(content == article->content)) {
            SaveOptions save;
            save.recordRevision = true;
            save.label = choice == ConflictChoice::Theirs ? tr("Took the portal's version")
                                                          : tr("Merged with the portal's version");
            save.actor = actor;
            if (auto saved = articles.saveContent(conflict.articleId, content, save); !saved)
                return saved.error();
        }
        // Waiting operations carry the text chosen now, not the one frozen before.
        if (auto carried = OutboxStore(m_db).refreshText(conflict.articleUuid, content); !carried)
            return carried;
        // The portal's version becomes the base: what we send next is measured against it.
        auto link = PortalAccountStore(m_db).post(site, conflict.articleUuid);
        if (!link)
            return link.error();
        if (*link) {
            RemotePost post = **link;
            post.base = conflict.theirs;
            post.modifiedGmt = conflict.remoteModifiedGmt;
            if (auto saved = PortalAccountStore(m_db).savePost(
                    site, conflict.articleUuid, post, m_clock.nowUtc());
                !saved)
                return saved;
        }
        if (choice != ConflictChoice::Theirs) {
            // Our text goes to the portal with the status it has there now.
            const QString status = conflict.theirs.value(u"status").toString();
            auto op = OutboxWriter(m_db).changeStatusOnly(conflict.articleId,
                status.isEmpty() ? QStringLiteral("pending") : status, m_clock.nowUtc());
            if (!op)
                return op.error();
            // Not status only: the text travels too.
            QSqlQuery full(m_db.connection());
            PostPayload payload = op->payload;
            payload.statusOnly = false;
            full.prepare(
                QStringLiteral("UPDATE outbox SET payload = ?, action = 'resolve' WHERE id = ?"));
            full.addBindValue(QString::fromUtf8(payload.toJson()));
            full.addBindValue(op->id);
            if (!full.exec())
                return m_db.errorFor(full);
        }
        return conflicts.markResolved(conflict.id,
            choice == ConflictChoice::Mine         ? QStringLiteral("mine")
                : choice == ConflictChoice::Theirs ? QStringLiteral("theirs")
                                                   : QStringLiteral("merged"),
            m_clock.nowUtc());
    });
}

}  // namespace newsdesk
