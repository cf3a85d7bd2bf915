#include "ArticleEditor.h"

#include "AccessibleNames.h"
#include "BodyEdit.h"
#include "Contrast.h"
#include "FindReplaceBar.h"
#include "html/RichTextDocument.h"
#include "media/PhotoLibrary.h"
#include "text/VietnameseText.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace newsdesk {
namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    }
    return tags;
}

// A toolbar as one stop in the Tab chain, as toolbars are on every desktop: Tab reaches its
// current button, Left/Right/Home/End move between buttons, Space or Enter presses one.
class ToolBarKeys : public QObject {
public:
    explicit ToolBarKeys(QToolBar *bar) : QObject(bar), m_bar(bar) { }

    QList<QToolButton *> buttons() const
    {
        QList<QToolButton *> found;
        for (QAction *action : m_bar->actions())
            if (auto *button = qobject_cast<QToolButton *>(m_bar->widgetForAction(action)))
                found.append(button);
        return found;
    }

    // Puts the buttons between `before` and `after` in the Tab chain, then makes the first one
    // the stop.
    void attach(QWidget *before, QWidget *after)
    {
        const QList<QToolButton *> all = buttons();
        QWidget *previous = before;
        for (QToolButton *button : all) {
            button->setFocusPolicy(Qt::TabFocus);  // setTabOrder() skips NoFocus widgets
            button->installEventFilter(this);
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
        QWidget::setTabOrder(previous, after);
        if (!all.isEmpty())
            makeCurrent(all.front());
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *button = qobject_cast<QToolButton *>(watched);
        if (!button)
            return false;
        switch (event->type()) {
        case QEvent::FocusIn:
            makeCurrent(button);
            break;
        case QEvent::EnabledChange:
            // A disabled stop (Undo with nothing to undo) would drop the bar from the chain.
            if (!button->isEnabled() && button->focusPolicy() == Qt::TabFocus)
                if (QToolButton *first = nextFrom(button, 0))
                    makeCurrent(first);
            break;
        case QEvent::KeyPress: {
            const int key = static_cast<QKeyEvent *>(event)->key();
            QToolButton *target = key == Qt::Key_Right ? nextFrom(button, 1)
                : key == Qt::Key_Left                  ? nextFrom(button, -1)
                : key == Qt::Key_Home                  ? nextFrom(nullptr, 1)
                : key == Qt::Key_End                   ? nextFrom(nullptr, -1)
                                                       : nullptr;
            if (target) {
                target->setFocus(Qt::TabFocusReason);
                return true;
            }
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                button->click();
                return true;
            }
            break;
        }
        default:
            break;
        }
        return false;
    }

private:
    // The next usable button from `from` in `step` direction (wrapping); from nothing: the
    // first (step 1) or last (step -1); step 0: the first usable one.
    QToolButton *nextFrom(QToolButton *from, int step) const
    {
        QList<QToolButton *> usable;
        for (QToolButton *button : buttons())
            if (button->isEnabled() && button->isVisible())
                usable.append(button);
        if (usable.isEmpty())
            return nullptr;
        if (step == 0)
            return usable.front();
        const qsizetype at = from ? usable.indexOf(from) : -1;
        if (at < 0)
            return step > 0 ? usable.front() : usable.back();
        return usable.at((at + step + usable.size()) % usable.size());
    }

    void makeCurrent(QToolButton *current)
    {
        for (QToolButton *button : buttons())
            button->setFocusPolicy(button == current ? Qt::TabFocus : Qt::NoFocus);
    }

    QToolBar *m_bar;
};

