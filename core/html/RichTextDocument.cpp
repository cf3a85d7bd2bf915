#include "html/RichTextDocument.h"

#include "html/HtmlSanitizer.h"
#include "html/PlainText.h"

#include <gumbo.h>

#include <QColor>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace newsdesk::html {
namespace {

// Looks of the editor. Only properties the serializer ignores are used for looks (size,
// colour, margins), so how a block looks never leaks into the HTML.
constexpr qreal kQuoteIndentPx = 24;
constexpr qreal kParagraphSpacingPx = 8;
constexpr qreal kListItemSpacingPx = 2;
constexpr std::array<qreal, 5> kHeadingScale {1.0, 1.0, 1.5, 1.3, 1.15};  // by level 2..4
const QColor kLinkColor(0x0b, 0x4a, 0x8b);
const QColor kCaptionColor(0x55, 0x55, 0x55);
const QColor kHeaderCellBackground(0xee, 0xee, 0xee);

// ---------------------------------------------------------------------------------------------
// Loading: canonical HTML -> QTextDocument
// ---------------------------------------------------------------------------------------------

QString gumboText(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

template<typename Visit> void forEachChild(const GumboNode *node, Visit visit)
{
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i)
        visit(static_cast<const GumboNode *>(children.data[i]));
}

class DocumentBuilder {
public:
    explicit DocumentBuilder(QTextDocument &document)
        : m_document(document), m_cursor(&document) { }

    void blocks(const GumboNode *parent, int quoteLevel)
    {
        forEachChild(parent, [&](const GumboNode *node) {
            if (node->type != GUMBO_NODE_ELEMENT)
                return;
            switch (node->v.element.tag) {
            case GUMBO_TAG_P:
                paragraph(node, quoteLevel);
                break;
            case GUMBO_TAG_H2:
                heading(node, 2, quoteLevel);
                break;
            case GUMBO_TAG_H3:
                heading(node, 3, quoteLevel);
                break;
            case GUMBO_TAG_H4:
                heading(node, 4, quoteLevel);
                break;
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
                list(node, 1, quoteLevel);
                break;
            case GUMBO_TAG_BLOCKQUOTE:
                if (m_pendingQuoteStart == 0)
                    m_pendingQuoteStart = quoteLevel + 1;
                blocks(node, quoteLevel + 1);
                break;
            case GUMBO_TAG_FIGURE:
                figure(node, quoteLevel);
                break;
            case GUMBO_TAG_TABLE:
                table(node, quoteLevel);
                break;
            case GUMBO_TAG_HR:
                rule(quoteLevel);
                break;
            default:
                break;  // the sanitizer leaves nothing else at block level
            }
        });
    }

private:
    QTextBlockFormat blockFormat(int quoteLevel, qreal spacing = kParagraphSpacingPx)
    {
        QTextBlockFormat format;
        format.setBottomMargin(spacing);
        if (quoteLevel > 0) {
            format.setProperty(QTextFormat::BlockQuoteLevel, quoteLevel);
            format.setLeftMargin(kQuoteIndentPx * quoteLevel);
        }
        takeQuoteStart(format);
        return format;
    }

    void takeQuoteStart(QTextFormat &format)
    {
        if (m_pendingQuoteStart > 0) {
            format.setProperty(QuoteStartProperty, m_pendingQuoteStart);
            m_pendingQuoteStart = 0;
        }
    }

