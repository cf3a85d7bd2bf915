// The preview's costs, through the real WebEngine (offscreen):
// - render: a 5,000-word article with 20 photos, from refresh() to the page on screen;
// - after autosave: a key typed in the main window, from the autosave to the preview showing it;
// - start: from constructing and showing the main window to the first preview on screen;
// - memory: the WebEngine helper processes' resident and proportional memory afterwards.
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "CorpusGenerator.h"
#include "MainWindow.h"
#include "editing/AutosaveSession.h"
#include "io/PortalTime.h"
#include "preview/PreviewPane.h"
#include "preview/PreviewUrlSchemes.h"
#include "render/ArticlePage.h"
#include "render/PortalTemplate.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

using namespace newsdesk;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

bool waitUntil(const std::function<bool()> &condition, int milliseconds = 30000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// A photo as the editor stores it after shrinking: 1600x1067 JPEG, some detail so it is not
// trivially small (about 150-250 KB).
QByteArray photo(int seed)
{
    QImage image(1600, 1067, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 37) % 360, 120, 200));
    QPainter painter(&image);
    for (int i = 0; i < 400; ++i) {
        painter.setPen(QColor::fromHsv((seed * 13 + i * 7) % 360, 200, 120));
        painter.drawLine((i * 97) % 1600, (i * 53) % 1067, (i * 31) % 1600, (i * 71) % 1067);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

struct BenchStore {
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<ArticleStore> articles;
    std::unique_ptr<MediaStore> media;

    BenchStore()
    {
        auto opened = Database::open(Database::Options {dir.filePath(QStringLiteral("b.sqlite3"))});
        if (!opened)
            qFatal("cannot open the store");
        db = std::move(opened.value());
        articles = std::make_unique<ArticleStore>(*db, clock);
        media = std::make_unique<MediaStore>(*db, clock);
    }

    // 5,000 words (about 100 paragraphs of 50) with a captioned photo every 5 paragraphs.
    qint64 bigArticle()
    {
        bench::CorpusGenerator words(7);
        NewArticle article;
        article.content.title = words.sentence(12, 12);
        article.content.summary = words.sentence(30, 30);
        article.content.author = QStringLiteral("Lò Thị Hoa");
        article.publishAt = QDateTime::currentDateTimeUtc();
        for (int p = 0; p < 100; ++p) {
            article.content.bodyHtml
                += QStringLiteral("<p>") + words.sentence(50, 50) + QStringLiteral(".</p>");
            if (p % 5 == 4) {
                auto item = media->add(photo(p), QStringLiteral("image/jpeg"));
                if (!item)
                    qFatal("cannot store a photo");
                article.content.bodyHtml += QStringLiteral(
                    "<figure><img src=\"newsdesk-media:%1\" alt=\"Ảnh %2\"><figcaption>%3"
                    "</figcaption></figure>")
                                                .arg(item->sha256)
                                                .arg(p)
                                                .arg(words.sentence(8, 8));
            }
        }
        auto created = articles->create(article);
        if (!created)
            qFatal("cannot create the article");
        return created->id;
    }
};

// Linux only (this benchmark's figures are for the target laptops): the WebEngine helper
// processes are this process's descendants; their memory is read from /proc.
struct Memory {
    double rssMb = 0;
    double pssMb = 0;
    int processes = 0;
};

QList<int> childrenOf(int pid)
{
    QList<int> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const int candidate = entry.toInt(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(candidate));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid ...": the command may hold spaces, so read after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toInt() == pid)
            children.append(candidate);
    }
    return children;
}

