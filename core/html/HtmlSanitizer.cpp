#include "html/HtmlSanitizer.h"

#include "html/PlainText.h"
#include "text/VietnameseText.h"

#include <gumbo.h>

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace newsdesk::html {
namespace {

// =============================================================================================
// Limits
// =============================================================================================

// Elements gumbo may see open at once. Its parser scans the open-element stack for many tags,
// so deep input costs depth x tags; the pre-pass below keeps the depth near this number.
constexpr int kMaxParseDepth = 256;
// Formatting elements (b, i, font, ...) closed implicitly but still "active", which the parser
// clones into every following block; more would multiply the tree size.
constexpr int kMaxDormantFormatting = 16;
// Attributes per tag passed to gumbo: its duplicate-attribute check is quadratic.
constexpr int kMaxAttributesPerTag = 64;
// Nesting of output containers (lists, list items, blockquotes); deeper ones are flattened.
constexpr int kMaxBlockDepth = 64;

// =============================================================================================
// Gumbo memory
// =============================================================================================

// gumbo allocates from a bump arena that is released in one go. That is faster than malloc
// for its many small blocks, and it lets us skip gumbo_destroy_output(), which recurses once
// per tree level and overflows the stack on deep trees. Freed blocks are not reused; gumbo
// allocates about five bytes per input byte in total, so the memory stays linear.
class GumboArena {
public:
    GumboArena() = default;
    GumboArena(const GumboArena &) = delete;
    GumboArena &operator=(const GumboArena &) = delete;
    ~GumboArena()
    {
        for (void *chunk : m_chunks)
            std::free(chunk);
    }

    static void *allocate(void *userData, size_t size)
    {
        return static_cast<GumboArena *>(userData)->take(size);
    }

    static void deallocate(void *, void *) { }

private:
    static constexpr size_t kAlignment = alignof(std::max_align_t);
    static constexpr size_t kChunkSize = size_t(1) << 20;

    void *take(size_t size)
    {
        size = (size + kAlignment - 1) & ~(kAlignment - 1);
        if (size > m_left) {
            const size_t chunkSize = std::max(size, kChunkSize);
            char *chunk = static_cast<char *>(std::malloc(chunkSize));
            if (!chunk)
                std::abort();  // gumbo does not check, and exceptions cannot cross its C frames
            m_chunks.push_back(chunk);
            m_next = chunk;
            m_left = chunkSize;
        }
        void *block = m_next;
        m_next += size;
        m_left -= size;
        return block;
    }

    std::vector<void *> m_chunks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

// =============================================================================================
// Tag sets
// =============================================================================================

class TagSet {
public:
    constexpr TagSet(std::initializer_list<GumboTag> tags)
    {
        for (const GumboTag tag : tags)
            m_bits[tag] = true;
    }
    constexpr bool contains(GumboTag tag) const { return m_bits[tag]; }

private:
    std::array<bool, GUMBO_TAG_LAST + 1> m_bits {};
};

constexpr TagSet kVoidTags {GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND,
    GUMBO_TAG_BR, GUMBO_TAG_COL, GUMBO_TAG_EMBED, GUMBO_TAG_FRAME, GUMBO_TAG_HR, GUMBO_TAG_IMG,
    GUMBO_TAG_IMAGE, GUMBO_TAG_INPUT, GUMBO_TAG_KEYGEN, GUMBO_TAG_LINK, GUMBO_TAG_META,
    GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_WBR};

constexpr TagSet kFormattingTags {GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE,
    GUMBO_TAG_EM, GUMBO_TAG_FONT, GUMBO_TAG_I, GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL,
    GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_TT, GUMBO_TAG_U};

constexpr TagSet kMarkerTags {GUMBO_TAG_APPLET, GUMBO_TAG_OBJECT, GUMBO_TAG_MARQUEE, GUMBO_TAG_TD,
    GUMBO_TAG_TH, GUMBO_TAG_CAPTION, GUMBO_TAG_TEMPLATE};

constexpr TagSet kRawTextTags {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_XMP, GUMBO_TAG_IFRAME,
    GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TITLE};

constexpr TagSet kHeadingTags {
    GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6};

// Start tags that close an open <p> (HTML "in body" insertion mode).
constexpr TagSet kClosesParagraph {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,
    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV,
    GUMBO_TAG_DL, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER,
    GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_MAIN, GUMBO_TAG_MENU, GUMBO_TAG_NAV, GUMBO_TAG_OL,
    GUMBO_TAG_P, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_UL, GUMBO_TAG_H1, GUMBO_TAG_H2,
    GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_PRE, GUMBO_TAG_LISTING,
    GUMBO_TAG_FORM, GUMBO_TAG_TABLE, GUMBO_TAG_HR, GUMBO_TAG_XMP, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_LI,
    GUMBO_TAG_DD, GUMBO_TAG_DT};

// End tags that close the matching element when it is in scope.
constexpr TagSet kBlockEndTags {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,
    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BUTTON, GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR,
    GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,
    GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN,
    GUMBO_TAG_MENU, GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_PRE, GUMBO_TAG_SECTION,
    GUMBO_TAG_SUMMARY, GUMBO_TAG_UL, GUMBO_TAG_FORM, GUMBO_TAG_APPLET, GUMBO_TAG_MARQUEE,
    GUMBO_TAG_OBJECT, GUMBO_TAG_DD, GUMBO_TAG_DT};

constexpr TagSet kTableEndTags {GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT,
    GUMBO_TAG_TR, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP};

// The HTML "special" category.
constexpr TagSet kSpecialTags {GUMBO_TAG_ADDRESS, GUMBO_TAG_APPLET, GUMBO_TAG_AREA,
    GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND,
    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BR, GUMBO_TAG_BUTTON, GUMBO_TAG_CAPTION,
    GUMBO_TAG_CENTER, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD, GUMBO_TAG_DETAILS,
    GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EMBED, GUMBO_TAG_FIELDSET,
    GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM, GUMBO_TAG_FRAME,
    GUMBO_TAG_FRAMESET, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
    GUMBO_TAG_H6, GUMBO_TAG_HEAD, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_HR, GUMBO_TAG_HTML,
    GUMBO_TAG_IFRAME, GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_ISINDEX, GUMBO_TAG_LI,
    GUMBO_TAG_LINK, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN, GUMBO_TAG_MARQUEE, GUMBO_TAG_MENU,
    GUMBO_TAG_MENUITEM, GUMBO_TAG_META, GUMBO_TAG_NAV, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES,
    GUMBO_TAG_NOSCRIPT, GUMBO_TAG_OBJECT, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PARAM,
    GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE, GUMBO_TAG_SCRIPT, GUMBO_TAG_SECTION, GUMBO_TAG_SELECT,
    GUMBO_TAG_SOURCE, GUMBO_TAG_STYLE, GUMBO_TAG_SUMMARY, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY,
    GUMBO_TAG_TD, GUMBO_TAG_TEMPLATE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TFOOT, GUMBO_TAG_TH,
    GUMBO_TAG_THEAD, GUMBO_TAG_TITLE, GUMBO_TAG_TR, GUMBO_TAG_TRACK, GUMBO_TAG_UL, GUMBO_TAG_WBR,
    GUMBO_TAG_XMP, GUMBO_TAG_MI, GUMBO_TAG_MO, GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT,
    GUMBO_TAG_ANNOTATION_XML, GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC};

constexpr TagSet kDefaultScope {GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML,
    GUMBO_TAG_TABLE, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT,
    GUMBO_TAG_TEMPLATE, GUMBO_TAG_MI, GUMBO_TAG_MO, GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT,
    GUMBO_TAG_ANNOTATION_XML, GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC, GUMBO_TAG_TITLE};

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

constexpr quint64 kFnvOffset = 14695981039346656037ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;

quint64 fnv(quint64 hash, char c)
{
    return (hash ^ quint8(c)) * kFnvPrime;
}

// =============================================================================================
// Nesting limiter
// =============================================================================================

// A pre-pass over the UTF-8 input that follows the HTML tree builder closely enough to know how
// deep the open-element stack gets, and drops start tags that would push it past kMaxParseDepth.
// It errs on the side of counting too deep (that only flattens absurdly nested input); what it
// must not do is let gumbo build a stack far deeper than the limit. It models implied end tags
// (p, li, dd/dt, table parts, option), scopes, and the active formatting elements that the
// parser re-opens after a block closes them (with the "Noah's ark" clause and markers).
class NestingLimiter {
public:
    explicit NestingLimiter(const QByteArray &input)
        : m_in(input), m_data(input.constData()), m_size(input.size())
    {
    }

    QByteArray run()
    {
        qsizetype at = 0;
        while (at < m_size) {
            const void *found = std::memchr(m_data + at, '<', size_t(m_size - at));
            if (!found)
                break;
            at = static_cast<const char *>(found) - m_data;
            at = markup(at);
        }
        if (!m_changed)
            return m_in;
        m_out.append(m_data + m_copied, m_size - m_copied);
        return m_out;
    }

private:
    enum class Scope { Default, Button, ListItem, Table, ListItemStart };

    struct OpenElement {
        GumboTag tag;
        quint64 nameHash;
        int formattingId;  // index into m_onStack/m_inList, or -1
        bool marker;
        bool foreignRoot;
    };

    struct ActiveEntry {
        bool marker;
        GumboTag tag;
        quint64 identity;
        int id;
    };

    // Returns where scanning resumes; `at` points at '<'.
    qsizetype markup(qsizetype at)
    {
        if (at + 1 >= m_size)
            return m_size;
        const char next = m_data[at + 1];
        if (next == '!')
            return declaration(at);
        if (next == '?')
            return skipPast(at + 2, '>');
        if (next == '/') {
            if (at + 2 < m_size && isAsciiAlpha(m_data[at + 2]))
                return tag(at, true);
            if (at + 2 < m_size && m_data[at + 2] == '>')
                return at + 3;
            return skipPast(at + 2, '>');
        }
        if (isAsciiAlpha(next))
            return tag(at, false);
        return at + 1;
    }

    bool startsWith(qsizetype at, std::string_view text) const
    {
        return at + qsizetype(text.size()) <= m_size
            && std::memcmp(m_data + at, text.data(), text.size()) == 0;
    }

    qsizetype skipPast(qsizetype from, char c) const
    {
        if (from >= m_size)
            return m_size;
        const void *found = std::memchr(m_data + from, c, size_t(m_size - from));
        return found ? static_cast<const char *>(found) - m_data + 1 : m_size;
    }

    qsizetype declaration(qsizetype at) const
    {
        if (startsWith(at, "<!--"))
            return comment(at + 4);
        if (m_foreignDepth > 0 && startsWith(at, "<![CDATA[")) {
            const std::string_view rest(m_data + at, size_t(m_size - at));
            const size_t end = rest.find("]]>");
            return end == std::string_view::npos ? m_size : at + qsizetype(end) + 3;
        }
        return skipPast(at + 2, '>');
    }

    // Comment bodies end at "-->" or "--!>"; "<!-->" and "<!--->" are empty comments.
    qsizetype comment(qsizetype from) const
    {
        if (startsWith(from, ">"))
            return from + 1;
        if (startsWith(from, "->"))
            return from + 2;
        const std::string_view text(m_data, size_t(m_size));
        size_t dash = text.find("--", size_t(from));
        while (dash != std::string_view::npos) {
            if (startsWith(qsizetype(dash) + 2, ">"))
                return qsizetype(dash) + 3;
            if (startsWith(qsizetype(dash) + 2, "!>"))
                return qsizetype(dash) + 4;
            dash = text.find("--", dash + 1);
        }
        return m_size;
    }

    // Raw text (script, style, ...) runs to "</name" followed by a tag-name terminator.
    qsizetype skipRawText(qsizetype from, QByteArrayView name) const
    {
        qsizetype at = from;
        while (at < m_size) {
            const void *found = std::memchr(m_data + at, '<', size_t(m_size - at));
            if (!found)
                return m_size;
            at = static_cast<const char *>(found) - m_data;
            const qsizetype nameEnd = at + 2 + name.size();
            if (nameEnd <= m_size && m_data[at + 1] == '/'
                && qstrnicmp(m_data + at + 2, name.data(), size_t(name.size())) == 0
                && (nameEnd == m_size || isHtmlSpace(m_data[nameEnd]) || m_data[nameEnd] == '/'
                    || m_data[nameEnd] == '>')) {
                return at;
            }
            ++at;
        }
        return m_size;
    }

    qsizetype tag(qsizetype at, bool endTag)
    {
        qsizetype p = at + (endTag ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < m_size && !isHtmlSpace(m_data[p]) && m_data[p] != '/' && m_data[p] != '>')
            ++p;
        const QByteArrayView name(m_data + nameStart, p - nameStart);
        quint64 nameHash = kFnvOffset;
        for (const char c : name)
            nameHash = fnv(nameHash, asciiLower(c));
        const GumboTag tagId = gumbo_tagn_enum(name.data(), unsigned(name.size()));  // any case

        quint64 identity = fnv(nameHash, '>');
        bool selfClosing = false;
        int attributes = 0;
        qsizetype cutAt = -1;
        while (true) {
            while (p < m_size && isHtmlSpace(m_data[p]))
                ++p;
            if (p >= m_size)
                return m_size;  // a tag cut off by the end of input is dropped by the tokenizer
            if (m_data[p] == '>') {
                ++p;
                break;
            }
            if (m_data[p] == '/') {
                if (p + 1 < m_size && m_data[p + 1] == '>') {
                    selfClosing = true;
                    p += 2;
                    break;
                }
                ++p;
                continue;
            }
            if (++attributes == kMaxAttributesPerTag + 1)
                cutAt = p;
            p = attribute(p, identity);
            if (p >= m_size)
                return m_size;
        }

        const bool keep = endTag ? (closeTag(tagId, nameHash), true)
                                 : openTag(tagId, nameHash, identity, selfClosing);
        if (!keep)
            replace(at, p, {});
        else if (cutAt >= 0)
            replace(cutAt, p, selfClosing ? QByteArrayView("/>") : QByteArrayView(">"));

        if (!endTag && keep && m_foreignDepth == 0) {
            if (tagId == GUMBO_TAG_PLAINTEXT)
                return m_size;
            if (kRawTextTags.contains(tagId))
                return skipRawText(p, name);
        }
        return p;
    }

    // One attribute starting at `p`; returns the position after it.
    qsizetype attribute(qsizetype p, quint64 &identity) const
    {
        identity = fnv(identity, asciiLower(m_data[p]));
        ++p;  // the first character may be '=' and still belongs to the name
        while (p < m_size && !isHtmlSpace(m_data[p]) && m_data[p] != '/' && m_data[p] != '>'
            && m_data[p] != '=') {
            identity = fnv(identity, asciiLower(m_data[p]));
            ++p;
        }
        qsizetype q = p;
        while (q < m_size && isHtmlSpace(m_data[q]))
            ++q;
        if (q >= m_size || m_data[q] != '=')
            return p;
        identity = fnv(identity, '=');
        ++q;
        while (q < m_size && isHtmlSpace(m_data[q]))
            ++q;
        if (q >= m_size)
            return m_size;
        const char quote = m_data[q];
        if (quote == '"' || quote == '\'') {
            const void *close = std::memchr(m_data + q + 1, quote, size_t(m_size - q - 1));
            if (!close)
                return m_size;
            const qsizetype end = static_cast<const char *>(close) - m_data;
            for (qsizetype i = q + 1; i < end; ++i)
                identity = fnv(identity, m_data[i]);
            return end + 1;
        }
        while (q < m_size && !isHtmlSpace(m_data[q]) && m_data[q] != '>') {
            identity = fnv(identity, m_data[q]);
            ++q;
        }
        return q;
    }

    void replace(qsizetype from, qsizetype to, QByteArrayView with)
    {
        if (!m_changed) {
            m_changed = true;
            m_out.reserve(m_size);
        }
        m_out.append(m_data + m_copied, from - m_copied);
        m_out.append(with);
        m_copied = to;
    }

    int depth() const { return int(m_stack.size()) + m_dormant; }

    bool openTag(GumboTag tag, quint64 nameHash, quint64 identity, bool selfClosing)
    {
        if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_BODY)
            return true;
        if (m_foreignDepth > 0) {
            if (selfClosing)
                return true;
            if (depth() >= kMaxParseDepth)
                return false;
            push(tag, nameHash, identity);
            return true;
        }
        if (kRawTextTags.contains(tag) || tag == GUMBO_TAG_PLAINTEXT)
            return true;  // never dropped: their content would turn into markup
        const int target = impliedCloseTarget(tag);
        const bool pushes = !kVoidTags.contains(tag);
        const int anchor = tag == GUMBO_TAG_A ? lastActive(GUMBO_TAG_A) : -1;
        if (pushes && target < 0 && anchor < 0 && depth() >= kMaxParseDepth)
            return false;
        // Formatting elements left open are re-created in every following paragraph: their
        // number multiplies the size of the tree, so it stays small.
        if (kFormattingTags.contains(tag) && anchor < 0 && m_dormant >= kMaxDormantFormatting)
            return false;
        if (target >= 0)
            popTo(target);
        if (anchor >= 0)
            removeActiveAnchor();
        if (pushes)
            push(tag, nameHash, identity);
        return true;
    }

    void closeTag(GumboTag tag, quint64 nameHash)
    {
        if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_BODY
            || tag == GUMBO_TAG_BR)
            return;
        if (m_foreignDepth == 0 && (kRawTextTags.contains(tag) || tag == GUMBO_TAG_PLAINTEXT))
            return;
        if (tag == GUMBO_TAG_P) {
            popTo(findInScope({GUMBO_TAG_P}, Scope::Button));
            return;
        }
        if (tag == GUMBO_TAG_LI) {
            popTo(findInScope({GUMBO_TAG_LI}, Scope::ListItem));
            return;
        }
        if (kHeadingTags.contains(tag)) {
            popTo(findInScope({GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
                                  GUMBO_TAG_H6},
                Scope::Default));
            return;
        }
        if (m_foreignDepth == 0 && kFormattingTags.contains(tag)) {
            closeFormatting(tag, nameHash);
            return;
        }
        if (kBlockEndTags.contains(tag)) {
            popTo(findInScope({tag}, Scope::Default));
            return;
        }
        if (kTableEndTags.contains(tag)) {
            popTo(findInScope({tag}, Scope::Table));
            return;
        }
        closeAnyOther(tag, nameHash);
    }

    // "Any other end tag": close the nearest match unless a special element is in the way.
    void closeAnyOther(GumboTag tag, quint64 nameHash)
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            const OpenElement &element = m_stack[size_t(i)];
            if (element.tag == tag && (tag != GUMBO_TAG_UNKNOWN || element.nameHash == nameHash)) {
                popTo(i);
                return;
            }
            if (kSpecialTags.contains(element.tag))
                return;
        }
    }

    // A simplified adoption agency: enough to keep the depth estimate from falling behind.
    void closeFormatting(GumboTag tag, quint64 nameHash)
    {
        const int active = lastActive(tag);
        if (active < 0) {
            closeAnyOther(tag, nameHash);
            return;
        }
        const int id = m_active[size_t(active)].id;
        if (!m_onStack[size_t(id)]) {
            removeActive(active);
            return;
        }
        const int index = stackIndexOf(id);
        for (int i = int(m_stack.size()) - 1; i > index; --i) {
            // Out of scope: ignored. A block above it: the parser moves nodes around but the
            // depth stays about the same, so leave the estimate as it is.
            if (kDefaultScope.contains(m_stack[size_t(i)].tag)
                || kSpecialTags.contains(m_stack[size_t(i)].tag))
                return;
        }
        removeActive(active);
        popTo(index);
    }

    int impliedCloseTarget(GumboTag tag) const
    {
        int target = -1;
        const auto consider = [&target](int index) {
            if (index >= 0 && (target < 0 || index < target))
                target = index;
        };
        if (kClosesParagraph.contains(tag))
            consider(findInScope({GUMBO_TAG_P}, Scope::Button));
        switch (tag) {
        case GUMBO_TAG_LI:
            consider(findInScope({GUMBO_TAG_LI}, Scope::ListItemStart));
            break;
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DT:
            consider(findInScope({GUMBO_TAG_DD, GUMBO_TAG_DT}, Scope::ListItemStart));
            break;
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            if (!m_stack.empty() && kHeadingTags.contains(m_stack.back().tag))
                consider(int(m_stack.size()) - 1);
            break;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            consider(findInScope({GUMBO_TAG_TD, GUMBO_TAG_TH}, Scope::Table, true));
            break;
        case GUMBO_TAG_TR:
            consider(findInScope({GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_TR}, Scope::Table, true));
            break;
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TFOOT:
            consider(findInScope({GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_TR, GUMBO_TAG_THEAD,
                                     GUMBO_TAG_TBODY, GUMBO_TAG_TFOOT},
                Scope::Table, true));
            break;
        case GUMBO_TAG_OPTION:
        case GUMBO_TAG_OPTGROUP:
            if (!m_stack.empty() && m_stack.back().tag == GUMBO_TAG_OPTION)
                consider(int(m_stack.size()) - 1);
            break;
        default:
            break;
        }
        return target;
    }

    bool isBoundary(GumboTag tag, Scope scope) const
    {
        switch (scope) {
        case Scope::Default:
            return kDefaultScope.contains(tag);
        case Scope::Button:
            return kDefaultScope.contains(tag) || tag == GUMBO_TAG_BUTTON;
        case Scope::ListItem:
            return kDefaultScope.contains(tag) || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_UL;
        case Scope::Table:
            return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TEMPLATE;
        case Scope::ListItemStart:
            return kSpecialTags.contains(tag) && tag != GUMBO_TAG_ADDRESS && tag != GUMBO_TAG_DIV
                && tag != GUMBO_TAG_P;
        }
        return true;
    }

    // Index of the open target nearest the top (or, with `lowest`, the deepest one reachable
    // before a scope boundary); -1 when there is none in scope.
    int findInScope(std::initializer_list<GumboTag> targets, Scope scope, bool lowest = false) const
    {
        if (std::none_of(
                targets.begin(), targets.end(), [this](GumboTag t) { return m_openCount[t] > 0; }))
            return -1;
        int found = -1;
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            const GumboTag tag = m_stack[size_t(i)].tag;
            if (std::find(targets.begin(), targets.end(), tag) != targets.end()) {
                found = i;
                if (!lowest)
                    return found;
                continue;
            }
            if (isBoundary(tag, scope))
                break;
        }
        return found;
    }

    void push(GumboTag tag, quint64 nameHash, quint64 identity)
    {
        OpenElement element {tag, nameHash, -1, false, false};
        if (m_foreignDepth == 0 && kFormattingTags.contains(tag)) {
            applyNoahsArk(tag, identity);
            element.formattingId = int(m_onStack.size());
            m_onStack.push_back(true);
            m_inList.push_back(true);
            m_active.push_back({false, tag, identity, element.formattingId});
        }
        if (m_foreignDepth == 0 && kMarkerTags.contains(tag)) {
            element.marker = true;
            m_active.push_back({true, GUMBO_TAG_UNKNOWN, 0, -1});
        }
        if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH) {
            element.foreignRoot = true;
            ++m_foreignDepth;
        }
        m_stack.push_back(element);
        ++m_openCount[tag];
    }

    void popTo(int index)
    {
        if (index < 0)
            return;
        while (int(m_stack.size()) > index)
            popTop();
    }

    void popTop()
    {
        const OpenElement element = m_stack.back();
        m_stack.pop_back();
        --m_openCount[element.tag];
        if (element.formattingId >= 0) {
            m_onStack[size_t(element.formattingId)] = false;
            if (m_inList[size_t(element.formattingId)])
                ++m_dormant;  // the parser re-opens it at the next text
        }
        if (element.marker)
            clearToLastMarker();
        if (element.foreignRoot)
            --m_foreignDepth;
    }

    int lastActive(GumboTag tag) const
    {
        for (int i = int(m_active.size()) - 1; i >= 0; --i) {
            if (m_active[size_t(i)].marker)
                return -1;
            if (m_active[size_t(i)].tag == tag)
                return i;
        }
        return -1;
    }

    int stackIndexOf(int formattingId) const
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            if (m_stack[size_t(i)].formattingId == formattingId)
                return i;
        }
        return -1;
    }

    void removeActive(int index)
    {
        const int id = m_active[size_t(index)].id;
        m_inList[size_t(id)] = false;
        if (!m_onStack[size_t(id)])
            --m_dormant;
        m_active.erase(m_active.begin() + index);
    }

    // A new <a> while one is active closes the old one, wherever it is.
    void removeActiveAnchor()
    {
        const int active = lastActive(GUMBO_TAG_A);
        const int id = m_active[size_t(active)].id;
        removeActive(active);
        const int index = m_onStack[size_t(id)] ? stackIndexOf(id) : -1;
        if (index >= 0) {
            --m_openCount[m_stack[size_t(index)].tag];
            m_onStack[size_t(id)] = false;
            m_stack.erase(m_stack.begin() + index);
        }
    }

    void clearToLastMarker()
    {
        while (!m_active.empty()) {
            const ActiveEntry entry = m_active.back();
            m_active.pop_back();
            if (entry.marker)
                return;
            m_inList[size_t(entry.id)] = false;
            if (!m_onStack[size_t(entry.id)])
                --m_dormant;
        }
    }

    // At most three identical formatting elements stay active; the earliest one is forgotten.
    void applyNoahsArk(GumboTag tag, quint64 identity)
    {
        int count = 0;
        int earliest = -1;
        for (int i = int(m_active.size()) - 1; i >= 0; --i) {
            const ActiveEntry &entry = m_active[size_t(i)];
            if (entry.marker)
                break;
            if (entry.tag == tag && entry.identity == identity) {
                ++count;
                earliest = i;
            }
        }
        if (count >= 3)
            removeActive(earliest);
    }

    const QByteArray &m_in;
    const char *m_data;
    qsizetype m_size;
    QByteArray m_out;
    qsizetype m_copied = 0;
    bool m_changed = false;
    std::vector<OpenElement> m_stack;
    std::vector<ActiveEntry> m_active;
    std::vector<bool> m_onStack;
    std::vector<bool> m_inList;
    std::array<int, GUMBO_TAG_LAST + 1> m_openCount {};
    int m_dormant = 0;
    int m_foreignDepth = 0;
};