    // The document starts with one empty block, and a table is followed by one: those are
    // used for the next block instead of adding another.
    void startBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat = {})
    {
        if (m_reuseCurrentBlock) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_cursor.setCharFormat(charFormat);
            m_reuseCurrentBlock = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    void paragraph(const GumboNode *node, int quoteLevel)
    {
        startBlock(blockFormat(quoteLevel));
        inlines(node, QTextCharFormat());
    }

    void heading(const GumboNode *node, int level, int quoteLevel)
    {
        QTextBlockFormat format = blockFormat(quoteLevel);
        format.setHeadingLevel(level);
        QTextCharFormat look;
        look.setProperty(QTextFormat::FontSizeAdjustment, 0);
        look.setFontPointSize(m_document.defaultFont().pointSizeF() * kHeadingScale[size_t(level)]);
        startBlock(format, look);
        inlines(node, look);
    }

    void list(const GumboNode *node, int indent, int quoteLevel)
    {
        QTextListFormat listFormat;
        listFormat.setStyle(isElement(node, GUMBO_TAG_OL) ? QTextListFormat::ListDecimal
                                                          : QTextListFormat::ListDisc);
        listFormat.setIndent(indent);
        QTextList *textList = nullptr;
        forEachChild(node, [&](const GumboNode *item) {
            if (!isElement(item, GUMBO_TAG_LI))
                return;
            startBlock(blockFormat(quoteLevel, kListItemSpacingPx));
            if (textList)
                textList->add(m_cursor.block());
            else
                textList = m_cursor.createList(listFormat);
            inlines(item, QTextCharFormat());
            forEachChild(item, [&](const GumboNode *child) {
                if (isElement(child, GUMBO_TAG_UL) || isElement(child, GUMBO_TAG_OL))
                    list(child, indent + 1, quoteLevel);
            });
        });
    }

    void figure(const GumboNode *node, int quoteLevel)
    {
        forEachChild(node, [&](const GumboNode *child) {
            if (isElement(child, GUMBO_TAG_IMG)) {
                QTextBlockFormat format = blockFormat(quoteLevel);
                format.setProperty(BlockKindProperty, int(BlockKind::Figure));
                format.setAlignment(Qt::AlignHCenter);
                startBlock(format);
                QTextImageFormat image;
                image.setName(attribute(child, "src"));
                image.setProperty(ImageAltProperty, attribute(child, "alt"));
                m_cursor.insertImage(image);
            } else if (isElement(child, GUMBO_TAG_FIGCAPTION)) {
                QTextBlockFormat format = blockFormat(quoteLevel);
                format.setProperty(BlockKindProperty, int(BlockKind::Figcaption));
                format.setAlignment(Qt::AlignHCenter);
                QTextCharFormat look;
                look.setForeground(kCaptionColor);
                startBlock(format, look);
                inlines(child, look);
            }
        });
    }

    void table(const GumboNode *node, int quoteLevel)
    {
        std::vector<const GumboNode *> rows;
        int headerRows = 0;
        forEachChild(node, [&](const GumboNode *section) {
            if (!isElement(section, GUMBO_TAG_THEAD) && !isElement(section, GUMBO_TAG_TBODY))
                return;
            forEachChild(section, [&](const GumboNode *row) {
                if (!isElement(row, GUMBO_TAG_TR))
                    return;
                rows.push_back(row);
                if (isElement(section, GUMBO_TAG_THEAD))
                    ++headerRows;
            });
        });
        int columns = 0;
        for (const GumboNode *row : rows) {
            int cells = 0;
            forEachChild(row, [&](const GumboNode *cell) {
                cells += (isElement(cell, GUMBO_TAG_TD) || isElement(cell, GUMBO_TAG_TH)) ? 1 : 0;
            });
            columns = std::max(columns, cells);
        }
        if (rows.empty() || columns == 0)
            return;

        // An empty block (dropped when saved) for the table to follow, inside the same quote.
        QTextBlockFormat placeholder;
        if (quoteLevel > 0)
            placeholder.setProperty(QTextFormat::BlockQuoteLevel, quoteLevel);
        startBlock(placeholder);
        QTextTableFormat format;
        format.setHeaderRowCount(headerRows);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setBorder(1);
        format.setBorderCollapse(true);
        if (quoteLevel > 0) {
            format.setProperty(QTextFormat::BlockQuoteLevel, quoteLevel);
            format.setLeftMargin(kQuoteIndentPx * quoteLevel);
        }
        takeQuoteStart(format);
        QTextTable *textTable = m_cursor.insertTable(int(rows.size()), columns, format);
        for (size_t r = 0; r < rows.size(); ++r) {
            int column = 0;
            forEachChild(rows[r], [&](const GumboNode *cell) {
                const bool header = isElement(cell, GUMBO_TAG_TH);
                if (!header && !isElement(cell, GUMBO_TAG_TD))
                    return;
                QTextTableCell tableCell = textTable->cellAt(int(r), column++);
                if (header) {
                    QTextTableCellFormat cellFormat = tableCell.format().toTableCellFormat();
                    cellFormat.setProperty(HeaderCellProperty, true);
                    cellFormat.setBackground(kHeaderCellBackground);
                    tableCell.setFormat(cellFormat);
                }
                m_cursor = tableCell.firstCursorPosition();
                inlines(cell, QTextCharFormat());
            });
            // Canonical rows may be shorter than the table; QTextTable's are not. Mark the
            // filler so that, left empty, it is not written back.
            for (; column < columns; ++column) {
                QTextTableCell filler = textTable->cellAt(int(r), column);
                QTextTableCellFormat cellFormat = filler.format().toTableCellFormat();
                cellFormat.setProperty(PaddingCellProperty, true);
                filler.setFormat(cellFormat);
            }
        }
        // Continue in the block Qt keeps after every table.
        m_cursor.setPosition(textTable->lastPosition() + 1);
        m_reuseCurrentBlock = true;
    }

    void rule(int quoteLevel)
    {
        QTextBlockFormat format = blockFormat(quoteLevel);
        format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength::PercentageLength, 100));
        startBlock(format);
    }

    void inlines(const GumboNode *parent, const QTextCharFormat &format)
    {
        forEachChild(parent, [&](const GumboNode *node) {
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
                QString text = gumboText(node->v.text.text);
                text.replace(QLatin1Char('\n'), QLatin1Char(' '));
                m_cursor.insertText(text, format);
                return;
            }
            if (node->type != GUMBO_NODE_ELEMENT)
                return;
            QTextCharFormat inner = format;
            switch (node->v.element.tag) {
            case GUMBO_TAG_BR:
                m_cursor.insertText(QString(QChar::LineSeparator), format);
                return;
            case GUMBO_TAG_STRONG:
                inner.setFontWeight(QFont::Bold);
                break;
            case GUMBO_TAG_EM:
                inner.setFontItalic(true);
                break;
            case GUMBO_TAG_U:
                inner.setFontUnderline(true);
                break;
            case GUMBO_TAG_S:
                inner.setFontStrikeOut(true);
                break;
            case GUMBO_TAG_A:
                inner.setAnchor(true);
                inner.setAnchorHref(attribute(node, "href"));
                inner.setForeground(kLinkColor);
                break;
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
                return;  // nested lists are blocks of their own
            default:
                break;
            }
            inlines(node, inner);
        });
    }

    QTextDocument &m_document;
    QTextCursor m_cursor;
    bool m_reuseCurrentBlock = true;
    int m_pendingQuoteStart = 0;
};

