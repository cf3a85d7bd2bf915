#include "ReviewNotesPanel.h"

#include "BodyEdit.h"
#include "Contrast.h"
#include "sync/PortalAccountStore.h"
#include "workflow/WorkflowService.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace newsdesk {
namespace {

constexpr int kNoteIdRole = Qt::UserRole;
constexpr int kHtmlRole = Qt::UserRole + 1;
constexpr int kPadding = 6;

QString elided(const QString &text, int maxChars)
{
    QString flat = text.simplified();
    if (flat.size() > maxChars)
        flat = flat.left(maxChars - 1).trimmed() + QChar(0x2026);
    return flat;
}

QString multilineHtml(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

// QTextCursor::selectedText() marks paragraph ends with U+2029 and frames with U+FDD0/FDD1;
// QTextEdit::toPlainText() turns each of them into '\n' (and a no-break space into a space),
// one character for one, so the quote matches the plain text the offsets count in.
QString plainQuote(QString selected)
{
    for (QChar &ch : selected) {
        switch (ch.unicode()) {
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
        case 0xfdd0:
        case 0xfdd1:
            ch = u'\n';
            break;
        case QChar::Nbsp:
            ch = u' ';
            break;
        default:
            break;
        }
    }
    return selected;
}

// Each note is a small rich-text block (bold author, italic quote) wrapped to the list's width.
class NoteDelegate : public QStyledItemDelegate {
public:
    explicit NoteDelegate(QListWidget *view) : QStyledItemDelegate(view), m_view(view) { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        QStyle *style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

        const bool selected = item.state & QStyle::State_Selected;
        QTextDocument document;
        // Times, "on the whole article" and resolved notes are greyed, but stay readable on
        // the selection's colour.
        // Dimmer than the text, never below the contrast text needs (disabled text is too faint
        // on many dark palettes).
        const QColor background = item.palette.color(QPalette::Base);
        const QColor meta = selected
            ? item.palette.color(QPalette::HighlightedText)
            : contrast::readableOn(
                contrast::mix(item.palette.color(QPalette::Text), background, 0.35), background);
        layOut(document, index, item.rect.width(), item.font, meta);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = item.palette;
        if (selected)
            context.palette.setColor(QPalette::Text, item.palette.color(QPalette::HighlightedText));
        painter->save();
        painter->translate(item.rect.topLeft() + QPoint(kPadding, kPadding));
        context.clip = QRectF(0, 0, item.rect.width() - 2 * kPadding, item.rect.height());
        document.documentLayout()->draw(painter, context);
        painter->restore();

        painter->save();
        painter->setPen(item.palette.color(QPalette::Midlight));
        painter->drawLine(item.rect.bottomLeft(), item.rect.bottomRight());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The list view does not tell the delegate the row width; the viewport's is the one.
        const int width = m_view->viewport()->width();
        QTextDocument document;
        layOut(document, index, width, option.font, {});
        return {width, int(std::ceil(document.size().height())) + 2 * kPadding};
    }

private:
    static void layOut(QTextDocument &document, const QModelIndex &index, int width,
        const QFont &font, const QColor &meta)
    {
        document.setDefaultFont(font);
        if (meta.isValid())
            document.setDefaultStyleSheet(QStringLiteral(".meta { color: %1; }").arg(meta.name()));
        document.setDocumentMargin(0);
        document.setHtml(index.data(kHtmlRole).toString());
        document.setTextWidth(qMax(40, width - 2 * kPadding));
    }

    QListWidget *m_view;
};

}  // namespace

ReviewNotesPanel::ReviewNotesPanel(WorkflowService &service, BodyEdit *body, QWidget *parent)
    : QWidget(parent), m_service(service), m_body(body)
{
    m_commentAction = new QAction(tr("Comment on selection"), this);
    m_generalAction = new QAction(tr("Note on the whole article"), this);
    auto *commentButton = new QToolButton(this);
    commentButton->setDefaultAction(m_commentAction);
    auto *generalButton = new QToolButton(this);
    generalButton->setDefaultAction(m_generalAction);
    auto *actions = new QHBoxLayout;
    actions->addWidget(commentButton);
    actions->addWidget(generalButton);
    actions->addStretch();

    // The inline editor: a modal dialog would hide the passage being commented on.
    m_composer = new QFrame(this);
    m_composer->setFrameShape(QFrame::StyledPanel);
    m_composerTarget = new QLabel(m_composer);
    m_composerTarget->setWordWrap(true);
    m_composerEdit = new QPlainTextEdit(m_composer);
    m_composerEdit->setPlaceholderText(tr("What should change, and why?"));
    m_composerEdit->setTabChangesFocus(true);
    m_composerEdit->setMaximumHeight(m_composerEdit->fontMetrics().lineSpacing() * 5);
    m_composerEdit->setAccessibleName(tr("Review note"));
    m_composerTarget->setBuddy(m_composerEdit);
    m_send = new QPushButton(tr("Add note"), m_composer);
    m_send->setEnabled(false);
    m_send->setToolTip(tr("Add the note (Ctrl+Enter)"));
    auto *cancel = new QPushButton(tr("Cancel"), m_composer);
    auto *composerButtons = new QHBoxLayout;
    composerButtons->addStretch();
    composerButtons->addWidget(cancel);
    composerButtons->addWidget(m_send);
    auto *composerLayout = new QVBoxLayout(m_composer);
    composerLayout->addWidget(m_composerTarget);
    composerLayout->addWidget(m_composerEdit);
    composerLayout->addLayout(composerButtons);
    m_composer->hide();

    // On stock WordPress notes have nowhere to travel: say so where they are written.
    m_stayLocal = new QLabel(tr("These notes stay on this computer: the portal has no Newsdesk "
                                "companion plugin to carry them to other machines."),
        this);
    m_stayLocal->setWordWrap(true);
    m_stayLocal->setObjectName(QStringLiteral("notesStayLocal"));
    m_stayLocal->hide();

    m_summary = new QLabel(this);
    m_showResolved = new QCheckBox(this);
    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(m_summary, 1);
    listHeader->addWidget(m_showResolved);

    m_list = new QListWidget(this);
    m_list->setItemDelegate(new NoteDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);  // rows re-wrap when the dock is resized
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Click a note to select its passage in the text."));
    m_list->setAccessibleName(tr("Review notes"));
    m_list->setAccessibleDescription(tr("Enter selects the note's passage in the text."));

    m_resolve = new QPushButton(tr("Mark resolved"), this);
    m_resolve->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_resolve);
    bottom->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_composer);
    layout->addWidget(m_stayLocal);
    layout->addLayout(listHeader);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    // Tab follows the panel top to bottom; in the composer, Cancel comes before Add note.
    setTabOrder(commentButton, generalButton);
    setTabOrder(generalButton, m_composerEdit);
    setTabOrder(m_composerEdit, cancel);
    setTabOrder(cancel, m_send);
    setTabOrder(m_send, m_showResolved);
    setTabOrder(m_showResolved, m_list);
    setTabOrder(m_list, m_resolve);

    connect(m_commentAction, &QAction::triggered, this, [this] {
        if (auto passage = selectedPassage())
            openComposer(std::move(passage));
        else
            showMessage(tr("Select the words to comment on in the text first."));
    });
    connect(m_generalAction, &QAction::triggered, this, [this] { openComposer(std::nullopt); });
    connect(m_send, &QPushButton::clicked, this, &ReviewNotesPanel::sendComposer);
    connect(cancel, &QPushButton::clicked, this, &ReviewNotesPanel::closeComposer);
    connect(m_composerEdit, &QPlainTextEdit::textChanged, this,
        [this] { m_send->setEnabled(!m_composerEdit->toPlainText().trimmed().isEmpty()); });
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, m_composerEdit, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, [this] {
                if (m_send->isEnabled())
                    sendComposer();
            });
    connect(new QShortcut(
                QKeySequence(Qt::Key_Escape), m_composerEdit, nullptr, nullptr, Qt::WidgetShortcut),
        &QShortcut::activated, this, &ReviewNotesPanel::closeComposer);
    connect(m_showResolved, &QCheckBox::toggled, this, &ReviewNotesPanel::rebuildList);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewNotesPanel::updateActions);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        (void)showPassage(item->data(kNoteIdRole).toLongLong());  // the panel shows any error
    });
    // From the keyboard: Enter on a note does what a click does.
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { (void)showPassage(item->data(kNoteIdRole).toLongLong()); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { (void)resolveSelected(); });
    if (m_body)
        connect(m_body, &QTextEdit::selectionChanged, this, &ReviewNotesPanel::updateActions);

    refresh();
}

