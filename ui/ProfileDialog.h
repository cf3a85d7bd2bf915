#pragma once

// The local profile: the name the review history records and the role the workflow checks.
// Asked for on the first workflow action when no name is set, and from Settings > Profile.

#include "domain/LocalProfile.h"
#include "util/Result.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace newsdesk {

class WorkflowService;

class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProfileDialog(const LocalProfile &profile, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *okButton() const { return m_ok; }

    // Saves name and role; the role is left alone while the portal account decides it.
    Result<void> apply(WorkflowService &workflow) const;

private:
    LocalProfile m_original;
    QLineEdit *m_name;
    QComboBox *m_role;
    QPushButton *m_ok;
};

}  // namespace newsdesk
