#include "preview/PreviewPane.h"

#include "preview/LockedProfile.h"
#include "preview/PreviewWebPage.h"
#include "preview/RenderQueue.h"
#include "preview/RequestGuard.h"
#include "render/ArticlePage.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcPreview, "newsdesk.preview")

namespace newsdesk::preview {

// Lays the view out at the chosen CSS width: as wide as the width when there is room, else
// as wide as the room with the page zoomed out, so the page still lays out at that width.
class ViewportHost : public QWidget {
public:
    explicit ViewportHost(QWidget *parent) : QWidget(parent)
    {
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Mid);
    }

    void setView(QWebEngineView *view)
    {
        m_view = view;
        m_view->setParent(this);
        place();
    }
    void setCssWidth(int width)
    {
        m_cssWidth = width;
        place();
    }

protected:
    void resizeEvent(QResizeEvent *) override { place(); }

private:
    void place()
    {
        if (!m_view || m_cssWidth <= 0)
            return;
        const int room = std::max(1, width());
        const int shown = std::min(room, m_cssWidth);
        const qreal zoom = std::clamp(qreal(shown) / m_cssWidth, 0.25, 1.0);
        m_view->setZoomFactor(zoom);
        // At the smallest zoom the page may be wider than the room: it then scrolls sideways.
        const int viewWidth = qRound(m_cssWidth * zoom);
        m_view->setGeometry(std::max(0, (room - viewWidth) / 2), 0, viewWidth, height());
        m_view->show();
    }

    QWebEngineView *m_view = nullptr;
    int m_cssWidth = 0;
};

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent), m_template(render::PortalTemplate::builtIn())
{
    m_clock.start();
    m_queue = new RenderQueue(this);
    connect(m_queue, &RenderQueue::startRender, this, &PreviewPane::render);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    auto *widths = new QButtonGroup(this);
    auto makeButton = [&](const QString &text, const QString &tip, PageWidth width) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        widths->addButton(button);
        connect(button, &QToolButton::clicked, this, [this, width] { setPageWidth(width); });
        bar->addWidget(button);
        return button;
    };
    m_desktop = makeButton(
        tr("Desktop"), tr("Show the page 1200 pixels wide, as on a computer"), PageWidth::Desktop);
    m_tablet = makeButton(
        tr("Tablet"), tr("Show the page 768 pixels wide, as on a tablet"), PageWidth::Tablet);
    m_phone = makeButton(
        tr("Phone"), tr("Show the page 375 pixels wide, as on a phone"), PageWidth::Phone);
    pageWidthButton(m_width)->setChecked(true);
    bar->addStretch(1);
    m_blockedLabel = new QLabel(this);
    m_blockedLabel->hide();
    bar->addWidget(m_blockedLabel);

    m_placeholder = new QLabel(tr("The preview is starting…"), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_host = new ViewportHost(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_host);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setAccessibleName(tr("Preview"));
}

PreviewPane::~PreviewPane()
{
    // The page must go before its profile (Chromium asserts otherwise).
    delete m_view;
    delete m_page;
}

void PreviewPane::setSource(PreviewSource source)
{
    m_source = std::move(source);
    if (m_profile)
        m_profile->site().setMediaStore(m_source.media);
    refresh();
}

void PreviewPane::setPortalTemplate(const render::PortalTemplate &portalTemplate)
{
    m_template = portalTemplate;
    ++m_templateVersion;  // the next render loads a whole page with the new template
    if (m_profile)
        m_profile->site().setTemplate(m_template);
    refresh();
}

QToolButton *PreviewPane::pageWidthButton(PageWidth width) const
{
    switch (width) {
    case PageWidth::Desktop:
        return m_desktop;
    case PageWidth::Tablet:
        return m_tablet;
    case PageWidth::Phone:
        return m_phone;
    }
    return nullptr;
}

void PreviewPane::setPageWidth(PageWidth width)
{
    m_width = width;
    pageWidthButton(width)->setChecked(true);
    m_host->setCssWidth(int(width));
}

RequestGuard *PreviewPane::guard() const
{
    return m_profile ? m_profile->guard() : nullptr;
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::ChildPolished) {
        if (auto *inner = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
            inner->setAccessibleName(m_view->accessibleName());
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Let the window appear (and the person start typing) before Chromium spins up.
    if (!m_startScheduled && !isStarted()) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, &PreviewPane::start);
    }
}

void PreviewPane::start()
{
    if (isStarted())
        return;
    m_profile = new LockedProfile(this);
    m_profile->site().setTemplate(m_template);
    m_profile->site().setMediaStore(m_source.media);
    connect(m_profile->guard(), &RequestGuard::blocked, this, &PreviewPane::updateBlockedLabel,
        Qt::QueuedConnection);
    m_page = new PreviewWebPage(m_profile->profile(), this);
    connect(m_page, &PreviewWebPage::externalLinkClicked, this, &PreviewPane::openExternal);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewPane::onLoadFinished);
    m_view = new QWebEngineView;
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);  // no "open in new window", "inspect"
    m_view->setAcceptDrops(false);
    m_view->setAccessibleName(tr("Portal preview"));
    // Keyboard focus lands in the view's inner widget, made later: it carries the name too.
    m_view->installEventFilter(this);
    m_host->setView(m_view);
    m_host->setCssWidth(int(m_width));
    m_stack->setCurrentWidget(m_host);
    Q_EMIT started();
    refresh();
}

void PreviewPane::refresh()
{
    if (m_oldestWaitingRequest < 0)
        m_oldestWaitingRequest = m_clock.elapsed();
    if (!isStarted())
        return;  // start() renders
    m_queue->request();
}

