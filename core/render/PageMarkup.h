#pragma once

// page.html of a portal template, parsed once into a flat list of pieces so that each render is
// one linear pass: literal text, {{field}} values, {{#field}}…{{/field}} sections (left out when
// the field is empty) and {{asset:path}} references. Values are substituted once and never
// scanned again, so "{{title}}" typed into an article stays text.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace newsdesk::render {

enum class Field {
    PortalName,
    Title,
    PostingTime,  // "Thời gian đăng: 15/01/2021 08:56:49 PM"
    PostingTimeValue,  // "15/01/2021 08:56:49 PM"
    Summary,
    Body,  // canonical HTML, inserted as is
    Author,  // "Tác giả: Nguyễn Văn A"
    AuthorName,  // "Nguyễn Văn A"
    StyleSheet,  // <style> or <link> elements
};
inline constexpr int kFieldCount = 9;

// One value per Field, already escaped (or HTML, for Body and StyleSheet).
using FieldValues = std::array<QString, kFieldCount>;

class PageMarkup {
public:
    struct ParseError {
        enum class Kind {
            UnknownPlaceholder,
            UnclosedPlaceholder,
            UnbalancedSection,
            MissingField
        };
        Kind kind;
        int line = 0;  // 1-based; 0 when the error has no single place (a missing field)
        QString detail;  // the placeholder text, or the missing field's name
    };

    // Parses `source`; fields in `required` must appear at least once as a value.
    static std::variant<PageMarkup, ParseError> parse(
        const QString &source, const std::vector<Field> &required);

    // The template text with values filled in; assetUrl maps each {{asset:path}}.
    QString render(
        const FieldValues &values, const std::function<QString(const QString &)> &assetUrl) const;

    // Paths named by {{asset:…}}, in order of appearance (for validation).
    QStringList assetPaths() const;

    static QString fieldName(Field field);
    static std::optional<Field> fieldNamed(QStringView name);

private:
    struct Piece {
        enum class Kind { Text, Value, SectionBegin, SectionEnd, Asset };
        Kind kind;
        Field field = Field::Title;
        qsizetype begin = 0;  // Text: range in m_source
        qsizetype length = 0;
        qsizetype sectionEnd = 0;  // SectionBegin: index of its SectionEnd piece
        QString path;  // Asset
    };

    QString m_source;
    std::vector<Piece> m_pieces;
};

}  // namespace newsdesk::render
