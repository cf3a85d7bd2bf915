#include "BodyEdit.h"

#include "html/PlainText.h"
#include "html/RichTextDocument.h"
#include "media/PhotoLibrary.h"

#include <QBuffer>
#include <QImage>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocumentFragment>

namespace newsdesk {

BodyEdit::BodyEdit(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(false);
    document()->setDocumentMargin(12);
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
    QTextDocument pasted;
    html::loadCanonical(pasted, foreignHtml);
    textCursor().insertFragment(QTextDocumentFragment(&pasted));
    ensureCursorVisible();
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
    captionLook.setForeground(QColor(0x55, 0x55, 0x55));
    cursor.insertBlock(caption, captionLook);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
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
        placeholder.fill(QColor(0xdd, 0xdd, 0xdd));
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
