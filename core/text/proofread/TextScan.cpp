#include "text/proofread/TextScan.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace newsdesk::proofread {

QList<Span> wordSpans(QStringView text)
{
    QList<Span> spans;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n && (text[i].isLetterOrNumber() || text[i].isMark()))
            ++i;
        spans.append(Span {start, i - start});
    }
    return spans;
}

QList<Span> linkSpans(QStringView text)
{
    // Built once; QRegularExpression is safe to use from several threads for matching.
    static const QRegularExpression links(
        QStringLiteral(
            R"((?:\b(?:https?|ftp)://|\bmailto:|\bwww\.)\S+)"
            R"(|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
            R"(|\b[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.)"
            R"((?:vn|com|net|org|gov|edu|int|info|biz|io|asia|pdf|docx?|xlsx?|pptx?|odt|ods|)"
            R"(jpe?g|png|gif|webp|zip|rar|7z|txt|csv|html?|mp3|mp4)(?![\w]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<Span> spans;
    if (!text.contains(u'.') && !text.contains(u'@') && !text.contains(u':'))
        return spans;
    auto it = links.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        spans.append(Span {int(match.capturedStart()), int(match.capturedLength())});
    }
    return spans;
}

bool contains(const QList<Span> &spans, int position)
{
    auto it = std::upper_bound(spans.cbegin(), spans.cend(), position,
        [](int value, const Span &span) { return value < span.start; });
    if (it == spans.cbegin())
        return false;
    --it;
    return position < it->end();
}

bool isAllUpper(QStringView word)
{
    bool any = false;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        any = any || c.isUpper();
    }
    return any;
}

}  // namespace newsdesk::proofread
