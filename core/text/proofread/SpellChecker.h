#pragma once

// Spell checking through Hunspell with the Vietnamese dictionary (Debian's hunspell-vi), which
// lists syllables, not words: "Nghị quyết" is checked as "Nghị" and "quyết".
//
// - Text goes in as NFC and is converted to the dictionary's encoding (its .aff SET line).
// - Not checked, so never flagged: all-caps words and initials (HĐND, UBND, TT, A), words
//   with a capital after the first letter (ThS, iPhone), words with a digit (COVID-19, 5G),
//   and the words of the personal list.
// - The dictionary only has the new tone placement (hoà, thuỷ); the old one (hòa, thủy) is
//   just as correct, so a syllable is accepted when its twin with the mark moved is listed.
// - Answers are cached per syllable (Vietnamese repeats syllables heavily), so checking an
//   article costs about one Hunspell call per distinct syllable.
//
// Thread safety: every public member function locks an internal mutex, so one instance can be
// shared by the UI thread (adding to the personal list) and a worker thread running checks;
// calls on one instance run one at a time. Separate instances share nothing.

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class Hunspell;

namespace newsdesk::proofread {

class SpellChecker {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::proofread::SpellChecker)

public:
    // "/usr/share/hunspell/vi_VN": the dictionary's path without the .aff/.dic extension.
    static QString defaultDictionary();

    // Loads BASE.aff and BASE.dic. Fails (with a message naming the file) when either is
    // missing or unreadable, or its encoding is one Qt cannot convert.
    static Result<std::unique_ptr<SpellChecker>> open(const QString &base = defaultDictionary());

    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // The dictionary's encoding as its .aff file names it ("UTF-8" for vi_VN).
    QString encoding() const;

    // One word (a syllable, for Vietnamese), in any normalization form.
    bool isCorrect(QStringView word) const;

    // Hunspell's suggestions, in NFC, with the case of `word`; empty for a correct word.
    QStringList suggestions(QStringView word) const;

    // The dictionary's and the personal list's words that differ from `word` only by tone marks,
    // hooks (ă â ê ô ơ ư) or đ, with the case of `word`: "quyêt" -> quyết, quyệt.
    QStringList sameLetterWords(QStringView word) const;

    // True for what is never checked: abbreviations, initials, words with digits.
    static bool isSkipped(QStringView word);

    // The personal word list: words in it are always correct. A lower-case word also covers
    // its capitalised form (at the start of a sentence); other words match exactly.
    void addWord(const QString &word);
    bool removeWord(const QString &word);
    QStringList personalWords() const;  // sorted
    // A plain UTF-8 file, one word a line. A file that does not exist yet is an empty list.
    // Loading adds to the words already in the list.
    Result<void> loadPersonalWords(const QString &path);
    // Written atomically (a temporary file renamed into place).
    Result<void> savePersonalWords(const QString &path) const;

private:
    SpellChecker() = default;
    bool checkUncached(const QString &word) const;
    bool isPersonal(const QString &word) const;
    QByteArray encode(const QString &word, bool *ok) const;
    QString decode(const std::string &bytes) const;
    void indexWord(const QString &word);
    void unindexWord(const QString &word);

    mutable QMutex m_mutex;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_encoding;
    bool m_utf8 = true;
    QSet<QString> m_personal;
    QHash<QString, QStringList> m_byBaseLetters;  // text::fold(word) -> words
    mutable QHash<QString, bool> m_cache;
    mutable QHash<QString, QStringList> m_suggestionCache;
};

}  // namespace newsdesk::proofread
