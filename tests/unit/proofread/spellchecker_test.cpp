// The Hunspell adapter with Debian's Vietnamese dictionary: syllables, both tone placements,
// what is skipped, suggestions, the personal word list, and dictionaries given by path.
#include "text/proofread/SpellChecker.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::proofread;

namespace {

std::unique_ptr<SpellChecker> openVietnamese()
{
    auto checker = SpellChecker::open(QStringLiteral("/usr/share/hunspell/vi_VN"));
    EXPECT_TRUE(checker.ok()) << (checker ? "" : checker.error().message.toStdString());
    return checker ? std::move(checker).value() : nullptr;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

}  // namespace

TEST(SpellChecker, ReadsTheDictionaryEncodingFromTheAffFile)
{
    const auto spell = openVietnamese();
    ASSERT_TRUE(spell);
    EXPECT_EQ(spell->encoding(), QStringLiteral("UTF-8"));
}

TEST(SpellChecker, AcceptsVietnameseSyllablesInAnyCase)
{
    const auto spell = openVietnamese();
    ASSERT_TRUE(spell);
    for (const QString &word : {QStringLiteral("quyết"), QStringLiteral("Nghị"),
             QStringLiteral("nghiệp"), QStringLiteral("được"), QStringLiteral("Mường"),
             QStringLiteral("Điện"), QStringLiteral("triển")})
        EXPECT_TRUE(spell->isCorrect(word)) << word.toStdString();
    for (const QString &word : {QStringLiteral("quyêt"), QStringLiteral("nghiẹp"),
             QStringLiteral("đươc"), QStringLiteral("quátnăm"), QStringLiteral("qúy")})
        EXPECT_FALSE(spell->isCorrect(word)) << word.toStdString();
}

TEST(SpellChecker, ChecksDecomposedTextAsItsNfcForm)
{
    const auto spell = openVietnamese();
    ASSERT_TRUE(spell);
    const QString decomposed = QStringLiteral("quyết").normalized(QString::NormalizationForm_D);
    ASSERT_NE(decomposed, QStringLiteral("quyết"));
    EXPECT_TRUE(spell->isCorrect(decomposed));
    EXPECT_FALSE(
        spell->isCorrect(QStringLiteral("quyêt").normalized(QString::NormalizationForm_D)));
}

TEST(SpellChecker, AcceptsBothTonePlacements)
{
    const auto spell = openVietnamese();
    ASSERT_TRUE(spell);
    // The dictionary lists hoà and thuỷ only; hòa and thủy are just as correct.
    for (const QString &word : {QStringLiteral("hoà"), QStringLiteral("hòa"), QStringLiteral("Hòa"),
             QStringLiteral("thuỷ"), QStringLiteral("thủy"), QStringLiteral("khỏe"),
             QStringLiteral("khoẻ"), QStringLiteral("ủy"), QStringLiteral("uỷ"),
             QStringLiteral("quý")})
        EXPECT_TRUE(spell->isCorrect(word)) << word.toStdString();
    // "qu" + y has one placement only.
    EXPECT_FALSE(spell->isCorrect(QStringLiteral("qúy")));
}

TEST(SpellChecker, SkipsAbbreviationsInitialsAndWordsWithDigits)
{
    const auto spell = openVietnamese();
    ASSERT_TRUE(spell);
    for (const QString &word : {QStringLiteral("HĐND"), QStringLiteral("UBND"),
             QStringLiteral("TT"), QStringLiteral("UBMTTQ"), QStringLiteral("XYZQW"),
             QStringLiteral("B"), QStringLiteral("ThS"), QStringLiteral("F0"), QStringLiteral("5G"),
             QStringLiteral("covid19")}) {
        EXPECT_TRUE(SpellChecker::isSkipped(word)) << word.toStdString();
        EXPECT_TRUE(spell->isCorrect(word)) << word.toStdString();
    }
    EXPECT_FALSE(SpellChecker::isSkipped(QStringLiteral("Quyêt")));
    EXPECT_FALSE(spell->isCorrect(QStringLiteral("Quyêt")));
}

TEST(SpellChecker, SuggestsTheRightSyllableForAMisspeltOne)
{
    const auto spell = openVietnamese();
    ASSERT_TRUE(spell);
    EXPECT_TRUE(spell->suggestions(QStringLiteral("quyêt")).contains(QStringLiteral("quyết")));
    EXPECT_TRUE(spell->suggestions(QStringLiteral("nghiẹp")).contains(QStringLiteral("nghiệp")));
    // The case of the word is kept.
    EXPECT_TRUE(spell->suggestions(QStringLiteral("Quyêt")).contains(QStringLiteral("Quyết")));
    EXPECT_TRUE(spell->suggestions(QStringLiteral("quyết")).isEmpty());

    const QStringList same = spell->sameLetterWords(QStringLiteral("quyêt"));
    EXPECT_TRUE(same.contains(QStringLiteral("quyết")));
    EXPECT_TRUE(same.contains(QStringLiteral("quyệt")));
    EXPECT_FALSE(same.contains(QStringLiteral("quyêt")));
    EXPECT_TRUE(spell->sameLetterWords(QStringLiteral("Facebook")).isEmpty());
}

TEST(SpellChecker, PersonalWordsAreNeverFlaggedAndSurviveSaveAndLoad)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tu-rieng.txt"));
    {
        const auto spell = openVietnamese();
        ASSERT_TRUE(spell);
        ASSERT_TRUE(spell->loadPersonalWords(path).ok());  // not there yet: an empty list
        EXPECT_FALSE(spell->isCorrect(QStringLiteral("zalo")));
        EXPECT_FALSE(spell->isCorrect(QStringLiteral("Pắc")));
        spell->addWord(QStringLiteral("zalo"));
        spell->addWord(QStringLiteral("Pắc").normalized(QString::NormalizationForm_D));
        EXPECT_TRUE(spell->isCorrect(QStringLiteral("zalo")));
        EXPECT_TRUE(spell->isCorrect(QStringLiteral("Zalo")));  // at the start of a sentence
        EXPECT_TRUE(spell->isCorrect(QStringLiteral("Pắc")));
        EXPECT_FALSE(spell->isCorrect(QStringLiteral("pắc")));  // a capitalised entry is exact
        EXPECT_EQ(
            spell->personalWords(), (QStringList {QStringLiteral("Pắc"), QStringLiteral("zalo")}));
        ASSERT_TRUE(spell->savePersonalWords(path).ok());
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), QStringLiteral("Pắc\nzalo\n"));

    const auto spell = openVietnamese();
    ASSERT_TRUE(spell);
    ASSERT_TRUE(spell->loadPersonalWords(path).ok());
    EXPECT_TRUE(spell->isCorrect(QStringLiteral("Zalo")));
    EXPECT_TRUE(spell->isCorrect(QStringLiteral("Pắc")));
    EXPECT_TRUE(spell->removeWord(QStringLiteral("zalo")));
    EXPECT_FALSE(spell->removeWord(QStringLiteral("zalo")));
    EXPECT_FALSE(spell->isCorrect(QStringLiteral("zalo")));
}

