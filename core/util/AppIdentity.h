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

// Where the person's settings live: ~/.config/newsdesk/newsdesk.conf on Linux. The organisation
// name stays empty above (it would move the data folder), and QSettings() would then file the
// settings under "Unknown Organization"; so every program names the place itself.
inline QString settingsOrganization()
{
    return QStringLiteral("newsdesk");
}

}  // namespace newsdesk
