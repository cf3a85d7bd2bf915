#pragma once

// The proofreading rules, each a function of the plain text (NFC or not) that returns its
// findings in text order. Positions are UTF-16 offsets into the text given. What each rule
// catches and what it cannot is written up in docs/PROOFREADING.md.

#include "text/proofread/Finding.h"

#include <QList>
#include <QString>

namespace newsdesk::proofread {

class SpellChecker;

// "được được" -> "được": the same word twice across one space, ignoring case. Reduplications
// that Vietnamese uses on purpose (ngày ngày, người người, dần dần, ...) are left alone.
QList<Finding> repeatedWords(const QString &text);

// "đầu tư.Thực hiện", "hội,văn": punctuation followed straight by a letter. Not in numbers
// (3.5, 1.000.000), links and e-mail addresses, abbreviations (TP.HCM, v.v., PGS.TS, Tp.Hà).
QList<Finding> missingSpaces(const QString &text);

// "quátnăm" -> "quát năm": an unknown word that splits into two or three known syllables.
// Only words with a Vietnamese letter (foreign names such as "London" are left alone) and
// without a same-letters correction (that is toneOrHook's finding).
QList<Finding> joinedWords(const QString &text, const SpellChecker &spell);

// A closing quote or bracket without its opening one, and the reverse, per paragraph. A
// quotation may run on when the next paragraph opens with the same quote mark; "a)" and "1)"
// list markers need no opening bracket.
QList<Finding> unmatchedPairs(const QString &text);

// Two or more spaces in a row between words; spaces before , . ; : ! ?
QList<Finding> extraSpaces(const QString &text);

// Words that are not in NFC (letters built from combining marks); the fix is their NFC form.
QList<Finding> notNfc(const QString &text);

// hoà and hòa in one text: the occurrences of the less used tone placement, with the fix to
// the placement the text uses most (on a tie, the one it uses first).
QList<Finding> mixedTonePlacement(const QString &text);

// "quyêt" -> "quyết": an unknown syllable for which the dictionary has syllables with the
// same letters and other tone marks or hooks, closest first. A capitalised word inside a
// sentence is taken for a name and left alone.
QList<Finding> toneOrHook(const QString &text, const SpellChecker &spell);

}  // namespace newsdesk::proofread