// The name a screen reader gives a format button: set where the button is made.
const char *const kSpokenName = "newsdeskSpokenName";

}  // namespace

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_summary(new QPlainTextEdit(this)),
      m_author(new QLineEdit(this)), m_category(new QLineEdit(this)), m_tags(new QLineEdit(this)),
      m_body(new BodyEdit(this)), m_formatBar(new QToolBar(tr("Format"), this)),
      m_findBar(new FindReplaceBar(m_body, this)), m_featuredThumb(new QLabel(this)),
      m_featuredRemove(new QToolButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setPlaceholderText(tr("Title"));
    m_title->setAccessibleName(tr("Title"));
    m_summary->setPlaceholderText(tr("Summary (sapo): one or two sentences shown under the title"));
    m_summary->setAccessibleName(tr("Summary (sapo)"));
    m_summary->setAccessibleDescription(m_summary->placeholderText());
    m_summary->setMaximumHeight(m_summary->fontMetrics().lineSpacing() * 4);
    m_summary->setTabChangesFocus(true);
    m_author->setPlaceholderText(tr("Author"));
    m_category->setPlaceholderText(tr("Category"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));

    auto *meta = new QHBoxLayout;
    meta->addWidget(buddyLabel(tr("Author:"), m_author));
    meta->addWidget(m_author, 2);
    meta->addWidget(buddyLabel(tr("Category:"), m_category));
    meta->addWidget(m_category, 1);
    meta->addWidget(buddyLabel(tr("Tags:"), m_tags));
    meta->addWidget(m_tags, 2);
    m_tags->setAccessibleDescription(m_tags->placeholderText());

    // The featured image: the picture the portal shows with the article in lists. It sits
    // beside the title and sapo, where the portal's list shows it.
    // 16:9, five lines of text tall: it grows with the font at 150% or 200%.
    const int thumbHeight = fontMetrics().lineSpacing() * 5;
    m_featuredThumb->setFixedSize(thumbHeight * 16 / 9, thumbHeight);
    m_featuredThumb->setAccessibleName(spokenName(tr("Featured image:")));
    m_featuredThumb->setAlignment(Qt::AlignCenter);
    m_featuredThumb->setFrameShape(QFrame::StyledPanel);
    auto *chooseFeatured = new QToolButton(this);
    chooseFeatured->setText(tr("Choose…"));
    chooseFeatured->setToolTip(tr("Choose the featured image from a file"));
    chooseFeatured->setAccessibleName(tr("Choose the featured image"));
    connect(chooseFeatured, &QToolButton::clicked, this, &ArticleEditor::chooseFeaturedImage);
    m_featuredRemove->setText(tr("Remove"));
    m_featuredRemove->setAccessibleName(tr("Remove the featured image"));
    connect(m_featuredRemove, &QToolButton::clicked, this, [this] { setFeaturedImage(0); });
    auto *featured = new QVBoxLayout;
    featured->setSpacing(2);
    auto *featuredLabel = new QLabel(tr("Featured image:"), this);
    featuredLabel->setBuddy(chooseFeatured);
    featured->addWidget(featuredLabel);
    featured->addWidget(m_featuredThumb);
    auto *featuredButtons = new QHBoxLayout;
    featuredButtons->addWidget(chooseFeatured);
    featuredButtons->addWidget(m_featuredRemove);
    featured->addLayout(featuredButtons);
    featured->addStretch();
    showFeaturedImage();

    buildFormatBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *head = new QGridLayout;
    head->addWidget(m_title, 0, 0);
    head->addWidget(m_summary, 1, 0);
    head->addLayout(meta, 2, 0);
    head->addLayout(featured, 0, 1, 3, 1);
    head->setColumnStretch(0, 1);
    layout->addLayout(head);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_findBar);

    // Tab goes as the pane reads: title, sapo, author, category, tags, the featured image's
    // buttons, the format bar (one stop), the body, then the find bar when it is open.
    m_formatBar->setAccessibleName(m_formatBar->windowTitle());
    setTabOrder(m_title, m_summary);
    setTabOrder(m_summary, m_author);
    setTabOrder(m_author, m_category);
    setTabOrder(m_category, m_tags);
    setTabOrder(m_tags, chooseFeatured);
    setTabOrder(chooseFeatured, m_featuredRemove);
    (new ToolBarKeys(m_formatBar))->attach(m_featuredRemove, m_body);
    setTabOrder(m_body, m_findBar->findEdit());

    auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_title, &QLineEdit::textEdited, this, changed);
    connect(m_author, &QLineEdit::textEdited, this, changed);
    connect(m_category, &QLineEdit::textEdited, this, changed);
    connect(m_tags, &QLineEdit::textEdited, this, changed);
    connect(m_summary, &QPlainTextEdit::textChanged, this, changed);
    // The spelling underlines repaint through textChanged too: only real edits count.
    connect(m_body, &QTextEdit::textChanged, this, [this, changed] {
        if (m_body->isTextEdit())
            changed();
    });
    connect(
        m_body, &QTextEdit::currentCharFormatChanged, this, &ArticleEditor::updateFormatActions);
    setEnabled(false);
}

