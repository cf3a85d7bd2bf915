#pragma once

// The strip above the editor: the open article's review state, a button per workflow action
// (disabled ones say why in their tooltip), and a warning when editing would withdraw an
// approval. Dialogs (note, schedule, profile) go through replaceable prompts so tests drive the
// real dialogs without a modal loop; perform() is the path every button ends in.

#include "domain/Workflow.h"
#include "util/Result.h"
#include "workflow/WorkflowService.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractButton;
class QAction;
class QLabel;
class QToolBar;

namespace newsdesk {

class Clock;
class ProfileDialog;
class ScheduleDialog;

class WorkflowBar : public QWidget {
    Q_OBJECT
public:
    // Each returns false when the person cancelled.
    struct Prompts {
        std::function<std::optional<QString>(QWidget *parent)> note;  // to request changes
        std::function<bool(ScheduleDialog &)> schedule;
        std::function<bool(ProfileDialog &)> profile;
    };

    WorkflowBar(WorkflowService &workflow, const Clock &clock, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);  // 0: none
    qint64 articleId() const { return m_articleId; }
    void refresh();

    // Runs before each action: MainWindow saves the editor so the approval covers the text on
    // screen. An error stops the action.
    void setBeforeAction(std::function<Result<void>()> save) { m_beforeAction = std::move(save); }
    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }
    const Prompts &prompts() const { return m_prompts; }

    // Saves, performs, refreshes; emits performed() or refused().
    Result<WorkflowOutcome> perform(
        WorkflowAction action, const QString &note = {}, const QDateTime &scheduledAtUtc = {});
    Result<WorkflowOutcome> performWithNote(WorkflowAction action, const QString &note)
    {
        return perform(action, note);
    }
    // What a button click does: asks for the profile, a note or a time as the action needs.
    // Returns nothing when the person cancelled.
    std::optional<Result<WorkflowOutcome>> trigger(WorkflowAction action);
    // Asks for name and role when the profile has none; false when cancelled or not saved.
    bool ensureProfile();

    QLabel *stateLabel() const { return m_state; }
    QLabel *impactNotice() const { return m_notice; }
    QAction *action(WorkflowAction action) const { return m_actions.value(action); }
    // The action's button; hidden when a narrow window moved it into the overflow menu.
    QAbstractButton *button(WorkflowAction action) const;
    EditImpact editImpact() const { return m_impact; }

Q_SIGNALS:
    void performed(qint64 articleId);
    void refused(const QString &message);
    void profileChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    std::optional<Result<WorkflowOutcome>> schedule();
    void applyNoticeColors();
    void assignMnemonics();

    WorkflowService &m_workflow;
    const Clock &m_clock;
    qint64 m_articleId = 0;
    EditImpact m_impact = EditImpact::None;
    QLabel *m_state;
    QLabel *m_notice;
    QToolBar *m_buttons;  // a toolbar: what does not fit goes into its overflow menu
    QMap<WorkflowAction, QAction *> m_actions;
    std::function<Result<void>()> m_beforeAction;
    Prompts m_prompts;
    QWidget *m_mnemonicsFor = nullptr;  // the window whose menus the mnemonics avoid
};

}  // namespace newsdesk
