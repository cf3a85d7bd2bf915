#pragma once

// Character tests for hot loops (saving, indexing): Unicode White_Space without a call into
// Qt's tables for every Vietnamese letter, most of which are outside ASCII.

namespace newsdesk::text {

constexpr bool isWhiteSpace(char16_t c)
{
    if (c < 0x80)
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
        || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

}  // namespace newsdesk::text
