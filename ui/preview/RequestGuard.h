#pragma once

// Blocks every request of the preview that is not for the preview's own site (page, template,
// photos): remote images, CSS url(), fonts, iframes, prefetches, whatever an article body or a
// template carries. Counts and remembers what it blocked, so tests and the person can see it.

#include <QList>
#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace newsdesk::preview {

class RequestGuard : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT
public:
    explicit RequestGuard(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    static bool isAllowed(const QUrl &url);
    int blockedCount() const;
    int allowedCount() const;
    // The most recent blocked URLs (at most 200), oldest first.
    QList<QUrl> blockedUrls() const;

Q_SIGNALS:
    void blocked(const QUrl &url);

private:
    mutable QMutex m_mutex;  // Qt may call interceptRequest off the UI thread
    int m_blocked = 0;
    int m_allowed = 0;
    QList<QUrl> m_recent;
};

}  // namespace newsdesk::preview
