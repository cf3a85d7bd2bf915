// Rules about spaces, punctuation, pairs and Unicode form: no dictionary needed.
#include "text/proofread/Rules.h"
#include "text/proofread/TextScan.h"
#include "text/proofread/ToneMarks.h"

#include "text/CharClass.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace newsdesk::proofread {
namespace {

QString folded(QStringView word)
{
    const QString nfc = mayNeedNfc(word) ? word.toString().normalized(QString::NormalizationForm_C)
                                         : word.toString();
    return nfc.toLower();
}

bool isSpace(QChar c)
{
    return text::isWhiteSpace(c.unicode());
}

bool isSentencePunctuation(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u'.':
    case u';':
    case u':':
    case u'!':
    case u'?':
        return true;
    default:
        return false;
    }
}

bool isClosingMark(QChar c)
{
    switch (c.unicode()) {
    case u')':
    case u']':
    case u'}':
    case u'"':
    case u'\'':
    case u'\u201D':  // ”
    case u'\u2019':  // ’
    case u'\u00BB':  // »
    case u'\u2026':  // …
        return true;
    default:
        return false;
    }
}

// Repetitions Vietnamese makes on purpose ("ngày ngày", "năm năm" = five years).
const QSet<QString> &intendedRepetitions()
{
    static const QSet<QString> words {QStringLiteral("ngày"), QStringLiteral("người"),
        QStringLiteral("nhà"), QStringLiteral("đời"), QStringLiteral("mãi"), QStringLiteral("từ"),
        QStringLiteral("dần"), QStringLiteral("thường"), QStringLiteral("đâu"),
        QStringLiteral("xa"), QStringLiteral("lớp"), QStringLiteral("đôi"), QStringLiteral("cao"),
        QStringLiteral("xanh"), QStringLiteral("vừa"), QStringLiteral("hàng"),
        QStringLiteral("năm"), QStringLiteral("tháng"), QStringLiteral("ai"), QStringLiteral("gì"),
        QStringLiteral("đi"), QStringLiteral("thôi"), QStringLiteral("vâng"), QStringLiteral("ừ"),
        QStringLiteral("nơi"), QStringLiteral("lần"), QStringLiteral("chiều"),
        QStringLiteral("sáng"), QStringLiteral("đêm"), QStringLiteral("lâu"), QStringLiteral("mỗi"),
        QStringLiteral("ào"), QStringLiteral("ầm"), QStringLiteral("rầm"), QStringLiteral("đùng"),
        QStringLiteral("bừng"), QStringLiteral("rào"), QStringLiteral("xào"), QStringLiteral("vù"),
        QStringLiteral("ù"), QStringLiteral("tít"), QStringLiteral("khắp"), QStringLiteral("chầm"),
        QStringLiteral("hà"), QStringLiteral("ha"), QStringLiteral("hi"), QStringLiteral("nhè"),
        QStringLiteral("khe"), QStringLiteral("cùng"), QStringLiteral("mọi"),
        QStringLiteral("bao")};
    return words;
}

// Abbreviations that are followed by a full stop and a name without a space: "Tp.Hà Nội",
// "Th.S", "PGS.TS" (two all-caps parts are handled apart).
const QSet<QString> &dottedAbbreviations()
{
    static const QSet<QString> words {QStringLiteral("tp"), QStringLiteral("tx"),
        QStringLiteral("tt"), QStringLiteral("th"), QStringLiteral("ths"), QStringLiteral("ts"),
        QStringLiteral("pgs"), QStringLiteral("gs"), QStringLiteral("bs"), QStringLiteral("ks"),
        QStringLiteral("ls"), QStringLiteral("nxb"), QStringLiteral("mr"), QStringLiteral("ms"),
        QStringLiteral("dr"), QStringLiteral("st")};
    return words;
}

QStringView lettersBefore(QStringView text, int end)
{
    int start = end;
    while (start > 0 && (text[start - 1].isLetter() || text[start - 1].isMark()))
        --start;
    return text.mid(start, end - start);
}

QStringView lettersAfter(QStringView text, int start)
{
    int end = start;
    while (end < text.size() && (text[end].isLetter() || text[end].isMark()))
        ++end;
    return text.mid(start, end - start);
}

