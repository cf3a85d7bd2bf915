#include "conflict/MergeEditor.h"

#include "AccessibleNames.h"
#include "BodyEdit.h"
#include "Contrast.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace newsdesk {

MergeEditor::MergeEditor(
    const MergedText &start, const QString &portalHtml, PhotoLibrary *photos, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Edit the merged version"));
    setObjectName(QStringLiteral("mergeEditor"));

    auto *intro = new QLabel(
        tr("Your version is filled in. Change it until it says what both versions should say; "
           "the portal's version is on the right for reference. The merged version replaces "
           "both, here and on the portal at the next sync."));
    intro->setWordWrap(true);

    m_title = new QLineEdit(start.title);
    m_title->setObjectName(QStringLiteral("mergedTitle"));
    m_title->setCursorPosition(0);
    QLabel *titleLabel = buddyLabel(tr("&Title:"), m_title);
    m_summary = new QPlainTextEdit(start.summary);
    m_summary->setObjectName(QStringLiteral("mergedSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    QLabel *summaryLabel = buddyLabel(tr("S&ummary:"), m_summary);
    m_body = new BodyEdit;
    m_body->setObjectName(QStringLiteral("mergedBody"));
    m_body->setPhotoLibrary(photos);
    m_body->setCanonicalHtml(start.bodyHtml);
    QLabel *bodyLabel = buddyLabel(tr("&Body:"), m_body);

    auto *mineSide = new QWidget;
    auto *mineLayout = new QVBoxLayout(mineSide);
    mineLayout->setContentsMargins(0, 0, 0, 0);
    mineLayout->addWidget(titleLabel);
    mineLayout->addWidget(m_title);
    mineLayout->addWidget(summaryLabel);
    mineLayout->addWidget(m_summary);
    mineLayout->addWidget(bodyLabel);
    mineLayout->addWidget(m_body, 1);

    m_portal = new QTextBrowser;
    m_portal->setObjectName(QStringLiteral("mergePortalView"));
    m_portal->setOpenLinks(false);
    m_portal->setHtml(portalHtml);
    QLabel *portalLabel = buddyLabel(tr("&Portal's version, for reference:"), m_portal);
    m_portal->setAccessibleDescription(
        tr("Read only. Highlighted words are only in the portal's version."));
    auto *portalSide = new QWidget;
    auto *portalLayout = new QVBoxLayout(portalSide);
    portalLayout->setContentsMargins(0, 0, 0, 0);
    portalLayout->addWidget(portalLabel);
    portalLayout->addWidget(m_portal, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(mineSide);
    splitter->addWidget(portalSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("mergeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *box = new QDialogButtonBox;
    m_save = box->addButton(tr("&Save the merged version"), QDialogButtonBox::AcceptRole);
    m_save->setToolTip(tr("Keep this text for the article and send it to the portal at the next "
                          "sync"));
    m_cancel = box->addButton(QDialogButtonBox::Cancel);
    // Enter in the title must not save half a merge: only the button does.
    for (QPushButton *button : {m_save, m_cancel}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_save, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_cancel, &QPushButton::clicked, this, &MergeEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(box);

    setTabOrder(m_title, m_summary);
    setTabOrder(m_summary, m_body);
    setTabOrder(m_body, m_portal);
    setTabOrder(m_portal, m_save);
    setTabOrder(m_save, m_cancel);

    setMinimumSize(720, 480);
    resize(980, 640);
    m_body->setFocus();
}

MergedText MergeEditor::merged() const
{
    m_body->finishPaste();
    return MergedText {
        m_title->text().trimmed(), m_body->canonicalHtml(), m_summary->toPlainText().trimmed()};
}

bool MergeEditor::submit()
{
    const MergedText text = merged();
    if (text.title.isEmpty()) {
        showError(tr("Give the article a title."));
        m_title->setFocus();
        return false;
    }
    m_message->hide();
    m_message->clear();
    Q_EMIT submitted(text);
    return true;
}

void MergeEditor::setPortalHtml(const QString &portalHtml)
{
    m_portal->setHtml(portalHtml);
}

void MergeEditor::showError(const QString &message)
{
    m_message->setText(message);
    QPalette look = palette();
    look.setColor(QPalette::WindowText,
        contrast::readableOn(QColor(0xa0, 0x10, 0x10), look.color(QPalette::Window)));
    m_message->setPalette(look);
    m_message->setVisible(!message.isEmpty());
}

QString MergeEditor::message() const
{
    return m_message->text();
}

}  // namespace newsdesk
