#pragma once

// Markdown import: CommonMark plus the GitHub extensions editors expect (tables,
// ~~strikethrough~~, bare URLs as links), rendered by md4c. The result is plain md4c HTML;
// callers pass it through splitDocument() or sanitize() like any other HTML.

#include <QString>
#include <QStringView>

namespace newsdesk::html {

// A "# Title" line becomes an <h1>, which splitDocument() takes as the article title.
QString markdownToHtml(QStringView markdown);

}  // namespace newsdesk::html
