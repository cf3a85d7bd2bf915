#include "CorpusGenerator.h"

#include <algorithm>
#include <cmath>

namespace newsdesk::bench {
namespace {

const QStringList kOnsets {QString(), QStringLiteral("b"), QStringLiteral("c"),
    QStringLiteral("ch"), QStringLiteral("d"), QStringLiteral("đ"), QStringLiteral("g"),
    QStringLiteral("gi"), QStringLiteral("h"), QStringLiteral("kh"), QStringLiteral("l"),
    QStringLiteral("m"), QStringLiteral("n"), QStringLiteral("ng"), QStringLiteral("nh"),
    QStringLiteral("ph"), QStringLiteral("qu"), QStringLiteral("r"), QStringLiteral("s"),
    QStringLiteral("t"), QStringLiteral("th"), QStringLiteral("tr"), QStringLiteral("v"),
    QStringLiteral("x")};

// Rhymes with the index of the vowel that carries the tone mark.
struct Rhyme {
    const char16_t *text;
    int toneAt;
};
const Rhyme kRhymes[] = {
    {u"a", 0},
    {u"ai", 0},
    {u"am", 0},
    {u"an", 0},
    {u"ang", 0},
    {u"anh", 0},
    {u"ao", 0},
    {u"au", 0},
    {u"ay", 0},
    {u"ăm", 0},
    {u"ăn", 0},
    {u"ăng", 0},
    {u"âm", 0},
    {u"ân", 0},
    {u"âng", 0},
    {u"âu", 0},
    {u"ây", 0},
    {u"e", 0},
    {u"em", 0},
    {u"en", 0},
    {u"eo", 0},
    {u"ê", 0},
    {u"êm", 0},
    {u"ên", 0},
    {u"ênh", 0},
    {u"êu", 0},
    {u"i", 0},
    {u"ia", 0},
    {u"im", 0},
    {u"in", 0},
    {u"inh", 0},
    {u"iu", 0},
    {u"iêm", 1},
    {u"iên", 1},
    {u"iêu", 1},
    {u"o", 0},
    {u"oa", 1},
    {u"oai", 1},
    {u"oan", 1},
    {u"oanh", 1},
    {u"oi", 0},
    {u"om", 0},
    {u"on", 0},
    {u"ong", 0},
    {u"ô", 0},
    {u"ôi", 0},
    {u"ôm", 0},
    {u"ôn", 0},
    {u"ông", 0},
    {u"ơ", 0},
    {u"ơi", 0},
    {u"ơm", 0},
    {u"ơn", 0},
    {u"u", 0},
    {u"ua", 0},
    {u"uân", 1},
    {u"ui", 0},
    {u"um", 0},
    {u"un", 0},
    {u"ung", 0},
    {u"uy", 1},
    {u"uyên", 2},
    {u"uôi", 1},
    {u"uôn", 1},
    {u"uông", 1},
    {u"ư", 0},
    {u"ưa", 0},
    {u"ưng", 0},
    {u"ươi", 1},
    {u"ươn", 1},
    {u"ương", 1},
    {u"ươu", 1},
    {u"ac", 0},
    {u"at", 0},
    {u"ach", 0},
    {u"ôc", 0},
    {u"ưc", 0},
    {u"iêt", 1},
    {u"uôc", 1},
    {u"ươc", 1},
    {u"ap", 0},
    {u"ôt", 0},
};
// No mark, grave, hook, tilde, acute, dot below (as combining marks).
const char16_t kTones[] = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};

std::vector<QString> buildSyllables(std::mt19937_64 &random)
{
    std::vector<QString> syllables;
    for (const QString &onset : kOnsets) {
        for (const Rhyme &rhyme : kRhymes) {
            const QString text = QString::fromUtf16(rhyme.text);
            // Stop endings take only the acute and the dot below, as in Vietnamese.
            const bool stop = text.endsWith(u'c') || text.endsWith(u't') || text.endsWith(u'p')
                || text.endsWith(QStringLiteral("ch"));
            for (const char16_t tone : kTones) {
                if (stop && tone != 0x0301 && tone != 0x0323)
                    continue;
                QString decomposed = text.normalized(QString::NormalizationForm_D);
                // Find the toneAt-th base vowel in the decomposed rhyme and put the mark after
                // its own marks.
                int vowel = -1;
                qsizetype position = -1;
                for (qsizetype i = 0; i < decomposed.size(); ++i) {
                    if (decomposed[i].category() == QChar::Mark_NonSpacing)
                        continue;
                    if (++vowel == rhyme.toneAt) {
                        position = i + 1;
                        while (position < decomposed.size()
                            && decomposed[position].category() == QChar::Mark_NonSpacing)
                            ++position;
                        break;
                    }
                }
                if (tone != 0 && position > 0)
                    decomposed.insert(position, QChar(tone));
                syllables.push_back(
                    QString(onset + decomposed).normalized(QString::NormalizationForm_C));
            }
        }
    }
    std::shuffle(syllables.begin(), syllables.end(), random);
    return syllables;
}

}  // namespace

