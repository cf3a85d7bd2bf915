#pragma once

// Keeps the article being edited saved: about a second after typing stops, at the latest
// maxDelay() after the first unsaved change even while typing goes on (so a crash loses at most
// that much), and at once when asked (focus leaves the editor, another article is opened, the
// window closes, Ctrl+S). The editor hands over its content through a provider; the session
// decides when to store it.
//
// Autosaves update the working copy only; the history gets a revision when the person leaves an
// article they changed (another article, quit) and every checkpointInterval() of editing, so
// the history shows the working sessions without one entry per pause.

#include "domain/Article.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace newsdesk {

class ArticleStore;

class AutosaveSession : public QObject {
    Q_OBJECT
public:
    using ContentProvider = std::function<ArticleContent()>;

    AutosaveSession(ArticleStore &store, const Clock &clock, QObject *parent = nullptr);

    void setContentProvider(ContentProvider provider) { m_provider = std::move(provider); }
    void setIdleDelay(int milliseconds) { m_idle.setInterval(milliseconds); }
    int idleDelay() const { return m_idle.interval(); }
    void setMaxDelay(int milliseconds) { m_maxWait.setInterval(milliseconds); }
    int maxDelay() const { return m_maxWait.interval(); }
    void setCheckpointInterval(qint64 milliseconds) { m_checkpointMs = milliseconds; }
    // Who is editing: recorded with the revisions this session makes.
    void setActor(const QString &actor) { m_actor = actor; }

    // Saves what is pending for the current article (recording a revision when it was
    // changed since the last one), then follows `articleId` (0: none).
    Result<void> open(qint64 articleId);
    qint64 articleId() const { return m_articleId; }

    // While held (a large paste is going in), timers do not save; release saves what waited.
    void hold();
    void release();
    bool isHeld() const { return m_held; }

    // The editor changed: save once it has been idle for idleDelay().
    void markChanged();
    bool hasUnsavedChanges() const { return m_dirty; }

    // Saves now. With a label, also records a named revision (Ctrl+S), even if nothing changed.
    Result<void> saveNow(const QString &revisionLabel = {});

    QDateTime lastSavedAt() const { return m_lastSavedAt; }

    // Saves what is pending and, when the article changed since its last revision, records one
    // ("Edited"): what leaving an article or quitting does.
    Result<void> finish();

Q_SIGNALS:
    void saved(const QDateTime &atUtc);
    void saveFailed(const QString &message);

private:
    ArticleStore &m_store;
    const Clock &m_clock;
    ContentProvider m_provider;
    QTimer m_idle;
    QTimer m_maxWait;
    qint64 m_checkpointMs = 10 * 60 * 1000;
    QString m_actor;
    bool m_changedSinceRevision = false;
    bool m_held = false;
    QDateTime m_lastRevisionAt;
    qint64 m_articleId = 0;
    bool m_dirty = false;
    QDateTime m_lastSavedAt;
};

}  // namespace newsdesk
