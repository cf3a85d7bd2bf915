#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace newsdesk::cli {

// Pulls "--name VALUE" / "--name=VALUE" and "--flag" out of a command's arguments.
class OptionReader {
public:
    explicit OptionReader(QStringList args) : m_args(std::move(args)) { }

    std::optional<QString> value(const QString &name)
    {
        const QString option = QStringLiteral("--") + name;
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            if (m_args[i] == option) {
                if (i + 1 >= m_args.size()) {
                    m_missingValue = option;
                    m_args.removeAt(i);
                    return std::nullopt;
                }
                const QString found = m_args[i + 1];
                m_args.remove(i, 2);
                return found;
            }
            if (m_args[i].startsWith(option + QLatin1Char('='))) {
                const QString found = m_args[i].mid(option.size() + 1);
                m_args.removeAt(i);
                return found;
            }
        }
        return std::nullopt;
    }
    bool flag(const QString &name) { return m_args.removeAll(QStringLiteral("--") + name) > 0; }
    // What is left once options are taken; an unknown "--x" is a usage error.
    std::optional<QString> unknownOption() const
    {
        if (!m_missingValue.isEmpty())
            return m_missingValue;
        for (const QString &arg : m_args) {
            if (arg.startsWith(QStringLiteral("--")) && arg.size() > 2)
                return arg;
        }
        return std::nullopt;
    }
    QStringList positional() const { return m_args; }

private:
    QStringList m_args;
    QString m_missingValue;
};

}  // namespace newsdesk::cli