bool isAbbreviationDot(QStringView text, int dot)
{
    const QStringView before = lettersBefore(text, dot);
    const QStringView after = lettersAfter(text, dot + 1);
    if (before.size() == 1)  // initials and "v.v."
        return true;
    if (isAllUpper(before) && isAllUpper(after))  // TP.HCM, TT.HĐND, PGS.TS
        return true;
    return dottedAbbreviations().contains(before.toString().toLower());
}

}  // namespace

QList<Finding> repeatedWords(const QString &text)
{
    QList<Finding> findings;
    const QList<Span> words = wordSpans(text);
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const Span a = words[i];
        const Span b = words[i + 1];
        if (b.start != a.end() + 1 || text[a.end()] != u' ')
            continue;
        const QStringView first = QStringView(text).mid(a.start, a.length);
        const QStringView second = QStringView(text).mid(b.start, b.length);
        if (first.size() != second.size() && !mayNeedNfc(first) && !mayNeedNfc(second))
            continue;
        const bool hasDigit
            = std::any_of(first.begin(), first.end(), [](QChar c) { return c.isDigit(); });
        if (hasDigit)
            continue;
        const QString word = folded(first);
        if (word != folded(second) || intendedRepetitions().contains(word))
            continue;
        findings.append(Finding {a.start, b.end() - a.start, RuleId::RepeatedWord,
            RuleText::tr("“%1” is written twice.").arg(first), first.toString()});
        ++i;  // "được được được": one finding for the first pair, then start after it
    }
    return findings;
}

QList<Finding> missingSpaces(const QString &text)
{
    QList<Finding> findings;
    const QList<Span> links = linkSpans(text);
    const int n = int(text.size());
    for (int i = 1; i + 1 < n; ++i) {
        const QChar c = text[i];
        if (!isSentencePunctuation(c))
            continue;
        const QChar next = text[i + 1];
        if (!next.isLetter() && next != u'\u201C')  // a letter or an opening “
            continue;
        if (isSpace(text[i - 1]) || contains(links, i))
            continue;
        if (c == u'.' && isAbbreviationDot(text, i))
            continue;
        findings.append(Finding {i, 1, RuleId::MissingSpace,
            RuleText::tr("Missing space after “%1”.").arg(c), QString(c) + QLatin1Char(' ')});
    }
    return findings;
}

QList<Finding> extraSpaces(const QString &text)
{
    QList<Finding> findings;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c != u' ' && c != u'\u00A0') {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n && (text[i] == u' ' || text[i] == u'\u00A0'))
            ++i;
        // Spaces at the start or end of a line are layout, not typing.
        if (start == 0 || i == n || isSpace(text[start - 1]) || isSpace(text[i]))
            continue;
        const QChar after = text[i];
        const bool punctuationFollows = isSentencePunctuation(after)
            && (i + 1 == n || isSpace(text[i + 1]) || isSentencePunctuation(text[i + 1])
                || isClosingMark(text[i + 1]));
        if (punctuationFollows) {
            findings.append(Finding {start, i - start, RuleId::ExtraSpace,
                RuleText::tr("Space before “%1”.").arg(after), QString()});
        } else if (i - start >= 2) {
            findings.append(Finding {start, i - start, RuleId::ExtraSpace,
                RuleText::tr("Several spaces in a row."), QString(text[start])});
        }
    }
    return findings;
}

QList<Finding> notNfc(const QString &text)
{
    QList<Finding> findings;
    if (!mayNeedNfc(text) || text.normalized(QString::NormalizationForm_C) == text)
        return findings;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (isSpace(text[i])) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n && !isSpace(text[i]))
            ++i;
        const QString chunk = text.mid(start, i - start);
        if (!mayNeedNfc(chunk))
            continue;
        const QString composed = chunk.normalized(QString::NormalizationForm_C);
        if (composed != chunk)
            findings.append(Finding {start, i - start, RuleId::NotNfc,
                RuleText::tr("“%1” is built from combining marks (pasted from another "
                             "program?); it should be composed letters.")
                    .arg(composed),
                composed});
    }
    return findings;
}