CorpusGenerator::CorpusGenerator(quint64 seed, int lexiconSize) : m_random(seed)
{
    m_syllables = buildSyllables(m_random);
    // Syllables themselves follow a Zipf law when words are formed, so frequent words are made
    // of frequent syllables (the first ones after the shuffle).
    std::vector<double> syllableWeights;
    for (size_t i = 0; i < m_syllables.size(); ++i)
        syllableWeights.push_back(1.0 / std::pow(double(i + 1), 0.9));
    std::discrete_distribution<size_t> pickSyllable(syllableWeights.begin(), syllableWeights.end());

    QSet<QString> seen;
    while (m_lexicon.size() < lexiconSize) {
        const int length = std::discrete_distribution<int>({0.0, 0.45, 0.45, 0.10})(m_random);
        QStringList parts;
        for (int i = 0; i < length; ++i)
            parts << m_syllables[pickSyllable(m_random)];
        const QString word = parts.join(QLatin1Char(' '));
        if (!seen.contains(word)) {
            seen.insert(word);
            m_lexicon << word;
        }
    }
    double total = 0;
    for (qsizetype rank = 0; rank < m_lexicon.size(); ++rank) {
        total += 1.0 / std::pow(double(rank + 1), 1.0);
        m_cumulative.push_back(total);
    }
    for (double &value : m_cumulative)
        value /= total;
}

const QString &CorpusGenerator::drawWord()
{
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u);
    return m_lexicon[std::min<qsizetype>(it - m_cumulative.begin(), m_lexicon.size() - 1)];
}

QString CorpusGenerator::sentence(int minSyllables, int maxSyllables)
{
    const int target = uniform(minSyllables, maxSyllables);
    QString out;
    int syllables = 0;
    while (syllables < target) {
        const QString &word = drawWord();
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += word;
        syllables += int(word.count(QLatin1Char(' '))) + 1;
    }
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

ArticleContent CorpusGenerator::article()
{
    ArticleContent content;
    content.title = sentence(10, 20);
    const int bodySyllables = uniform(400, 1500);
    int written = 0;
    QString body;
    while (written < bodySyllables) {
        QString paragraph;
        const int sentences = uniform(2, 5);
        for (int i = 0; i < sentences; ++i) {
            const QString text = sentence(12, 30);
            written += int(text.count(QLatin1Char(' '))) + 1;
            paragraph += text + QStringLiteral(". ");
        }
        body += QStringLiteral("<p>") + paragraph.trimmed() + QStringLiteral("</p>\n");
    }
    body.chop(1);
    content.bodyHtml = body;
    content.author = sentence(3, 3);
    content.category = QStringLiteral("Tin tức");
    return content;
}

}  // namespace newsdesk::bench
