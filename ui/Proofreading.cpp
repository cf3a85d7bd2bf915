#include "Proofreading.h"

#include "BodyEdit.h"
#include "SpellHighlighter.h"
#include "text/proofread/SpellChecker.h"
#include "text/proofread/TextScan.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace newsdesk {

Proofreading::Proofreading(BodyEdit *body, const QString &personalWordsPath, QObject *parent)
    : QObject(parent), m_body(body), m_personalWordsPath(personalWordsPath)
{
    auto spell = proofread::SpellChecker::open();
    if (spell) {
        m_spell = std::move(spell.value());
        if (QFileInfo::exists(personalWordsPath)) {
            if (auto loaded = m_spell->loadPersonalWords(personalWordsPath); !loaded)
                m_spellingProblem = loaded.error().message;
        }
    } else {
        m_spellingProblem = spell.error().message;
    }
    m_proofreader = std::make_unique<proofread::Proofreader>(m_spell.get());
    m_highlighter = new SpellHighlighter(body->document(), m_spell.get());

    m_pause.setSingleShot(true);
    m_pause.setInterval(400);
    connect(&m_pause, &QTimer::timeout, this, &Proofreading::startRun);
    connect(body, &QTextEdit::textChanged, this, &Proofreading::scheduleRun);
    connect(&m_run, &QFutureWatcher<QList<proofread::Finding>>::finished, this, [this] {
        if (m_runGeneration == m_generation)
            showFindings(m_run.result());
        if (m_rerunWanted) {
            m_rerunWanted = false;
            startRun();
        }
    });
    body->setContextActionsProvider([this](const QTextCursor &cursor, QObject *owner) {
        return contextActions(cursor, owner);
    });
    scheduleRun();
}

Proofreading::~Proofreading()
{
    m_body->setContextActionsProvider({});
    m_run.waitForFinished();  // the worker reads our proofreader and dictionary
}

const QList<proofread::Finding> &Proofreading::findings() const
{
    return m_highlighter->findings();
}

void Proofreading::showFindings(const QList<proofread::Finding> &findings)
{
    m_body->setRepaintingUnderlines(true);  // not an edit: autosave and the next run ignore it
    m_highlighter->setFindings(findings);
    m_body->setRepaintingUnderlines(false);
    Q_EMIT findingsChanged();
}

void Proofreading::setSpellCheckEnabled(bool on)
{
    if (on == m_spellCheckEnabled)
        return;
    m_spellCheckEnabled = on;
    m_body->setRepaintingUnderlines(true);  // repainting the underlines is not an edit
    m_highlighter->setSpellCheckEnabled(on);
    m_body->setRepaintingUnderlines(false);
}

void Proofreading::scheduleRun()
{
    // textChanged also fires when the highlighter repaints its underlines; only an edit makes
    // the findings stale.
    if (!m_body->isTextEdit())
        return;
    ++m_generation;
    m_pause.start();
}

void Proofreading::startRun()
{
    if (m_run.isRunning()) {
        m_rerunWanted = true;  // one run at a time; the newest text goes next
        return;
    }
    m_runGeneration = m_generation;
    const QString text = m_body->document()->toPlainText();
    const proofread::Proofreader *proofreader = m_proofreader.get();
    m_run.setFuture(QtConcurrent::run([proofreader, text] { return proofreader->check(text); }));
}

void Proofreading::checkNow()
{
    m_pause.stop();
    m_rerunWanted = false;
    m_run.waitForFinished();
    m_runGeneration = m_generation;
    showFindings(m_proofreader->check(m_body->document()->toPlainText()));
}

bool Proofreading::applyFix(const proofread::Finding &finding)
{
    if (!finding.replacement || m_body->isReadOnly())
        return false;
    if (m_runGeneration != m_generation) {
        checkNow();  // positions are from older text: show the current findings instead
        return false;
    }
    replaceText(finding.start, finding.length, *finding.replacement);
    return true;
}

void Proofreading::replaceText(int start, int length, const QString &replacement)
{
    if (m_body->isReadOnly() || start + length >= m_body->document()->characterCount())
        return;
    QTextCursor cursor(m_body->document());
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
    m_body->setTextCursor(cursor);
    checkNow();
}

void Proofreading::addToDictionary(const QString &word)
{
    if (!m_spell)
        return;
    m_spell->addWord(word);
    QDir().mkpath(QFileInfo(m_personalWordsPath).absolutePath());
    (void)m_spell->savePersonalWords(m_personalWordsPath);
    checkNow();  // the word may have been a finding too ("words run together")
}

