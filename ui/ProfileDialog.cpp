#include "ProfileDialog.h"

#include "AccessibleNames.h"
#include "workflow/WorkflowService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace newsdesk {

ProfileDialog::ProfileDialog(const LocalProfile &profile, QWidget *parent)
    : QDialog(parent), m_original(profile)
{
    setWindowTitle(tr("Your profile"));
    auto *why = new QLabel(
        tr("The review history records who submitted, approved or published each article."), this);
    why->setWordWrap(true);
    m_name = new QLineEdit(profile.name, this);
    m_name->setPlaceholderText(tr("Full name, as colleagues know it"));
    m_role = new QComboBox(this);
    for (Role role : {Role::Writer, Role::Approver})
        m_role->addItem(Workflow::roleDisplayName(role), Workflow::roleKey(role));
    m_role->setCurrentIndex(profile.role == Role::Approver ? 1 : 0);
    if (profile.roleFromPortal) {
        m_role->setEnabled(false);
        m_role->setToolTip(tr("Your portal account decides your role."));
    }
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("Name:"), m_name), m_name);
    form->addRow(buddyLabel(tr("Role:"), m_role), m_role);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this] { m_ok->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Result<void> ProfileDialog::apply(WorkflowService &workflow) const
{
    if (auto named = workflow.setProfileName(m_name->text().trimmed()); !named)
        return named;
    const Role role
        = Workflow::roleFromKey(m_role->currentData().toString()).value_or(Role::Writer);
    if (m_original.roleFromPortal || role == m_original.role)
        return {};
    return workflow.setProfileRole(role);
}

}  // namespace newsdesk
