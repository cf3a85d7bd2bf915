#include "text/WordDiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace newsdesk::text {
namespace {

std::vector<QString> tokenize(QStringView text)
{
    std::vector<QString> tokens;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text[i].isSpace() != text[i - 1].isSpace()) {
            tokens.push_back(text.mid(start, i - start).toString());
            start = i;
        }
    }
    return tokens;
}

}  // namespace

QList<DiffSegment> wordDiff(QStringView before, QStringView after)
{
    const std::vector<QString> a = tokenize(before);
    const std::vector<QString> b = tokenize(after);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.onHuge();  // bounded memory on long articles
    diff.compose();

    QList<DiffSegment> segments;
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        const auto kind = info.type == dtl::SES_ADD ? DiffSegment::Kind::Added
            : info.type == dtl::SES_DELETE          ? DiffSegment::Kind::Removed
                                                    : DiffSegment::Kind::Same;
        if (!segments.isEmpty() && segments.back().kind == kind)
            segments.back().text += token;
        else
            segments.append(DiffSegment {kind, token});
    }
    return segments;
}

QString toWordDiffMarkup(const QList<DiffSegment> &segments)
{
    QString out;
    for (const DiffSegment &segment : segments) {
        switch (segment.kind) {
        case DiffSegment::Kind::Same:
            out += segment.text;
            break;
        case DiffSegment::Kind::Added:
            out += QStringLiteral("{+") + segment.text + QStringLiteral("+}");
            break;
        case DiffSegment::Kind::Removed:
            out += QStringLiteral("[-") + segment.text + QStringLiteral("-]");
            break;
        }
    }
    return out;
}

}  // namespace newsdesk::text
