#include "conflict/ConflictText.h"

#include "Contrast.h"

#include "html/PlainText.h"
#include "text/WordDiff.h"

namespace newsdesk {
namespace {

using Kind = text::DiffSegment::Kind;

ConflictText::Highlight readable(const QColor &background, const QColor &text)
{
    return {background, contrast::readableOn(text, background, 4.5)};
}

int wordsIn(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar ch : text) {
        if (!ch.isSpace() && !inWord)
            ++words;
        inWord = !ch.isSpace();
    }
    return words;
}

// One side of a field: the segments of that side, the ones only there highlighted. Lines of the
// plain text become paragraphs (a highlight that spans a line break is closed and reopened).
QString sideHtml(const QList<text::DiffSegment> &segments, Kind onlyHere,
    const ConflictText::Highlight &highlight, int &onlyWords)
{
    QStringList paragraphs {QString()};
    const QString open = QStringLiteral("<span style=\"background-color:%1;color:%2;"
                                        "font-weight:600\">")
                             .arg(highlight.background.name(), highlight.text.name());
    for (const text::DiffSegment &segment : segments) {
        if (segment.kind != Kind::Same && segment.kind != onlyHere)
            continue;
        const bool marked = segment.kind == onlyHere;
        if (marked)
            onlyWords += wordsIn(segment.text);
        const QStringList lines = segment.text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                paragraphs.append(QString());
            if (lines.at(i).isEmpty())
                continue;
            const QString &line = lines.at(i);
            if (!marked) {
                paragraphs.last() += html::escape(line);
                continue;
            }
            // The spaces around the words stay unmarked: only the words are highlighted.
            qsizetype from = 0;
            qsizetype to = line.size();
            while (from < to && line.at(from).isSpace())
                ++from;
            while (to > from && line.at(to - 1).isSpace())
                --to;
            paragraphs.last() += html::escape(line.first(from));
            if (to > from)
                paragraphs.last() += open + html::escape(line.sliced(from, to - from))
                    + QStringLiteral("</span>");
            paragraphs.last() += html::escape(line.sliced(to));
        }
    }
    QString html;
    for (const QString &paragraph : std::as_const(paragraphs)) {
        if (!paragraph.trimmed().isEmpty())
            html += QStringLiteral("<p>") + paragraph + QStringLiteral("</p>");
    }
    if (html.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>").arg(ConflictText::tr("(empty)").toHtmlEscaped());
    return html;
}

}  // namespace

ConflictText::Highlight ConflictText::mineOnly(const QPalette &palette)
{
    // The tints of the revision history: red for what taking the other side would remove.
    if (contrast::isDark(palette))
        return readable(QColor(0x5c, 0x1a, 0x1f), QColor(0xff, 0xd7, 0xd5));
    return readable(QColor(0xff, 0xd7, 0xd5), QColor(0x82, 0x07, 0x1e));
}

ConflictText::Highlight ConflictText::portalOnly(const QPalette &palette)
{
    // Green for what it would add.
    if (contrast::isDark(palette))
        return readable(QColor(0x1b, 0x4a, 0x2a), QColor(0xcc, 0xff, 0xd8));
    return readable(QColor(0xcc, 0xff, 0xd8), QColor(0x05, 0x5d, 0x20));
}

QString ConflictText::fieldName(const QString &field)
{
    if (field == u"title")
        return tr("Title");
    if (field == u"content")
        return tr("Body");
    if (field == u"excerpt")
        return tr("Summary");
    return field;
}

ConflictText::SideBySide ConflictText::render(
    const MergedText &mine, const MergedText &portal, const QPalette &palette)
{
    const Highlight mineLook = mineOnly(palette);
    const Highlight portalLook = portalOnly(palette);
    SideBySide out;
    auto field = [&](const QString &key, const QString &mineText, const QString &portalText,
                     const QString &note = {}) {
        const QString heading = QStringLiteral("<h4>%1</h4>").arg(fieldName(key).toHtmlEscaped());
        out.differing << key;
        if (!note.isEmpty()) {
            const QString same = QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
            int ignored = 0;
            const QList<text::DiffSegment> plain {text::DiffSegment {Kind::Same, mineText}};
            out.mineHtml += heading + same + sideHtml(plain, Kind::Removed, mineLook, ignored);
            out.portalHtml += heading + same + sideHtml(plain, Kind::Added, portalLook, ignored);
            return;
        }
        const QList<text::DiffSegment> segments = text::wordDiff(mineText, portalText);
        out.mineHtml += heading + sideHtml(segments, Kind::Removed, mineLook, out.mineOnlyWords);
        out.portalHtml
            += heading + sideHtml(segments, Kind::Added, portalLook, out.portalOnlyWords);
    };
    if (mine.title != portal.title)
        field(QStringLiteral("title"), mine.title, portal.title);
    if (mine.summary != portal.summary)
        field(QStringLiteral("excerpt"), mine.summary, portal.summary);
    if (mine.bodyHtml != portal.bodyHtml) {
        const QString mineBody = html::toPlainText(mine.bodyHtml);
        const QString portalBody = html::toPlainText(portal.bodyHtml);
        if (mineBody == portalBody)
            field(QStringLiteral("content"), mineBody, portalBody,
                tr("The words are the same; only the formatting or the photos differ."));
        else
            field(QStringLiteral("content"), mineBody, portalBody);
    }
    if (out.differing.isEmpty()) {
        const QString same = QStringLiteral("<p><i>%1</i></p>")
                                 .arg(tr("The two versions are the same now.").toHtmlEscaped());
        out.mineHtml = same;
        out.portalHtml = same;
    }
    return out;
}

}  // namespace newsdesk