TEST(SpellChecker, PersonalWordsReachTheSameLettersLookUp)
{
    const auto spell = openVietnamese();
    ASSERT_TRUE(spell);
    EXPECT_FALSE(spell->sameLetterWords(QStringLiteral("Pac")).contains(QStringLiteral("Pắc")));
    spell->addWord(QStringLiteral("Pắc"));
    EXPECT_TRUE(spell->sameLetterWords(QStringLiteral("Pac")).contains(QStringLiteral("Pắc")));
    EXPECT_TRUE(spell->removeWord(QStringLiteral("Pắc")));
    // "pắc" is not a dictionary syllable, so removing the personal word takes it out again.
    EXPECT_FALSE(spell->sameLetterWords(QStringLiteral("Pac")).contains(QStringLiteral("Pắc")));
    // Removing a personal word that the dictionary also has keeps the dictionary's.
    spell->addWord(QStringLiteral("nậm"));
    EXPECT_TRUE(spell->removeWord(QStringLiteral("nậm")));
    EXPECT_TRUE(spell->isCorrect(QStringLiteral("nậm")));
    EXPECT_TRUE(spell->sameLetterWords(QStringLiteral("nâm")).contains(QStringLiteral("nậm")));
}

TEST(SpellChecker, ReportsWordListsItCannotReadOrWrite)
{
    QTemporaryDir dir;
    const QString latin1 = dir.filePath(QStringLiteral("cu.txt"));
    writeFile(latin1, QByteArray("caf\xe9\n"));
    const auto spell = openVietnamese();
    ASSERT_TRUE(spell);
    const auto loaded = spell->loadPersonalWords(latin1);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("cu.txt")));
    EXPECT_TRUE(spell->personalWords().isEmpty());

    const auto saved = spell->savePersonalWords(dir.filePath(QStringLiteral("khong-co/ds.txt")));
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("ds.txt")));
}

TEST(SpellChecker, RefusesAMissingDictionaryNamingTheFile)
{
    const auto missing = SpellChecker::open(QStringLiteral("/khong/co/vi_VN"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("/khong/co/vi_VN.aff")));
}

TEST(SpellChecker, LoadsADictionaryFromAnyPathAndConvertsItsEncoding)
{
    QTemporaryDir dir;
    // A tiny Latin-1 dictionary: the word must be converted both ways to be found.
    writeFile(dir.filePath(QStringLiteral("thu.aff")), "SET ISO8859-1\nTRY aeiouc\n");
    writeFile(dir.filePath(QStringLiteral("thu.dic")), QByteArray("2\ncaf\xe9\nb\xe0nh\n"));
    auto opened = SpellChecker::open(dir.filePath(QStringLiteral("thu")));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const auto &spell = opened.value();
    EXPECT_EQ(spell->encoding(), QStringLiteral("ISO8859-1"));
    EXPECT_TRUE(spell->isCorrect(QStringLiteral("café")));
    EXPECT_TRUE(spell->isCorrect(QStringLiteral("bành")));
    EXPECT_FALSE(spell->isCorrect(QStringLiteral("quyết")));  // not in this dictionary
    EXPECT_FALSE(spell->isCorrect(QStringLiteral("cafe")));
    EXPECT_TRUE(spell->sameLetterWords(QStringLiteral("cafe")).contains(QStringLiteral("café")));
}