// =============================================================================================
// Parsing
// =============================================================================================

// UTF-8 for gumbo, without control characters: they carry nothing a reader sees, and gumbo
// would turn them into U+FFFD.
QByteArray parserInput(QStringView html)
{
    const auto isControl = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            || (u >= 0x7F && u <= 0x9F);
    };
    if (std::none_of(html.begin(), html.end(), isControl))
        return html.toUtf8();
    QString copy = html.toString();
    copy.removeIf(isControl);
    return copy.toUtf8();
}

class ParsedDocument {
public:
    explicit ParsedDocument(QStringView html)
    {
        const QByteArray utf8 = parserInput(html);
        m_utf8 = NestingLimiter(utf8).run();
        GumboOptions options = kGumboDefaultOptions;
        options.allocator = &GumboArena::allocate;
        options.deallocator = &GumboArena::deallocate;
        options.userdata = &m_arena;
        options.max_errors = 0;
        m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
    }
    // No gumbo_destroy_output(): the arena frees the whole tree without recursing.

    const GumboNode *root() const { return m_output ? m_output->root : nullptr; }

private:
    GumboArena m_arena;
    QByteArray m_utf8;  // gumbo's tree points into it
    GumboOutput *m_output = nullptr;
};

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->v.element.children;
}

const GumboNode *childAt(const GumboNode *node, unsigned index)
{
    return static_cast<const GumboNode *>(childrenOf(node).data[index]);
}

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

