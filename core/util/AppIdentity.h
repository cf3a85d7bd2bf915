#pragma once

// The application's name and version as Qt knows them; the GUI and the CLI set the same, so
// they find the same default store (QStandardPaths::AppDataLocation = ~/.local/share/newsdesk).

#include <QCoreApplication>
#include <QString>

namespace newsdesk {

inline void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("newsdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
}

}  // namespace newsdesk
