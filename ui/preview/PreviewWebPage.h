#pragma once

// A preview page never navigates away: it loads only the preview's own pages; a click on a link
// in the article is handed to the person's browser (externalLinkClicked) instead; frames,
// redirects, form posts and new windows go nowhere; every permission is refused.

#include <QWebEnginePage>

namespace newsdesk::preview {

class PreviewWebPage : public QWebEnginePage {
    Q_OBJECT
public:
    PreviewWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    int refusedNavigations() const { return m_refused; }

Q_SIGNALS:
    // An http(s) or mailto link the person clicked; the owner opens it in the system browser.
    void externalLinkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
        int lineNumber, const QString &sourceId) override;

private:
    int m_refused = 0;
};

}  // namespace newsdesk::preview
