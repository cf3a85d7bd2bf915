#pragma once

// Asks when to publish, as a wall-clock time in the portal's zone (shown beside the fields, so
// nobody wonders which zone is meant). WorkflowService::checkScheduleTime judges the time as it
// is typed: a past time is refused and "Publish now" offered; a near one gets a warning.

#include "util/Result.h"
#include "workflow/ScheduleTime.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace newsdesk {

class WorkflowService;

class ScheduleDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Schedule, PublishNow };

    // `nowUtc` only picks the time offered first (an hour ahead).
    ScheduleDialog(
        const WorkflowService &workflow, const QDateTime &nowUtc, QWidget *parent = nullptr);

    // The date and time in the portal zone; the check follows at once.
    void setLocalTime(QDate date, QTime time);
    Result<ScheduledTime> checked() const;
    Choice choice() const { return m_choice; }

    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QLabel *zoneLabel() const { return m_zone; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QPushButton *publishNowButton() const { return m_publishNow; }

private:
    void recheck();

    const WorkflowService &m_workflow;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLabel *m_zone;
    QLabel *m_message;
    QPushButton *m_schedule;
    QPushButton *m_publishNow;
    Choice m_choice = Choice::Schedule;
};

}  // namespace newsdesk
