#include "ScheduleDialog.h"

#include "AccessibleNames.h"
#include "Contrast.h"
#include "io/PortalTime.h"

#include "workflow/WorkflowService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <optional>

namespace newsdesk {
namespace {

// The message in a status colour (red refused, amber warning) kept readable on the dialog's
// background, light or dark; the plain text colour otherwise.
void colourMessage(QLabel *label, const std::optional<QColor> &status)
{
    QPalette look = label->parentWidget()->palette();
    if (status)
        look.setColor(
            QPalette::WindowText, contrast::readableOn(*status, look.color(QPalette::Window)));
    label->setPalette(look);
}

}  // namespace

ScheduleDialog::ScheduleDialog(
    const WorkflowService &workflow, const QDateTime &nowUtc, QWidget *parent)
    : QDialog(parent), m_workflow(workflow)
{
    setWindowTitle(tr("Schedule publication"));
    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Publication date"));
    m_time = new QTimeEdit(this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Publication time"));
    m_zone = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_zone);
    when->addStretch(1);
    auto *form = new QFormLayout;
    auto *publishOn = new QLabel(tr("Publish on:"), this);
    publishOn->setBuddy(m_date);  // the label names the row; each field has its own name
    form->addRow(publishOn, when);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_schedule = buttons->addButton(tr("Schedule"), QDialogButtonBox::AcceptRole);
    m_publishNow = buttons->addButton(tr("Publish now"), QDialogButtonBox::ActionRole);
    m_schedule->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Schedule;
        accept();
    });
    connect(m_publishNow, &QPushButton::clicked, this, [this] {
        m_choice = Choice::PublishNow;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &ScheduleDialog::recheck);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleDialog::recheck);

    // An hour from now, on a round five minutes: a likely choice that is never in the past.
    const QDateTime local = nowUtc.toTimeZone(m_workflow.scheduleTime().zone()).addSecs(3600);
    const QTime rounded = QTime(local.time().hour(), local.time().minute() / 5 * 5);
    setLocalTime(local.date(), rounded);
}

void ScheduleDialog::setLocalTime(QDate date, QTime time)
{
    const QSignalBlocker blockDate(m_date);
    const QSignalBlocker blockTime(m_time);
    m_date->setDate(date);
    m_time->setTime(time);
    recheck();
}

Result<ScheduledTime> ScheduleDialog::checked() const
{
    return m_workflow.checkScheduleTime(m_date->date(), m_time->time());
}

void ScheduleDialog::recheck()
{
    const QTimeZone &zone = m_workflow.scheduleTime().zone();
    m_zone->setText(
        portal_time::utcOffsetText(zone, QDateTime(m_date->date(), m_time->time(), zone)));
    const auto result = checked();
    const bool past = !result && result.error().detail == QStringLiteral("schedule_in_past");
    m_schedule->setEnabled(result.ok());
    m_publishNow->setVisible(past);
    if (!result) {
        colourMessage(m_message, QColor(0xb0, 0x00, 0x20));
        m_message->setText(result.error().message);
    } else if (result->soon) {
        colourMessage(m_message, QColor(0x9a, 0x5b, 0x00));
        m_message->setText(result->warning);
    } else {
        colourMessage(m_message, std::nullopt);
        m_message->setText(tr("Publishes on %1.").arg(result->display));
    }
    // Read out with the time, so a screen reader hears the warning as the time changes.
    m_time->setAccessibleDescription(m_message->text());
    m_date->setAccessibleDescription(m_message->text());
}

}  // namespace newsdesk
