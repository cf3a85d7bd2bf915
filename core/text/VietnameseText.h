#pragma once

// Small text helpers every layer needs: NFC on input, slugs for URLs, word counts.

#include <QString>
#include <QStringView>

namespace newsdesk::text {

// Unicode NFC: how every string is stored. Text pasted from some programs arrives decomposed
// ("a" + U+0301), which looks the same but compares, searches and counts differently.
QString nfc(const QString &text);

// "Mường Lay triển khai Nghị quyết" -> "muong-lay-trien-khai-nghi-quyet". At most
// kMaxSlugLength characters, cut at a hyphen.
QString slug(QStringView text);
inline constexpr int kMaxSlugLength = 100;

// Words as a reader (and Word) counts them: runs of non-space characters that hold at least
// one letter or digit. For Vietnamese this counts syllables, which is what editors expect.
int wordCount(QStringView text);

}  // namespace newsdesk::text