// ---------------------------------------------------------------------------------------------
// Saving: QTextDocument -> HTML (made canonical by the sanitizer)
// ---------------------------------------------------------------------------------------------

// Text for the writer's HTML; the sanitizer that runs last settles the final escaping.
QString escapeText(QStringView text)
{
    return escape(text).replace(QChar::LineSeparator, QStringLiteral("<br>"));
}

// Inline markup a run of text carries, in the order tags open when they start together.
enum Mark { Link, Strong, Emphasis, Underline, Strike, MarkCount };
constexpr std::array<const char16_t *, MarkCount> kOpenTags {
    u"", u"<strong>", u"<em>", u"<u>", u"<s>"};
constexpr std::array<const char16_t *, MarkCount> kCloseTags {
    u"</a>", u"</strong>", u"</em>", u"</u>", u"</s>"};

struct Run {
    QString text;  // escaped
    std::array<bool, MarkCount> marks {};
    QString href;
    bool isImage = false;
    QString imageHtml;
};

std::vector<Run> runsOf(const QTextBlock &block)
{
    std::vector<Run> runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        Run run;
        if (format.isImageFormat()) {
            const QTextImageFormat image = format.toImageFormat();
            run.isImage = true;
            run.imageHtml = QStringLiteral("<img src=\"") + escape(image.name())
                + QStringLiteral("\" alt=\"") + escape(image.property(ImageAltProperty).toString())
                + QStringLiteral("\">");
            runs.push_back(run);
            continue;
        }
        run.text = escapeText(fragment.text());
        const QString href = format.isAnchor() ? safeUrl(format.anchorHref()) : QString();
        run.marks[Link] = !href.isEmpty();
        run.href = href;
        run.marks[Strong] = format.fontWeight() >= QFont::Bold;
        run.marks[Emphasis] = format.fontItalic();
        run.marks[Underline] = format.fontUnderline() && !run.marks[Link];
        run.marks[Strike] = format.fontStrikeOut();
        runs.push_back(run);
    }
    return runs;
}

