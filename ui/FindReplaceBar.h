#pragma once

// Find and replace in the article body, as a bar under the editor (not a dialog that hides the
// text). By default it ignores case and Vietnamese diacritics, so "dam bao" finds "Đảm bảo";
// "Match case and diacritics" makes it exact. Replace all is one undo step.

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;

namespace newsdesk {

class FindReplaceBar : public QWidget {
    Q_OBJECT
public:
    explicit FindReplaceBar(QTextEdit *editor, QWidget *parent = nullptr);

    // Shows the bar with the selection (if any) as the text to find, focused.
    void openFind();
    void openReplace();

    // Selects the next (or previous) occurrence, wrapping around; false when there is none.
    bool findNext(bool backwards = false);
    // Replaces the selected occurrence and selects the next one.
    bool replaceCurrent();
    // Replaces every occurrence in one undo step; returns how many.
    int replaceAll();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *exactBox() const { return m_exact; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Where the text occurs in the body's plain text from `from`, or -1.
    qsizetype locate(const QString &plain, qsizetype from, bool backwards) const;
    bool selectionMatches() const;
    void showMessage(const QString &text);

    QTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_exact;
    QLabel *m_message;
    QWidget *m_replaceRow;
};

}  // namespace newsdesk