void PreviewPane::render()
{
    m_renderCoversRequest = m_oldestWaitingRequest;
    m_oldestWaitingRequest = -1;
    std::optional<Article> article = m_source.article ? m_source.article() : std::nullopt;
    if (!article) {
        load(QByteArray());
        return;
    }
    render::PageOptions options;
    options.portalZone = m_source.portalZone;
    options.portalName = m_source.portalName;
    options.assets = render::PageOptions::Assets::Linked;
    options.assetBaseUrl = PreviewSite::templateBaseUrl();
    const QString page = render::articlePage(*article, m_template, options);
    if (m_pageReady && m_loadedTemplateVersion == m_templateVersion) {
        updateInPlace(article->content.title, page);
        return;
    }
    m_loadedTemplateVersion = m_templateVersion;
    load(page.toUtf8());
}

void PreviewPane::updateInPlace(const QString &title, const QString &page)
{
    // The same template is on screen: swap the body's contents rather than load a new page.
    // Photos already shown stay decoded and the scroll position stays where it is, so an edit
    // costs a DOM update instead of a page load. The markup is the same one a full load would
    // show; inserted this way, scripts never run and inline handlers only ever belong to the
    // page's own world, whose JavaScript is off.
    const qsizetype open = page.indexOf(QStringLiteral("<body"));
    const qsizetype start = open < 0 ? -1 : page.indexOf(u'>', open) + 1;
    const qsizetype end = page.lastIndexOf(QStringLiteral("</body>"));
    if (start <= 0 || end < start) {
        load(page.toUtf8());
        return;
    }
    const QString arguments
        = QString::fromUtf8(QJsonDocument(QJsonArray {title, page.mid(start, end - start)})
                                .toJson(QJsonDocument::Compact));
    const int generation = ++m_generation;
    m_page->runJavaScript(
        QStringLiteral("(function(a){var x=window.scrollX,y=window.scrollY;document.title=a[0];"
                       "document.body.innerHTML=a[1];window.scrollTo(x,y);return true;})(")
            + arguments + QStringLiteral(")"),
        QWebEngineScript::ApplicationWorld, [this, generation, page](const QVariant &done) {
            if (generation != m_generation)
                return;
            if (!done.toBool()) {
                load(page.toUtf8());  // the page went away meanwhile: load it afresh
                return;
            }
            renderDone();
        });
}

void PreviewPane::showHtml(const QByteArray &html)
{
    start();
    ++m_templateVersion;  // not a template page: the next article render loads afresh
    m_renderCoversRequest = m_clock.elapsed();
    load(html);
}

void PreviewPane::load(const QByteArray &html)
{
    m_pageReady = false;
    // A fresh name per render: the old page can never be served again by mistake.
    const QString name = QStringLiteral("article-%1.html").arg(++m_generation);
    m_profile->site().setPage(name, html);
    if (m_page->url().isEmpty()) {
        m_keptScroll = {};
        m_page->load(PreviewSite::pageUrl(name));
        return;
    }
    // Where the person had scrolled to, restored once the new page is in. Asked of the page
    // itself (in Newsdesk's isolated script world: the page's own scripts stay off), because
    // QWebEnginePage::scrollPosition() is not kept up to date without a GPU.
    const int generation = m_generation;
    m_page->runJavaScript(QStringLiteral("[window.scrollX, window.scrollY]"),
        QWebEngineScript::ApplicationWorld, [this, name, generation](const QVariant &at) {
            if (generation != m_generation)
                return;  // a newer page was asked for meanwhile; it loads instead
            const QVariantList xy = at.toList();
            m_keptScroll = xy.size() == 2 ? QPointF(xy[0].toDouble(), xy[1].toDouble()) : QPointF();
            m_page->load(PreviewSite::pageUrl(name));
        });
}

void PreviewPane::onLoadFinished(bool ok)
{
    // A load replaced by a newer one also ends here, unsuccessfully; only the newest counts.
    if (m_page->url() != PreviewSite::pageUrl(QStringLiteral("article-%1.html").arg(m_generation)))
        return;
    if (!ok)
        qCWarning(lcPreview) << "the preview page did not load";
    m_pageReady = ok;
    if (ok && !m_keptScroll.isNull()) {
        // Runs in Newsdesk's own isolated world: the page's scripts stay disabled.
        m_page->runJavaScript(
            QStringLiteral("window.scrollTo(%1, %2);").arg(m_keptScroll.x()).arg(m_keptScroll.y()),
            QWebEngineScript::ApplicationWorld, [this](const QVariant &) { renderDone(); });
        return;
    }
    renderDone();
}

void PreviewPane::renderDone()
{
    ++m_renders;
    m_lastRenderMs
        = m_renderCoversRequest >= 0 ? int(m_clock.elapsed() - m_renderCoversRequest) : 0;
    Q_EMIT rendered(m_lastRenderMs);
    m_queue->finished();
}

void PreviewPane::updateBlockedLabel()
{
    const int blocked = guard() ? guard()->blockedCount() : 0;
    m_blockedLabel->setVisible(blocked > 0);
    m_blockedLabel->setText(tr("%n outside request(s) blocked", nullptr, blocked));
    QStringList hosts;
    for (const QUrl &url : guard()->blockedUrls()) {
        const QString host = url.host().isEmpty() ? url.scheme() : url.host();
        if (!hosts.contains(host))
            hosts.append(host);
    }
    m_blockedLabel->setToolTip(tr("The preview loads nothing from the network. Blocked: %1")
                                   .arg(hosts.mid(0, 10).join(QStringLiteral(", "))));
}

void PreviewPane::openExternal(const QUrl &url)
{
    QDesktopServices::openUrl(url);
}

}  // namespace newsdesk::preview
