#include "WorkflowBar.h"

#include "Contrast.h"
#include "ProfileDialog.h"
#include "ScheduleDialog.h"
#include "util/Clock.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSet>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace newsdesk {
namespace {

// Shown whether allowed or not, so a writer sees that approval exists and why it is not theirs.
bool alwaysShown(WorkflowAction action)
{
    switch (action) {
    case WorkflowAction::Submit:
    case WorkflowAction::Approve:
    case WorkflowAction::RequestChanges:
    case WorkflowAction::Schedule:
    case WorkflowAction::Publish:
        return true;
    default:
        return false;
    }
}

// The letter after the '&' in `text`, upper-cased; null when there is none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toUpper();
        ++i;  // "&&" is a literal ampersand
    }
    return {};
}

// `text` with a '&' before the first ASCII letter not in `taken`, preferring the first letters
// of words ("Gửi duyệt" -> "&Gửi duyệt", "Yêu cầu sửa" -> "&Yêu cầu sửa"). Letters with
// diacritics are skipped: Alt+ư is not on every keyboard. Unchanged when every letter is taken.
QString withMnemonic(const QString &text, QSet<QChar> &taken)
{
    auto usable = [&](qsizetype i) {
        const QChar ch = text.at(i);
        return ch.unicode() < 128 && ch.isLetterOrNumber() && !taken.contains(ch.toUpper());
    };
    qsizetype chosen = -1;
    for (qsizetype i = 0; i < text.size() && chosen < 0; ++i) {
        if ((i == 0 || text.at(i - 1).isSpace()) && usable(i))
            chosen = i;
    }
    for (qsizetype i = 0; i < text.size() && chosen < 0; ++i) {
        if (usable(i))
            chosen = i;
    }
    if (chosen < 0)
        return text;
    taken.insert(text.at(chosen).toUpper());
    return text.left(chosen) + u'&' + text.mid(chosen);
}

}  // namespace

WorkflowBar::WorkflowBar(WorkflowService &workflow, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_workflow(workflow), m_clock(clock)
{
    m_state = new QLabel(this);
    m_state->setTextFormat(Qt::RichText);
    m_state->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);  // never cut
    m_buttons = new QToolBar(this);
    m_buttons->setAccessibleName(tr("Workflow actions"));
    m_buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (WorkflowAction action : Workflow::allActions()) {
        QAction *act = m_buttons->addAction(Workflow::actionDisplayName(action));
        act->setObjectName(QStringLiteral("workflow_") + Workflow::actionKey(action));
        connect(act, &QAction::triggered, this, [this, action] { (void)trigger(action); });
        m_actions.insert(action, act);
    }
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_state);
    row->addWidget(m_buttons, 1);

    m_notice = new QLabel(this);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("workflow_notice"));
    m_notice->setAutoFillBackground(true);
    m_notice->setFrameShape(QFrame::Box);
    m_notice->hide();
    applyNoticeColors();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_notice);

    m_prompts.note = [](QWidget *parent) -> std::optional<QString> {
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(
            parent, tr("Request changes"), tr("What should the writer change?"), {}, &ok);
        return ok ? std::optional(note) : std::nullopt;
    };
    m_prompts.schedule = [](ScheduleDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    m_prompts.profile = [](ProfileDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    assignMnemonics();
    refresh();
}

// The warning's amber band, tinted from the palette so it reads on a light or a dark desktop;
// its padding follows the font, so it grows with the text at 200%.
void WorkflowBar::applyNoticeColors()
{
    const QPalette base = palette();
    const QColor amber(0xe0, 0xa0, 0x00);
    const bool dark = contrast::isDark(base);
    const QColor background
        = contrast::mix(base.color(QPalette::Window), amber, dark ? 0.28 : 0.22);
    QPalette look = base;
    look.setColor(QPalette::Window, background);
    look.setColor(
        QPalette::WindowText, contrast::readableOn(base.color(QPalette::WindowText), background));
    look.setColor(QPalette::Light, contrast::mix(background, amber, 0.6));
    look.setColor(QPalette::Dark, contrast::mix(background, amber, 0.6));
    look.setColor(QPalette::Mid, contrast::mix(background, amber, 0.6));
    m_notice->setPalette(look);
    const int padding = fontMetrics().horizontalAdvance(u'x');
    m_notice->setContentsMargins(padding, padding / 2, padding, padding / 2);
}

void WorkflowBar::assignMnemonics()
{
    // Alt+letter presses a workflow button. Letters already used by the window's menus and
    // buttons are left alone: a shortcut two widgets share works for neither.
    QSet<QChar> taken;
    if (QWidget *top = window(); top && top != this) {
        for (const QMenuBar *bar : top->findChildren<QMenuBar *>()) {
            for (const QAction *action : bar->actions())
                if (const QChar ch = mnemonicOf(action->text()); !ch.isNull())
                    taken.insert(ch);
        }
        for (const QAbstractButton *other : top->findChildren<QAbstractButton *>()) {
            if (other->parentWidget() != m_buttons)
                if (const QChar ch = mnemonicOf(other->text()); !ch.isNull())
                    taken.insert(ch);
        }
    }
    for (WorkflowAction action : Workflow::allActions()) {
        QAction *act = m_actions.value(action);
        act->setIconText(withMnemonic(Workflow::actionDisplayName(action), taken));
    }
}

void WorkflowBar::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        applyNoticeColors();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void WorkflowBar::showEvent(QShowEvent *event)
{
    if (m_mnemonicsFor != window()) {  // the menus are there once the window is shown
        m_mnemonicsFor = window();
        assignMnemonics();
    }
    QWidget::showEvent(event);
}

void WorkflowBar::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    refresh();
}

