#pragma once

// At most one render at a time: requests that arrive while one runs merge into a single
// follow-up render (of the newest state), so a burst of edits costs two renders, not a queue.

#include <QObject>

namespace newsdesk::preview {

class RenderQueue : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void request();  // something changed: render now, or once the running render ends
    void finished();  // the running render is done
    bool isRunning() const { return m_running; }
    bool hasFollowUp() const { return m_followUp; }
    int started() const { return m_started; }

Q_SIGNALS:
    void startRender();

private:
    bool m_running = false;
    bool m_followUp = false;
    int m_started = 0;
};

}  // namespace newsdesk::preview
