#include "text/proofread/SpellChecker.h"

#include "text/Folding.h"
#include "text/proofread/ToneMarks.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.hxx>

#include <algorithm>

namespace newsdesk::proofread {
namespace {

// Past this many distinct syllables the cache starts over: a bound on memory for a process
// that checks many articles, far above what one article holds.
constexpr qsizetype kMaxCacheEntries = 200000;

QString toNfc(QStringView word)
{
    return mayNeedNfc(word) ? word.toString().normalized(QString::NormalizationForm_C)
                            : word.toString();
}

bool isCapitalised(const QString &word)
{
    return !word.isEmpty() && word.front().isUpper();
}

QString capitalised(const QString &word)
{
    if (word.isEmpty())
        return word;
    return word.front().toUpper() + word.mid(1);
}

// The word part of a .dic line: up to the flags ("/") or the morphology (space or tab).
QString dictionaryWord(const QString &line)
{
    qsizetype end = 0;
    while (end < line.size()) {
        const QChar c = line[end];
        if (c == u'/' && (end == 0 || line[end - 1] != u'\\'))
            break;
        if (c == u'\t' || c == u' ')
            break;
        ++end;
    }
    return line.left(end);
}

}  // namespace

QString SpellChecker::defaultDictionary()
{
    return QStringLiteral("/usr/share/hunspell/vi_VN");
}

Result<std::unique_ptr<SpellChecker>> SpellChecker::open(const QString &base)
{
    const QString affPath = base + QStringLiteral(".aff");
    const QString dicPath = base + QStringLiteral(".dic");
    for (const QString &path : {affPath, dicPath}) {
        if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable())
            return makeError(ErrorCode::NotFound,
                tr("The spelling dictionary %1 is missing or cannot be read.").arg(path));
    }
    std::unique_ptr<SpellChecker> checker(new SpellChecker);
    checker->m_hunspell = std::make_unique<Hunspell>(
        QFile::encodeName(affPath).constData(), QFile::encodeName(dicPath).constData());
    checker->m_encoding = QString::fromStdString(checker->m_hunspell->get_dict_encoding());
    const QString normalized = checker->m_encoding.toUpper().remove(QLatin1Char('-'));
    checker->m_utf8 = normalized == u"UTF8";
    if (!checker->m_utf8 && !QStringDecoder(checker->m_encoding.toLatin1().constData()).isValid())
        return makeError(ErrorCode::InvalidInput,
            tr("The spelling dictionary %1 uses the encoding %2, which Newsdesk cannot read.")
                .arg(affPath, checker->m_encoding));

    // Our own index of the dictionary's words by base letters, for "same letters, other
    // marks" look-ups; Hunspell has no such query and its suggest() can take 200 ms.
    QFile dic(dicPath);
    if (!dic.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError,
            tr("The spelling dictionary %1 is missing or cannot be read.").arg(dicPath),
            dic.errorString());
    bool first = true;
    while (!dic.atEnd()) {
        const QByteArray line = dic.readLine().trimmed();
        if (first) {  // the word count
            first = false;
            continue;
        }
        if (line.isEmpty())
            continue;
        const QString word = toNfc(dictionaryWord(checker->decode(line.toStdString())));
        if (!word.isEmpty())
            checker->indexWord(word);
    }
    return checker;
}

SpellChecker::~SpellChecker() = default;

QString SpellChecker::encoding() const
{
    return m_encoding;
}

bool SpellChecker::isSkipped(QStringView word)
{
    int letters = 0;
    int upper = 0;
    bool innerCapital = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c.isDigit())
            return true;
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.isUpper()) {
            ++upper;
            innerCapital = innerCapital || letters > 1;
        }
    }
    return letters == 0 || upper == letters || innerCapital;
}

QByteArray SpellChecker::encode(const QString &word, bool *ok) const
{
    *ok = true;
    if (m_utf8)
        return word.toUtf8();
    QStringEncoder encoder(m_encoding.toLatin1().constData());
    QByteArray bytes = encoder.encode(word);
    *ok = !encoder.hasError();
    return bytes;
}

QString SpellChecker::decode(const std::string &bytes) const
{
    const QByteArrayView view(bytes.data(), qsizetype(bytes.size()));
    if (m_utf8)
        return QString::fromUtf8(view);
    QStringDecoder decoder(m_encoding.toLatin1().constData());
    return decoder.decode(view);
}

bool SpellChecker::isPersonal(const QString &word) const
{
    if (m_personal.contains(word))
        return true;
    // "covid" in the list also covers "Covid" at the start of a sentence.
    return isCapitalised(word) && m_personal.contains(word.toLower());
}

