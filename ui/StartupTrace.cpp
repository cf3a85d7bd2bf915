#include "StartupTrace.h"

#include "preview/PreviewPane.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <memory>

namespace newsdesk {
namespace {

// Started while the program's static objects are built, before main(): as close to the start
// of the process as portable code gets.
const QElapsedTimer kSinceStart = [] {
    QElapsedTimer timer;
    timer.start();
    return timer;
}();

class ShownWatcher : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose || event->type() == QEvent::Show) {
            std::fprintf(stderr, "startup: window-shown-ms %lld\n", kSinceStart.elapsed());
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }
};

}  // namespace

void traceStartup(QWidget *window, preview::PreviewPane *preview)
{
    const QByteArray mode = qgetenv("NEWSDESK_TRACE_STARTUP");
    if (mode.isEmpty())
        return;
    window->installEventFilter(new ShownWatcher(window));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(preview, &preview::PreviewPane::rendered, preview,
        [connection, quit = mode == "quit"](int) {
            std::fprintf(stderr, "startup: first-preview-ms %lld\n", kSinceStart.elapsed());
            QObject::disconnect(*connection);
            if (quit)
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
}

}  // namespace newsdesk
