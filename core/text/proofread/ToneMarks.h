#pragma once

// The two ways of placing the tone mark on the open rhymes oa, oe and uy. (Base letters
// without tones or hooks, "Nghị" -> "nghi", are text::fold().)
//
// Old style puts the mark on the first vowel (hòa, khỏe, thủy), new style on the second
// (hoà, khoẻ, thuỷ). Only a syllable that ends in oa/oe/uy differs: with a final consonant
// (hoàn, tuyết) or in "qu" + y (quý, where u belongs to the consonant) both styles agree.

#include <QString>
#include <QStringView>

#include <optional>

namespace newsdesk::proofread {

enum class TonePlacement { None, Old, New };

// Which style `syllable` uses; None when it has no oa/oe/uy ending with a tone mark.
TonePlacement tonePlacement(QStringView syllable);

// The same syllable with its tone mark moved to the other vowel of oa/oe/uy ("hòa" <-> "hoà"),
// in NFC, keeping the case of every letter; nullopt when the styles do not differ for it.
std::optional<QString> otherTonePlacement(QStringView syllable);

// True when the text has a character outside the precomposed range, i.e. may not be NFC.
// Cheap test before calling QString::normalized() in hot loops.
bool mayNeedNfc(QStringView text);

}  // namespace newsdesk::proofread
