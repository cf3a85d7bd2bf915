#include "text/Snippet.h"

#include "html/PlainText.h"
#include "text/Folding.h"

#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <vector>

namespace newsdesk::text {
namespace {

struct Word {
    qsizetype start;
    qsizetype end;
    int token;  // index into the query tokens, or -1
};

// Splits `text` into words exactly as searchTokens() would, keeping original positions.
// Runs over whole article bodies for every search hit, so it folds into a fixed buffer and
// allocates nothing per word.
std::vector<Word> scanWords(QStringView text, const QStringList &tokens)
{
    std::vector<Word> words;
    words.reserve(size_t(text.size() / 5));
    constexpr qsizetype kLongestToken = 64;  // longer words never match a query token
    std::array<char16_t, kLongestToken> folded {};
    qsizetype length = 0;
    qsizetype start = -1;
    auto finish = [&](qsizetype end) {
        if (start < 0)
            return;
        int token = -1;
        if (length <= kLongestToken) {
            const QStringView word(folded.data(), length);
            for (qsizetype i = 0; i < tokens.size() && token < 0; ++i) {
                if (tokens[i] == word)
                    token = int(i);
            }
        }
        words.push_back(Word {start, end, token});
        length = 0;
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = foldSearchChar(text[i].unicode());
        if (c == 0)
            continue;  // a combining mark belongs to the word it follows
        if (c == u' ') {
            finish(i);
            continue;
        }
        if (start < 0)
            start = i;
        if (length < kLongestToken)
            folded[size_t(length)] = c;
        ++length;
    }
    finish(text.size());
    return words;
}

// How good a window of words is: distinct tokens first, then phrases, then plain hits.
int windowScore(const std::vector<Word> &words, size_t first, size_t last)
{
    quint32 seen = 0;  // queries have at most 16 tokens (SearchIndex) and we cap at 32 here
    int adjacent = 0;
    int hits = 0;
    for (size_t i = first; i < last; ++i) {
        const int token = words[i].token;
        if (token < 0)
            continue;
        ++hits;
        seen |= 1u << (token & 31);
        if (i > first && token > 0 && words[i - 1].token == token - 1)
            ++adjacent;
    }
    return qPopulationCount(seen) * 100 + adjacent * 10 + hits;
}

}  // namespace

QList<TextRange> findMatches(QStringView text, const QStringList &foldedTokens)
{
    QList<TextRange> ranges;
    for (const Word &word : scanWords(text, foldedTokens)) {
        if (word.token >= 0)
            ranges.append(TextRange {word.start, word.end - word.start});
    }
    return ranges;
}

Snippet makeSnippet(QStringView text, const QStringList &foldedTokens, int maxWords)
{
    const std::vector<Word> words = scanWords(text, foldedTokens);
    Snippet snippet;
    if (words.empty())
        return snippet;
    const size_t span = size_t(std::max(maxWords, 1));
    constexpr size_t kLeadIn = 6;  // words shown before the first match, for context

    // Try a window starting a little before each match; the first perfect one wins (every
    // token, all of them standing together), and no more than kMaxCandidates are tried.
    const int perfect = int(std::min<qsizetype>(foldedTokens.size(), 32)) * 100
        + int(foldedTokens.size() - 1) * 10;
    constexpr int kMaxCandidates = 64;
    size_t bestFirst = 0;
    int bestScore = -1;
    int candidates = 0;
    for (size_t i = 0; i < words.size() && candidates < kMaxCandidates && bestScore < perfect;
         ++i) {
        if (words[i].token < 0)
            continue;
        ++candidates;
        const size_t first = i > kLeadIn ? i - kLeadIn : 0;
        const int score = windowScore(words, first, std::min(words.size(), first + span));
        if (score > bestScore) {
            bestScore = score;
            bestFirst = first;
        }
    }
    const size_t last = std::min(words.size(), bestFirst + span);
    // Keep the punctuation next to the passage ("an toàn." not "an toàn"); at the ends of
    // the text, keep everything.
    qsizetype from = bestFirst == 0 ? 0 : words[bestFirst].start;
    qsizetype to = last == words.size() ? text.size() : words[last - 1].end;
    while (to < text.size() && !text[to].isSpace())
        ++to;
    while (from < to && text[from].isSpace())
        ++from;
    while (to > from && text[to - 1].isSpace())
        --to;

    const bool cutBefore = bestFirst > 0;
    const bool cutAfter = last < words.size();
    if (cutBefore)
        snippet.text += QChar(0x2026) + QLatin1Char(' ');
    const qsizetype offset = snippet.text.size() - from;
    // Line breaks of the source become spaces: a snippet is one line in the list.
    QString passage = text.mid(from, to - from).toString();
    passage.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\t'), QLatin1Char(' '));
    snippet.text += passage;
    if (cutAfter)
        snippet.text += QLatin1Char(' ') + QChar(0x2026);
    for (size_t i = bestFirst; i < last; ++i) {
        if (words[i].token >= 0)
            snippet.highlights.append(
                TextRange {words[i].start + offset, words[i].end - words[i].start});
    }
    return snippet;
}

QString toHtml(const Snippet &snippet, QStringView markTag)
{
    QString out;
    qsizetype position = 0;
    const QString open = u'<' + markTag.toString() + u'>';
    const QString close = u"</" + markTag.toString() + u'>';
    for (const TextRange &range : snippet.highlights) {
        out += html::escape(QStringView(snippet.text).mid(position, range.start - position));
        out += open + html::escape(QStringView(snippet.text).mid(range.start, range.length))
            + close;
        position = range.start + range.length;
    }
    out += html::escape(QStringView(snippet.text).mid(position));
    return out;
}

}  // namespace newsdesk::text
