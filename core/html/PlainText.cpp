#include "html/PlainText.h"

#include "text/CharClass.h"

#include <array>

namespace newsdesk::html {
namespace {

struct NamedEntity {
    const char16_t *name;
    char16_t value;
};

// The entities editors and word processors actually emit; numeric ones cover the rest.
constexpr std::array kEntities {
    NamedEntity {u"amp", u'&'},
    NamedEntity {u"lt", u'<'},
    NamedEntity {u"gt", u'>'},
    NamedEntity {u"quot", u'"'},
    NamedEntity {u"apos", u'\''},
    NamedEntity {u"nbsp", 0x00A0},
    NamedEntity {u"ndash", 0x2013},
    NamedEntity {u"mdash", 0x2014},
    NamedEntity {u"hellip", 0x2026},
    NamedEntity {u"lsquo", 0x2018},
    NamedEntity {u"rsquo", 0x2019},
    NamedEntity {u"ldquo", 0x201C},
    NamedEntity {u"rdquo", 0x201D},
    NamedEntity {u"laquo", 0x00AB},
    NamedEntity {u"raquo", 0x00BB},
    NamedEntity {u"copy", 0x00A9},
    NamedEntity {u"reg", 0x00AE},
    NamedEntity {u"deg", 0x00B0},
    NamedEntity {u"middot", 0x00B7},
    NamedEntity {u"bull", 0x2022},
    NamedEntity {u"times", 0x00D7},
    NamedEntity {u"shy", 0x00AD},
};

bool isBlockTag(QStringView name)
{
    static constexpr std::array kBlocks {u"p", u"div", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6",
        u"li", u"blockquote", u"tr", u"figcaption", u"figure", u"table", u"ul", u"ol", u"pre",
        u"hr", u"section", u"article", u"header", u"footer", u"title"};
    for (const char16_t *block : kBlocks) {
        if (name.compare(QStringView(block), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isRawTextTag(QStringView name)
{
    return name.compare(u"script", Qt::CaseInsensitive) == 0
        || name.compare(u"style", Qt::CaseInsensitive) == 0
        || name.compare(u"template", Qt::CaseInsensitive) == 0;
}

}  // namespace

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X'))
            ? name.mid(2).toUInt(&ok, 16)
            : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t ucs4 = code;
        return QString::fromUcs4(&ucs4, 1);
    }
    for (const auto &entity : kEntities) {
        if (name == QStringView(entity.name))
            return QString(QChar(entity.value));
    }
    return {};
}

void appendEscaped(QString &out, QStringView text, bool quotes)
{
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            if (quotes) {
                out += u"&quot;";
                break;
            }
            out += ch;
            break;
        default:
            out += ch;
        }
    }
}

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    appendEscaped(out, text, true);
    return out;
}

namespace {

// Writes plain text into a buffer sized up front: no tag or entity ever decodes to more
// characters than its source, so the output cannot outgrow the input. This runs for every
// save and import, so it avoids per-character QString growth.
class TextSink {
public:
    explicit TextSink(qsizetype capacity)
    {
        m_text.resize(capacity + 2);
        m_data = m_text.data();
    }

    void character(QChar ch)
    {
        if (text::isWhiteSpace(ch.unicode())) {
            space();
            return;
        }
        m_data[m_size++] = ch;
        m_lastWasSpace = false;
    }
    void space()
    {
        if (!m_lastWasSpace)
            m_data[m_size++] = QLatin1Char(' ');
        m_lastWasSpace = true;
    }
    void text(QStringView decoded)
    {
        for (const QChar ch : decoded)
            m_data[m_size++] = ch;
        m_lastWasSpace = false;
    }
    void lineBreak()
    {
        m_data[m_size++] = QLatin1Char('\n');
        m_lastWasSpace = true;
    }
    void cellEnd()
    {
        if (!m_lastWasSpace) {
            m_data[m_size++] = QLatin1Char('\t');
            m_lastWasSpace = true;
        }
    }
    void blockEnd()
    {
        while (m_size > 0 && m_data[m_size - 1] == QLatin1Char(' '))
            --m_size;
        if (m_size > 0 && m_data[m_size - 1] != QLatin1Char('\n'))
            m_data[m_size++] = QLatin1Char('\n');
        m_lastWasSpace = true;
    }
    QString take()
    {
        blockEnd();
        while (m_size > 0 && m_data[m_size - 1] == QLatin1Char('\n'))
            --m_size;
        m_text.truncate(m_size);
        return std::move(m_text);
    }

private:
    QString m_text;
    QChar *m_data = nullptr;
    qsizetype m_size = 0;
    bool m_lastWasSpace = true;
};

}  // namespace

QString toPlainText(QStringView html)
{
    TextSink out(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar ch = html[i];
        if (ch == u'<') {
            if (html.mid(i, 4) == u"<!--") {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const qsizetype close = html.indexOf(u'>', i + 1);
            if (close < 0)
                break;  // an unterminated tag: the rest is markup, not text
            QStringView tag = html.mid(i + 1, close - i - 1);
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && tag[nameEnd].isLetterOrNumber())
                ++nameEnd;
            const QStringView name = tag.left(nameEnd);
            i = close + 1;
            if (!closing && isRawTextTag(name)) {
                // Skip to the matching end tag; its content is code, not text.
                const QString endTag = u"</" % name.toString();
                const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
                i = end < 0 ? n : end;
                continue;
            }
            if (name.compare(u"br", Qt::CaseInsensitive) == 0)
                out.lineBreak();
            else if (closing
                && (name.compare(u"td", Qt::CaseInsensitive) == 0
                    || name.compare(u"th", Qt::CaseInsensitive) == 0))
                out.cellEnd();
            else if (isBlockTag(name))
                out.blockEnd();
            continue;
        }
        if (ch == u'&') {
            const qsizetype semi = html.indexOf(u';', i + 1);
            if (semi > i + 1 && semi - i <= 10) {
                const QString decoded = decodeEntity(html.mid(i + 1, semi - i - 1));
                if (!decoded.isEmpty()) {
                    if (decoded == QStringView(u"\u00A0"))
                        out.space();
                    else
                        out.text(decoded);
                    i = semi + 1;
                    continue;
                }
            }
        }
        out.character(ch);
        ++i;
    }
    return out.take();
}

}  // namespace newsdesk::html