double kbField(const QString &path, const QByteArray &field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

Memory webEngineMemory()
{
    Memory memory;
    QList<int> pending = childrenOf(int(QCoreApplication::applicationPid()));
    while (!pending.isEmpty()) {
        const int pid = pending.takeFirst();
        pending += childrenOf(pid);
        memory.rssMb += kbField(QStringLiteral("/proc/%1/status").arg(pid), "VmRSS:") / 1024.0;
        memory.pssMb += kbField(QStringLiteral("/proc/%1/smaps_rollup").arg(pid), "Pss:") / 1024.0;
        ++memory.processes;
    }
    return memory;
}

void BM_RenderBigArticle(benchmark::State &state)
{
    BenchStore store;
    const qint64 id = store.bigArticle();
    preview::PreviewPane pane;
    preview::PreviewSource source;
    source.article = [&]() -> std::optional<Article> {
        auto article = store.articles->get(id);
        return article ? std::optional<Article>(*article) : std::nullopt;
    };
    source.media = store.media.get();
    source.portalZone = portal_time::defaultZone();
    pane.setSource(source);
    pane.resize(1000, 900);
    pane.show();
    pane.start();
    if (!waitUntil([&] { return pane.renderCount() >= 1; }))
        qFatal("the first render never finished");
    std::vector<double> renders;
    for (auto _ : state) {
        const int before = pane.renderCount();
        QElapsedTimer timer;
        timer.start();
        pane.refresh();
        if (!waitUntil([&] { return pane.renderCount() > before; }))
            qFatal("a render never finished");
        renders.push_back(double(timer.nsecsElapsed()) / 1e6);
        state.SetIterationTime(renders.back() / 1000.0);
    }
    // A whole page load each time (what the first render, or a template change, costs): the
    // photos are fetched and decoded again.
    std::vector<double> fullLoads;
    for (int i = 0; i < 10; ++i) {
        const int before = pane.renderCount();
        QElapsedTimer timer;
        timer.start();
        pane.setPortalTemplate(render::PortalTemplate::builtIn());  // forces a page load
        if (!waitUntil([&] { return pane.renderCount() > before; }))
            qFatal("a page load never finished");
        fullLoads.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    state.counters["full_load_median_ms"] = median(fullLoads);
    // The page's HTML alone (template, escaping): the rest is WebEngine.
    std::vector<double> pageOnly;
    auto article = store.articles->get(id);
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        render::PageOptions options;
        options.portalZone = portal_time::defaultZone();
        options.assets = render::PageOptions::Assets::Linked;
        benchmark::DoNotOptimize(
            render::articlePage(*article, render::PortalTemplate::builtIn(), options));
        pageOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    state.counters["update_median_ms"] = median(renders);
    state.counters["page_html_median_ms"] = median(pageOnly);
    const Memory memory = webEngineMemory();
    state.counters["webengine_rss_mb"] = memory.rssMb;
    state.counters["webengine_pss_mb"] = memory.pssMb;
    state.counters["webengine_processes"] = memory.processes;
}
BENCHMARK(BM_RenderBigArticle)->Iterations(15)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_StartToFirstPreview(benchmark::State &state)
{
    std::vector<double> shown;
    std::vector<double> windowUp;
    for (auto _ : state) {
        BenchStore store;
        const qint64 id = store.bigArticle();
        (void)store.db->setSetting(QStringLiteral("ui.last_article"), QString::number(id));
        QElapsedTimer timer;
        timer.start();
        auto window = std::make_unique<MainWindow>(*store.articles, store.clock);
        window->resize(1500, 900);
        window->show();
        QCoreApplication::processEvents();
        windowUp.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!waitUntil([&] { return window->previewPane()->renderCount() >= 1; }))
            qFatal("the first preview never came");
        shown.push_back(double(timer.nsecsElapsed()) / 1e6);
        state.SetIterationTime(shown.back() / 1000.0);
        window.reset();
        QCoreApplication::processEvents();
    }
    state.counters["window_shown_median_ms"] = median(windowUp);
    state.counters["first_preview_median_ms"] = median(shown);
}
BENCHMARK(BM_StartToFirstPreview)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_AutosaveToPreview(benchmark::State &state)
{
    BenchStore store;
    const qint64 id = store.bigArticle();
    MainWindow window(*store.articles, store.clock);
    window.resize(1500, 900);
    window.show();
    window.openArticle(id);
    preview::PreviewPane *pane = window.previewPane();
    if (!waitUntil([&] { return pane->renderCount() >= 1 && pane->page(); }))
        qFatal("no first preview");
    BodyEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    std::vector<double> latencies;
    // PreviewPane::rendered carries the time from the refresh() that MainWindow calls as soon
    // as the autosave is stored, to the preview showing it.
    int lastLatency = -1;
    QObject::connect(pane, &preview::PreviewPane::rendered, [&](int ms) { lastLatency = ms; });
    for (auto _ : state) {
        bool saved = false;
        auto connection
            = QObject::connect(window.autosave(), &AutosaveSession::saved, [&] { saved = true; });
        const int before = pane->renderCount();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(body, &press);
        if (!waitUntil([&] { return saved && pane->renderCount() > before; }))
            qFatal("the edit never reached the preview");
        latencies.push_back(lastLatency);
        state.SetIterationTime(latencies.back() / 1000.0);
        QObject::disconnect(connection);
    }
    state.counters["autosave_to_preview_median_ms"] = median(latencies);
    state.counters["autosave_to_preview_max_ms"]
        = *std::max_element(latencies.begin(), latencies.end());
}
BENCHMARK(BM_AutosaveToPreview)->Iterations(15)->UseManualTime()->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    preview::registerPreviewUrlSchemes();
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