bool isHtmlElement(const GumboNode *node, GumboTag tag)
{
    return isElement(node) && node->v.element.tag == tag
        && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

const GumboNode *findChild(const GumboNode *parent, GumboTag tag)
{
    if (!parent)
        return nullptr;
    for (unsigned i = 0; i < childrenOf(parent).length; ++i) {
        if (isHtmlElement(childAt(parent, i), tag))
            return childAt(parent, i);
    }
    return nullptr;
}

QString attributeValue(const GumboNode *node, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

// =============================================================================================
// Element roles
// =============================================================================================

enum class Role {
    Drop,  // left out with its content, counted
    Ignore,  // left out silently (metadata, table column specs, ...)
    Inline,  // unwrapped; may still add bold/italic/... from its tag or style
    Link,
    Boundary,  // unwrapped, but ends the paragraph it is in (div, section, ...)
    Paragraph,
    Heading2,
    Heading3,
    Heading4,
    Preformatted,
    Blockquote,
    BulletList,
    OrderedList,
    ListItem,
    Table,
    TableHead,
    TableBody,
    TableRow,
    HeaderCell,
    DataCell,
    TableCaption,
    Figure,
    Figcaption,
    Image,
    LineBreak,
    Rule,
};

Role roleOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEMPLATE || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return Role::Drop;  // templates, and svg/math roots
    switch (node->v.element.tag) {
    case GUMBO_TAG_A:
        return Role::Link;
    case GUMBO_TAG_P:
        return Role::Paragraph;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
        return Role::Heading2;
    case GUMBO_TAG_H3:
        return Role::Heading3;
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return Role::Heading4;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
        return Role::Preformatted;
    case GUMBO_TAG_BLOCKQUOTE:
        return Role::Blockquote;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIR:
        return Role::BulletList;
    case GUMBO_TAG_OL:
        return Role::OrderedList;
    case GUMBO_TAG_LI:
        return Role::ListItem;
    case GUMBO_TAG_TABLE:
        return Role::Table;
    case GUMBO_TAG_THEAD:
        return Role::TableHead;
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
        return Role::TableBody;
    case GUMBO_TAG_TR:
        return Role::TableRow;
    case GUMBO_TAG_TH:
        return Role::HeaderCell;
    case GUMBO_TAG_TD:
        return Role::DataCell;
    case GUMBO_TAG_CAPTION:
        return Role::TableCaption;
    case GUMBO_TAG_FIGURE:
        return Role::Figure;
    case GUMBO_TAG_FIGCAPTION:
        return Role::Figcaption;
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_IMAGE:
        return Role::Image;
    case GUMBO_TAG_BR:
        return Role::LineBreak;
    case GUMBO_TAG_HR:
        return Role::Rule;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_MULTICOL:
        return Role::Boundary;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_MENUITEM:
        return Role::Drop;
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_SPACER:
    case GUMBO_TAG_NEXTID:
        return Role::Ignore;
    default:
        return Role::Inline;  // span, font, b, i, unknown tags such as Word's <o:p>
    }
}

// =============================================================================================
// Text and CSS helpers
// =============================================================================================

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

// Control characters and the BOM carry nothing a reader sees.
bool isStripped(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFEFF;
}

// Characters that alone do not make a block worth keeping.
bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == 0x00A0 || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060;
}

