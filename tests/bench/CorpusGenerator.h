#pragma once

// A synthetic Vietnamese corpus for benchmarks: our own generated text, not real articles.
// Syllables are built from Vietnamese onsets, rhymes and the six tones (several thousand
// distinct ones); "words" of one to three syllables are drawn with a Zipf distribution, so
// common syllables are very common and multi-syllable words recur as phrases, as in real text.

#include "domain/Article.h"

#include <QString>
#include <QStringList>

#include <random>
#include <vector>

namespace newsdesk::bench {

class CorpusGenerator {
public:
    explicit CorpusGenerator(quint64 seed = 20261127, int lexiconSize = 12000);

    int distinctSyllables() const { return int(m_syllables.size()); }
    // Words ordered from most to least frequent.
    const QStringList &lexicon() const { return m_lexicon; }

    QString sentence(int minSyllables, int maxSyllables);
    ArticleContent article();  // title 10-20 syllables, body 400-1500 syllables in paragraphs

private:
    const QString &drawWord();
    int uniform(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }

    std::mt19937_64 m_random;
    std::vector<QString> m_syllables;
    QStringList m_lexicon;
    std::vector<double> m_cumulative;  // Zipf CDF over the lexicon
};

}  // namespace newsdesk::bench