void ArticleEditor::buildFormatBar()
{
    // Short labels drawn in their own style (B in bold, I in italics...), as word processors do.
    auto addToggle = [this](const QString &label, const QString &toolTip, QFont look, auto apply) {
        QAction *action = m_formatBar->addAction(label);
        action->setToolTip(toolTip);
        action->setProperty(kSpokenName, toolTip);
        action->setFont(look);
        action->setCheckable(true);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, apply);
        return action;
    };
    QFont look = font();
    look.setBold(true);
    m_bold = addToggle(tr("B", "bold button"), tr("Bold"), look, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_body->mergeCurrentCharFormat(format);
    });
    m_bold->setShortcut(QKeySequence::Bold);
    look = font();
    look.setItalic(true);
    m_italic = addToggle(tr("I", "italic button"), tr("Italic"), look, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_body->mergeCurrentCharFormat(format);
    });
    m_italic->setShortcut(QKeySequence::Italic);
    look = font();
    look.setUnderline(true);
    m_underline = addToggle(tr("U", "underline button"), tr("Underline"), look, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        m_body->mergeCurrentCharFormat(format);
    });
    m_underline->setShortcut(QKeySequence::Underline);
    look = font();
    look.setStrikeOut(true);
    m_strike
        = addToggle(tr("S", "strikethrough button"), tr("Strikethrough"), look, [this](bool on) {
              QTextCharFormat format;
              format.setFontStrikeOut(on);
              m_body->mergeCurrentCharFormat(format);
          });
    m_formatBar->addSeparator();
    QAction *paragraph
        = m_formatBar->addAction(tr("Paragraph"), this, [this] { setBlockStyle(0); });
    paragraph->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    paragraph->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (int level = 2; level <= 4; ++level) {
        QAction *heading = m_formatBar->addAction(
            tr("H%1").arg(level), this, [this, level] { setBlockStyle(level); });
        heading->setToolTip(tr("Heading level %1").arg(level));
        heading->setProperty(kSpokenName, heading->toolTip());
        heading->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + level)));
        heading->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_formatBar->addSeparator();
    QAction *bullets = m_formatBar->addAction(tr("• List"), this, [this] { toggleList(false); });
    bullets->setToolTip(tr("Bulleted list"));
    bullets->setProperty(kSpokenName, bullets->toolTip());
    QAction *numbers = m_formatBar->addAction(tr("1. List"), this, [this] { toggleList(true); });
    numbers->setToolTip(tr("Numbered list"));
    numbers->setProperty(kSpokenName, numbers->toolTip());
    QAction *quote = m_formatBar->addAction(tr("Quote"), this, &ArticleEditor::toggleQuote);
    quote->setToolTip(tr("Block quote"));
    quote->setProperty(kSpokenName, quote->toolTip());
    QAction *photo = m_formatBar->addAction(tr("Photo…"), this, &ArticleEditor::choosePhoto);
    photo->setToolTip(tr("Insert a photo from a file (or paste or drop one)"));
    QAction *link = m_formatBar->addAction(tr("Link…"), this, &ArticleEditor::insertLink);
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_formatBar->addAction(tr("Table…"), this, &ArticleEditor::chooseTable)
        ->setToolTip(tr("Insert a table"));
    m_formatBar->addSeparator();
    m_findAction = m_formatBar->addAction(tr("Find…"), m_findBar, &FindReplaceBar::openFind);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_replaceAction
        = m_formatBar->addAction(tr("Replace…"), m_findBar, &FindReplaceBar::openReplace);
    m_replaceAction->setShortcut(QKeySequence::Replace);
    m_replaceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // F3 / Shift+F3 work without the buttons on the bar.
    auto *findNext = new QAction(tr("Find next"), this);
    findNext->setShortcut(QKeySequence::FindNext);
    findNext->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNext, &QAction::triggered, m_findBar, [this] { m_findBar->findNext(false); });
    addAction(findNext);
    auto *findPrevious = new QAction(tr("Find previous"), this);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    findPrevious->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPrevious, &QAction::triggered, m_findBar, [this] { m_findBar->findNext(true); });
    addAction(findPrevious);
    m_formatBar->addSeparator();
    QAction *undo = m_formatBar->addAction(tr("Undo"), m_body, &QTextEdit::undo);
    undo->setToolTip(tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString()));
    undo->setEnabled(false);
    connect(m_body, &QTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo = m_formatBar->addAction(tr("Redo"), m_body, &QTextEdit::redo);
    redo->setToolTip(tr("Redo (%1)").arg(QKeySequence(QKeySequence::Redo).toString()));
    redo->setEnabled(false);
    connect(m_body, &QTextEdit::redoAvailable, redo, &QAction::setEnabled);
    // A shortcut with WidgetWithChildrenShortcut context works where focus is inside a widget
    // the action belongs to: the editor, so Ctrl+B works while typing in the body.
    addActions(m_formatBar->actions());

    // Screen readers say "Bold", not "B"; the shortcut, where there is one, as the description.
    for (QAction *action : m_formatBar->actions()) {
        QWidget *button = m_formatBar->widgetForAction(action);
        if (!button || action->isSeparator())
            continue;
        const QString spoken = action->property(kSpokenName).toString();
        QString name = spoken.isEmpty() ? spokenName(action->text()) : spoken;
        if (name.endsWith(QChar(0x2026)))  // "Link…" -> "Link"
            name.chop(1);
        button->setAccessibleName(name);
        if (!action->shortcut().isEmpty())
            button->setAccessibleDescription(action->shortcut().toString(QKeySequence::NativeText));
    }
}

