#include "text/proofread/ToneMarks.h"

#include <QHash>

#include <array>

namespace newsdesk::proofread {
namespace {

// The twelve vowels (with their hooks) and the six tones, as precomposed letters.
constexpr std::array<char16_t, 12> kVowels {
    u'a', u'ă', u'â', u'e', u'ê', u'i', u'o', u'ô', u'ơ', u'u', u'ư', u'y'};
constexpr std::array<char16_t, 6> kToneMarks {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};
enum VowelIndex { A = 0, E = 3, O = 6, U = 9, Y = 11 };

struct VowelInfo {
    int vowel = -1;  // index into kVowels
    int tone = 0;  // index into kToneMarks
    bool upper = false;
};

class VowelTable {
public:
    VowelTable()
    {
        for (int v = 0; v < int(kVowels.size()); ++v) {
            for (int t = 0; t < int(kToneMarks.size()); ++t) {
                for (const bool upper : {false, true}) {
                    QString letter(QChar(kVowels[size_t(v)]));
                    if (upper)
                        letter = letter.toUpper();
                    if (t != 0)
                        letter += QChar(kToneMarks[size_t(t)]);
                    const QChar composed = letter.normalized(QString::NormalizationForm_C).at(0);
                    m_info.insert(composed.unicode(), VowelInfo {v, t, upper});
                    m_letters[size_t(v)][size_t(t)][upper ? 1 : 0] = composed;
                }
            }
        }
    }
    VowelInfo info(QChar c) const { return m_info.value(c.unicode()); }
    QChar letter(int vowel, int tone, bool upper) const
    {
        return m_letters[size_t(vowel)][size_t(tone)][upper ? 1 : 0];
    }

private:
    QHash<char16_t, VowelInfo> m_info;
    std::array<std::array<std::array<QChar, 2>, 6>, 12> m_letters;
};

const VowelTable &vowels()
{
    static const VowelTable table;
    return table;
}

// Where the oa/oe/uy pair starts in an NFC syllable, or -1.
qsizetype openRhymeAt(QStringView s, const VowelTable &table)
{
    const qsizetype n = s.size();
    if (n < 2)
        return -1;
    const VowelInfo first = table.info(s[n - 2]);
    const VowelInfo second = table.info(s[n - 1]);
    const bool pair = (first.vowel == O && (second.vowel == A || second.vowel == E))
        || (first.vowel == U && second.vowel == Y);
    if (!pair)
        return -1;
    if (n >= 3) {
        const QChar before = s[n - 3];
        // "qu": the u is part of the consonant (quý); another vowel before: not this rhyme.
        if (table.info(before).vowel >= 0 || before.toLower() == u'q' || !before.isLetter())
            return -1;
    }
    return n - 2;
}

}  // namespace

TonePlacement tonePlacement(QStringView syllable)
{
    const QString s = mayNeedNfc(syllable)
        ? syllable.toString().normalized(QString::NormalizationForm_C)
        : syllable.toString();
    const VowelTable &table = vowels();
    const qsizetype at = openRhymeAt(s, table);
    if (at < 0)
        return TonePlacement::None;
    const int first = table.info(s[at]).tone;
    const int second = table.info(s[at + 1]).tone;
    if (first != 0 && second == 0)
        return TonePlacement::Old;
    if (first == 0 && second != 0)
        return TonePlacement::New;
    return TonePlacement::None;
}

std::optional<QString> otherTonePlacement(QStringView syllable)
{
    QString s = mayNeedNfc(syllable) ? syllable.toString().normalized(QString::NormalizationForm_C)
                                     : syllable.toString();
    const VowelTable &table = vowels();
    const qsizetype at = openRhymeAt(s, table);
    if (at < 0)
        return std::nullopt;
    const VowelInfo first = table.info(s[at]);
    const VowelInfo second = table.info(s[at + 1]);
    if ((first.tone == 0) == (second.tone == 0))
        return std::nullopt;
    const int tone = first.tone + second.tone;
    s[at] = table.letter(first.vowel, second.tone == 0 ? 0 : tone, first.upper);
    s[at + 1] = table.letter(second.vowel, first.tone == 0 ? 0 : tone, second.upper);
    return s;
}

bool mayNeedNfc(QStringView text)
{
    for (const QChar c : text) {
        // Below U+0300 (Latin-1 and Latin Extended) and the precomposed Vietnamese letters in
        // Latin Extended Additional, every character is NFC on its own and composes with
        // nothing before it.
        const char16_t u = c.unicode();
        if (u >= 0x0300 && (u < 0x1E00 || u > 0x1EFF))
            return true;
    }
    return false;
}

}  // namespace newsdesk::proofread
