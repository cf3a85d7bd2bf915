#include "preview/PreviewWebPage.h"

#include "preview/LockedProfile.h"
#include "preview/PreviewUrlSchemes.h"

namespace newsdesk::preview {

PreviewWebPage::PreviewWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    LockedProfile::lockDown(settings());
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
        [this](const QUrl &origin, Feature feature) {
            setFeaturePermission(origin, feature, PermissionDeniedByUser);
        });
}

bool PreviewWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const QString scheme = url.scheme().toLower();
    if (type == NavigationTypeLinkClicked) {
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            Q_EMIT externalLinkClicked(url);
        ++m_refused;
        return false;
    }
    // Our own loads of our own pages, in the main frame; nothing else (no iframes, no
    // meta-refresh or form posts to elsewhere).
    if (isMainFrame && type == NavigationTypeTyped && scheme == QLatin1String(kPreviewScheme)
        && url.host() == u"page")
        return true;
    ++m_refused;
    return false;
}

QWebEnginePage *PreviewWebPage::createWindow(WebWindowType)
{
    ++m_refused;
    return nullptr;
}

void PreviewWebPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel, const QString &, int, const QString &)
{
    // JavaScript is off; whatever Chromium reports here is noise for the person and the log.
}

}  // namespace newsdesk::preview