void ReviewNotesPanel::setArticle(qint64 articleId)
{
    if (articleId != m_articleId) {
        closeComposer();
        showMessage({});
        m_articleId = articleId;
    }
    refresh();
}

void ReviewNotesPanel::refresh()
{
    auto account = PortalAccountStore(m_service.database()).account();
    m_stayLocal->setVisible(
        account && account->has_value() && !(*account)->identity.companionPlugin);
    m_refusal = commentRefusal();
    m_notes.clear();
    if (m_articleId > 0) {
        auto notes = m_service.notes(m_articleId, true);
        if (notes) {
            m_notes = std::move(notes.value());
            std::reverse(m_notes.begin(), m_notes.end());  // the store lists oldest first
        } else {
            showMessage(notes.error().message);
        }
    }
    rebuildList();
}

const ReviewNote &ReviewNotesPanel::noteAt(int row) const
{
    return m_notes.at(m_rowToNote.at(row));
}

int ReviewNotesPanel::rowOf(qint64 noteId) const
{
    for (int row = 0; row < m_rowToNote.size(); ++row) {
        if (m_notes.at(m_rowToNote.at(row)).id == noteId)
            return row;
    }
    return -1;
}

const ReviewNote *ReviewNotesPanel::currentNote() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rowToNote.size() || !m_list->currentItem()->isSelected())
        return nullptr;
    return &m_notes.at(m_rowToNote.at(row));
}

