#pragma once

// Keeps the article being edited saved: about a second after typing stops, and at once when
// asked (focus leaves the editor, another article is opened, the window closes, Ctrl+S).
// The editor hands over its content through a provider; the session decides when to store it.

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

    // Saves what is pending for the current article, then follows `articleId` (0: none).
    Result<void> open(qint64 articleId);
    qint64 articleId() const { return m_articleId; }

    // The editor changed: save once it has been idle for idleDelay().
    void markChanged();
    bool hasUnsavedChanges() const { return m_dirty; }

    // Saves now. With a label, also records a named revision (Ctrl+S), even if nothing changed.
    Result<void> saveNow(const QString &revisionLabel = {});

    QDateTime lastSavedAt() const { return m_lastSavedAt; }

Q_SIGNALS:
    void saved(const QDateTime &atUtc);
    void saveFailed(const QString &message);

private:
    ArticleStore &m_store;
    const Clock &m_clock;
    ContentProvider m_provider;
    QTimer m_idle;
    qint64 m_articleId = 0;
    bool m_dirty = false;
    QDateTime m_lastSavedAt;
};

}  // namespace newsdesk
