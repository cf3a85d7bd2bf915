#include "render/PageMarkup.h"

namespace newsdesk::render {
namespace {

constexpr std::array<const char16_t *, kFieldCount> kFieldNames {u"portal_name", u"title",
    u"posting_time", u"posting_time_value", u"summary", u"body", u"author", u"author_name",
    u"stylesheet"};

// Line numbers for messages, counted forwards only so that parsing stays linear.
class LineCounter {
public:
    explicit LineCounter(QStringView text) : m_text(text) { }
    int lineAt(qsizetype position)
    {
        m_line += int(m_text.mid(m_counted, position - m_counted).count(u'\n'));
        m_counted = position;
        return m_line;
    }

private:
    QStringView m_text;
    qsizetype m_counted = 0;
    int m_line = 1;
};

}  // namespace

QString PageMarkup::fieldName(Field field)
{
    return QString::fromUtf16(kFieldNames[size_t(field)]);
}

std::optional<Field> PageMarkup::fieldNamed(QStringView name)
{
    for (size_t i = 0; i < kFieldNames.size(); ++i) {
        if (name == QStringView(kFieldNames[i]))
            return Field(i);
    }
    return std::nullopt;
}

std::variant<PageMarkup, PageMarkup::ParseError> PageMarkup::parse(
    const QString &source, const std::vector<Field> &required)
{
    PageMarkup markup;
    markup.m_source = source;
    std::vector<size_t> openSections;
    std::array<bool, kFieldCount> used {};
    const QStringView text(source);
    LineCounter lines(text);
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(u"{{", position);
        if (open < 0)
            break;
        if (open > position)
            markup.m_pieces.push_back({Piece::Kind::Text, Field::Title, position, open - position});
        const qsizetype close = text.indexOf(u"}}", open + 2);
        // A placeholder is short and on one line; anything else is a typo worth reporting.
        const qsizetype lineEnd = text.indexOf(u'\n', open);
        if (close < 0 || (lineEnd >= 0 && lineEnd < close))
            return ParseError {ParseError::Kind::UnclosedPlaceholder, lines.lineAt(open),
                text.mid(
                        open, std::min<qsizetype>(40, (lineEnd < 0 ? text.size() : lineEnd) - open))
                    .toString()};
        const QStringView inner = text.mid(open + 2, close - open - 2).trimmed();
        const QString whole = text.mid(open, close + 2 - open).toString();
        const int line = lines.lineAt(open);
        position = close + 2;

        if (inner.startsWith(u"asset:")) {
            const QString path = inner.mid(6).trimmed().toString();
            if (path.isEmpty())
                return ParseError {ParseError::Kind::UnknownPlaceholder, line, whole};
            Piece piece {Piece::Kind::Asset};
            piece.path = path;
            markup.m_pieces.push_back(std::move(piece));
            continue;
        }
        const bool begins = inner.startsWith(u'#');
        const bool ends = inner.startsWith(u'/');
        const auto field = fieldNamed(begins || ends ? inner.mid(1).trimmed() : inner);
        if (!field)
            return ParseError {ParseError::Kind::UnknownPlaceholder, line, whole};
        if (begins) {
            openSections.push_back(markup.m_pieces.size());
            markup.m_pieces.push_back({Piece::Kind::SectionBegin, *field});
        } else if (ends) {
            if (openSections.empty() || markup.m_pieces[openSections.back()].field != *field)
                return ParseError {ParseError::Kind::UnbalancedSection, line, whole};
            markup.m_pieces[openSections.back()].sectionEnd = qsizetype(markup.m_pieces.size());
            openSections.pop_back();
            markup.m_pieces.push_back({Piece::Kind::SectionEnd, *field});
        } else {
            used[size_t(*field)] = true;
            markup.m_pieces.push_back({Piece::Kind::Value, *field});
        }
    }
    if (!openSections.empty()) {
        const Piece &unclosed = markup.m_pieces[openSections.back()];
        return ParseError {ParseError::Kind::UnbalancedSection, 0,
            QStringLiteral("{{#") + fieldName(unclosed.field) + QStringLiteral("}}")};
    }
    if (position < text.size())
        markup.m_pieces.push_back(
            {Piece::Kind::Text, Field::Title, position, text.size() - position});
    for (Field field : required) {
        if (!used[size_t(field)])
            return ParseError {ParseError::Kind::MissingField, 0,
                QStringLiteral("{{") + fieldName(field) + QStringLiteral("}}")};
    }
    return markup;
}

QString PageMarkup::render(
    const FieldValues &values, const std::function<QString(const QString &)> &assetUrl) const
{
    qsizetype size = m_source.size();
    for (const QString &value : values)
        size += value.size();
    QString out;
    out.reserve(size);
    for (size_t i = 0; i < m_pieces.size(); ++i) {
        const Piece &piece = m_pieces[i];
        switch (piece.kind) {
        case Piece::Kind::Text:
            out += QStringView(m_source).mid(piece.begin, piece.length);
            break;
        case Piece::Kind::Value:
            out += values[size_t(piece.field)];
            break;
        case Piece::Kind::SectionBegin:
            if (values[size_t(piece.field)].isEmpty())
                i = size_t(piece.sectionEnd);  // skip the section; the loop steps past its end
            break;
        case Piece::Kind::SectionEnd:
            break;
        case Piece::Kind::Asset:
            if (assetUrl)
                out += assetUrl(piece.path);
            break;
        }
    }
    return out;
}

QStringList PageMarkup::assetPaths() const
{
    QStringList paths;
    for (const Piece &piece : m_pieces) {
        if (piece.kind == Piece::Kind::Asset)
            paths.append(piece.path);
    }
    return paths;
}

}  // namespace newsdesk::render
