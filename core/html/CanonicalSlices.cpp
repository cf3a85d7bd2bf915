#include "html/CanonicalSlices.h"

namespace newsdesk::html {
namespace {

// The canonical elements that hold other blocks: a cut inside one would split it in two.
bool isContainer(QStringView name)
{
    return name == u"ul" || name == u"ol" || name == u"table" || name == u"blockquote"
        || name == u"figure";
}

}  // namespace

QStringList canonicalSlices(QStringView html, qsizetype targetSize)
{
    // Canonical HTML puts every top-level block on lines of its own and escapes every '<' in
    // text, so a newline at container depth zero is a boundary between top-level blocks. Slices
    // start with a plain paragraph: inserted into a fresh plain block, its first block keeps
    // its form (a heading or a list item there would take the block's form instead).
    QStringList slices;
    int depth = 0;
    qsizetype sliceStart = 0;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const bool closing = i + 1 < html.size() && html[i + 1] == u'/';
            qsizetype nameStart = i + (closing ? 2 : 1);
            qsizetype nameEnd = nameStart;
            while (nameEnd < html.size() && html[nameEnd].isLetterOrNumber())
                ++nameEnd;
            if (isContainer(html.sliced(nameStart, nameEnd - nameStart)))
                depth += closing ? -1 : 1;
            i = nameEnd - 1;
        } else if (c == u'\n' && depth <= 0 && i - sliceStart >= targetSize
            && html.sliced(i + 1).startsWith(u"<p>")) {
            slices.append(html.sliced(sliceStart, i - sliceStart).toString());
            sliceStart = i + 1;
        }
    }
    if (sliceStart < html.size())
        slices.append(html.sliced(sliceStart).toString());
    return slices;
}

}  // namespace newsdesk::html

namespace newsdesk::html {
namespace {

// One paragraph's inner HTML, cut into pieces of at most about maxChars characters.
QStringList splitParagraph(QStringView inner, qsizetype maxChars)
{
    QStringList pieces;
    QStringList openTags;  // the inline elements open at this point, outermost first
    QString current;
    qsizetype lastSentenceEnd = -1;  // in `current`, just after ". "
    qsizetype lastSpace = -1;
    QStringList tagsAtSentenceEnd;
    QStringList tagsAtSpace;
    auto cutAt = [&](qsizetype at, const QStringList &tagsOpenThere) {
        QString piece = current.left(at);
        QString closing;
        for (auto it = tagsOpenThere.crbegin(); it != tagsOpenThere.crend(); ++it)
            closing += QStringLiteral("</") + it->section(u' ', 0, 0).mid(1).remove(u'>') + u'>';
        pieces.append(piece.trimmed() + closing);
        current = tagsOpenThere.join(QString()) + current.mid(at).trimmed();
        lastSentenceEnd = lastSpace = -1;
    };
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner[i];
        if (c == u'<') {
            const qsizetype end = inner.indexOf(u'>', i);
            const QStringView tag = inner.sliced(i, (end < 0 ? inner.size() : end + 1) - i);
            if (tag.startsWith(u"</"))
                openTags.removeLast();
            else if (!tag.startsWith(u"<br"))
                openTags.append(tag.toString());
            current += tag;
            i += tag.size() - 1;
            continue;
        }
        current += c;
        if (c == u' ') {
            const QChar before = current.size() >= 2 ? current[current.size() - 2] : QChar();
            if (before == u'.' || before == u'?' || before == u'!') {
                lastSentenceEnd = current.size();
                tagsAtSentenceEnd = openTags;
            }
            lastSpace = current.size();
            tagsAtSpace = openTags;
        }
        if (current.size() >= maxChars) {
            if (lastSentenceEnd > maxChars / 4)
                cutAt(lastSentenceEnd, tagsAtSentenceEnd);
            else if (lastSpace > 0)
                cutAt(lastSpace, tagsAtSpace);
        }
    }
    pieces.append(current);
    return pieces;
}

}  // namespace

QString splitLongParagraphs(QStringView html, qsizetype maxChars, int *splitCount)
{
    if (splitCount)
        *splitCount = 0;
    QString out;
    out.reserve(html.size() + html.size() / 100);
    qsizetype lineStart = 0;
    while (lineStart <= html.size()) {
        qsizetype lineEnd = html.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = html.size();
        const QStringView line = html.sliced(lineStart, lineEnd - lineStart);
        if (line.size() > maxChars + 7 && line.startsWith(u"<p>") && line.endsWith(u"</p>")) {
            const QStringList pieces = splitParagraph(line.sliced(3, line.size() - 7), maxChars);
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                out += QStringLiteral("<p>") + pieces[i] + QStringLiteral("</p>");
                if (i + 1 < pieces.size())
                    out += u'\n';
            }
            if (splitCount && pieces.size() > 1)
                ++*splitCount;
        } else {
            out += line;
        }
        if (lineEnd < html.size())
            out += u'\n';
        lineStart = lineEnd + 1;
    }
    return out;
}

}  // namespace newsdesk::html
