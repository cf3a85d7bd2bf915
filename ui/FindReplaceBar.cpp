#include "FindReplaceBar.h"

#include "AccessibleNames.h"
#include "text/Folding.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolButton>

namespace newsdesk {

FindReplaceBar::FindReplaceBar(QTextEdit *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor)
{
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find in the article"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(spokenName(m_find->placeholderText()));
    m_replace = new QLineEdit(this);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(spokenName(m_replace->placeholderText()));
    m_exact = new QCheckBox(tr("Match case and diacritics"), this);
    m_message = new QLabel(this);

    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *previous = button(tr("Previous"), tr("Find the previous occurrence (Shift+F3)"));
    QToolButton *next = button(tr("Next"), tr("Find the next occurrence (F3)"));
    QToolButton *replaceOne = button(tr("Replace"), tr("Replace this occurrence"));
    QToolButton *replaceEvery = button(tr("Replace all"), tr("Replace every occurrence"));
    QToolButton *close = button(QStringLiteral("✕"), tr("Close (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));
    previous->setAccessibleDescription(previous->toolTip());
    next->setAccessibleDescription(next->toolTip());
    replaceOne->setAccessibleDescription(replaceOne->toolTip());
    replaceEvery->setAccessibleDescription(replaceEvery->toolTip());

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_exact, 0, 3);
    layout->addWidget(m_message, 0, 4);
    layout->addWidget(close, 0, 5);
    m_replaceRow = new QWidget(this);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    // Tab goes as the bar reads: the first row left to right, then the replace row.
    setTabOrder(m_find, previous);
    setTabOrder(previous, next);
    setTabOrder(next, m_exact);
    setTabOrder(m_exact, close);
    setTabOrder(close, m_replace);
    setTabOrder(m_replace, replaceOne);
    setTabOrder(replaceOne, replaceEvery);

    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(replaceOne, &QToolButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceEvery, &QToolButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_find, &QLineEdit::textEdited, this, [this] { m_message->clear(); });
    hide();
}

void FindReplaceBar::openFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replaceRow->hide();
    m_message->clear();  // "Not found" belonged to the last search
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::openReplace()
{
    openFind();
    m_replaceRow->show();
}

qsizetype FindReplaceBar::locate(const QString &plain, qsizetype from, bool backwards) const
{
    const QString needle = m_find->text();
    if (m_exact->isChecked())
        return backwards ? plain.lastIndexOf(needle, from) : plain.indexOf(needle, from);
    return text::indexOfFolded(plain, needle, from, backwards);
}

bool FindReplaceBar::findNext(bool backwards)
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return false;
    const QString plain = m_editor->document()->toPlainText();
    const QTextCursor current = m_editor->textCursor();
    qsizetype at = backwards ? locate(plain, current.selectionStart() - 1, true)
                             : locate(plain, current.selectionEnd(), false);
    if (at < 0)  // wrap around, as every editor does
        at = backwards ? locate(plain, -1, true) : locate(plain, 0, false);
    if (at < 0) {
        showMessage(tr("Not found"));
        return false;
    }
    QTextCursor found(m_editor->document());
    found.setPosition(int(at));
    found.setPosition(int(at + needle.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    m_message->clear();
    return true;
}

bool FindReplaceBar::selectionMatches() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return false;
    const QString selected = cursor.selectedText();
    const QString needle = m_find->text();
    if (m_exact->isChecked())
        return selected == needle;
    return selected.size() == needle.size() && text::indexOfFolded(selected, needle) == 0;
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_find->text().isEmpty() || m_editor->isReadOnly())
        return false;
    if (!selectionMatches())
        return findNext(false);
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(m_replace->text());  // keeps the character format of the replaced text
    m_editor->setTextCursor(cursor);
    findNext(false);
    return true;
}

int FindReplaceBar::replaceAll()
{
    const QString needle = m_find->text();
    if (needle.isEmpty() || m_editor->isReadOnly())
        return 0;
    const QString replacement = m_replace->text();
    const QString plain = m_editor->document()->toPlainText();
    // Collect first, replace from the end: earlier positions stay valid as later text changes.
    QList<qsizetype> hits;
    for (qsizetype at = locate(plain, 0, false); at >= 0;
         at = locate(plain, at + needle.size(), false))
        hits.append(at);
    if (hits.isEmpty()) {
        showMessage(tr("Not found"));
        return 0;
    }
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();  // one undo step
    for (auto it = hits.crbegin(); it != hits.crend(); ++it) {
        cursor.setPosition(int(*it));
        cursor.setPosition(int(*it + needle.size()), QTextCursor::KeepAnchor);
        cursor.insertText(replacement);
    }
    cursor.endEditBlock();
    showMessage(tr("Replaced %n time(s)", nullptr, int(hits.size())));
    return int(hits.size());
}

void FindReplaceBar::showMessage(const QString &text)
{
    m_message->setText(text);
    m_find->setAccessibleDescription(text);  // "Not found" is heard, not only seen
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace newsdesk
