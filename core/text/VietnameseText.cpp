#include "text/VietnameseText.h"

#include "text/Folding.h"

namespace newsdesk::text {

QString nfc(const QString &text)
{
    // Qt runs a quick check first, so already-NFC text costs one scan and no copy.
    return text.normalized(QString::NormalizationForm_C);
}

QString slug(QStringView text)
{
    const QString folded = foldForSearch(text);
    QString out;
    out.reserve(folded.size());
    bool pendingHyphen = false;
    for (const QChar ch : folded) {
        if (ch == QLatin1Char(' ')) {
            pendingHyphen = !out.isEmpty();
            continue;
        }
        if (pendingHyphen) {
            out += QLatin1Char('-');
            pendingHyphen = false;
        }
        out += ch;
    }
    if (out.size() > kMaxSlugLength) {
        const qsizetype cut = out.lastIndexOf(QLatin1Char('-'), kMaxSlugLength);
        out.truncate(cut > 0 ? cut : kMaxSlugLength);
    }
    return out;
}

int wordCount(QStringView text)
{
    int count = 0;
    foldForSearch(text, &count);
    return count;
}

}  // namespace newsdesk::text
