#include "editing/AutosaveSession.h"

#include "store/ArticleStore.h"

namespace newsdesk {

AutosaveSession::AutosaveSession(ArticleStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(1000);
    // Coarse timers may fire 5% early or late; the pause and the deadline are promises.
    m_idle.setTimerType(Qt::PreciseTimer);
    m_maxWait.setTimerType(Qt::PreciseTimer);
    auto saveUnlessHeld = [this] {
        if (!m_held)
            (void)saveNow();
    };
    connect(&m_idle, &QTimer::timeout, this, saveUnlessHeld);
    m_maxWait.setSingleShot(true);
    m_maxWait.setInterval(1500);
    connect(&m_maxWait, &QTimer::timeout, this, saveUnlessHeld);
}

Result<void> AutosaveSession::open(qint64 articleId)
{
    if (articleId == m_articleId)
        return saveNow();
    if (auto flushed = finish(); !flushed)
        return flushed;  // keep the current article: its text is not safe yet
    m_articleId = articleId;
    m_dirty = false;
    m_changedSinceRevision = false;
    m_lastSavedAt = QDateTime();
    m_lastRevisionAt = m_clock.nowUtc();
    return {};
}

Result<void> AutosaveSession::finish()
{
    if (!m_changedSinceRevision && !m_dirty)
        return {};
    return saveNow(tr("Edited"));
}

void AutosaveSession::hold()
{
    m_held = true;
}

void AutosaveSession::release()
{
    m_held = false;
    if (m_dirty)
        (void)saveNow();
}

void AutosaveSession::markChanged()
{
    if (m_articleId == 0)
        return;
    if (!m_dirty)
        m_maxWait.start();  // from the first unsaved change, not restarted by more typing
    m_dirty = true;
    m_idle.start();  // restarts: saving waits for a pause in typing
}

Result<void> AutosaveSession::saveNow(const QString &revisionLabel)
{
    m_idle.stop();
    m_maxWait.stop();
    const QDateTime now = m_clock.nowUtc();
    const bool checkpointDue = (m_changedSinceRevision || m_dirty) && m_lastRevisionAt.isValid()
        && m_lastRevisionAt.msecsTo(now) >= m_checkpointMs;
    const bool named = !revisionLabel.isEmpty() || checkpointDue;
    if (m_articleId == 0 || !m_provider || (!m_dirty && !named))
        return {};
    SaveOptions options;
    options.recordRevision = named;
    options.label = revisionLabel.isEmpty() ? tr("Edited") : revisionLabel;
    options.actor = m_actor;
    auto result = m_store.saveContent(m_articleId, m_provider(), options);
    if (!result) {
        // Stay dirty: the next pause, focus change or Ctrl+S tries again.
        Q_EMIT saveFailed(result.error().message);
        return result.error();
    }
    if (named) {
        m_changedSinceRevision = false;
        m_lastRevisionAt = now;
    } else {
        m_changedSinceRevision = true;
    }
    m_dirty = false;
    m_lastSavedAt = now;
    Q_EMIT saved(m_lastSavedAt);
    return {};
}

}  // namespace newsdesk