bool SpellChecker::checkUncached(const QString &word) const
{
    if (isPersonal(word))
        return true;
    bool ok = false;
    const QByteArray bytes = encode(word, &ok);
    if (!ok)
        return false;
    if (m_hunspell->spell(bytes.toStdString()))
        return true;
    // The dictionary lists only one tone placement (hoà); the other (hòa) is as correct.
    if (const auto twin = otherTonePlacement(word)) {
        const QByteArray twinBytes = encode(*twin, &ok);
        return ok && m_hunspell->spell(twinBytes.toStdString());
    }
    return false;
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (isSkipped(word))
        return true;
    const QString nfcWord = toNfc(word);
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_cache.constFind(nfcWord); it != m_cache.cend())
        return *it;
    const bool correct = checkUncached(nfcWord);
    if (m_cache.size() >= kMaxCacheEntries)
        m_cache.clear();
    m_cache.insert(nfcWord, correct);
    return correct;
}

QStringList SpellChecker::suggestions(QStringView word) const
{
    if (isCorrect(word))
        return {};
    const QString nfcWord = toNfc(word);
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_suggestionCache.constFind(nfcWord); it != m_suggestionCache.cend())
        return *it;
    // Hunspell tries every case variant of a capitalised word, about three times the work;
    // asking for the lower-case form and capitalising the answers gives the same list.
    const bool capital = isCapitalised(nfcWord);
    const QString query = capital ? nfcWord.toLower() : nfcWord;
    QStringList out;
    bool ok = false;
    const QByteArray bytes = encode(query, &ok);
    if (ok) {
        for (const std::string &suggestion : m_hunspell->suggest(bytes.toStdString())) {
            QString text = toNfc(decode(suggestion));
            if (capital)
                text = capitalised(text);
            if (!text.isEmpty() && !out.contains(text))
                out.append(text);
        }
    }
    if (m_suggestionCache.size() >= kMaxCacheEntries)
        m_suggestionCache.clear();
    m_suggestionCache.insert(nfcWord, out);
    return out;
}

QStringList SpellChecker::sameLetterWords(QStringView word) const
{
    const QString nfcWord = toNfc(word);
    const bool capital = isCapitalised(nfcWord);
    QMutexLocker lock(&m_mutex);
    QStringList out;
    for (const QString &candidate : m_byBaseLetters.value(text::fold(nfcWord))) {
        const QString cased = capital ? capitalised(candidate) : candidate;
        if (cased != nfcWord && !out.contains(cased))
            out.append(cased);
    }
    return out;
}

void SpellChecker::indexWord(const QString &word)
{
    QStringList &words = m_byBaseLetters[text::fold(word)];
    if (!words.contains(word))
        words.append(word);
}

void SpellChecker::unindexWord(const QString &word)
{
    const QString key = text::fold(word);
    auto it = m_byBaseLetters.find(key);
    if (it == m_byBaseLetters.end())
        return;
    // Only the personal word goes; a dictionary word with the same spelling stays.
    bool ok = false;
    const QByteArray bytes = encode(word, &ok);
    if (ok && m_hunspell->spell(bytes.toStdString()))
        return;
    it->removeAll(word);
    if (it->isEmpty())
        m_byBaseLetters.erase(it);
}

void SpellChecker::addWord(const QString &word)
{
    const QString nfcWord = toNfc(word.trimmed());
    if (nfcWord.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_personal.contains(nfcWord))
        return;
    m_personal.insert(nfcWord);
    indexWord(nfcWord);
    m_cache.clear();
    m_suggestionCache.clear();
}

bool SpellChecker::removeWord(const QString &word)
{
    const QString nfcWord = toNfc(word.trimmed());
    QMutexLocker lock(&m_mutex);
    if (!m_personal.remove(nfcWord))
        return false;
    unindexWord(nfcWord);
    m_cache.clear();
    m_suggestionCache.clear();
    return true;
}

QStringList SpellChecker::personalWords() const
{
    QMutexLocker lock(&m_mutex);
    QStringList words(m_personal.cbegin(), m_personal.cend());
    std::sort(words.begin(), words.end());
    return words;
}

Result<void> SpellChecker::loadPersonalWords(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError,
            tr("The word list %1 cannot be read: %2").arg(path, file.errorString()));
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString content = utf8.decode(file.readAll());
    if (utf8.hasError())
        return makeError(
            ErrorCode::InvalidInput, tr("The word list %1 is not UTF-8 text.").arg(path));
    for (const QStringView line : QStringView(content).split(u'\n')) {
        QString word = line.trimmed().toString();
        if (word.startsWith(QChar(0xFEFF)))  // a byte-order mark some editors write
            word = word.mid(1).trimmed();
        addWord(word);
    }
    return {};
}

Result<void> SpellChecker::savePersonalWords(const QString &path) const
{
    const QStringList words = personalWords();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::IoError,
            tr("The word list %1 cannot be written: %2").arg(path, file.errorString()));
    for (const QString &word : words)
        file.write(word.toUtf8() + '\n');
    if (!file.commit())
        return makeError(ErrorCode::IoError,
            tr("The word list %1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

}  // namespace newsdesk::proofread
