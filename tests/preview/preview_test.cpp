// The preview as people and attackers meet it: rendered offscreen through the real WebEngine,
// read back through the DOM; hostile article bodies must run no script and reach no network.
#include "PreviewTestSupport.h"
#include "TestStore.h"
#include "UiTestSupport.h"

#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "MainWindow.h"
#include "editing/AutosaveSession.h"
#include "io/PortalTime.h"
#include "preview/ArticleHandOffActions.h"
#include "preview/LockedProfile.h"
#include "preview/PdfExporter.h"
#include "preview/PortalClipboard.h"
#include "preview/PreviewPane.h"
#include "preview/PreviewWebPage.h"
#include "preview/RenderQueue.h"
#include "preview/RequestGuard.h"
#include "util/Translations.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <gtest/gtest.h>

namespace newsdesk::testing {
namespace {

using preview::PreviewPane;

// Counts every connection that reaches it: the hostile fixtures point all their URLs here.
class TrapServer {
public:
    TrapServer()
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->close();
            }
        });
    }
    QString base() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

QByteArray pngBytes(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Article fixtureArticle()
{
    Article article;
    article.id = 1;
    article.content.title = QStringLiteral("Hội đồng nhân dân thị xã họp kỳ thứ 12");
    article.content.summary = QStringLiteral("Sáng 15/01, HĐND thị xã khai mạc kỳ họp thường lệ.");
    article.content.bodyHtml = QStringLiteral(
        "<p>Kỳ họp xem xét báo cáo kinh tế – xã hội năm 2025.</p>"
        "<h2>Những nội dung chính</h2><p>Đại biểu thảo luận về đường giao thông nông thôn.</p>");
    article.content.author = QStringLiteral("Lò Thị Hoa");
    article.publishAt = QDateTime(QDate(2026, 1, 15), QTime(13, 56, 49), Qt::UTC);
    return article;
}

struct PaneFixture : ::testing::Test {
    TestStore store;
    PreviewPane pane;
    Article article = fixtureArticle();

    void SetUp() override
    {
        preview::PreviewSource source;
        source.article = [this] { return std::optional<Article>(article); };
        source.media = store.media.get();
        source.portalZone = portal_time::defaultZone();
        source.portalName = QStringLiteral("Cổng thông tin điện tử thị xã Mường Lay");
        pane.setSource(source);
        pane.resize(1000, 800);
    }

    // Starts the pane (if needed), asks for a render and waits until it is on screen.
    bool renderNow()
    {
        const int before = pane.renderCount();
        if (!pane.isStarted())
            pane.start();
        else
            pane.refresh();
        return waitUntil([&] { return pane.renderCount() > before && !pane.page()->isLoading(); });
    }
    QString text(const QString &selector)
    {
        return evaluate(pane.page(),
            QStringLiteral("(function(){var e=document.querySelector('%1');"
                           "return e ? e.textContent.trim() : null;})()")
                .arg(selector))
            .toString();
    }
};

TEST(RenderQueueTest, EditsDuringARenderMergeIntoOneFollowUp)
{
    preview::RenderQueue queue;
    int renders = 0;
    QObject::connect(&queue, &preview::RenderQueue::startRender, [&] { ++renders; });
    queue.request();
    EXPECT_EQ(renders, 1);
    for (int i = 0; i < 10; ++i)
        queue.request();
    EXPECT_EQ(renders, 1);
    EXPECT_TRUE(queue.hasFollowUp());
    queue.finished();
    EXPECT_EQ(renders, 2);  // one follow-up for all ten
    queue.finished();
    EXPECT_EQ(renders, 2);
    EXPECT_FALSE(queue.isRunning());
    queue.request();
    EXPECT_EQ(renders, 3);
}

TEST_F(PaneFixture, ShowsTheArticleAsThePortalDoes)
{
    pane.show();
    ASSERT_TRUE(renderNow());
    EXPECT_EQ(text(QStringLiteral("h1.article-title")), article.content.title);
    EXPECT_EQ(text(QStringLiteral(".posting-time")),
        QStringLiteral("Thời gian đăng: 15/01/2026 08:56:49 PM"));  // UTC+7
    EXPECT_EQ(text(QStringLiteral(".article-author")), QStringLiteral("Tác giả: Lò Thị Hoa"));
    EXPECT_EQ(text(QStringLiteral(".article-summary")), article.content.summary);
    EXPECT_EQ(text(QStringLiteral(".portal-name")),
        QStringLiteral("Cổng thông tin điện tử thị xã Mường Lay"));
    EXPECT_TRUE(text(QStringLiteral(".article-body")).contains(QStringLiteral("nông thôn")));
    // The template's stylesheet came through the scheme handler: the title is styled.
    EXPECT_NE(evaluate(pane.page(),
                  QStringLiteral("getComputedStyle(document.querySelector('h1.article-title'))"
                                 ".color"))
                  .toString(),
        QStringLiteral("rgb(0, 0, 0)"));
    EXPECT_EQ(pane.guard()->blockedCount(), 0);
}

TEST_F(PaneFixture, ShowsPhotosFromTheLocalMediaStore)
{
    auto photo
        = store.media->add(pngBytes(320, 200, QColor(20, 120, 60)), QStringLiteral("image/png"));
    ASSERT_TRUE(photo.ok());
    article.content.bodyHtml
        += QStringLiteral("<figure><img src=\"newsdesk-media:%1\" alt=\"Ruộng bậc thang\">"
                          "<figcaption>Ruộng bậc thang mùa lúa chín</figcaption></figure>")
               .arg(photo->sha256);
    pane.show();
    ASSERT_TRUE(renderNow());
    ASSERT_TRUE(waitUntil([&] {
        return evaluate(pane.page(), QStringLiteral("document.images[0].naturalWidth")).toInt()
            == 320;
    }));
    EXPECT_EQ(text(QStringLiteral("figcaption")), QStringLiteral("Ruộng bậc thang mùa lúa chín"));
    EXPECT_EQ(pane.guard()->blockedCount(), 0);
}

TEST_F(PaneFixture, WidthTogglesLayThePageOutAtDesktopTabletAndPhoneWidths)
{
    pane.show();
    ASSERT_TRUE(renderNow());
    const std::pair<PreviewPane::PageWidth, int> widths[] = {
        {PreviewPane::PageWidth::Phone, 375}, {PreviewPane::PageWidth::Tablet, 768},
        {PreviewPane::PageWidth::Desktop, 1200},  // wider than the pane: zoomed out, still 1200
    };
    for (const auto &[width, css] : widths) {
        pane.pageWidthButton(width)->click();
        EXPECT_EQ(pane.pageWidth(), width);
        EXPECT_TRUE(waitUntil([&, css = css] {
            return std::abs(
                       evaluate(pane.page(), QStringLiteral("window.innerWidth")).toInt() - css)
                <= 2;
        })) << "width "
            << css << " got " << evaluate(pane.page(), QStringLiteral("window.innerWidth")).toInt();
    }
}

TEST_F(PaneFixture, KeepsTheScrollPositionAcrossRenders)
{
    for (int i = 0; i < 80; ++i)
        article.content.bodyHtml
            += QStringLiteral("<p>Đoạn văn số %1 của bài viết dài.</p>").arg(i);
    pane.show();
    ASSERT_TRUE(renderNow());
    ASSERT_NEAR(
        evaluate(pane.page(), QStringLiteral("window.scrollTo(0, 900); window.scrollY")).toDouble(),
        900, 2);
    article.content.bodyHtml += QStringLiteral("<p>Một đoạn mới.</p>");
    ASSERT_TRUE(renderNow());
    EXPECT_NEAR(evaluate(pane.page(), QStringLiteral("window.scrollY")).toDouble(), 900, 2);
    EXPECT_TRUE(text(QStringLiteral(".article-body")).contains(QStringLiteral("Một đoạn mới")));
}

TEST_F(PaneFixture, EditsArrivingMidRenderMergeIntoOneFollowUpRender)
{
    pane.show();
    ASSERT_TRUE(renderNow());
    const int before = pane.renderCount();
    for (int i = 0; i < 20; ++i) {
        article.content.title = QStringLiteral("Tiêu đề %1").arg(i);
        pane.refresh();
    }
    ASSERT_TRUE(waitUntil([&] { return pane.renderCount() >= before + 2; }));
    pumpEvents(500);
    EXPECT_EQ(pane.renderCount(), before + 2);
    EXPECT_EQ(text(QStringLiteral("h1.article-title")), QStringLiteral("Tiêu đề 19"));
}

QByteArray hostilePage(const QString &trap)
{
    QString page = QStringLiteral(
        R"HTML(<!DOCTYPE html><html><head><meta charset="utf-8"><title>hostile</title>
<link rel="stylesheet" href="TRAP/style.css">
<link rel="prefetch" href="TRAP/prefetch">
<link rel="icon" href="TRAP/favicon.ico">
<style>@import url("TRAP/import.css"); body { background: url(TRAP/bg.png); }
@font-face { font-family: trap; src: url(TRAP/font.woff2); } p { font-family: trap; }</style>
<meta http-equiv="refresh" content="0;url=TRAP/refresh">
<base href="TRAP/">
</head><body onload="document.documentElement.setAttribute('data-pwned','onload')">
<script>document.documentElement.setAttribute('data-pwned','script');</script>
<script src="TRAP/script.js"></script>
<img src="missing.png" onerror="document.documentElement.setAttribute('data-pwned','onerror')">
<img src="TRAP/remote.png" alt="remote">
<img srcset="TRAP/srcset.png 2x">
<a id="js" href="javascript:document.documentElement.setAttribute('data-pwned','js-link')">js</a>
<a id="out" href="TRAP/clicked">out</a>
<iframe src="TRAP/frame"></iframe>
<iframe srcdoc="&lt;script&gt;parent.document.documentElement.setAttribute('data-pwned','srcdoc')&lt;/script&gt;"></iframe>
<object data="TRAP/object"></object><embed src="TRAP/embed">
<svg><script>document.documentElement.setAttribute('data-pwned','svg');</script></svg>
<form id="f" action="TRAP/post" method="post"><input name="a" value="b"></form>
<video src="TRAP/video.mp4" autoplay></video><audio src="TRAP/a.mp3" autoplay></audio>
<div style="background-image: url('TRAP/inline.png'); width: 10px; height: 10px"></div>
<p>Nội dung bài viết.</p></body></html>)HTML");
    page.replace(QStringLiteral("TRAP"), trap);
    return page.toUtf8();
}

// Clicks at the centre of `selector`'s box, as a person would.
void clickElement(PreviewPane &pane, const QString &selector)
{
    const QVariantList box = evaluate(pane.page(),
        QStringLiteral("(function(){var r=document.querySelector('%1').getBoundingClientRect();"
                       "return [r.left + r.width/2, r.top + r.height/2];})()")
            .arg(selector))
                                 .toList();
    ASSERT_EQ(box.size(), 2);
    const qreal zoom = pane.view()->zoomFactor();
    const QPoint at(qRound(box[0].toDouble() * zoom), qRound(box[1].toDouble() * zoom));
    QWidget *target = pane.view()->focusProxy();
    ASSERT_NE(target, nullptr);
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
}

class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

TEST_F(PaneFixture, HostilePagesRunNoScriptAndReachNoNetwork)
{
    TrapServer trap;
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    pane.show();
    pane.start();
    pane.showHtml(hostilePage(trap.base()));
    ASSERT_TRUE(waitUntil([&] { return pane.renderCount() >= 1 && !pane.page()->isLoading(); }));
    pumpEvents(1500);  // give anything that would leave the time to try

    EXPECT_TRUE(
        evaluate(pane.page(), QStringLiteral("document.documentElement.getAttribute('data-pwned')"))
            .isNull());
    EXPECT_EQ(evaluate(pane.page(), QStringLiteral("document.title")).toString(),
        QStringLiteral("hostile"));

    // A click on a javascript: link runs nothing; a click on a web link goes to the system
    // browser, and the preview stays where it is.
    const QUrl shown = pane.page()->url();
    clickElement(pane, QStringLiteral("#js"));
    clickElement(pane, QStringLiteral("#out"));
    ASSERT_TRUE(waitUntil([&] { return !browser.opened.isEmpty(); }, 5000));
    pumpEvents(800);
    EXPECT_EQ(browser.opened.value(0), QUrl(trap.base() + QStringLiteral("/clicked")));
    EXPECT_EQ(pane.page()->url(), shown);
    EXPECT_TRUE(
        evaluate(pane.page(), QStringLiteral("document.documentElement.getAttribute('data-pwned')"))
            .isNull());

    EXPECT_EQ(trap.connections(), 0) << "a request left the preview";
    // Chromium itself refuses remote loads from the preview's local scheme, before the guard
    // sees them; whatever reached the guard was ours or blocked.
    for (const QUrl &url : pane.guard()->blockedUrls())
        EXPECT_EQ(url.host(), QStringLiteral("127.0.0.1")) << url.toString().toStdString();
    EXPECT_GE(pane.guard()->allowedCount(), 1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

TEST_F(PaneFixture, TheRequestGuardAloneStopsEveryOutsideRequest)
{
    // Take away the first layer (local pages may not load remote URLs): the interceptor must
    // still stop every request, and count and name each one.
    TrapServer trap;
    pane.show();
    pane.start();
    pane.page()->settings()->setAttribute(
        QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    pane.showHtml(hostilePage(trap.base()));
    ASSERT_TRUE(waitUntil([&] { return pane.renderCount() >= 1 && !pane.page()->isLoading(); }));
    pumpEvents(1500);
    EXPECT_EQ(trap.connections(), 0) << "a request left the preview";
    EXPECT_GE(pane.guard()->blockedCount(), 5);
    QStringList paths;
    for (const QUrl &url : pane.guard()->blockedUrls()) {
        EXPECT_EQ(url.host(), QStringLiteral("127.0.0.1")) << url.toString().toStdString();
        paths.append(url.path());
    }
    EXPECT_TRUE(paths.contains(QStringLiteral("/remote.png"))) << paths.join(u' ').toStdString();
    EXPECT_TRUE(paths.contains(QStringLiteral("/style.css"))) << paths.join(u' ').toStdString();
    EXPECT_TRUE(
        evaluate(pane.page(), QStringLiteral("document.documentElement.getAttribute('data-pwned')"))
            .isNull());
}

TEST_F(PaneFixture, HostileArticleBodiesRenderedThroughTheTemplateAreInertToo)
{
    // As if a body had bypassed the sanitizer: the template path must still be safe.
    TrapServer trap;
    article.content.bodyHtml = QString::fromUtf8(hostilePage(trap.base()))
                                   .section(QStringLiteral("<body"), 1)
                                   .prepend(QStringLiteral("<div"));
    pane.show();
    ASSERT_TRUE(renderNow());
    pumpEvents(1500);
    EXPECT_TRUE(
        evaluate(pane.page(), QStringLiteral("document.documentElement.getAttribute('data-pwned')"))
            .isNull());
    EXPECT_EQ(text(QStringLiteral("h1.article-title")), article.content.title);
    EXPECT_EQ(trap.connections(), 0);
    EXPECT_GE(pane.guard()->allowedCount(), 2);  // the page and the template's stylesheet
    for (const QUrl &url : pane.guard()->blockedUrls())
        EXPECT_EQ(url.host(), QStringLiteral("127.0.0.1")) << url.toString().toStdString();

    // An edit swaps the body in place (no page load): just as inert.
    article.content.title = QStringLiteral("Tiêu đề đã sửa");
    ASSERT_TRUE(renderNow());
    pumpEvents(1500);
    EXPECT_EQ(text(QStringLiteral("h1.article-title")), QStringLiteral("Tiêu đề đã sửa"));
    EXPECT_TRUE(
        evaluate(pane.page(), QStringLiteral("document.documentElement.getAttribute('data-pwned')"))
            .isNull());
    EXPECT_EQ(trap.connections(), 0);
}

TEST(PreviewPageTest, NavigatesOnlyToItsOwnPages)
{
    struct Probe : preview::PreviewWebPage {
        using PreviewWebPage::acceptNavigationRequest;
        using PreviewWebPage::createWindow;
        using PreviewWebPage::PreviewWebPage;
    };
    preview::LockedProfile profile;
    Probe page(profile.profile());
    QSignalSpy external(&page, &preview::PreviewWebPage::externalLinkClicked);
    const QUrl own(QStringLiteral("newsdesk-preview://page/article-1.html"));
    EXPECT_TRUE(page.acceptNavigationRequest(own, QWebEnginePage::NavigationTypeTyped, true));
    EXPECT_FALSE(page.acceptNavigationRequest(own, QWebEnginePage::NavigationTypeTyped, false));
    EXPECT_FALSE(page.acceptNavigationRequest(
        QUrl(QStringLiteral("https://example.org/")), QWebEnginePage::NavigationTypeTyped, true));
    EXPECT_FALSE(page.acceptNavigationRequest(
        QUrl(QStringLiteral("file:///etc/passwd")), QWebEnginePage::NavigationTypeRedirect, true));
    EXPECT_FALSE(page.acceptNavigationRequest(QUrl(QStringLiteral("javascript:alert(1)")),
        QWebEnginePage::NavigationTypeLinkClicked, true));
    EXPECT_EQ(external.count(), 0);
    EXPECT_FALSE(page.acceptNavigationRequest(QUrl(QStringLiteral("https://example.org/a")),
        QWebEnginePage::NavigationTypeLinkClicked, true));
    EXPECT_EQ(external.count(), 1);
    EXPECT_EQ(page.createWindow(QWebEnginePage::WebBrowserTab), nullptr);
    EXPECT_FALSE(page.settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
    EXPECT_FALSE(page.settings()->testAttribute(QWebEngineSettings::PluginsEnabled));
    EXPECT_FALSE(page.settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
    EXPECT_TRUE(profile.profile()->isOffTheRecord());
}

TEST(RequestGuardTest, AllowsOnlyThePreviewsOwnSchemes)
{
    using preview::RequestGuard;
    EXPECT_TRUE(
        RequestGuard::isAllowed(QUrl(QStringLiteral("newsdesk-preview://template/style.css"))));
    EXPECT_TRUE(RequestGuard::isAllowed(QUrl(QStringLiteral("newsdesk-media:0123abcd"))));
    for (const char *url :
        {"http://127.0.0.1/x.png", "https://portal.invalid/", "file:///etc/passwd", "ftp://a/b",
            "data:text/html,<b>x</b>", "qrc:/i18n/x.qm", "blob:null/1"})
        EXPECT_FALSE(RequestGuard::isAllowed(QUrl(QString::fromLatin1(url)))) << url;
}

TEST_F(PaneFixture, ExportsARealA4PdfWithTheTitleInIt)
{
    QTemporaryDir dir;
    preview::PdfJob job;
    job.article = article;
    job.portalZone = portal_time::defaultZone();
    job.portalName = QStringLiteral("Cổng thông tin điện tử");
    job.media = store.media.get();
    job.outputPath = dir.filePath(QStringLiteral("bai-viet.pdf"));
    auto done = preview::PdfExporter::run(job);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    QFile pdf(job.outputPath);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    EXPECT_FALSE(QFile::exists(job.outputPath + QStringLiteral(".part")));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {job.outputPath});
    ASSERT_TRUE(info.waitForFinished(20000));
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(infoText.contains(QStringLiteral("(A4)")))
        << infoText.toStdString();  // A4 in points

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {job.outputPath, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(20000));
    const QString content
        = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
    EXPECT_TRUE(content.contains(article.content.title)) << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("Tác giả: Lò Thị Hoa")));
    EXPECT_TRUE(content.contains(QStringLiteral("Thời gian đăng: 15/01/2026 08:56:49 PM")));
}

TEST_F(PaneFixture, PdfExportToAMissingFolderSaysSoAndWritesNothing)
{
    preview::PdfJob job;
    job.article = article;
    job.outputPath = QStringLiteral("/nonexistent-folder/bai-viet.pdf");
    auto done = preview::PdfExporter::run(job);
    ASSERT_FALSE(done.ok());
    EXPECT_TRUE(done.error().message.contains(QStringLiteral("/nonexistent-folder")));
}

TEST_F(PaneFixture, CopyForThePortalPutsHtmlAndPlainTextOnTheClipboard)
{
    auto photo = store.media->add(pngBytes(40, 30, Qt::red), QStringLiteral("image/png"));
    ASSERT_TRUE(photo.ok());
    article.content.bodyHtml += QStringLiteral("<figure><img src=\"newsdesk-media:%1\" alt=\"Ảnh\">"
                                               "<figcaption>Chú thích</figcaption></figure>")
                                    .arg(photo->sha256);
    preview::copyForPortal(article, store.media.get());
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    ASSERT_TRUE(data->hasHtml());
    ASSERT_TRUE(data->hasText());
    const QString html = data->html();
    EXPECT_TRUE(html.contains(QStringLiteral("Đại biểu thảo luận về đường giao thông nông thôn.")));
    EXPECT_TRUE(html.contains(QStringLiteral("data:image/png;base64,")));  // the photo travels
    EXPECT_FALSE(html.contains(QStringLiteral("newsdesk-media:")));
    EXPECT_TRUE(
        data->text().contains(QStringLiteral("Kỳ họp xem xét báo cáo kinh tế – xã hội năm 2025.")));
    EXPECT_TRUE(data->text().contains(QStringLiteral("Tác giả: Lò Thị Hoa")));
    EXPECT_FALSE(data->text().contains(u'<'));
}

// English again when a test that switched to Vietnamese ends, however it ends.
struct VietnameseForThisTest {
    VietnameseForThisTest()
    {
        EXPECT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::Vietnamese));
    }
    ~VietnameseForThisTest()
    {
        installTranslations(*QCoreApplication::instance(), QLocale::English);
    }
};

TEST(PreviewInMainWindow, StartsAfterTheWindowAndFollowsEachAutosave)
{
    VietnameseForThisTest vietnamese;
    TestStore store;
    auto photo
        = store.media->add(pngBytes(640, 400, QColor(40, 110, 70)), QStringLiteral("image/png"));
    ASSERT_TRUE(photo.ok());
    NewArticle fresh;
    fresh.content = fixtureArticle().content;
    fresh.content.bodyHtml += QStringLiteral(
        "<figure><img src=\"newsdesk-media:%1\" alt=\"Ruộng bậc thang\">"
        "<figcaption>Ruộng bậc thang ở xã Lay Nưa mùa lúa chín</figcaption></figure>"
        "<p>Các đại biểu đề nghị ưu tiên vốn cho đường liên bản và kênh mương nội đồng.</p>")
                                  .arg(photo->sha256);
    fresh.publishAt = fixtureArticle().publishAt;
    auto created = store.articles->create(fresh);
    ASSERT_TRUE(created.ok());

    MainWindow window(*store.articles, store.clock);
    window.resize(1600, 900);
    window.show();
    // Opening the window does not wait for WebEngine: the preview starts afterwards.
    EXPECT_FALSE(window.previewPane()->isStarted());
    ASSERT_TRUE(window.openArticle(created->id));
    ASSERT_TRUE(waitUntil([&] {
        return window.previewPane()->isStarted() && window.previewPane()->renderCount() >= 1
            && !window.previewPane()->page()->isLoading();
    }));
    QWebEnginePage *page = window.previewPane()->page();
    auto text = [&](const QString &selector) {
        return evaluate(page,
            QStringLiteral("(function(){var e=document.querySelector('%1');"
                           "return e ? e.textContent.trim() : null;})()")
                .arg(selector))
            .toString();
    };
    ASSERT_TRUE(
        waitUntil([&] { return text(QStringLiteral("h1.article-title")) == fresh.content.title; }));

    // Typing: once autosave has stored it, the preview shows it.
    showActive(window);
    BodyEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    const int before = window.previewPane()->renderCount();
    QSignalSpy saved(window.autosave(), &AutosaveSession::saved);
    typeText(body, QStringLiteral(" Đã thông qua nghị quyết."));
    ASSERT_TRUE(waitUntil([&] { return saved.count() > 0; }));
    ASSERT_TRUE(waitUntil([&] { return window.previewPane()->renderCount() > before; }));
    EXPECT_TRUE(waitUntil([&] {
        return text(QStringLiteral(".article-body"))
            .contains(QStringLiteral("Đã thông qua nghị quyết."));
    }));
    ASSERT_TRUE(waitUntil([&] {
        return evaluate(page,
                   QStringLiteral("document.images.length && document.images[0].complete "
                                  "&& document.images[0].naturalWidth"))
                   .toInt()
            == 640;
    }));

    // The menus offer the hand-offs, in Vietnamese.
    EXPECT_FALSE(
        window.handOffActions()->exportPdfAction()->text().contains(QStringLiteral("Export")));
    pumpEvents(300);
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(window.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/preview-vi.png")));
}

}  // namespace
}  // namespace newsdesk::testing

#include "preview_test.moc"
