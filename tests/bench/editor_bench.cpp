// Keystroke to autosaved, through the real main window: a key typed into the body of a
// 5,000-word article, then the wait until AutosaveSession::saved says it is on disk.
// The figure is the idle delay (the pause autosave waits for, 1 s by design) plus the work:
// serializing the document and the store's transaction with synchronous=FULL.
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "CorpusGenerator.h"
#include "MainWindow.h"
#include "editing/AutosaveSession.h"
#include "preview/PreviewUrlSchemes.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSignalSpy>
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

void BM_KeystrokeToAutosaved(benchmark::State &state)
{
    QTemporaryDir dir;
    auto db = Database::open(Database::Options {dir.filePath(QStringLiteral("bench.sqlite3"))});
    if (!db)
        qFatal("cannot open the store");
    SystemClock clock;
    ArticleStore store(**db, clock);
    bench::CorpusGenerator words(5);
    NewArticle article;
    article.content.title = words.sentence(10, 10);
    for (int p = 0; p < 100; ++p)
        article.content.bodyHtml
            += QStringLiteral("<p>") + words.sentence(50, 50) + QStringLiteral(".</p>");
    if (!store.create(article))
        qFatal("cannot create the article");

    MainWindow window(store, clock);
    window.show();
    BodyEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QSignalSpy saved(window.autosave(), &AutosaveSession::saved);
    std::vector<double> keystroke;  // handling one key event, edited signal included
    std::vector<double> toSaved;  // key pressed -> saved signal
    std::vector<double> saveWork;  // the save itself: serialize + transaction
    const int samples = int(state.range(0));
    for (auto _ : state) {
        for (int i = 0; i < samples; ++i) {
            saved.clear();
            QElapsedTimer timer;
            timer.start();
            QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("ă"));
            QApplication::sendEvent(body, &press);
            keystroke.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!saved.wait(10000))
                qFatal("no autosave");
            toSaved.push_back(double(timer.nsecsElapsed()) / 1e6);
            // The same work timed on its own: one more key, then an immediate save.
            QApplication::sendEvent(body, &press);
            timer.restart();
            if (!window.autosave()->saveNow())
                qFatal("save failed");
            saveWork.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const double idle = window.autosave()->idleDelay();
    state.counters["idle_delay_ms"] = idle;
    state.counters["keystroke_median_ms"] = median(keystroke);
    state.counters["to_saved_median_ms"] = median(toSaved);
    state.counters["save_work_median_ms"] = median(saveWork);
    window.close();
}
BENCHMARK(BM_KeystrokeToAutosaved)->Arg(12)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    newsdesk::preview::registerPreviewUrlSchemes();
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
