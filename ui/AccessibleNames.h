#pragma once

// Names for screen readers taken from the visible labels, so the two never disagree.

#include <QLabel>
#include <QString>
#include <QWidget>

namespace newsdesk {

// "&Template folder:" -> "Template folder": what a screen reader should say for the field.
inline QString spokenName(QString labelText)
{
    labelText.remove(u'&');
    labelText = labelText.trimmed();
    while (labelText.endsWith(u':'))
        labelText.chop(1);
    return labelText.trimmed();
}

// The label in front of `field`: Alt+its mnemonic focuses the field, and the field is named
// after it for screen readers.
inline QLabel *buddyLabel(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    field->setAccessibleName(spokenName(text));
    return label;
}

}  // namespace newsdesk
