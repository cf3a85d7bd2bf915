// Rules about syllables: joined words and wrong marks (with the dictionary), and the
// consistency of tone mark placement (without).
#include "text/proofread/Rules.h"
#include "text/proofread/SpellChecker.h"
#include "text/proofread/TextScan.h"
#include "text/proofread/ToneMarks.h"

#include "text/Folding.h"

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace newsdesk::proofread {
namespace {

QString nfcOf(QStringView word)
{
    return mayNeedNfc(word) ? word.toString().normalized(QString::NormalizationForm_C)
                            : word.toString();
}

bool hasDigit(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

bool hasNonAsciiLetter(QStringView word)
{
    return std::any_of(
        word.begin(), word.end(), [](QChar c) { return c.unicode() >= 0x80 && c.isLetter(); });
}

// A syllable the dictionary itself knows (not merely one the checker skips, like "A").
bool isKnownSyllable(QStringView part, const SpellChecker &spell)
{
    return !SpellChecker::isSkipped(part) && spell.isCorrect(part);
}

// Every way to cut `word` into the fewest known syllables (at most three); empty if none.
QList<QStringList> segmentations(const QString &word, const SpellChecker &spell)
{
    constexpr int kMaxParts = 3;
    QList<QStringList> found;
    for (int parts = 2; parts <= kMaxParts && found.isEmpty(); ++parts) {
        // Depth-first over cut positions; words are short, and the checker caches.
        std::function<void(int, QStringList &)> cut = [&](int from, QStringList &sofar) {
            if (int(sofar.size()) == parts - 1) {
                const QString rest = word.mid(from);
                if (isKnownSyllable(rest, spell)) {
                    sofar.append(rest);
                    found.append(sofar);
                    sofar.removeLast();
                }
                return;
            }
            for (int end = from + 1; end < word.size(); ++end) {
                const QString part = word.mid(from, end - from);
                if (!isKnownSyllable(part, spell))
                    continue;
                sofar.append(part);
                cut(end, sofar);
                sofar.removeLast();
            }
        };
        QStringList sofar;
        cut(0, sofar);
    }
    return found;
}

// Whether the word at `start` begins a sentence (or a paragraph, or a quotation after a colon).
// Elsewhere a capital marks a name: "Pá Khoang", "Nậm Pồ".
bool startsSentence(const QString &text, int start)
{
    int i = start - 1;
    while (i >= 0
        && (text[i] == u' ' || text[i] == u'\u00A0' || text[i] == u'\u201C' || text[i] == u'"'
            || text[i] == u'(' || text[i] == u'\u2018'))
        --i;
    if (i < 0)
        return true;
    switch (text[i].unicode()) {
    case u'\n':
    case u'.':
    case u'!':
    case u'?':
    case u':':
    case u'\u2026':  // …
        return true;
    default:
        return false;
    }
}

// The most frequent syllables of Vietnamese news text, most frequent first: among candidates
// that are equally close to a misspelling ("đươc": được or đước), the common one is the
// likelier fix. Hunspell ranks by spelling alone, and the dictionary has no frequencies.
const QStringList &commonSyllables()
{
    static const QStringList words = QStringLiteral(
        "được của và các có là trong cho người những không một với đã này năm để công đến nhiều "
        "theo tỉnh từ về ra khi phát triển trên thực hiện quản lý nhân dân xã hội đồng chính "
        "sách kinh tế tổ chức đảm bảo tiến độ cũng sẽ đang làm việc đó như còn vào lên hơn tại "
        "bộ sở ngành huyện thị nghị quyết định kế hoạch khai nhà nước cơ quan đơn vị điện học "
        "trường giáo dục y mới đầu tư xây dựng dự án kết quả chỉ đạo hành tình hình hoạt động "
        "động tác cán sự thành phố phương địa số tháng ngày giải pháp tăng cường đề nghị cấp "
        "trung ương uỷ ban tịch chủ thông tin tuyên truyền nông thôn vùng miền bản văn hóa "
        "hoá thể thao du lịch sản xuất chất lượng cao hỗ trợ vốn đất đai môi giao an toàn "
        "ninh quốc phòng lực lượng đoàn viên đảng bầu cử tri biết nói rằng tham gia cùng")
                                         .split(QLatin1Char(' '));
    return words;
}

// Candidates closest to `word` first: fewest letters changed, then the more common syllable,
// then Hunspell's order, then the dictionary's.
QStringList ranked(const QString &word, const QStringList &sameLetters, const QStringList &hunspell)
{
    QStringList candidates;
    const QString base = text::fold(word);
    for (const QString &suggestion : hunspell) {
        if (text::fold(suggestion) == base && !candidates.contains(suggestion))
            candidates.append(suggestion);
    }
    for (const QString &candidate : sameLetters) {
        if (!candidates.contains(candidate))
            candidates.append(candidate);
    }
    auto changed = [&](const QString &candidate) {
        int count = 0;
        const qsizetype n = std::min(word.size(), candidate.size());
        for (qsizetype i = 0; i < n; ++i)
            count += word[i] != candidate[i] ? 1 : 0;
        return count + int(std::abs(word.size() - candidate.size()));
    };
    auto commonness = [](const QString &candidate) {
        const qsizetype at = commonSyllables().indexOf(candidate.toLower());
        return at < 0 ? commonSyllables().size() : at;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const QString &a, const QString &b) {
        const int changedA = changed(a);
        const int changedB = changed(b);
        if (changedA != changedB)
            return changedA < changedB;
        return commonness(a) < commonness(b);
    });
    return candidates;
}

}  // namespace

QList<Finding> joinedWords(const QString &text, const SpellChecker &spell)
{
    // Longer runs are pasted identifiers or foreign words, not a missed space bar.
    constexpr int kMaxLength = 24;
    QList<Finding> findings;
    const QList<Span> links = linkSpans(text);
    for (const Span &span : wordSpans(text)) {
        const QStringView token = QStringView(text).mid(span.start, span.length);
        if (span.length < 2 || span.length > kMaxLength || hasDigit(token)
            || !hasNonAsciiLetter(token) || isAllUpper(token) || contains(links, span.start))
            continue;
        const QString word = nfcOf(token);
        // An inner capital ("HàNội") makes the checker skip the word; here it is a clue.
        const bool innerCapital
            = std::any_of(word.begin() + 1, word.end(), [](QChar c) { return c.isUpper(); });
        if (!innerCapital && spell.isCorrect(word))
            continue;
        if (!spell.sameLetterWords(word).isEmpty())
            continue;  // one syllable with a wrong mark: toneOrHook's finding
        const QList<QStringList> ways = segmentations(word, spell);
        if (ways.isEmpty())
            continue;
        QStringList readings;
        for (const QStringList &way : ways)
            readings.append(way.join(QLatin1Char(' ')));
        if (readings.size() == 1) {
            findings.append(Finding {span.start, span.length, RuleId::JoinedWords,
                RuleText::tr("“%1” looks like words run together: “%2”.").arg(word, readings[0]),
                readings[0]});
        } else {
            // Ambiguous ("anhem": anh em or an hem): the writer chooses, no one-click fix.
            findings.append(Finding {span.start, span.length, RuleId::JoinedWords,
                RuleText::tr("“%1” looks like words run together: %2.")
                    .arg(word, readings.mid(0, 3).join(QStringLiteral(", "))),
                std::nullopt});
        }
    }
    return findings;
}

QList<Finding> mixedTonePlacement(const QString &text)
{
    struct Occurrence {
        Span span;
        TonePlacement placement;
    };
    QList<Occurrence> occurrences;
    int oldCount = 0;
    int newCount = 0;
    for (const Span &span : wordSpans(text)) {
        const QStringView token = QStringView(text).mid(span.start, span.length);
        if (token.size() > 8)  // no Vietnamese syllable is this long
            continue;
        const TonePlacement placement = tonePlacement(token);
        if (placement == TonePlacement::None)
            continue;
        occurrences.append(Occurrence {span, placement});
        (placement == TonePlacement::Old ? oldCount : newCount) += 1;
    }
    QList<Finding> findings;
    if (oldCount == 0 || newCount == 0)
        return findings;
    const TonePlacement majority = oldCount != newCount
        ? (oldCount > newCount ? TonePlacement::Old : TonePlacement::New)
        : occurrences.front().placement;
    for (const Occurrence &occurrence : occurrences) {
        if (occurrence.placement == majority)
            continue;
        const QStringView token
            = QStringView(text).mid(occurrence.span.start, occurrence.span.length);
        const QString fixed = otherTonePlacement(token).value_or(nfcOf(token));
        const QString message = majority == TonePlacement::New
            ? RuleText::tr("This article mostly puts the tone mark on the second vowel "
                           "(hoà, thuỷ): “%1” rather than “%2”.")
                  .arg(fixed, nfcOf(token))
            : RuleText::tr("This article mostly puts the tone mark on the first vowel "
                           "(hòa, thủy): “%1” rather than “%2”.")
                  .arg(fixed, nfcOf(token));
        findings.append(Finding {occurrence.span.start, occurrence.span.length,
            RuleId::MixedTonePlacement, message, fixed});
    }
    return findings;
}

QList<Finding> toneOrHook(const QString &text, const SpellChecker &spell)
{
    QList<Finding> findings;
    const QList<Span> links = linkSpans(text);
    for (const Span &span : wordSpans(text)) {
        const QStringView token = QStringView(text).mid(span.start, span.length);
        if (SpellChecker::isSkipped(token) || contains(links, span.start) || spell.isCorrect(token))
            continue;
        // A capitalised word inside a sentence is a name: the dictionary does not know most
        // place names of the northern provinces, and "Pá" -> "Pa" would be a bad fix.
        if (token.front().isUpper() && !startsSentence(text, span.start))
            continue;
        const QString word = nfcOf(token);
        const QStringList sameLetters = spell.sameLetterWords(word);
        if (sameLetters.isEmpty())
            continue;
        const QStringList candidates = ranked(word, sameLetters, spell.suggestions(word));
        // Keep the writer's tone placement: "hòạ" in an old-style text becomes "họa".
        QStringList offered = candidates;
        if (tonePlacement(word) == TonePlacement::Old) {
            for (QString &candidate : offered) {
                if (tonePlacement(candidate) == TonePlacement::New)
                    candidate = otherTonePlacement(candidate).value_or(candidate);
            }
        }
        offered.removeDuplicates();
        findings.append(Finding {span.start, span.length, RuleId::ToneOrHook,
            RuleText::tr("“%1” is not a Vietnamese syllable; perhaps “%2”.")
                .arg(word, offered.mid(0, 3).join(QStringLiteral("”, “"))),
            offered.front()});
    }
    return findings;
}

}  // namespace newsdesk::proofread
