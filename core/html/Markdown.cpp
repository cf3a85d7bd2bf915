#include "html/Markdown.h"

#include <md4c-html.h>

#include <QByteArray>

namespace newsdesk::html {
namespace {

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userData)
{
    static_cast<QByteArray *>(userData)->append(text, qsizetype(size));
}

}  // namespace

QString markdownToHtml(QStringView markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    output.reserve(input.size() + input.size() / 4 + 64);
    // Raw HTML inside the Markdown is kept: the sanitizer that runs next decides what stays.
    constexpr unsigned parserFlags
        = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    if (md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &output, parserFlags,
            MD_HTML_FLAG_SKIP_UTF8_BOM)
        != 0)
        return {};
    return QString::fromUtf8(output);
}

}  // namespace newsdesk::html
