#include "preview/RenderQueue.h"

namespace newsdesk::preview {

void RenderQueue::request()
{
    if (m_running) {
        m_followUp = true;
        return;
    }
    m_running = true;
    ++m_started;
    Q_EMIT startRender();
}

void RenderQueue::finished()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_followUp) {
        m_followUp = false;
        request();
    }
}

}  // namespace newsdesk::preview