QString collapseWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
        } else if (!isStripped(c)) {
            if (pendingSpace)
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c;
        }
    }
    return text::nfc(out);
}

// Leading number of a CSS or attribute length ("1", "1px", " 2.0 "); only px or no unit.
std::optional<double> pixelLength(QStringView value)
{
    value = value.trimmed();
    qsizetype end = 0;
    while (end < value.size() && (value[end].isDigit() || value[end] == u'.'))
        ++end;
    if (end == 0)
        return std::nullopt;
    const QStringView unit = value.mid(end).trimmed();
    if (!unit.isEmpty() && unit.compare(u"px", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    bool ok = false;
    const double number = value.left(end).toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

struct InlineCss {
    std::optional<bool> bold;
    std::optional<bool> italic;
    bool underline = false;
    bool lineThrough = false;
    bool hidden = false;
    std::optional<double> width;
    std::optional<double> height;
};

std::optional<bool> cssBold(QStringView value)
{
    if (value.startsWith(u"bold"))
        return true;
    if (value == u"normal" || value == u"lighter")
        return false;
    bool ok = false;
    const int weight = value.toInt(&ok);
    return ok ? std::optional<bool>(weight >= 600) : std::nullopt;
}

void applyDeclaration(QStringView property, QStringView value, InlineCss &css)
{
    if (property == u"font-weight") {
        if (const auto bold = cssBold(value))
            css.bold = bold;
    } else if (property == u"font-style") {
        if (value.startsWith(u"italic") || value.startsWith(u"oblique"))
            css.italic = true;
        else if (value == u"normal")
            css.italic = false;
    } else if (property == u"font") {
        // Shorthand: only the keywords matter here ("bold 12px Arial", "italic bold ...").
        for (const QStringView token : value.split(u' ', Qt::SkipEmptyParts)) {
            if (token == u"bold" || token == u"bolder")
                css.bold = true;
            else if (token == u"italic" || token == u"oblique")
                css.italic = true;
        }
    } else if (property == u"text-decoration" || property == u"text-decoration-line") {
        // Decorations propagate to descendants in CSS: "none" below cannot take them away.
        css.underline = css.underline || value.contains(u"underline");
        css.lineThrough = css.lineThrough || value.contains(u"line-through");
    } else if (property == u"display") {
        css.hidden = css.hidden || value == u"none";
    } else if (property == u"visibility") {
        css.hidden = css.hidden || value == u"hidden";
    } else if (property == u"width") {
        css.width = pixelLength(value);
    } else if (property == u"height") {
        css.height = pixelLength(value);
    }
}

InlineCss parseInlineCss(const QString &style)
{
    InlineCss css;
    const QString lowered = style.toLower();
    for (const QStringView declaration : QStringView(lowered).split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0)
            continue;
        QStringView value = declaration.mid(colon + 1).trimmed();
        if (value.endsWith(u"!important"))
            value = value.chopped(10).trimmed();
        applyDeclaration(declaration.left(colon).trimmed(), value, css);
    }
    return css;
}

// =============================================================================================
// URLs
// =============================================================================================

bool isAllowedScheme(QStringView scheme)
{
    return scheme.compare(u"https", Qt::CaseInsensitive) == 0
        || scheme.compare(u"http", Qt::CaseInsensitive) == 0
        || scheme.compare(u"mailto", Qt::CaseInsensitive) == 0
        || scheme.compare(kMediaScheme, Qt::CaseInsensitive) == 0;
}

// Browsers ignore tabs and newlines anywhere in a URL ("java\tscript:"), and leading and
// trailing C0 controls and spaces.
QString stripUrlNoise(QStringView url)
{
    qsizetype begin = 0;
    qsizetype end = url.size();
    while (begin < end && url[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && url[end - 1].unicode() <= 0x20)
        --end;
    QString out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t c = url[i].unicode();
        if (c != u'\t' && c != u'\n' && c != u'\r')
            out += url[i];
    }
    return out;
}

// The scheme before the first ':', or empty for a relative URL. Anything with a ':' before the
// first '/', '?' or '#' that is not a clean scheme name comes back as "?" so it gets refused.
QString urlScheme(QStringView url)
{
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url[i];
        if (c == u':')
            return i == 0 ? QStringLiteral("?") : url.left(i).toString();
        if (c == u'/' || c == u'?' || c == u'#')
            return {};
        const bool schemeChar
            = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'+' || c == u'-' || c == u'.';
        if (!schemeChar || (i == 0 && !c.isLetter())) {
            // Not a scheme name; still refuse it if a ':' follows before the path starts.
            for (qsizetype j = i; j < url.size(); ++j) {
                if (url[j] == u':')
                    return QStringLiteral("?");
                if (url[j] == u'/' || url[j] == u'?' || url[j] == u'#')
                    return {};
            }
            return {};
        }
    }
    return {};
}

// Resolves a relative URL against the base; absolute ones come back unchanged.
QString resolveUrl(const QString &url, const QUrl &baseUrl)
{
    if (!urlScheme(url).isEmpty() || baseUrl.isEmpty())
        return url;
    const QUrl resolved = baseUrl.resolved(QUrl(url));
    return resolved.isValid() ? resolved.toString(QUrl::FullyEncoded) : QString();
}

// =============================================================================================
// Word lists
// =============================================================================================

// Word marks the bullet or number span of a list paragraph with "mso-list: Ignore".
bool isWordListMarker(const GumboNode *node)
{
    QString style = attributeValue(node, "style");
    style.remove(u' ');
    return style.contains(u"mso-list:ignore", Qt::CaseInsensitive);
}

QString elementText(const GumboNode *element);

// The bullet or number Word put in front of a list paragraph's text.
QString wordListMarker(const GumboNode *paragraph)
{
    QString marker;
    bool inMarker = false;
    std::vector<const GumboNode *> pending {paragraph};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type == GUMBO_NODE_COMMENT) {
            const std::string_view text(node->v.text.text);
            if (text.starts_with("[if !supportLists]"))
                inMarker = true;
            else if (text.starts_with("[endif]") && inMarker)
                return marker;
        } else if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            if (inMarker)
                marker += QString::fromUtf8(node->v.text.text);
        } else if (isElement(node)) {
            if (node != paragraph && isWordListMarker(node))
                return elementText(node);
            const GumboVector &children = childrenOf(node);
            for (unsigned i = children.length; i > 0; --i)
                pending.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return marker;
}

