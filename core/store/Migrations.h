#pragma once

// The schema, as a list of steps keyed on PRAGMA user_version. A step is never edited once it
// has shipped: changes go into a new step, so every old store upgrades the same way.

#include <QStringList>

#include <vector>

namespace newsdesk {

struct Migration {
    int version;  // user_version after this step
    const char *description;  // for logs
    QStringList statements;  // run in order inside the upgrade transaction
};

const std::vector<Migration> &schemaMigrations();
int latestSchemaVersion();

}  // namespace newsdesk