std::optional<QString> ReviewNotesPanel::commentRefusal() const
{
    auto profile = m_service.profile();
    if (!profile)
        return profile.error().message;
    if (profile->role != Role::Approver) {
        // WorkflowService::addNote's own refusal, so the tooltip says what the service would.
        return QCoreApplication::translate(
            "newsdesk::WorkflowService", "Only an approver can add review notes.");
    }
    return std::nullopt;
}

std::optional<PassageAnchor> ReviewNotesPanel::selectedPassage() const
{
    if (!m_body)
        return std::nullopt;
    const QTextCursor cursor = m_body->textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    PassageAnchor anchor;
    anchor.start = cursor.selectionStart();
    anchor.length = cursor.selectionEnd() - cursor.selectionStart();
    anchor.quotedText = plainQuote(cursor.selectedText());
    return anchor;
}

std::optional<std::pair<int, int>> ReviewNotesPanel::locatePassage(
    const QString &plainText, const PassageAnchor &anchor)
{
    const QString &quote = anchor.quotedText;
    if (quote.isEmpty())
        return std::nullopt;
    const int length = int(quote.size());
    if (anchor.start >= 0 && anchor.start + length <= plainText.size()
        && QStringView(plainText).sliced(anchor.start, length) == quote)
        return std::pair(anchor.start, length);
    qsizetype best = -1;
    for (qsizetype at = plainText.indexOf(quote); at >= 0; at = plainText.indexOf(quote, at + 1)) {
        if (best < 0 || std::abs(at - anchor.start) < std::abs(best - anchor.start))
            best = at;
        if (at >= anchor.start)
            break;  // every later occurrence is farther away
    }
    if (best < 0)
        return std::nullopt;
    return std::pair(int(best), length);
}