// "1." "a)" "(iv)" "12." are numbers; bullets are glyphs such as "·", "o", "§" or "-".
bool isOrderedMarker(QStringView marker)
{
    QString compact;
    for (const QChar c : marker) {
        if (!isInvisible(c) && !isSpace(c))
            compact += c;
    }
    if (compact.size() < 2 || (!compact.endsWith(u'.') && !compact.endsWith(u')')))
        return false;
    QStringView body = QStringView(compact).chopped(1);
    if (body.startsWith(u'('))
        body = body.mid(1);
    return !body.isEmpty() && body.size() <= 6
        && std::all_of(body.begin(), body.end(),
            [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
}

struct WordListItem {
    bool ordered = false;
    int level = 1;
};

std::optional<WordListItem> wordListItem(const GumboNode *paragraph)
{
    const QString style = attributeValue(paragraph, "style").toLower();
    const qsizetype at = style.indexOf(u"mso-list:");
    if (at < 0)
        return std::nullopt;
    const QStringView value = QStringView(style).mid(at + 9).trimmed();
    if (value.startsWith(u"ignore") || value.startsWith(u"none"))
        return std::nullopt;
    WordListItem item;
    const qsizetype levelAt = value.indexOf(u"level");
    if (levelAt >= 0) {
        qsizetype end = levelAt + 5;
        while (end < value.size() && value[end].isDigit())
            ++end;
        item.level = std::clamp(value.mid(levelAt + 5, end - levelAt - 5).toInt(), 1, 9);
    }
    item.ordered = isOrderedMarker(wordListMarker(paragraph));
    return item;
}

// =============================================================================================
// Canonical tree
// =============================================================================================

enum Mark : quint8 { Strong = 1, Emphasis = 2, Underline = 4, Strike = 8 };

struct Style {
    quint8 marks = 0;
    QString href;
    bool operator==(const Style &) const = default;
};

struct Run {
    QString text;
    Style style;
    bool lineBreak = false;
};

enum class Kind : quint8 {
    Root,
    Blockquote,
    Paragraph,
    Heading2,
    Heading3,
    Heading4,
    BulletList,
    OrderedList,
    ListItem,
    Table,
    TableHead,
    TableBody,
    Row,
    HeaderCell,
    DataCell,
    Figure,
    Caption,  // a figure's figcaption, or a table caption (written as a paragraph before it)
    Rule,
    Inline,  // inline content inside a text host
};

struct Node {
    Node(Kind k, Node *p) : kind(k), parent(p) { }

    Kind kind;
    Node *parent;
    std::vector<std::unique_ptr<Node>> children;
    std::vector<std::unique_ptr<Node>> movedBefore;  // a table caption
    std::vector<std::unique_ptr<Node>> movedAfter;  // images lifted out of lists, tables, captions
    // Inline:
    std::vector<Run> runs;
    Style pendingSpaceStyle;
    bool pendingSpace = false;
    bool pendingBreak = false;
    // Figure:
    QString src;
    QString alt;

    Node *addChild(Kind childKind)
    {
        children.push_back(std::make_unique<Node>(childKind, this));
        return children.back().get();
    }
    Node *lastChild(Kind childKind) const
    {
        return !children.empty() && children.back()->kind == childKind ? children.back().get()
                                                                       : nullptr;
    }
};

bool isFlow(Kind kind)
{
    return kind == Kind::Root || kind == Kind::Blockquote;
}

bool isList(Kind kind)
{
    return kind == Kind::BulletList || kind == Kind::OrderedList;
}

bool isHeading(Kind kind)
{
    return kind == Kind::Heading2 || kind == Kind::Heading3 || kind == Kind::Heading4;
}

bool isTextHost(Kind kind)
{
    return kind == Kind::Paragraph || isHeading(kind) || kind == Kind::ListItem
        || kind == Kind::HeaderCell || kind == Kind::DataCell || kind == Kind::Caption;
}

bool isTablePart(Kind kind)
{
    return kind == Kind::Table || kind == Kind::TableHead || kind == Kind::TableBody
        || kind == Kind::Row;
}

// Builds the canonical tree from a stream of "open this / text / close back to depth N" calls.
// Whatever the input nesting, it only builds what the canonical subset can express: blocks that
// cannot go where they are become line breaks or split the paragraph they are in.
class Builder {
public:
    Builder() : m_root(Kind::Root, nullptr) { m_stack.push_back(&m_root); }

    const Node &root() const { return m_root; }
    int depth() const { return int(m_stack.size()); }

    void closeTo(int depth)
    {
        while (int(m_stack.size()) > std::max(depth, 1))
            m_stack.pop_back();
    }

    void text(QStringView text, const Style &style, bool preformatted)
    {
        // Whitespace alone never opens a block: it only separates words already in one.
        if (!isTextHost(top()->kind) && std::all_of(text.begin(), text.end(), isSpace))
            return;
        Node *inlineNode = inlineTarget();
        const qsizetype size = text.size();
        qsizetype i = 0;
        while (i < size) {
            const QChar c = text[i];
            if (preformatted && c == u'\n') {
                addBreak(inlineNode);
                ++i;
            } else if (isSpace(c)) {
                if (!inlineNode->pendingSpace) {
                    inlineNode->pendingSpace = true;
                    inlineNode->pendingSpaceStyle = style;
                }
                ++i;
            } else if (isStripped(c)) {
                ++i;
            } else {
                qsizetype end = i + 1;
                while (end < size && !isSpace(text[end]) && !isStripped(text[end]))
                    ++end;
                appendWord(inlineNode, text.mid(i, end - i), style);
                i = end;
            }
        }
    }

    void lineBreak() { addBreak(inlineTarget()); }

    // A block boundary (div, the end of a p, ...): ends a paragraph; inside a list item,
    // heading or cell it becomes a line break before the next content.
    void boundary()
    {
        Node *host = top();
        if (host->kind == Kind::Paragraph) {
            m_stack.pop_back();
        } else if (isTextHost(host->kind)) {
            if (Node *inlineNode = host->lastChild(Kind::Inline))
                inlineNode->pendingBreak = true;
        }
    }

    // Each begin*() returns the depth to close back to when the element ends.
    int beginTextBlock(Kind kind)
    {
        closeParagraph();
        if (isFlow(top()->kind)) {
            const int restore = depth();
            push(kind);
            return restore;
        }
        return flatten();
    }

    int beginBlockquote()
    {
        closeParagraph();
        if (isFlow(top()->kind)) {
            const int restore = depth();
            if (canNest(1))
                push(Kind::Blockquote);
            return restore;
        }
        return flatten();
    }

    int beginList(bool ordered)
    {
        closeParagraph();
        const Kind kind = ordered ? Kind::OrderedList : Kind::BulletList;
        Node *current = top();
        const int restore = depth();
        if (isFlow(current->kind) || current->kind == Kind::ListItem) {
            if (!canNest(1))
                return flatten();
            push(kind);
            return restore;
        }
        if (isList(current->kind)) {
            if (!canNest(2))
                return flatten();
            // <ul><li>a</li><ul>...</ul></ul>: the inner list belongs to the previous item.
            if (Node *previous = current->lastChild(Kind::ListItem))
                m_stack.push_back(previous);
            else
                push(Kind::ListItem);
            push(kind);
            return restore;
        }
        return flatten();
    }

    int beginListItem()
    {
        closeParagraph();
        // A new item ends one the builder opened for stray content ("<ul>text<li>").
        if (top()->kind == Kind::ListItem && isList(top()->parent->kind))
            m_stack.pop_back();
        Node *current = top();
        const int restore = depth();
        if (isList(current->kind)) {
            push(Kind::ListItem);
            return restore;
        }
        if (isFlow(current->kind)) {
            push(Kind::Paragraph);  // a stray (or flattened) item reads as a paragraph
            return restore;
        }
        return flatten();
    }

    // Word writes list items as paragraphs with "mso-list: l0 level2"; consecutive ones are
    // gathered into one list, deeper levels nested in the previous item.
    int beginWordListItem(bool ordered, int level)
    {
        closeParagraph();
        level = std::min(level, (kMaxBlockDepth - depth()) / 2);
        if (!isFlow(top()->kind) || level < 1)
            return beginListItem();
        const int restore = depth();
        const Kind kind = ordered ? Kind::OrderedList : Kind::BulletList;
        for (int current = 1; current <= level; ++current) {
            Node *parent = top();
            Node *list = parent->children.empty() ? nullptr : parent->children.back().get();
            if (!list || !isList(list->kind) || (current == level && list->kind != kind))
                list = parent->addChild(kind);
            m_stack.push_back(list);
            if (current < level) {
                Node *item = list->lastChild(Kind::ListItem);
                m_stack.push_back(item ? item : list->addChild(Kind::ListItem));
            }
        }
        push(Kind::ListItem);
        return restore;
    }

    int beginTable()
    {
        closeParagraph();
        if (isFlow(top()->kind)) {
            const int restore = depth();
            push(Kind::Table);
            return restore;
        }
        return flatten();
    }

    int beginTableSection(bool head)
    {
        const int restore = depth();
        if (top()->kind == Kind::Table)
            openSection(head);
        else if (isTextHost(top()->kind))
            boundary();
        return restore;
    }

    int beginRow()
    {
        Node *current = top();
        if (current->kind == Kind::Row) {
            m_stack.pop_back();
            current = top();
        }
        const int restore = depth();
        if (current->kind == Kind::Table)
            openSection(false);
        if (top()->kind == Kind::TableHead || top()->kind == Kind::TableBody)
            push(Kind::Row);
        else if (isTextHost(top()->kind))
            boundary();
        return restore;
    }

    int beginCell(bool header)
    {
        const Kind kind = header ? Kind::HeaderCell : Kind::DataCell;
        Node *current = top();
        if (!isTablePart(current->kind)) {
            if (isFlow(current->kind) || current->kind == Kind::Paragraph)
                return beginTextBlock(Kind::Paragraph);
            return flatten();
        }
        const int restore = depth();
        if (current->kind == Kind::Table)
            openSection(false);
        if (top()->kind != Kind::Row)
            push(Kind::Row);
        push(kind);
        return restore;
    }

    int beginTableCaption()
    {
        Node *table = top();
        if (table->kind != Kind::Table)
            return beginTextBlock(Kind::Paragraph);
        const int restore = depth();
        table->movedBefore.push_back(std::make_unique<Node>(Kind::Caption, table));
        m_stack.push_back(table->movedBefore.back().get());
        return restore;
    }

    int beginFigureCaption(Node *figure)
    {
        const int restore = depth();
        Node *caption = figure->lastChild(Kind::Caption);
        m_stack.push_back(caption ? caption : figure->addChild(Kind::Caption));
        return restore;
    }

    // An image always becomes a figure block: it splits a paragraph or heading; inside a list,
    // table or caption it moves to just after the outermost one of those.
    Node *image(const QString &src, const QString &alt)
    {
        Node *current = top();
        Node *figure = nullptr;
        if (isFlow(current->kind)) {
            figure = current->addChild(Kind::Figure);
        } else if (current->kind == Kind::Paragraph || isHeading(current->kind)) {
            const Kind kind = current->kind;
            m_stack.pop_back();
            figure = top()->addChild(Kind::Figure);
            push(kind);  // the rest of the paragraph continues after the figure
        } else {
            Node *owner = deferralOwner();
            owner->movedAfter.push_back(std::make_unique<Node>(Kind::Figure, owner->parent));
            figure = owner->movedAfter.back().get();
        }
        figure->src = src;
        figure->alt = alt;
        return figure;
    }

    void rule()
    {
        closeParagraph();
        if (isFlow(top()->kind))
            top()->addChild(Kind::Rule);
        else
            boundary();
    }

private:
    Node *top() const { return m_stack.back(); }

    // Whether `levels` more containers fit under kMaxBlockDepth. The same markup read back
    // builds the same stack, so the cap flattens at the same place every time.
    bool canNest(int levels) const { return depth() + levels <= kMaxBlockDepth; }

    Node *push(Kind kind)
    {
        Node *node = top()->addChild(kind);
        m_stack.push_back(node);
        return node;
    }

    void closeParagraph()
    {
        if (top()->kind == Kind::Paragraph)
            m_stack.pop_back();
    }

    // A block where only inline content can go: a line break, in whatever holds text here.
    int flatten()
    {
        const int restore = depth();
        if (isList(top()->kind))
            push(Kind::ListItem);
        else if (isTablePart(top()->kind))
            openCell();
        boundary();
        return restore;
    }

    void openSection(bool head)
    {
        Node *table = top();
        if (head && table->children.empty())
            push(Kind::TableHead);
        else if (Node *body = table->lastChild(Kind::TableBody))
            m_stack.push_back(body);  // every row outside the head goes into one tbody
        else
            push(Kind::TableBody);
    }

    void openCell()
    {
        if (top()->kind == Kind::Table)
            openSection(false);
        if (top()->kind != Kind::Row)
            push(Kind::Row);
        push(Kind::DataCell);
    }

    Node *deferralOwner()
    {
        for (Node *node : m_stack) {
            if (isList(node->kind) || node->kind == Kind::Table)
                return node;
            if (node->kind == Kind::Caption)
                return node->parent;  // the figure or table the caption belongs to
        }
        return &m_root;  // not reached: list items and cells always sit in a list or table
    }

    // The inline node that takes content here, opening a paragraph, item or cell if needed.
    Node *inlineTarget()
    {
        if (isFlow(top()->kind))
            push(Kind::Paragraph);
        else if (isList(top()->kind))
            push(Kind::ListItem);
        else if (isTablePart(top()->kind))
            openCell();
        Node *host = top();
        if (Node *inlineNode = host->lastChild(Kind::Inline))
            return inlineNode;
        return host->addChild(Kind::Inline);
    }

    static void addBreak(Node *inlineNode)
    {
        inlineNode->pendingSpace = false;
        inlineNode->pendingBreak = false;
        if (!inlineNode->runs.empty())
            inlineNode->runs.push_back(Run {{}, {}, true});
    }

    static void appendText(Node *inlineNode, QStringView text, const Style &style)
    {
        std::vector<Run> &runs = inlineNode->runs;
        if (!runs.empty() && !runs.back().lineBreak && runs.back().style == style)
            runs.back().text += text;
        else
            runs.push_back(Run {text.toString(), style, false});
    }

    static void appendWord(Node *inlineNode, QStringView word, const Style &style)
    {
        const bool hasContent = !inlineNode->runs.empty();
        if (inlineNode->pendingBreak && hasContent) {
            inlineNode->runs.push_back(Run {{}, {}, true});
            inlineNode->pendingSpace = false;
        }
        inlineNode->pendingBreak = false;
        if (inlineNode->pendingSpace && hasContent && !inlineNode->runs.back().lineBreak)
            appendText(inlineNode, u" ", inlineNode->pendingSpaceStyle);
        inlineNode->pendingSpace = false;
        appendText(inlineNode, word, style);
    }

    Node m_root;
    std::vector<Node *> m_stack;
};

// =============================================================================================
// Writing the canonical tree
// =============================================================================================

void appendLine(QString &out, const QString &block)
{
    if (block.isEmpty())
        return;
    if (!out.isEmpty())
        out += QLatin1Char('\n');
    out += block;
}

QString writeInline(const std::vector<Run> &runs)
{
    size_t end = runs.size();
    while (end > 0 && runs[end - 1].lineBreak)
        --end;
    const bool visible
        = std::any_of(runs.begin(), runs.begin() + qsizetype(end), [](const Run &run) {
              return std::any_of(
                  run.text.begin(), run.text.end(), [](QChar c) { return !isInvisible(c); });
          });
    if (!visible)
        return {};

    // Open tags are kept while the next run still wants them; new ones open in the fixed
    // order a, strong, em, u, s. The result depends only on each character's style.
    static constexpr std::array<std::pair<quint8, const char16_t *>, 4> kMarks {
        {{Strong, u"strong"}, {Emphasis, u"em"}, {Underline, u"u"}, {Strike, u"s"}}};
    const auto tagName = [](quint8 mark) {
        for (const auto &[bit, name] : kMarks) {
            if (bit == mark)
                return QStringView(name);
        }
        return QStringView(u"a");
    };
    QString out;
    std::vector<quint8> open;  // 0 is the link
    QString openHref;
    const auto wanted = [&openHref](quint8 tag, const Style &style) {
        return tag == 0 ? (!style.href.isEmpty() && style.href == openHref)
                        : (style.marks & tag) != 0;
    };
    for (size_t i = 0; i < end; ++i) {
        const Run &run = runs[i];
        // Tags the next text does not want close before a line break, not after it.
        size_t next = i;
        while (runs[next].lineBreak)
            ++next;
        size_t keep = 0;
        while (keep < open.size() && wanted(open[keep], runs[next].style))
            ++keep;
        while (open.size() > keep) {
            out += u"</" % tagName(open.back()) % u'>';
            open.pop_back();
        }
        if (run.lineBreak) {
            out += u"<br>";
            continue;
        }
        const bool linkOpen = std::find(open.begin(), open.end(), 0) != open.end();
        if (!run.style.href.isEmpty() && !linkOpen) {
            out += u"<a href=\"" % escape(run.style.href) % u"\">";
            open.push_back(0);
            openHref = run.style.href;
        }
        for (const auto &[bit, name] : kMarks) {
            if ((run.style.marks & bit) && std::find(open.begin(), open.end(), bit) == open.end()) {
                out += u'<' % QStringView(name) % u'>';
                open.push_back(bit);
            }
        }
        appendEscaped(out, text::nfc(run.text), false);
    }
    while (!open.empty()) {
        out += u"</" % tagName(open.back()) % u'>';
        open.pop_back();
    }
    return out;
}

QString writeNode(const Node &node);

// A block with whatever was moved before and after it (captions, images from lists and tables).
void appendBlock(QString &out, const Node &node)
{
    for (const auto &before : node.movedBefore)
        appendBlock(out, *before);
    appendLine(out, writeNode(node));
    for (const auto &after : node.movedAfter)
        appendBlock(out, *after);
}

QString writeBlocks(const std::vector<std::unique_ptr<Node>> &nodes)
{
    QString out;
    for (const auto &node : nodes)
        appendBlock(out, *node);
    return out;
}

QString writeTextHost(const Node &node)
{
    const Node *inlineNode = node.lastChild(Kind::Inline);
    return inlineNode ? writeInline(inlineNode->runs) : QString();
}

QString wrap(QStringView tag, const QString &inner, bool ownLines)
{
    if (inner.isEmpty())
        return {};
    const QStringView newline = ownLines ? QStringView(u"\n") : QStringView();
    return u'<' % tag % u'>' % newline % inner % newline % u"</" % tag % u'>';
}

// An item's text around a nested list that turns out empty is joined by a line break: written
// side by side, the two pieces would read back as one.
QString writeListItem(const Node &item)
{
    QString out;
    std::vector<Run> text;
    bool joinPending = false;
    for (const auto &child : item.children) {
        if (child->kind == Kind::Inline) {
            if (joinPending && !text.empty() && !text.back().lineBreak)
                text.push_back(Run {{}, {}, true});
            text.insert(text.end(), child->runs.begin(), child->runs.end());
            joinPending = false;
            continue;
        }
        const QString list = writeNode(*child);
        if (list.isEmpty()) {
            joinPending = true;
            continue;
        }
        out += writeInline(text);
        out += list;
        text.clear();
        joinPending = false;
    }
    out += writeInline(text);
    return wrap(u"li", out, false);
}

QString writeRow(const Node &row)
{
    QString out;
    for (const auto &cell : row.children) {
        const QStringView tag
            = cell->kind == Kind::HeaderCell ? QStringView(u"th") : QStringView(u"td");
        out += u'<' % tag % u'>' % writeTextHost(*cell) % u"</" % tag % u'>';
    }
    return wrap(u"tr", out, false);
}

QString writeTable(const Node &table)
{
    QString sections;
    for (const auto &section : table.children) {
        QString rows;
        for (const auto &row : section->children)
            appendLine(rows, writeRow(*row));
        appendLine(sections,
            wrap(section->kind == Kind::TableHead ? QStringView(u"thead") : QStringView(u"tbody"),
                rows, true));
    }
    return wrap(u"table", sections, true);
}

QString writeFigure(const Node &figure)
{
    QString out
        = u"<figure><img src=\"" % escape(figure.src) % u"\" alt=\"" % escape(figure.alt) % u"\">";
    if (const Node *caption = figure.lastChild(Kind::Caption))
        out += wrap(u"figcaption", writeTextHost(*caption), false);
    return out + u"</figure>";
}

QString writeNode(const Node &node)
{
    switch (node.kind) {
    case Kind::Root:
        return writeBlocks(node.children);
    case Kind::Paragraph:
    case Kind::Caption:
        return wrap(u"p", writeTextHost(node), false);
    case Kind::Heading2:
        return wrap(u"h2", writeTextHost(node), false);
    case Kind::Heading3:
        return wrap(u"h3", writeTextHost(node), false);
    case Kind::Heading4:
        return wrap(u"h4", writeTextHost(node), false);
    case Kind::Blockquote:
        return wrap(u"blockquote", writeBlocks(node.children), true);
    case Kind::BulletList:
    case Kind::OrderedList: {
        QString items;
        for (const auto &item : node.children)
            appendLine(items, writeListItem(*item));
        return wrap(
            node.kind == Kind::OrderedList ? QStringView(u"ol") : QStringView(u"ul"), items, true);
    }
    case Kind::Table:
        return writeTable(node);
    case Kind::Figure:
        return writeFigure(node);
    case Kind::Rule:
        return QStringLiteral("<hr>");
    default:
        return {};
    }
}

// =============================================================================================
// Walking gumbo's tree
// =============================================================================================

class Walker {
public:
    Walker(const SanitizeOptions &options, SanitizeReport &report, const GumboNode *skip)
        : m_options(options), m_report(report), m_skip(skip)
    {
        m_styles.push_back(Style {});
    }

    // Only counts: head content never reaches the output, but a script there still deserves
    // a mention in the report.
    void countHead(const GumboNode *head)
    {
        if (!head)
            return;
        for (unsigned i = 0; i < childrenOf(head).length; ++i) {
            const GumboNode *child = childAt(head, i);
            if (!isElement(child))
                continue;
            const GumboTag tag = child->v.element.tag;
            if (roleOf(child) == Role::Drop && tag != GUMBO_TAG_TITLE)
                ++m_report.removedElements;
        }
    }

    void walk(const GumboNode *body)
    {
        if (!body)
            return;
        m_frames.push_back(Frame {body});
        while (!m_frames.empty()) {
            Frame &frame = m_frames.back();
            if (frame.next >= childrenOf(frame.node).length) {
                const Frame done = frame;
                m_frames.pop_back();
                leave(done);
                continue;
            }
            visit(childAt(frame.node, frame.next++));
        }
    }

    QString result() const { return writeNode(m_builder.root()); }

private:
    struct Frame {
        const GumboNode *node;
        unsigned next = 0;
        int restoreDepth = -1;
        bool boundaryOnExit = false;
        bool popsStyle = false;
        bool preformatted = false;
        bool isFigure = false;
        bool wordListItem = false;  // a Word list paragraph
        bool inWordListMarker = false;  // between its <![if !supportLists]> and <![endif]>
        Node *figure = nullptr;
    };

    void visit(const GumboNode *node)
    {
        Frame &parent = m_frames.back();
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
            if (!parent.inWordListMarker)
                m_builder.text(
                    QString::fromUtf8(node->v.text.text), m_styles.back(), m_preformatted > 0);
            return;
        case GUMBO_NODE_COMMENT:
            trackWordListMarker(parent, node->v.text.text);
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            if (!parent.inWordListMarker && node != m_skip)
                enter(node);
            return;
        default:
            return;  // CDATA only occurs in svg/math, which are dropped
        }
    }

    // Word list paragraphs carry their bullet or number between <![if !supportLists]> and
    // <![endif]> (comments to an HTML parser); that text is replaced by real list markup.
    static void trackWordListMarker(Frame &parent, const char *comment)
    {
        if (!parent.wordListItem)
            return;
        const std::string_view text(comment);
        if (text.starts_with("[if !supportLists]"))
            parent.inWordListMarker = true;
        else if (text.starts_with("[endif]"))
            parent.inWordListMarker = false;
    }

    void enter(const GumboNode *node)
    {
        const Role role = roleOf(node);
        if (role == Role::Drop) {
            ++m_report.removedElements;
            return;
        }
        if (role == Role::Ignore || (role == Role::Inline && isWordListMarker(node)))
            return;
        countAttributes(node, role);
        switch (role) {
        case Role::Image:
            image(node);
            return;
        case Role::LineBreak:
            m_builder.lineBreak();
            return;
        case Role::Rule:
            m_builder.rule();
            return;
        default:
            break;
        }
        Frame frame {node};
        frame.popsStyle = pushStyle(node, role);
        beginBlock(frame, role);
        m_frames.push_back(frame);
    }

    void beginBlock(Frame &frame, Role role)
    {
        frame.boundaryOnExit = role != Role::Inline && role != Role::Link;
        switch (role) {
        case Role::Inline:
        case Role::Link:
            return;
        case Role::Boundary:
            m_builder.boundary();
            frame.restoreDepth = m_builder.depth();
            return;
        case Role::Figure:
            m_builder.boundary();
            frame.restoreDepth = m_builder.depth();
            frame.isFigure = true;
            return;
        case Role::Paragraph:
            if (const auto item = wordListItem(frame.node)) {
                frame.restoreDepth = m_builder.beginWordListItem(item->ordered, item->level);
                frame.wordListItem = true;
            } else {
                frame.restoreDepth = m_builder.beginTextBlock(Kind::Paragraph);
            }
            return;
        case Role::Heading2:
            frame.restoreDepth = m_builder.beginTextBlock(Kind::Heading2);
            return;
        case Role::Heading3:
            frame.restoreDepth = m_builder.beginTextBlock(Kind::Heading3);
            return;
        case Role::Heading4:
            frame.restoreDepth = m_builder.beginTextBlock(Kind::Heading4);
            return;
        case Role::Preformatted:
            frame.restoreDepth = m_builder.beginTextBlock(Kind::Paragraph);
            frame.preformatted = true;
            ++m_preformatted;
            return;
        case Role::Blockquote:
            frame.restoreDepth = m_builder.beginBlockquote();
            return;
        case Role::BulletList:
        case Role::OrderedList:
            frame.restoreDepth = m_builder.beginList(role == Role::OrderedList);
            return;
        case Role::ListItem:
            frame.restoreDepth = m_builder.beginListItem();
            return;
        case Role::Table:
            frame.restoreDepth = m_builder.beginTable();
            return;
        case Role::TableHead:
        case Role::TableBody:
            frame.restoreDepth = m_builder.beginTableSection(role == Role::TableHead);
            return;
        case Role::TableRow:
            frame.restoreDepth = m_builder.beginRow();
            return;
        case Role::HeaderCell:
        case Role::DataCell:
            frame.restoreDepth = m_builder.beginCell(role == Role::HeaderCell);
            return;
        case Role::TableCaption:
            frame.restoreDepth = m_builder.beginTableCaption();
            return;
        case Role::Figcaption:
            beginFigcaption(frame);
            return;
        default:
            return;
        }
    }

    // A figcaption describes its figure's first image; without one it is just a paragraph.
    void beginFigcaption(Frame &frame)
    {
        Node *figure = nullptr;
        for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
            if (it->isFigure) {
                figure = it->figure;
                break;
            }
        }
        const Node *caption = figure ? figure->lastChild(Kind::Caption) : nullptr;
        if (figure && !caption)
            frame.restoreDepth = m_builder.beginFigureCaption(figure);
        else
            frame.restoreDepth = m_builder.beginTextBlock(Kind::Paragraph);
    }

    void leave(const Frame &frame)
    {
        if (frame.popsStyle)
            m_styles.pop_back();
        if (frame.preformatted)
            --m_preformatted;
        if (frame.restoreDepth >= 0)
            m_builder.closeTo(frame.restoreDepth);
        if (frame.boundaryOnExit)
            m_builder.boundary();
    }

    void countAttributes(const GumboNode *node, Role role)
    {
        const GumboVector &attributes = node->v.element.attributes;
        for (unsigned i = 0; i < attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
            const std::string_view name(attribute->name);
            const bool consumed = (role == Role::Link && name == "href")
                || (role == Role::Image && (name == "src" || name == "alt"));
            if (!consumed)
                ++m_report.removedAttributes;
        }
    }

    // Tags and inline CSS (how Google Docs marks bold and italic) set the marks; an inline
    // style overrides its own tag: <b style="font-weight:normal"> is not bold.
    bool pushStyle(const GumboNode *node, Role role)
    {
        Style style = m_styles.back();
        switch (node->v.element.tag) {
        case GUMBO_TAG_B:
        case GUMBO_TAG_STRONG:
            style.marks |= Strong;
            break;
        case GUMBO_TAG_I:
        case GUMBO_TAG_EM:
            style.marks |= Emphasis;
            break;
        case GUMBO_TAG_U:
        case GUMBO_TAG_INS:
            style.marks |= Underline;
            break;
        case GUMBO_TAG_S:
        case GUMBO_TAG_STRIKE:
        case GUMBO_TAG_DEL:
            style.marks |= Strike;
            break;
        default:
            break;
        }
        const QString css = attributeValue(node, "style");
        if (!css.isEmpty())
            applyCss(parseInlineCss(css), style);
        if (role == Role::Link)
            applyLink(node, style);
        if (!style.href.isEmpty())
            style.marks
                &= quint8(~Underline);  // links show underlined anyway (Google Docs adds <u>)
        if (style == m_styles.back())
            return false;
        m_styles.push_back(style);
        return true;
    }

    static void applyCss(const InlineCss &css, Style &style)
    {
        const auto set = [&style](quint8 mark, bool on) {
            style.marks = on ? quint8(style.marks | mark) : quint8(style.marks & ~mark);
        };
        if (css.bold)
            set(Strong, *css.bold);
        if (css.italic)
            set(Emphasis, *css.italic);
        if (css.underline)
            set(Underline, true);
        if (css.lineThrough)
            set(Strike, true);
    }

    // Links do not nest: inside a link, an inner one is unwrapped.
    void applyLink(const GumboNode *node, Style &style)
    {
        const QString raw = attributeValue(node, "href");
        if (stripUrlNoise(raw).isEmpty())
            return;
        const QString url = safeUrl(raw, m_options.baseUrl);
        if (url.isEmpty()) {
            ++m_report.blockedUrls;
            return;
        }
        if (style.href.isEmpty())
            style.href = url;
    }

    static bool isTrackingPixel(const GumboNode *node)
    {
        const auto tiny = [](const std::optional<double> &size) { return size && *size <= 2; };
        if (tiny(pixelLength(attributeValue(node, "width")))
            || tiny(pixelLength(attributeValue(node, "height"))))
            return true;
        const InlineCss css = parseInlineCss(attributeValue(node, "style"));
        return css.hidden || tiny(css.width) || tiny(css.height);
    }

    // Lazy-loading pages put the real image in data-src and a placeholder in src.
    static QString imageSource(const GumboNode *node)
    {
        QString src = stripUrlNoise(attributeValue(node, "src"));
        const QString lazy = stripUrlNoise(attributeValue(node, "data-src"));
        if (!lazy.isEmpty() && (src.isEmpty() || src.startsWith(u"data:", Qt::CaseInsensitive)))
            src = lazy;
        return src;
    }

    void image(const GumboNode *node)
    {
        if (isTrackingPixel(node)) {
            ++m_report.droppedImages;
            return;
        }
        QString src = imageSource(node);
        if (src.isEmpty()) {
            ++m_report.droppedImages;
            return;
        }
        src = resolveUrl(src, m_options.baseUrl);
        if (m_options.mapImageSource && !src.isEmpty())
            src = m_options.mapImageSource(src);
        if (src.isEmpty()) {
            ++m_report.droppedImages;
            return;
        }
        const QString url = safeUrl(src, m_options.baseUrl);
        if (url.isEmpty()) {
            ++m_report.blockedUrls;
            ++m_report.droppedImages;
            return;
        }
        Node *figure = m_builder.image(url, collapseWhitespace(attributeValue(node, "alt")));
        for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
            if (it->isFigure) {
                if (!it->figure)
                    it->figure = figure;
                break;
            }
        }
    }

    const SanitizeOptions &m_options;
    SanitizeReport &m_report;
    const GumboNode *m_skip;
    Builder m_builder;
    std::vector<Frame> m_frames;
    std::vector<Style> m_styles;
    int m_preformatted = 0;
};

