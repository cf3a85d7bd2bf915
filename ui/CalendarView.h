#pragma once

// The editorial calendar: a month or a week of days in the portal's time zone (never the
// computer's), each listing the articles scheduled and published that day, with empty days
// marked as gaps to fill. An approver drags a scheduled article to another day to reschedule
// it at the same time of day; for a writer the drag is off and the tooltip says why.

#include "store/WorkflowStore.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QToolButton;

namespace newsdesk {

class CalendarGrid;
class Clock;
class WorkflowService;

class CalendarView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Month, Week };

    // The drag payload: the article id in decimal ASCII.
    static QString mimeType() { return QStringLiteral("application/x-newsdesk-article-id"); }

    CalendarView(WorkflowService &service, const Clock &clock, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Any day of the month or week to show.
    QDate currentDate() const { return m_anchor; }
    void setCurrentDate(QDate day);
    void showPrevious();
    void showNext();
    void showToday();

    QDate today() const;  // in the portal's zone
    QList<QDate> visibleDays() const { return m_days; }
    // The days the view is about: the month, or the week. Other days shown are dimmed.
    bool inPeriod(QDate day) const;
    QList<CalendarEntry> entriesOn(QDate day) const { return m_entries.value(day); }
    // Nothing scheduled or published on a day of the period.
    bool isGap(QDate day) const;

    // Reschedules a scheduled article to `newDay` (portal zone) at the same time of day. Refused
    // for writers, for days or times that have passed, and for articles that are not
    // scheduled; the reason goes to `error`, the message line and refused().
    bool moveArticle(qint64 articleId, QDate newDay, QString *error = nullptr);
    // Whether the current profile may drag the article, and why not.
    bool canMove(qint64 articleId, QString *why = nullptr) const;

    // For tests and the grid: geometry in grid() coordinates.
    QWidget *grid() const;
    QRect dayRect(QDate day) const;
    QRect entryRect(qint64 articleId) const;
    QString toolTipAt(QPoint gridPos) const;
    QLabel *titleLabel() const { return m_title; }
    QLabel *messageLabel() const { return m_message; }
    QAbstractButton *monthButton() const;
    QAbstractButton *weekButton() const;

    // The keyboard's day: arrow keys move it (and the month or week follows), Enter opens its
    // chosen article, Ctrl+Up/Down choose another one of the day, Ctrl+Shift+Left/Right
    // reschedule the chosen one by a day (as a drag does).
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(QDate day);
    void selectEntry(int index);
    qint64 selectedArticle() const;  // 0: none
    bool moveSelectedArticle(int days);

    // Each text colour the grid paints with and what it is painted on, for `palette`: what the
    // contrast of the calendar is checked with.
    struct TextColors {
        QString what;
        QColor text;
        QColor background;
    };
    static QList<TextColors> textColors(const QPalette &palette);
    static QColor errorText(const QPalette &palette);

public Q_SLOTS:
    // Reads the calendar again (after an action elsewhere, or a profile change).
    void refresh();

Q_SIGNALS:
    void articleActivated(qint64 id);  // double-click: open it
    void articleMoved(qint64 id);
    void refused(const QString &message);

private:
    friend class CalendarGrid;

    void showMessage(const QString &text, bool isError);
    void updateHeader();
    QString entryToolTip(const CalendarEntry &entry) const;
    QString timeText(const QDateTime &utc) const;  // "06:30" in the portal zone
    void updateSelectionText();

    WorkflowService &m_service;
    const Clock &m_clock;
    Mode m_mode = Mode::Month;
    QDate m_anchor;
    QDate m_selected;
    int m_selectedEntry = 0;
    QList<QDate> m_days;
    QMap<QDate, QList<CalendarEntry>> m_entries;
    QSet<qint64> m_movable;  // scheduled articles this profile may drag (for the cursor)

    CalendarGrid *m_grid;
    QLabel *m_title;
    QLabel *m_zone;
    QLabel *m_message;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_today;
    QToolButton *m_month;
    QToolButton *m_week;
};

}  // namespace newsdesk