void WorkflowBar::refresh()
{
    auto info = m_articleId > 0 ? m_workflow.info(m_articleId) : Result<WorkflowInfo>(Error {});
    setEnabled(info.ok());
    m_impact = info ? Workflow::editImpact(info->status) : EditImpact::None;
    if (!info) {
        m_state->clear();
        m_notice->hide();
        for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
            it.value()->setVisible(alwaysShown(it.key()));
        return;
    }
    QString state = tr("State: <b>%1</b>").arg(statusDisplayName(info->status));
    if (info->status == Status::Scheduled && info->scheduledAt.isValid())
        state = tr("State: <b>%1</b>, %2")
                    .arg(statusDisplayName(info->status),
                        m_workflow.scheduleTime().display(info->scheduledAt));
    m_state->setText(state);

    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const auto decision = m_workflow.check(m_articleId, it.key());
        const bool allowed = decision && decision->allowed();
        it.value()->setVisible(allowed || alwaysShown(it.key()));
        it.value()->setEnabled(allowed);
        it.value()->setToolTip(
            allowed ? QString() : (decision ? decision->reason : decision.error().message));
        // A screen reader says why a button is disabled, as the tooltip shows it.
        if (QWidget *button = m_buttons->widgetForAction(it.value()))
            button->setAccessibleDescription(it.value()->toolTip());
    }

    if (m_impact == EditImpact::RevokesApproval)
        m_notice->setText(tr("<b>Editing will withdraw the approval</b>: once a change is saved, "
                             "the article goes back to Draft and must be approved again."));
    else if (info->needsReapproval())
        m_notice->setText(tr("The portal shows the approved text until this one is approved."));
    m_notice->setVisible(m_impact == EditImpact::RevokesApproval || info->needsReapproval());
}

QAbstractButton *WorkflowBar::button(WorkflowAction action) const
{
    return qobject_cast<QAbstractButton *>(m_buttons->widgetForAction(m_actions.value(action)));
}

bool WorkflowBar::ensureProfile()
{
    auto profile = m_workflow.profile();
    if (!profile) {
        Q_EMIT refused(profile.error().message);
        return false;
    }
    if (!profile->name.isEmpty())
        return true;
    ProfileDialog dialog(*profile, this);
    if (!m_prompts.profile(dialog))
        return false;
    if (auto saved = dialog.apply(m_workflow); !saved) {
        Q_EMIT refused(saved.error().message);
        return false;
    }
    Q_EMIT profileChanged();
    return true;
}

std::optional<Result<WorkflowOutcome>> WorkflowBar::trigger(WorkflowAction action)
{
    if (m_articleId == 0 || !ensureProfile())
        return std::nullopt;
    if (action == WorkflowAction::Schedule)
        return schedule();
    QString note;
    if (action == WorkflowAction::RequestChanges) {
        const auto written = m_prompts.note(this);
        if (!written)
            return std::nullopt;
        note = *written;
    }
    return perform(action, note);
}

std::optional<Result<WorkflowOutcome>> WorkflowBar::schedule()
{
    ScheduleDialog dialog(m_workflow, m_clock.nowUtc(), this);
    if (!m_prompts.schedule(dialog))
        return std::nullopt;
    if (dialog.choice() == ScheduleDialog::Choice::PublishNow)
        return perform(WorkflowAction::Publish);
    // Checked again: the dialog may have stayed open past the chosen time.
    auto when = dialog.checked();
    if (!when) {
        Q_EMIT refused(when.error().message);
        return Result<WorkflowOutcome>(when.error());
    }
    return perform(WorkflowAction::Schedule, {}, when->utc);
}

Result<WorkflowOutcome> WorkflowBar::perform(
    WorkflowAction action, const QString &note, const QDateTime &scheduledAtUtc)
{
    const qint64 id = m_articleId;
    if (m_beforeAction) {
        if (auto saved = m_beforeAction(); !saved) {
            Q_EMIT refused(saved.error().message);
            return saved.error();
        }
    }
    auto outcome = m_workflow.perform(id, action, note, scheduledAtUtc);
    refresh();
    if (!outcome) {
        Q_EMIT refused(outcome.error().message);
        return outcome;
    }
    Q_EMIT performed(id);
    return outcome;
}

}  // namespace newsdesk