// =============================================================================================
// Titles
// =============================================================================================

// Plain text of an element: text nodes joined, breaks and blocks as spaces, collapsed, NFC.
QString elementText(const GumboNode *element)
{
    QString text;
    std::vector<const GumboNode *> pending {element};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            text += QString::fromUtf8(node->v.text.text);
            continue;
        }
        if (!isElement(node))
            continue;
        const Role role = roleOf(node);
        if (node != element && (role == Role::Drop || role == Role::Ignore))
            continue;
        if (role != Role::Inline && role != Role::Link)
            text += QLatin1Char(' ');
        const GumboVector &children = childrenOf(node);
        for (unsigned i = children.length; i > 0; --i)
            pending.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return collapseWhitespace(text);
}

// The first <h1> with text, outside content that is dropped anyway.
const GumboNode *findTitleHeading(const GumboNode *body)
{
    if (!body)
        return nullptr;
    std::vector<const GumboNode *> pending {body};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (!isElement(node))
            continue;
        const Role role = roleOf(node);
        if (role == Role::Drop || role == Role::Ignore)
            continue;
        if (isHtmlElement(node, GUMBO_TAG_H1) && !elementText(node).isEmpty())
            return node;
        const GumboVector &children = childrenOf(node);
        for (unsigned i = children.length; i > 0; --i)
            pending.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return nullptr;
}

