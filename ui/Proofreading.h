#pragma once

// Spell checking and proofreading of the article being edited. One Proofreading object owns
// the Hunspell dictionary, the personal word list and the background runs of the rules; it
// feeds the underlines in the body (SpellHighlighter), the findings panel, and the body's
// context menu (suggestions, "Add to dictionary", one-click fixes).
//
// Typing never waits for it: spelling is checked a paragraph at a time as it changes, and the
// article-wide rules run on a worker thread a moment after typing pauses; a run that is
// overtaken by newer text is dropped.

#include "text/proofread/Finding.h"
#include "text/proofread/Proofreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QListWidget;
class QMenu;
class QLabel;
class QPushButton;
class QTextCursor;

namespace newsdesk {

class BodyEdit;
class SpellHighlighter;

namespace proofread {
class SpellChecker;
}

class Proofreading : public QObject {
    Q_OBJECT
public:
    // `personalWordsPath`: where the person's own words are kept (created on the first add).
    Proofreading(BodyEdit *body, const QString &personalWordsPath, QObject *parent = nullptr);
    ~Proofreading() override;

    // Empty when the dictionary loaded; otherwise why spelling is off (the rules still run).
    QString spellingProblem() const { return m_spellingProblem; }

    // The red spelling underlines and the spelling suggestions in the context menu (the
    // "proofreading/spellcheck" setting). Off, the proofreading rules still run and are still
    // underlined; on by default.
    void setSpellCheckEnabled(bool on);
    bool spellCheckEnabled() const { return m_spellCheckEnabled; }
    const QList<proofread::Finding> &findings() const;

    // Runs the rules now (not waiting for the pause); returns when the findings are in.
    void checkNow();
    // Applies a finding's fix to the body (one undo step). False, and the findings are
    // refreshed instead, when the text changed since the findings were made.
    bool applyFix(const proofread::Finding &finding);
    // Replaces characters [start, start + length) of the body (one undo step).
    void replaceText(int start, int length, const QString &replacement);
    void addToDictionary(const QString &word);

    // The actions the body's context menu starts with at `cursor`: suggestions for a misspelt
    // word, "Add to dictionary", the fix of a finding there.
    QList<QAction *> contextActions(const QTextCursor &cursor, QObject *parent);

Q_SIGNALS:
    void findingsChanged();

private:
    void scheduleRun();
    void startRun();
    void showFindings(const QList<proofread::Finding> &findings);

    BodyEdit *m_body;
    QString m_personalWordsPath;
    std::unique_ptr<proofread::SpellChecker> m_spell;
    std::unique_ptr<proofread::Proofreader> m_proofreader;
    QString m_spellingProblem;
    SpellHighlighter *m_highlighter = nullptr;
    QTimer m_pause;
    QFutureWatcher<QList<proofread::Finding>> m_run;
    quint64 m_generation = 0;  // of the body's text; a run for an older one is dropped
    quint64 m_runGeneration = 0;
    bool m_rerunWanted = false;
    bool m_spellCheckEnabled = true;
};

// The findings as a list beside the editor: click one to select it in the text, fix it with
// one click where a fix exists.
class ProofreadingPanel : public QWidget {
    Q_OBJECT
public:
    ProofreadingPanel(Proofreading *proofreading, BodyEdit *body, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *fixButton() const { return m_fix; }

private:
    void refresh();
    void selectCurrent();

    Proofreading *m_proofreading;
    BodyEdit *m_body;
    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_fix;
};

}  // namespace newsdesk
