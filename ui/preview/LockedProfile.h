#pragma once

// A private, off-the-record WebEngine profile for showing article pages and nothing else:
// no JavaScript, no plugins, no cache or cookies on disk, no file access, every request not for
// the preview's own site blocked (RequestGuard), the site served from memory (PreviewSite).

#include "preview/PreviewSite.h"

#include <QObject>

class QWebEngineProfile;
class QWebEngineSettings;

namespace newsdesk::preview {

class RequestGuard;
class SiteSchemeHandler;

class LockedProfile : public QObject {
    Q_OBJECT
public:
    explicit LockedProfile(QObject *parent = nullptr);
    ~LockedProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    RequestGuard *guard() const { return m_guard; }
    PreviewSite &site() { return m_site; }

    // The settings every preview page runs with (also applied to each page's own settings).
    static void lockDown(QWebEngineSettings *settings);

private:
    PreviewSite m_site;
    QWebEngineProfile *m_profile = nullptr;
    RequestGuard *m_guard = nullptr;
    SiteSchemeHandler *m_handler = nullptr;
};

}  // namespace newsdesk::preview