const GumboNode *findTitleElement(const GumboNode *root)
{
    std::vector<const GumboNode *> pending {root};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (!isElement(node) || node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
            continue;
        if (node->v.element.tag == GUMBO_TAG_TITLE)
            return node;
        const GumboVector &children = childrenOf(node);
        for (unsigned i = children.length; i > 0; --i)
            pending.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return nullptr;
}

}  // namespace

QString safeUrl(QStringView url, const QUrl &baseUrl)
{
    const QString cleaned = stripUrlNoise(url);
    if (cleaned.isEmpty())
        return {};
    const QString scheme = urlScheme(cleaned);
    if (!scheme.isEmpty())
        return isAllowedScheme(scheme) ? cleaned : QString();
    if (baseUrl.isEmpty())
        return {};
    const QString resolved = resolveUrl(cleaned, baseUrl);
    return isAllowedScheme(urlScheme(resolved)) ? resolved : QString();
}

QString sanitize(QStringView html, const SanitizeOptions &options, SanitizeReport *report)
{
    SanitizeReport local;
    SanitizeReport &counts = report ? *report : local;
    counts = {};
    const ParsedDocument document(html);
    const GumboNode *root = document.root();
    if (!root)
        return {};
    Walker walker(options, counts, nullptr);
    walker.countHead(findChild(root, GUMBO_TAG_HEAD));
    walker.walk(findChild(root, GUMBO_TAG_BODY));
    return walker.result();
}

HtmlDocumentParts splitDocument(
    QStringView html, const SanitizeOptions &options, SanitizeReport *report)
{
    SanitizeReport local;
    SanitizeReport &counts = report ? *report : local;
    counts = {};
    const ParsedDocument document(html);
    const GumboNode *root = document.root();
    if (!root)
        return {};
    const GumboNode *body = findChild(root, GUMBO_TAG_BODY);
    const GumboNode *heading = findTitleHeading(body);
    HtmlDocumentParts parts;
    if (heading) {
        parts.title = elementText(heading);
    } else if (const GumboNode *title = findTitleElement(root)) {
        parts.title = elementText(title);
    }
    Walker walker(options, counts, heading);
    walker.countHead(findChild(root, GUMBO_TAG_HEAD));
    walker.walk(body);
    parts.bodyHtml = walker.result();
    return parts;
}

}  // namespace newsdesk::html