Result<ReviewNote> ReviewNotesPanel::commentOnSelection(const QString &note)
{
    auto passage = selectedPassage();
    if (!passage) {
        const QString message = tr("Select the words to comment on in the text first.");
        showMessage(message);
        return makeError(ErrorCode::InvalidInput, message);
    }
    return addNote(note, std::move(passage));
}

Result<ReviewNote> ReviewNotesPanel::addGeneralNote(const QString &note)
{
    return addNote(note, std::nullopt);
}

Result<ReviewNote> ReviewNotesPanel::addNote(
    const QString &note, std::optional<PassageAnchor> anchor)
{
    QString message;
    if (m_articleId <= 0)
        message = tr("Open an article first.");
    else if (note.trimmed().isEmpty())
        message = tr("Write the note first.");
    if (!message.isEmpty()) {
        showMessage(message);
        return makeError(ErrorCode::InvalidInput, message);
    }
    auto added = m_service.addNote(m_articleId, note.trimmed(), std::move(anchor));
    if (!added) {
        showMessage(added.error().message);
        return added;
    }
    showMessage({});
    refresh();
    m_list->setCurrentRow(rowOf(added->id));
    Q_EMIT notesChanged(m_articleId);
    return added;
}

Result<void> ReviewNotesPanel::showPassage(qint64 noteId)
{
    const int row = rowOf(noteId);
    if (row < 0)
        return makeError(ErrorCode::NotFound, tr("There is no such note on this article."));
    const ReviewNote &note = noteAt(row);
    if (!note.anchor) {
        showMessage({});
        return {};  // a note on the whole article has no passage to select
    }
    if (!m_body)
        return makeError(ErrorCode::Internal, QStringLiteral("no body editor"));
    const auto found = locatePassage(m_body->toPlainText(), *note.anchor);
    if (!found) {
        const QString message = tr("The passage changed: “%1” is no longer in the text.")
                                    .arg(elided(note.anchor->quotedText, 80));
        showMessage(message);
        return makeError(ErrorCode::NotFound, message);
    }
    QTextCursor cursor(m_body->document());
    cursor.setPosition(found->first);
    cursor.setPosition(found->first + found->second, QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    showMessage({});
    return {};
}

Result<ReviewNote> ReviewNotesPanel::resolveSelected()
{
    const ReviewNote *note = currentNote();
    if (!note) {
        const QString message = tr("Select a note first.");
        showMessage(message);
        return makeError(ErrorCode::InvalidInput, message);
    }
    auto resolved = m_service.resolveNote(note->id);
    if (!resolved) {
        showMessage(resolved.error().message);
        return resolved;
    }
    showMessage({});
    refresh();
    Q_EMIT notesChanged(m_articleId);
    return resolved;
}

void ReviewNotesPanel::openComposer(std::optional<PassageAnchor> anchor)
{
    m_pendingAnchor = std::move(anchor);
    m_composerTarget->setText(m_pendingAnchor
            ? tr("On “%1”").arg(elided(m_pendingAnchor->quotedText, 120))
            : tr("On the whole article"));
    m_composerEdit->clear();
    m_composer->show();
    m_composerEdit->setFocus();
    showMessage({});
}

void ReviewNotesPanel::closeComposer()
{
    m_composer->hide();
    m_composerEdit->clear();
    m_pendingAnchor.reset();
}

void ReviewNotesPanel::sendComposer()
{
    if (addNote(m_composerEdit->toPlainText(), m_pendingAnchor))
        closeComposer();
}

void ReviewNotesPanel::updateActions()
{
    const bool hasArticle = m_articleId > 0;
    const std::optional<QString> refusal = hasArticle ? m_refusal : std::nullopt;
    const bool hasSelection = m_body && m_body->textCursor().hasSelection();
    m_generalAction->setEnabled(hasArticle && !refusal);
    m_generalAction->setToolTip(refusal ? *refusal : tr("Write a note about the whole article."));
    m_commentAction->setEnabled(hasArticle && !refusal && hasSelection);
    m_commentAction->setToolTip(refusal ? *refusal
            : hasSelection              ? tr("Write a note about the selected words.")
                                        : tr("Select the words to comment on in the text first."));
    const ReviewNote *note = currentNote();
    m_resolve->setEnabled(note && !note->resolved);
}

QString ReviewNotesPanel::formatTime(const QDateTime &utc) const
{
    return utc.toTimeZone(m_service.scheduleTime().zone())
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString ReviewNotesPanel::noteHtml(const ReviewNote &note) const
{
    // The delegate colours class "meta" (greyed).
    if (note.resolved) {
        // Collapsed: the note's beginning and who resolved it; the whole note is its tooltip.
        return QStringLiteral("<span class=\"meta\">&#10003; <b>%1</b>: %2<br><small>%3</small>"
                              "</span>")
            .arg(note.author.toHtmlEscaped(), elided(note.note, 70).toHtmlEscaped(),
                tr("Resolved by %1 on %2")
                    .arg(note.resolvedBy, formatTime(note.resolvedAt))
                    .toHtmlEscaped());
    }
    QString html = QStringLiteral("<b>%1</b> <span class=\"meta\">%2</span>")
                       .arg(note.author.toHtmlEscaped(), formatTime(note.createdAt));
    if (note.anchor)
        html += QStringLiteral("<div><i>“%1”</i></div>")
                    .arg(elided(note.anchor->quotedText, 300).toHtmlEscaped());
    else
        html += QStringLiteral("<div class=\"meta\">%1</div>")
                    .arg(tr("On the whole article").toHtmlEscaped());
    return html + QStringLiteral("<div>%1</div>").arg(multilineHtml(note.note));
}

void ReviewNotesPanel::rebuildList()
{
    // The note to keep selected, read from the list itself: m_notes may already hold another
    // article's notes, which the old rows do not index.
    const QListWidgetItem *current = m_list->currentItem();
    const qint64 keep
        = current && current->isSelected() ? current->data(kNoteIdRole).toLongLong() : 0;
    m_rowToNote.clear();
    const bool showResolved = m_showResolved->isChecked();
    m_list->clear();
    m_rowToNote.clear();
    int open = 0;
    int resolved = 0;
    for (int i = 0; i < m_notes.size(); ++i) {
        const ReviewNote &note = m_notes.at(i);
        if (note.resolved)
            ++resolved;
        else
            ++open;
        if (note.resolved && !showResolved)
            continue;
        QString text = note.author + QStringLiteral(": ") + note.note;
        if (note.resolved)
            text += QStringLiteral(" (")
                + tr("Resolved by %1 on %2").arg(note.resolvedBy, formatTime(note.resolvedAt))
                + u')';
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kNoteIdRole, note.id);
        item->setData(kHtmlRole, noteHtml(note));
        if (note.resolved)
            item->setToolTip(note.note);  // the collapsed row shows only its beginning
        m_rowToNote.append(i);
    }
    m_summary->setText(m_articleId <= 0 ? QString()
            : m_notes.isEmpty()         ? tr("No review notes.")
                                        : tr("Open notes: %1").arg(open));
    m_showResolved->setText(tr("Show resolved (%1)").arg(resolved));
    m_showResolved->setEnabled(resolved > 0 || showResolved);
    if (keep > 0 && rowOf(keep) >= 0)
        m_list->setCurrentRow(rowOf(keep));
    updateActions();
}

void ReviewNotesPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_list->setAccessibleDescription(
        text.isEmpty() ? tr("Enter selects the note's passage in the text.") : text);
}

}  // namespace newsdesk
