#include "BodyEdit.h"

#include "html/PlainText.h"
#include "html/RichTextDocument.h"

#include <QMimeData>
#include <QRegularExpression>
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

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
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
