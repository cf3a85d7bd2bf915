#include "text/Folding.h"

#include "text/CharClass.h"

#include <array>
#include <atomic>

namespace newsdesk::text {
namespace {

// Folding one BMP character is a pure function of that character, so the answers are cached
// in a table filled on first use. 0xFFFF marks "not computed yet", 0 means "drop".
constexpr char16_t kUnknown = 0xFFFF;

char16_t computeFold(char16_t c)
{
    const QChar ch(c);
    if (ch.category() == QChar::Mark_NonSpacing)
        return 0;
    if (c == u'đ' || c == u'Đ')
        return u'd';
    if (ch.isSurrogate())
        return c;
    const QString decomposed = QString(ch).normalized(QString::NormalizationForm_D);
    for (const QChar part : decomposed) {
        if (part.category() != QChar::Mark_NonSpacing) {
            const QChar lower = part.toLower();
            return lower.unicode();
        }
    }
    return 0;
}

struct FoldTable {
    std::array<std::atomic<char16_t>, 0x10000> entries;
    FoldTable()
    {
        for (auto &entry : entries)
            entry.store(kUnknown, std::memory_order_relaxed);
    }
    char16_t lookup(char16_t c)
    {
        // Racing threads compute the same value; relaxed order is enough.
        char16_t folded = entries[c].load(std::memory_order_relaxed);
        if (folded == kUnknown) {
            folded = computeFold(c);
            entries[c].store(folded, std::memory_order_relaxed);
        }
        return folded;
    }
};

FoldTable &foldTable()
{
    static FoldTable table;
    return table;
}

inline char16_t foldChar(char16_t c, FoldTable &table)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return table.lookup(c);
}

bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
    return QChar(c).isLetterOrNumber();
}

template<bool ForSearch> QString foldImpl(QStringView text, int *wordCount)
{
    FoldTable &table = foldTable();
    QString out;
    out.resize(text.size());
    QChar *dst = out.data();
    qsizetype n = 0;
    int words = 0;
    bool inWord = false;  // inside a run of non-space characters
    bool wordHasText = false;  // ... that holds a letter or a digit
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const char16_t folded = foldChar(c, table);
        if (wordCount) {
            if (isWhiteSpace(c)) {
                words += (inWord && wordHasText) ? 1 : 0;
                inWord = wordHasText = false;
            } else {
                inWord = true;
                wordHasText = wordHasText || (folded != 0 && isWordChar(folded));
            }
        }
        if (folded == 0)
            continue;
        if constexpr (ForSearch)
            dst[n++] = isWordChar(folded) ? QChar(folded) : QChar(u' ');
        else
            dst[n++] = QChar(folded);
    }
    if (wordCount)
        *wordCount = words + ((inWord && wordHasText) ? 1 : 0);
    out.truncate(n);
    return out;
}

}  // namespace

QString fold(QStringView text)
{
    return foldImpl<false>(text, nullptr);
}

QString foldForSearch(QStringView text, int *wordCount)
{
    return foldImpl<true>(text, wordCount);
}

char16_t foldSearchChar(char16_t c)
{
    const char16_t folded = foldChar(c, foldTable());
    if (folded == 0)
        return 0;
    return isWordChar(folded) ? folded : u' ';
}

QString foldKeepingPositions(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    auto &table = foldTable();
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldChar(text[i].unicode(), table);  // 0 for a combining mark: matches nothing
    return folded;
}

qsizetype indexOfFolded(QStringView haystack, QStringView needle, qsizetype from, bool backwards)
{
    const QString foldedNeedle = foldKeepingPositions(needle);
    if (foldedNeedle.isEmpty())
        return -1;
    const QString foldedHaystack = foldKeepingPositions(haystack);
    return backwards ? foldedHaystack.lastIndexOf(foldedNeedle, from)
                     : foldedHaystack.indexOf(foldedNeedle, from);
}

QStringList searchTokens(QStringView text)
{
    return foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

}  // namespace newsdesk::text