namespace {

struct PairKind {
    char16_t open;
    char16_t close;
    bool quote;  // may continue into the next paragraph
};

constexpr std::array<PairKind, 6> kPairs {PairKind {u'(', u')', false},
    PairKind {u'[', u']', false}, PairKind {u'\u201C', u'\u201D', true},
    PairKind {u'\u2018', u'\u2019', true}, PairKind {u'\u00AB', u'\u00BB', true},
    PairKind {u'"', u'"', true}};

bool isOpeningContext(QChar c)
{
    return isSpace(c) || c == u'(' || c == u'[' || c == u'\u201C' || c == u'\u2018'
        || c == u'\u00AB';
}

// "a)", "1)", "iv)" opening a list item (after a space or at the start of the paragraph):
// a closing bracket with no opening one. A single letter, up to two digits or a roman numeral.
bool isListMarker(QStringView paragraph, int close)
{
    int start = close;
    while (start > 0 && paragraph[start - 1].isLetterOrNumber())
        --start;
    if (start > 0 && !isSpace(paragraph[start - 1]))
        return false;
    if (close + 1 < paragraph.size() && !isSpace(paragraph[close + 1]))
        return false;
    const QStringView marker = paragraph.mid(start, close - start);
    if (marker.size() == 1)
        return true;
    const bool digits
        = std::all_of(marker.begin(), marker.end(), [](QChar c) { return c.isDigit(); });
    if (digits)
        return marker.size() <= 2;
    static const QRegularExpression roman(QStringLiteral("^(?:i{1,3}|iv|vi{0,3}|ix|x{1,3})$"),
        QRegularExpression::CaseInsensitiveOption);
    return marker.size() <= 4 && roman.match(marker).hasMatch();
}

void checkParagraph(
    QStringView paragraph, int offset, QStringView nextParagraph, QList<Finding> &findings)
{
    std::array<QList<int>, kPairs.size()> open;  // positions of unclosed openers, per kind
    const int n = int(paragraph.size());
    auto unmatched = [&](int at, bool opening) {
        const QString mark(paragraph[at]);
        findings.append(Finding {offset + at, 1, RuleId::UnmatchedPair,
            opening ? RuleText::tr("%1 is opened but never closed.").arg(mark)
                    : RuleText::tr("%1 closes something that was never opened.").arg(mark),
            std::nullopt});
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = paragraph[i];
        for (size_t k = 0; k < kPairs.size(); ++k) {
            const PairKind &pair = kPairs[k];
            if (c != pair.open && c != pair.close)
                continue;
            bool opening = c == pair.open;
            if (pair.open == pair.close) {
                // A straight quote opens after a space and closes before one; in between,
                // it closes when one is open.
                const bool spaceBefore = i == 0 || isOpeningContext(paragraph[i - 1]);
                const bool spaceAfter = i + 1 == n || isSpace(paragraph[i + 1])
                    || isSentencePunctuation(paragraph[i + 1]) || isClosingMark(paragraph[i + 1]);
                if (spaceBefore && spaceAfter)
                    break;
                opening = spaceBefore || (!spaceAfter && open[k].isEmpty());
            } else if (c == u'\u2019' && i > 0 && i + 1 < n && paragraph[i - 1].isLetter()
                && paragraph[i + 1].isLetter()) {
                break;  // an apostrophe: O’Neill
            }
            if (opening) {
                open[k].append(i);
            } else if (!open[k].isEmpty()) {
                open[k].removeLast();
            } else if (!(c == u')' && isListMarker(paragraph, i))) {
                unmatched(i, false);
            }
            break;
        }
    }
    const QStringView nextStart = nextParagraph.trimmed();
    QList<int> leftOpen;
    for (size_t k = 0; k < kPairs.size(); ++k) {
        // A quotation over several paragraphs reopens each one and closes only at its end.
        if (kPairs[k].quote && !open[k].isEmpty() && nextStart.startsWith(QChar(kPairs[k].open)))
            open[k].removeFirst();
        leftOpen += open[k];
    }
    std::sort(leftOpen.begin(), leftOpen.end());
    for (int at : leftOpen)
        unmatched(at, true);
}

}  // namespace

QList<Finding> unmatchedPairs(const QString &text)
{
    QList<Finding> findings;
    const QStringView view(text);
    const QList<QStringView> paragraphs = view.split(u'\n');
    int offset = 0;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        // The next paragraph with text, for quotations that run on past a blank line.
        QStringView next;
        for (qsizetype q = p + 1; q < paragraphs.size() && next.isEmpty(); ++q)
            next = paragraphs[q].trimmed();
        QList<Finding> own;
        checkParagraph(paragraphs[p], offset, next, own);
        findings += own;
        offset += int(paragraphs[p].size()) + 1;
    }
    std::sort(findings.begin(), findings.end(),
        [](const Finding &a, const Finding &b) { return a.start < b.start; });
    return findings;
}

}  // namespace newsdesk::proofread
