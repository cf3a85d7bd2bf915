#include "preview/RequestGuard.h"

#include "preview/PreviewUrlSchemes.h"

#include <QLoggingCategory>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcPreviewGuard, "newsdesk.preview.guard")

namespace newsdesk::preview {

namespace {
constexpr int kRecentLimit = 200;
}

RequestGuard::RequestGuard(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) { }

bool RequestGuard::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String(kPreviewScheme) || scheme == QLatin1String(kMediaScheme);
}

void RequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    {
        QMutexLocker lock(&m_mutex);
        if (isAllowed(url)) {
            ++m_allowed;
            return;
        }
        ++m_blocked;
        m_recent.append(url);
        if (m_recent.size() > kRecentLimit)
            m_recent.removeFirst();
    }
    info.block(true);
    // Only the scheme and host: a URL may carry anything, and the log keeps no article text.
    qCDebug(lcPreviewGuard) << "blocked a request to" << url.scheme() << url.host();
    Q_EMIT blocked(url);
}

int RequestGuard::blockedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_blocked;
}

int RequestGuard::allowedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_allowed;
}

QList<QUrl> RequestGuard::blockedUrls() const
{
    QMutexLocker lock(&m_mutex);
    return m_recent;
}

}  // namespace newsdesk::preview
