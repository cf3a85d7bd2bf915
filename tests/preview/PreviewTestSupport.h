#pragma once

// Waiting on WebEngine from GoogleTest: run the event loop until a condition holds, and read
// the DOM through Newsdesk's isolated script world (the page's own scripts stay disabled).

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <functional>
#include <memory>

namespace newsdesk::testing {

inline bool waitUntil(const std::function<bool()> &condition, int milliseconds = 15000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

inline void pumpEvents(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// The value of `script` in the page, or an invalid QVariant after 10 s.
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    struct State {
        bool done = false;
        QVariant value;
    };
    auto state = std::make_shared<State>();
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [state](const QVariant &v) {
        state->value = v;
        state->done = true;
    });
    waitUntil([&] { return state->done; }, 10000);
    return state->value;
}

}  // namespace newsdesk::testing
