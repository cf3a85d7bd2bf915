#include "preview/LockedProfile.h"

#include "preview/PreviewUrlSchemes.h"
#include "preview/RequestGuard.h"

#include <QBuffer>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlSchemeHandler>

namespace newsdesk::preview {

// Answers the preview's schemes from the PreviewSite, read-only (GET only).
class SiteSchemeHandler : public QWebEngineUrlSchemeHandler {
public:
    SiteSchemeHandler(const PreviewSite &site, QObject *parent)
        : QWebEngineUrlSchemeHandler(parent), m_site(site)
    {
    }

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        if (job->requestMethod() != "GET") {
            job->fail(QWebEngineUrlRequestJob::RequestDenied);
            return;
        }
        auto reply = m_site.resolve(job->requestUrl());
        if (!reply) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(reply->body);
        job->reply(reply->mimeType, buffer);
    }

private:
    const PreviewSite &m_site;
};

LockedProfile::LockedProfile(QObject *parent) : QObject(parent)
{
    // No storage name: off the record. Nothing of a preview is ever written to disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    lockDown(m_profile->settings());

    m_guard = new RequestGuard(this);
    m_profile->setUrlRequestInterceptor(m_guard);
    m_handler = new SiteSchemeHandler(m_site, this);
    m_profile->installUrlSchemeHandler(kPreviewScheme.toByteArray(), m_handler);
    m_profile->installUrlSchemeHandler(kMediaScheme.toByteArray(), m_handler);
}

LockedProfile::~LockedProfile()
{
    // Pages must go before their profile; owners delete their pages first.
    m_profile->removeAllUrlSchemeHandlers();
}

void LockedProfile::lockDown(QWebEngineSettings *settings)
{
    using S = QWebEngineSettings;
    const std::pair<S::WebAttribute, bool> attributes[] = {
        {S::JavascriptEnabled, false},
        {S::JavascriptCanOpenWindows, false},
        {S::JavascriptCanAccessClipboard, false},
        {S::JavascriptCanPaste, false},
        {S::PluginsEnabled, false},
        {S::PdfViewerEnabled, false},
        {S::LocalContentCanAccessRemoteUrls, false},
        {S::LocalContentCanAccessFileUrls, false},
        {S::LocalStorageEnabled, false},
        {S::AllowRunningInsecureContent, false},
        {S::AllowGeolocationOnInsecureOrigins, false},
        {S::AllowWindowActivationFromJavaScript, false},
        {S::HyperlinkAuditingEnabled, false},
        {S::DnsPrefetchEnabled, false},
        {S::WebGLEnabled, false},
        {S::Accelerated2dCanvasEnabled, false},
        {S::ScreenCaptureEnabled, false},
        {S::FullScreenSupportEnabled, false},
        {S::AutoLoadIconsForPage, false},
        {S::TouchIconsEnabled, false},
        {S::ErrorPageEnabled, false},
        {S::NavigateOnDropEnabled, false},
        {S::FocusOnNavigationEnabled, false},
        {S::PlaybackRequiresUserGesture, true},
        {S::WebRTCPublicInterfacesOnly, true},
        {S::AutoLoadImages, true},
    };
    for (const auto &[attribute, on] : attributes)
        settings->setAttribute(attribute, on);
    settings->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

}  // namespace newsdesk::preview
