#include "BodyEdit.h"

#include "Contrast.h"

#include "html/CanonicalSlices.h"
#include "html/HtmlSanitizer.h"
#include "html/PlainText.h"
#include "html/RichTextDocument.h"
#include "media/PhotoLibrary.h"

#include <QBuffer>
#include <QContextMenuEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <QtConcurrent>

#include <memory>

namespace newsdesk {

BodyEdit::BodyEdit(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
    // Tab moves on to the next control, so the keyboard is never trapped in the body; in a
    // table it moves between cells (focusNextPrevChild()).
    setTabChangesFocus(true);
    setAccessibleName(tr("Article text"));
    document()->setDocumentMargin(12);
    m_sliceTimer.setInterval(0);  // one slice per pass of the event loop: paint, input, repeat
    connect(&m_sliceTimer, &QTimer::timeout, this, &BodyEdit::insertNextSlice);
    connect(&m_cleaning, &QFutureWatcher<PreparedPaste>::finished, this, [this] {
        if (m_pasteStage != PasteStage::Cleaning)
            return;
        m_slices = m_cleaning.result().slices;
        reportSplits(m_cleaning.result().splitParagraphs);
        m_pasteStage = PasteStage::Inserting;
        m_sliceTimer.start();
    });
}

void BodyEdit::setCanonicalHtml(const QString &html)
{
    html::loadCanonical(*document(), html);
    document()->clearUndoRedoStacks();
    document()->setModified(false);
    moveCursor(QTextCursor::Start);
}

QString BodyEdit::canonicalHtml() const
{
    return html::toCanonical(*document());
}

void BodyEdit::insertForeignHtml(const QString &foreignHtml)
{
    if (isPasting())
        finishPaste();  // a second paste goes after the first, never into the middle of it
    if (foreignHtml.size() <= kLargePaste) {
        QTextDocument pasted;
        html::loadCanonical(pasted, prepareSmallPaste(foreignHtml));
        textCursor().insertFragment(QTextDocumentFragment(&pasted));
        ensureCursorVisible();
        return;
    }
    // Large: sanitize and cut on a worker (pure string work), insert here slice by slice.
    m_pasteStage = PasteStage::Cleaning;
    m_pasteCursor = textCursor();
    m_joinFirstSlice = m_pasteCursor.hasSelection();
    if (m_joinFirstSlice) {
        m_pasteCursor.beginEditBlock();
        m_pasteCursor.removeSelectedText();  // the pasted text replaces the selection
        m_pasteCursor.endEditBlock();
    }
    m_slicesDone = 0;
    setReadOnly(true);
    Q_EMIT pasteProgress(0);
    m_cleaning.setFuture(QtConcurrent::run([foreignHtml] {
        PreparedPaste prepared;
        const QString canonical = html::splitLongParagraphs(
            html::sanitize(foreignHtml), kMaxParagraph, &prepared.splitParagraphs);
        prepared.slices = html::canonicalSlices(canonical, kPasteSlice);
        return prepared;
    }));
}

QString BodyEdit::prepareSmallPaste(const QString &foreignHtml)
{
    int split = 0;
    QString canonical
        = html::splitLongParagraphs(html::sanitize(foreignHtml), kMaxParagraph, &split);
    reportSplits(split);
    return canonical;
}

void BodyEdit::reportSplits(int splitParagraphs)
{
    if (splitParagraphs > 0)
        Q_EMIT notice(tr("%n very long paragraph(s) were split at sentence ends; no word was "
                         "lost.",
            nullptr, splitParagraphs));
}

void BodyEdit::insertNextSlice()
{
    if (m_slicesDone >= m_slices.size()) {
        endPaste();
        return;
    }
    QTextDocument pasted;
    html::loadCanonical(pasted, m_slices.at(m_slicesDone));
    // Every slice joins the first one's edit block: the whole paste is one undo step.
    if (m_slicesDone > 0 || m_joinFirstSlice)
        m_pasteCursor.joinPreviousEditBlock();
    else
        m_pasteCursor.beginEditBlock();
    if (m_slicesDone > 0)  // a plain new block: not in the previous slice's list or quote
        m_pasteCursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    m_pasteCursor.insertFragment(QTextDocumentFragment(&pasted));
    m_pasteCursor.endEditBlock();
    ++m_slicesDone;
    Q_EMIT pasteProgress(int(100 * m_slicesDone / m_slices.size()));
}

void BodyEdit::finishPaste()
{
    if (m_pasteStage == PasteStage::Cleaning) {
        m_cleaning.waitForFinished();
        m_slices = m_cleaning.result().slices;
        reportSplits(m_cleaning.result().splitParagraphs);
        m_pasteStage = PasteStage::Inserting;
    }
    while (m_pasteStage == PasteStage::Inserting)
        insertNextSlice();
}

void BodyEdit::endPaste()
{
    m_sliceTimer.stop();
    m_slices.clear();
    m_pasteStage = PasteStage::Idle;
    setReadOnly(false);
    setTextCursor(m_pasteCursor);
    ensureCursorVisible();
    Q_EMIT pasteFinished();
}

Result<void> BodyEdit::insertPhoto(const QByteArray &bytes, const QString &name)
{
    if (!m_photos)
        return makeError(ErrorCode::Internal, tr("Photos cannot be added here."));
    auto item = m_photos->add(bytes, name);
    if (!item)
        return item.error();
    insertFigure(PhotoLibrary::sourceFor(*item));
    return {};
}

Result<void> BodyEdit::insertPhotoFile(const QString &path)
{
    if (!m_photos)
        return makeError(ErrorCode::Internal, tr("Photos cannot be added here."));
    auto item = m_photos->addFile(path);
    if (!item)
        return item.error();
    insertFigure(PhotoLibrary::sourceFor(*item));
    return {};
}

void BodyEdit::insertFigure(const QString &source)
{
    // The same shape loadCanonical() builds: a figure block holding the image, then a caption
    // block (left empty, it is dropped when saved).
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat figure;
    figure.setProperty(html::BlockKindProperty, int(html::BlockKind::Figure));
    figure.setAlignment(Qt::AlignHCenter);
    figure.setBottomMargin(4);
    if (cursor.block().text().isEmpty() && !cursor.block().textList())
        cursor.setBlockFormat(figure);
    else
        cursor.insertBlock(figure, QTextCharFormat());
    QTextImageFormat image;
    image.setName(source);
    image.setProperty(html::ImageAltProperty, QString());
    cursor.insertImage(image);
    QTextBlockFormat caption;
    caption.setProperty(html::BlockKindProperty, int(html::BlockKind::Figcaption));
    caption.setAlignment(Qt::AlignHCenter);
    caption.setBottomMargin(8);
    QTextCharFormat captionLook;
    // Greyer than the text, readable on a light or a dark palette.
    captionLook.setForeground(contrast::readableOn(
        contrast::mix(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.3),
        palette().color(QPalette::Base)));
    cursor.insertBlock(caption, captionLook);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

void BodyEdit::contextMenuEvent(QContextMenuEvent *event)
{
    // The standard menu wants document coordinates (it looks for a link there); the event has
    // viewport ones.
    const QPoint inDocument
        = event->pos() + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    std::unique_ptr<QMenu> menu(createStandardContextMenu(inDocument));
    if (m_contextActions) {
        const QList<QAction *> extra
            = m_contextActions(cursorForPosition(event->pos()), menu.get());
        if (!extra.isEmpty()) {
            QAction *first = menu->actions().value(0);
            menu->insertActions(first, extra);
            menu->insertSeparator(first);
        }
    }
    menu->exec(event->globalPos());
}

bool BodyEdit::focusNextPrevChild(bool next)
{
    // In a table, Tab belongs to the cells (keyPressEvent()).
    if (textCursor().currentTable() && !isReadOnly())
        return false;
    return QTextEdit::focusNextPrevChild(next);
}

void BodyEdit::keyPressEvent(QKeyEvent *event)
{
    // In a table, Tab and Shift+Tab move between cells as in every word processor; Tab in the
    // last cell adds a row.
    QTextTable *table = textCursor().currentTable();
    const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    if (table && tab && !isReadOnly()) {
        const QTextTableCell cell = table->cellAt(textCursor());
        int index = cell.row() * table->columns() + cell.column();
        const bool back
            = event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier);
        index += back ? -1 : 1;
        if (index < 0)
            index = 0;
        if (index >= table->rows() * table->columns())
            table->appendRows(1);
        setTextCursor(table->cellAt(index / table->columns(), index % table->columns())
                          .firstCursorPosition());
        return;
    }
    QTextEdit::keyPressEvent(event);
}

QVariant BodyEdit::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && m_photos && !PhotoLibrary::shaOf(name).isEmpty()) {
        auto picture = m_photos->image(name, kPreviewWidth);
        if (picture)
            return *picture;
        // A missing or damaged file: show a grey box rather than nothing, so the figure stays
        // visible and editable.
        QImage placeholder(kPreviewWidth / 2, kPreviewWidth / 4, QImage::Format_RGB32);
        placeholder.fill(
            contrast::mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.15));
        return placeholder;
    }
    if (type == QTextDocument::ImageResource)
        return QVariant();  // remote pictures are not fetched while writing: offline by design
    return QTextEdit::loadResource(type, name);
}

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QTextEdit::canInsertFromMimeData(source);
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasUrls() && !source->hasHtml()) {
        // Files dropped or pasted from a file manager: photos go in as figures.
        bool any = false;
        for (const QUrl &url : source->urls()) {
            if (!url.isLocalFile())
                continue;
            any = true;
            if (auto inserted = insertPhotoFile(url.toLocalFile()); !inserted)
                Q_EMIT photoRejected(inserted.error().message);
        }
        if (any)
            return;
    }
    if (source->hasImage() && !source->hasHtml()) {
        // A picture copied from another program arrives as pixels: keep them losslessly (PNG),
        // the photo pipeline then picks the format to store.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        qvariant_cast<QImage>(source->imageData()).save(&buffer, "PNG");
        if (auto inserted = insertPhoto(bytes, tr("pasted photo")); !inserted)
            Q_EMIT photoRejected(inserted.error().message);
        return;
    }
    if (source->hasHtml()) {
        insertForeignHtml(source->html());
        return;
    }
    if (source->hasText()) {
        // Plain text keeps its paragraphs: blank lines (or, without any, line ends) split them.
        QString text = source->text();
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
        const QStringList paragraphs
            = text.contains(blankLine) ? text.split(blankLine) : text.split(QLatin1Char('\n'));
        if (paragraphs.size() <= 1) {
            textCursor().insertText(text.simplified());  // a word or a phrase goes inline
            return;
        }
        QString htmlText;
        for (const QString &paragraph : paragraphs)
            htmlText += QStringLiteral("<p>") + html::escape(paragraph.simplified())
                + QStringLiteral("</p>");
        insertForeignHtml(htmlText);
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

}  // namespace newsdesk