QList<QAction *> Proofreading::contextActions(const QTextCursor &at, QObject *parent)
{
    QList<QAction *> actions;
    const QTextBlock block = at.block();
    const int inBlock = at.position() - block.position();
    const QString text = block.text();
    for (const proofread::Span &span : proofread::wordSpans(text)) {
        if (inBlock < span.start || inBlock > span.end())
            continue;
        const QString word = text.mid(span.start, span.length);
        if (!m_highlighter->isMisspelt(word))
            break;
        const int start = block.position() + span.start;
        const QStringList suggestions = m_spell->suggestions(word).mid(0, 6);
        for (const QString &suggestion : suggestions) {
            auto *replace = new QAction(suggestion, parent);
            QFont bold = replace->font();
            bold.setBold(true);
            replace->setFont(bold);
            connect(replace, &QAction::triggered, this,
                [this, start, span, suggestion] { replaceText(start, span.length, suggestion); });
            actions.append(replace);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("(no suggestions)"), parent);
            none->setEnabled(false);
            actions.append(none);
        }
        auto *add = new QAction(tr("Add “%1” to my dictionary").arg(word), parent);
        connect(add, &QAction::triggered, this, [this, word] { addToDictionary(word); });
        actions.append(add);
        break;
    }
    if (const proofread::Finding *finding = m_highlighter->findingAt(at.position())) {
        if (finding->replacement) {
            const int start = finding->start;
            const int length = finding->length;
            const QString replacement = *finding->replacement;
            const QString shown = replacement.isEmpty() ? tr("(remove)") : replacement.simplified();
            auto *apply = new QAction(
                tr("%1: change to “%2”").arg(proofread::ruleDisplayName(finding->rule), shown),
                parent);
            apply->setToolTip(finding->message);
            const quint64 generation = m_runGeneration;
            connect(
                apply, &QAction::triggered, this, [this, start, length, replacement, generation] {
                    if (generation == m_generation)  // the text is still what was checked
                        replaceText(start, length, replacement);
                });
            actions.append(apply);
        }
    }
    return actions;
}

ProofreadingPanel::ProofreadingPanel(Proofreading *proofreading, BodyEdit *body, QWidget *parent)
    : QWidget(parent), m_proofreading(proofreading), m_body(body), m_summary(new QLabel(this)),
      m_list(new QListWidget(this)), m_fix(new QPushButton(tr("Fix"), this))
{
    m_summary->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Proofreading findings"));
    m_list->setAccessibleDescription(
        tr("Arrow keys select a finding in the text; the Fix button applies its fix."));
    m_list->setAlternatingRowColors(true);
    m_fix->setEnabled(false);
    m_fix->setToolTip(tr("Apply the suggested fix to the text"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fix);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(proofreading, &Proofreading::findingsChanged, this, &ProofreadingPanel::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProofreadingPanel::selectCurrent);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        const auto &findings = m_proofreading->findings();
        if (row >= 0 && row < findings.size())
            m_proofreading->applyFix(findings.at(row));
    });
    refresh();
}

void ProofreadingPanel::refresh()
{
    const auto &findings = m_proofreading->findings();
    const QString plain = m_body->document()->toPlainText();
    m_list->clear();
    for (const proofread::Finding &finding : findings) {
        QString line
            = proofread::ruleDisplayName(finding.rule) + QStringLiteral(": ") + finding.message;
        if (finding.replacement)
            line += QStringLiteral("\n→ ")
                + (finding.replacement->isEmpty()
                        ? tr("(remove)")
                        : QStringLiteral("“%1”").arg(*finding.replacement));
        auto *item = new QListWidgetItem(line, m_list);
        item->setToolTip(plain.mid(std::max(0, finding.start - 30), finding.length + 60));
    }
    QString summary = findings.isEmpty()
        ? tr("No problems found.")
        : tr("%n thing(s) to look at.", nullptr, int(findings.size()));
    if (!m_proofreading->spellingProblem().isEmpty())
        summary += QStringLiteral("\n")
            + tr("Spelling is not checked: %1").arg(m_proofreading->spellingProblem());
    m_summary->setText(summary);
    m_fix->setEnabled(false);
}

void ProofreadingPanel::selectCurrent()
{
    const int row = m_list->currentRow();
    const auto &findings = m_proofreading->findings();
    if (row < 0 || row >= findings.size()) {
        m_fix->setEnabled(false);
        return;
    }
    const proofread::Finding &finding = findings.at(row);
    m_fix->setEnabled(finding.replacement.has_value());
    QTextCursor cursor(m_body->document());
    cursor.setPosition(std::min(finding.start, m_body->document()->characterCount() - 1));
    cursor.setPosition(
        std::min(finding.start + finding.length, m_body->document()->characterCount() - 1),
        QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
}

}  // namespace newsdesk