// Opens and closes tags so that runs sharing a mark share one element: the mark that lasts
// longest opens first ("<em><strong>x</strong> y</em>", not "<strong><em>x</em></strong><em>
// y</em>").
QString inlineHtml(const QTextBlock &block)
{
    const std::vector<Run> runs = runsOf(block);
    auto sameMark = [&](size_t a, size_t b, int mark) {
        return runs[a].marks[size_t(mark)] && runs[b].marks[size_t(mark)]
            && (mark != Link || runs[a].href == runs[b].href);
    };
    QString out;
    std::vector<int> open;  // the stack of open marks
    for (size_t i = 0; i < runs.size(); ++i) {
        const Run &run = runs[i];
        // Close down to the deepest mark the run still carries with the same value.
        size_t keep = 0;
        while (keep < open.size() && !run.isImage && i > 0 && sameMark(i - 1, i, open[keep]))
            ++keep;
        while (open.size() > keep) {
            out += QString::fromUtf16(kCloseTags[size_t(open.back())]);
            open.pop_back();
        }
        if (run.isImage) {
            out += run.imageHtml;
            continue;
        }
        std::vector<std::pair<size_t, int>> opening;  // (how many runs it lasts, mark)
        for (int mark = 0; mark < MarkCount; ++mark) {
            if (!run.marks[size_t(mark)] || std::find(open.begin(), open.end(), mark) != open.end())
                continue;
            size_t length = 1;
            while (i + length < runs.size() && sameMark(i, i + length, mark))
                ++length;
            opening.emplace_back(length, mark);
        }
        std::stable_sort(opening.begin(), opening.end(),
            [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[length, mark] : opening) {
            out += mark == Link
                ? QStringLiteral("<a href=\"") + escape(run.href) + QStringLiteral("\">")
                : QString::fromUtf16(kOpenTags[size_t(mark)]);
            open.push_back(mark);
        }
        out += run.text;
    }
    while (!open.empty()) {
        out += QString::fromUtf16(kCloseTags[size_t(open.back())]);
        open.pop_back();
    }
    return out;
}

BlockKind kindOf(const QTextBlock &block)
{
    return BlockKind(block.blockFormat().intProperty(BlockKindProperty));
}

class DocumentWriter {
public:
    QString write(const QTextDocument &document)
    {
        QTextFrame *root = document.rootFrame();
        for (auto it = root->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                writeTable(table);
            } else if (it.currentBlock().isValid()) {
                writeBlock(it.currentBlock());
            }
        }
        closeFigure();
        closeLists(0);
        setQuoteLevel(0);
        return m_out;
    }

private:
    struct OpenList {
        const QTextList *list;
        int indent;
    };

    // Opens and closes blockquotes for an element at `level` whose format may start a quote.
    void enterQuote(const QTextFormat &format, int level)
    {
        const int start = format.intProperty(QuoteStartProperty);
        if (start > 0 && m_quoteLevel >= start)
            setQuoteLevel(start - 1);
        setQuoteLevel(level);
    }

    void setQuoteLevel(int level)
    {
        if (level != m_quoteLevel)
            closeLists(0);
        for (; m_quoteLevel < level; ++m_quoteLevel)
            m_out += u"<blockquote>";
        for (; m_quoteLevel > level; --m_quoteLevel)
            m_out += u"</blockquote>";
    }

    void closeLists(int deeperThan)
    {
        while (!m_lists.empty() && m_lists.back().indent > deeperThan) {
            const bool ordered
                = m_lists.back().list->format().style() == QTextListFormat::ListDecimal;
            m_out += ordered ? u"</li></ol>" : u"</li></ul>";
            m_lists.pop_back();
        }
    }

    // A figure stays open only for the caption that follows it, at the same quote level.
    void closeFigure()
    {
        if (m_figureOpen) {
            m_out += u"</figure>";
            m_figureOpen = false;
        }
    }

    void writeBlock(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        const int quoteLevel = format.intProperty(QTextFormat::BlockQuoteLevel);
        if (kindOf(block) != BlockKind::Figcaption || block.textList()
            || quoteLevel != m_quoteLevel)
            closeFigure();
        enterQuote(format, quoteLevel);
        if (const QTextList *list = block.textList()) {
            writeListItem(block, list);
            return;
        }
        closeLists(0);
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            m_out += u"<hr>";
            return;
        }
        const QString content = inlineHtml(block);
        switch (kindOf(block)) {
        case BlockKind::Figure:
            m_out += QStringLiteral("<figure>") + content;
            m_figureOpen = true;
            return;
        case BlockKind::Figcaption:
            if (m_figureOpen) {
                m_out += QStringLiteral("<figcaption>") + content
                    + QStringLiteral("</figcaption></figure>");
                m_figureOpen = false;
            } else if (!content.isEmpty()) {
                m_out += QStringLiteral("<p>") + content + QStringLiteral("</p>");
            }
            return;
        case BlockKind::Paragraph:
            break;
        }
        const int level = format.headingLevel();
        if (level >= 1 && level <= 6) {
            const QString tag = QStringLiteral("h") + QString::number(std::clamp(level, 2, 4));
            m_out += u'<' + tag + u'>' + content + QStringLiteral("</") + tag + u'>';
        } else {
            m_out += QStringLiteral("<p>") + content
                + QStringLiteral("</p>");  // empty ones are dropped later
        }
    }

    void writeListItem(const QTextBlock &block, const QTextList *list)
    {
        const int indent = std::max(1, list->format().indent());
        closeLists(indent);
        if (!m_lists.empty() && m_lists.back().indent == indent && m_lists.back().list != list)
            closeLists(indent - 1);
        if (!m_lists.empty() && m_lists.back().indent == indent) {
            m_out += u"</li>";
        } else {
            const bool ordered = list->format().style() == QTextListFormat::ListDecimal;
            m_out += ordered ? u"<ol>" : u"<ul>";
            m_lists.push_back(OpenList {list, indent});
        }
        m_out += QStringLiteral("<li>") + inlineHtml(block);
    }

    void writeTable(const QTextTable *table)
    {
        closeFigure();
        closeLists(0);
        enterQuote(table->format(), table->format().intProperty(QTextFormat::BlockQuoteLevel));
        const int headerRows = table->format().headerRowCount();
        m_out += u"<table>";
        for (int row = 0; row < table->rows(); ++row) {
            if (row == 0 && headerRows > 0)
                m_out += u"<thead>";
            if (row == headerRows)
                m_out += u"<tbody>";
            m_out += u"<tr>";
            int lastColumn = table->columns() - 1;
            while (lastColumn > 0 && isEmptyFiller(table->cellAt(row, lastColumn)))
                --lastColumn;
            for (int column = 0; column <= lastColumn; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue;  // covered by a merged cell
                const bool header = cell.format().boolProperty(HeaderCellProperty);
                QStringList lines;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (it.currentBlock().isValid())
                        lines << inlineHtml(it.currentBlock());
                }
                m_out += (header ? u"<th>" : u"<td>") + lines.join(QStringLiteral("<br>"))
                    + (header ? u"</th>" : u"</td>");
            }
            m_out += u"</tr>";
            if (row == headerRows - 1)
                m_out += u"</thead>";
        }
        if (table->rows() > headerRows)
            m_out += u"</tbody>";
        m_out += u"</table>";
    }

    static bool isEmptyFiller(const QTextTableCell &cell)
    {
        return cell.format().boolProperty(PaddingCellProperty)
            && cell.firstPosition() == cell.lastPosition();
    }

    QString m_out;
    std::vector<OpenList> m_lists;
    int m_quoteLevel = 0;
    bool m_figureOpen = false;
};

struct GumboDeleter {
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

}  // namespace

void loadCanonical(QTextDocument &document, QStringView html)
{
    const QByteArray utf8 = sanitize(html).toUtf8();
    std::unique_ptr<GumboOutput, GumboDeleter> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
    document.clear();
    const GumboNode *body = nullptr;
    forEachChild(output->root, [&](const GumboNode *child) {
        if (isElement(child, GUMBO_TAG_BODY))
            body = child;
    });
    if (!body)
        return;
    DocumentBuilder builder(document);
    builder.blocks(body, 0);
}

QString toCanonical(const QTextDocument &document)
{
    return sanitize(DocumentWriter().write(document));
}

}  // namespace newsdesk::html
