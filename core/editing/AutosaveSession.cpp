#include "editing/AutosaveSession.h"

#include "store/ArticleStore.h"

namespace newsdesk {

AutosaveSession::AutosaveSession(ArticleStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(1000);
    connect(&m_idle, &QTimer::timeout, this, [this] { (void)saveNow(); });
}

Result<void> AutosaveSession::open(qint64 articleId)
{
    if (auto flushed = saveNow(); !flushed)
        return flushed;  // keep the current article: its text is not safe yet
    m_articleId = articleId;
    m_dirty = false;
    m_lastSavedAt = QDateTime();
    return {};
}

void AutosaveSession::markChanged()
{
    if (m_articleId == 0)
        return;
    m_dirty = true;
    m_idle.start();  // restarts: saving waits for a pause in typing
}

Result<void> AutosaveSession::saveNow(const QString &revisionLabel)
{
    m_idle.stop();
    const bool named = !revisionLabel.isEmpty();
    if (m_articleId == 0 || !m_provider || (!m_dirty && !named))
        return {};
    SaveOptions options;
    options.recordRevision = named;
    options.label = revisionLabel;
    auto result = m_store.saveContent(m_articleId, m_provider(), options);
    if (!result) {
        // Stay dirty: the next pause, focus change or Ctrl+S tries again.
        Q_EMIT saveFailed(result.error().message);
        return result.error();
    }
    m_dirty = false;
    m_lastSavedAt = m_clock.nowUtc();
    Q_EMIT saved(m_lastSavedAt);
    return {};
}

}  // namespace newsdesk
