#pragma once

// The preview beside the editor: the open article as the portal will show it, rendered through
// the portal template in a locked-down WebEngine page. Re-renders when told (after each
// autosave), merging edits that arrive mid-render into one follow-up render, and keeps the
// scroll position. The WebEngine side starts lazily, after the window is up.

#include "domain/Article.h"
#include "render/PortalTemplate.h"

#include <QElapsedTimer>
#include <QPointF>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QStackedWidget;
class QToolButton;
class QWebEngineView;

namespace newsdesk {
class MediaStore;
}

namespace newsdesk::preview {

class LockedProfile;
class PreviewWebPage;
class RenderQueue;
class RequestGuard;
class ViewportHost;

struct PreviewSource {
    std::function<std::optional<Article>()> article;  // what to show; nullopt: nothing open
    const MediaStore *media = nullptr;
    QTimeZone portalZone;
    QString portalName;
};

class PreviewPane : public QWidget {
    Q_OBJECT
public:
    // The widths the portal's readers see: desktop, tablet, phone (CSS pixels).
    enum class PageWidth { Desktop = 1200, Tablet = 768, Phone = 375 };

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    void setSource(PreviewSource source);
    void setPortalTemplate(const render::PortalTemplate &portalTemplate);
    const render::PortalTemplate &portalTemplate() const { return m_template; }

    void setPageWidth(PageWidth width);
    PageWidth pageWidth() const { return m_width; }
    QToolButton *pageWidthButton(PageWidth width) const;

    // Creates the WebEngine page and view (idempotent). Called by itself shortly after the pane
    // is first shown; tests and the PDF path may call it directly.
    void start();
    bool isStarted() const { return m_view != nullptr; }

    QWebEngineView *view() const { return m_view; }
    PreviewWebPage *page() const { return m_page; }
    RequestGuard *guard() const;
    int renderCount() const { return m_renders; }
    int lastRenderMilliseconds() const { return m_lastRenderMs; }

public Q_SLOTS:
    // The article changed (or another one opened): render again, merged with a running render.
    void refresh();
    // Shows `html` as it is, through the same lock-down (for hostile-input tests and raw views).
    void showHtml(const QByteArray &html);

Q_SIGNALS:
    void started();
    // A render finished and is on screen; `milliseconds` from the request to shown.
    void rendered(int milliseconds);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void load(const QByteArray &html);
    void updateInPlace(const QString &title, const QString &page);
    void onLoadFinished(bool ok);
    void renderDone();
    void updateBlockedLabel();
    void openExternal(const QUrl &url);

    PreviewSource m_source;
    render::PortalTemplate m_template;
    // Phone first: it reads at full size in a pane beside the editor (and most readers of a
    // town portal are on phones); the choice is remembered.
    PageWidth m_width = PageWidth::Phone;
    LockedProfile *m_profile = nullptr;
    PreviewWebPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    ViewportHost *m_host = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_blockedLabel = nullptr;
    QToolButton *m_desktop = nullptr;
    QToolButton *m_tablet = nullptr;
    QToolButton *m_phone = nullptr;
    RenderQueue *m_queue = nullptr;
    QElapsedTimer m_clock;  // monotonic, for render latencies
    qint64 m_oldestWaitingRequest = -1;  // when the first request not yet being rendered came
    qint64 m_renderCoversRequest = -1;  // ...and the one the running render answers
    QPointF m_keptScroll;
    int m_generation = 0;
    bool m_pageReady = false;  // a page of ours finished loading and is on screen
    int m_templateVersion = 0;
    int m_loadedTemplateVersion = -1;
    int m_renders = 0;
    int m_lastRenderMs = -1;
    bool m_startScheduled = false;
};

}  // namespace newsdesk::preview
