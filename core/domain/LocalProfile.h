#pragma once

// Who is working on this desktop: the name written into the review history, and the role the
// workflow checks.

#include "domain/Workflow.h"

#include <QString>

namespace newsdesk {

struct LocalProfile {
    QString name;
    Role role = Role::Writer;
    // Set by the portal sync from the account's capabilities; the role cannot then be changed
    // locally.
    bool roleFromPortal = false;
};

}  // namespace newsdesk
