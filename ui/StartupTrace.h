#pragma once

// Whole-program start-up figures for docs/PERFORMANCE.md: with NEWSDESK_TRACE_STARTUP=1 the
// app prints, on stderr, the milliseconds from process start to the window shown and to the
// first preview on screen; with NEWSDESK_TRACE_STARTUP=quit it then quits (scripts/bench-
// preview.sh runs it that way). Does nothing otherwise.

class QWidget;

namespace newsdesk {

namespace preview {
class PreviewPane;
}

void traceStartup(QWidget *window, preview::PreviewPane *preview);

}  // namespace newsdesk