void ArticleEditor::setBlockStyle(int headingLevel)
{
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(headingLevel);
    cursor.setBlockFormat(block);
    // Headings look bigger; the size is a look only and is not saved as markup.
    QTextCharFormat look;
    const qreal base = m_body->document()->defaultFont().pointSizeF();
    look.setFontPointSize(headingLevel == 2 ? base * 1.5
            : headingLevel == 3             ? base * 1.3
            : headingLevel == 4             ? base * 1.15
                                            : base);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(look);
    cursor.endEditBlock();
}

void ArticleEditor::toggleList(bool ordered)
{
    QTextCursor cursor = m_body->textCursor();
    const QTextListFormat::Style style
        = ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        list->remove(cursor.block());  // the same button again ends the list for this paragraph
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
        return;
    }
    QTextListFormat format;
    format.setStyle(style);
    format.setIndent(1);
    cursor.createList(format);
}

void ArticleEditor::toggleQuote()
{
    QTextCursor cursor = m_body->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool quoted = block.intProperty(QTextFormat::BlockQuoteLevel) > 0;
    block.setProperty(QTextFormat::BlockQuoteLevel, quoted ? 0 : 1);
    block.setLeftMargin(quoted ? 0 : 24);
    cursor.setBlockFormat(block);
}

void ArticleEditor::insertLink()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Link"), tr("Address (https://…):"),
        QLineEdit::Normal, m_body->textCursor().charFormat().anchorHref(), &ok);
    if (!ok)
        return;
    QTextCharFormat format;
    format.setAnchor(!url.trimmed().isEmpty());
    format.setAnchorHref(url.trimmed());
    format.setForeground(url.trimmed().isEmpty() ? palette().text() : palette().link());
    m_body->mergeCurrentCharFormat(format);
}

void ArticleEditor::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Insert a photo"), QString(),
        tr("Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"));
    if (path.isEmpty())
        return;
    if (auto inserted = m_body->insertPhotoFile(path); !inserted)
        QMessageBox::warning(this, tr("Photo not inserted"), inserted.error().message);
}

void ArticleEditor::chooseTable()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Insert a table"));
    auto *rows = new QSpinBox(&dialog);
    rows->setRange(1, 500);
    rows->setValue(3);
    auto *columns = new QSpinBox(&dialog);
    columns->setRange(1, 20);
    columns->setValue(3);
    auto *header = new QCheckBox(tr("First row is a header"), &dialog);
    header->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(buddyLabel(tr("Rows:"), rows), rows);
    form->addRow(buddyLabel(tr("Columns:"), columns), columns);
    form->addRow(header);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        insertTable(rows->value(), columns->value(), header->isChecked());
}

