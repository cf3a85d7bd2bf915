#pragma once

// The env file tests/integration/wordpress/start.sh writes for the test WordPress (KEY='value'
// lines: WP_URL, WP_<ROLE>_USER, WP_<ROLE>_APP_PASSWORD, WP_COMPANION, ...). The path comes
// from NEWSDESK_WORDPRESS_ENV in the environment, else from the test's compile definition.

#include <QFile>
#include <QHash>
#include <QString>

namespace newsdesk::test {

// DIR/env: KEY='value' lines written by start.sh.
inline QHash<QString, QString> readEnv()
{
    QString path = qEnvironmentVariable("NEWSDESK_WORDPRESS_ENV");
    if (path.isEmpty())
        path = QStringLiteral(NEWSDESK_WORDPRESS_ENV);
    QHash<QString, QString> env;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return env;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || equals <= 0)
            continue;
        QString value = line.mid(equals + 1);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\''))
            && value.endsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        env.insert(line.left(equals), value);
    }
    return env;
}

}  // namespace newsdesk::test
