#pragma once

// What the workflow widget tests share: the two people of the newsroom, the portal's zone, and
// acting as one of them.

#include "workflow/WorkflowService.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace newsdesk::testing {

inline const QString kWriter = QStringLiteral("Lò Thị Mai");
inline const QString kApprover = QStringLiteral("Trần Thị B");

// Named here rather than taken from portal_time::defaultZone(): the tests check that zone.
inline QTimeZone hoChiMinh()
{
    return QTimeZone("Asia/Ho_Chi_Minh");
}

// Makes the store's local profile `name` with `role`: who the next workflow action is by.
inline void actAs(WorkflowService &service, const QString &name, Role role)
{
    ASSERT_TRUE(service.setProfileName(name).ok());
    ASSERT_TRUE(service.setProfileRole(role).ok());
}

}  // namespace newsdesk::testing