void ArticleEditor::insertTable(int rows, int columns, bool header)
{
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(header ? 1 : 0);  // becomes <thead>
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    QTextTable *table = cursor.insertTable(rows, columns, format);
    if (header) {
        for (int column = 0; column < columns; ++column) {
            QTextTableCell cell = table->cellAt(0, column);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setProperty(html::HeaderCellProperty, true);
            // A look only, not saved: a faint band of the text colour, on light or dark.
            cellFormat.setBackground(contrast::mix(
                palette().color(QPalette::Base), palette().color(QPalette::Text), 0.08));
            cell.setFormat(cellFormat);
        }
    }
    cursor.endEditBlock();
    m_body->setTextCursor(table->cellAt(0, 0).firstCursorPosition());
}

void ArticleEditor::setPhotoLibrary(PhotoLibrary *library)
{
    m_photos = library;
    m_body->setPhotoLibrary(library);
    showFeaturedImage();
}

void ArticleEditor::chooseFeaturedImage()
{
    if (!m_photos)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the featured image"),
        QString(), tr("Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"));
    if (path.isEmpty())
        return;
    auto item = m_photos->addFile(path);
    if (!item) {
        QMessageBox::warning(this, tr("Photo not used"), item.error().message);
        return;
    }
    setFeaturedImage(item->id);
}

void ArticleEditor::setFeaturedImage(qint64 mediaId)
{
    const std::optional<qint64> wanted
        = mediaId > 0 ? std::optional<qint64>(mediaId) : std::nullopt;
    if (wanted == m_featuredMediaId)
        return;
    m_featuredMediaId = wanted;
    showFeaturedImage();
    if (!m_loading)
        Q_EMIT edited();
}

void ArticleEditor::showFeaturedImage()
{
    m_featuredRemove->setEnabled(m_featuredMediaId.has_value());
    if (!m_featuredMediaId) {
        m_featuredThumb->setPixmap({});
        m_featuredThumb->setText(tr("none"));
        m_featuredThumb->setToolTip({});
        return;
    }
    auto picture = m_photos ? m_photos->imageOf(*m_featuredMediaId, 192)
                            : Result<QImage>(makeError(ErrorCode::Internal, QString()));
    if (!picture) {
        m_featuredThumb->setPixmap({});
        m_featuredThumb->setText(tr("missing"));
        m_featuredThumb->setToolTip(picture.error().message);
        return;
    }
    m_featuredThumb->setToolTip({});
    m_featuredThumb->setPixmap(QPixmap::fromImage(
        picture->scaled(m_featuredThumb->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ArticleEditor::updateFormatActions()
{
    const QTextCharFormat format = m_body->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    m_underline->setChecked(format.fontUnderline() && !format.isAnchor());
    m_strike->setChecked(format.fontStrikeOut());
}

void ArticleEditor::load(const Article &article)
{
    m_loading = true;
    m_title->setText(article.content.title);
    m_summary->setPlainText(article.content.summary);
    m_author->setText(article.content.author);
    m_category->setText(article.content.category);
    m_tags->setText(article.content.tags.join(QStringLiteral(", ")));
    m_body->setCanonicalHtml(article.content.bodyHtml);
    m_featuredMediaId = article.content.featuredMediaId;
    showFeaturedImage();
    m_findBar->hide();
    m_loading = false;
    setEnabled(true);
}

void ArticleEditor::clear()
{
    m_loading = true;
    m_title->clear();
    m_summary->clear();
    m_author->clear();
    m_category->clear();
    m_tags->clear();
    m_body->setCanonicalHtml(QString());
    m_featuredMediaId.reset();
    showFeaturedImage();
    m_loading = false;
    setEnabled(false);
}

ArticleContent ArticleEditor::content() const
{
    ArticleContent content;
    content.title = m_title->text();
    content.summary = m_summary->toPlainText();
    content.author = m_author->text();
    content.category = m_category->text();
    content.tags = splitTags(m_tags->text());
    content.bodyHtml = m_body->canonicalHtml();
    content.featuredMediaId = m_featuredMediaId;
    return content;
}

int ArticleEditor::bodyWordCount() const
{
    return text::wordCount(m_body->toPlainText());
}

}  // namespace newsdesk
