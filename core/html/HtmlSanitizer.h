#pragma once

// The canonical-HTML sanitizer (DESIGN.md, "Canonical HTML"). Everything that enters the store
// (paste, import, pull from the portal) goes through sanitize(): any HTML in, the allowlisted
// subset out, deterministic and idempotent: sanitize(sanitize(x)) == sanitize(x).
//
// Output format: top-level blocks one per line ("\n" between them, none at the end); inline
// content stays on its block's line. Containers put each child on its own line:
//
//   <h2>Title</h2>
//   <p>Text with <strong>bold</strong>, <a href="https://x.vn/">a link</a><br>and a break.</p>
//   <ul>
//   <li>item<ul>
//   <li>nested item</li>
//   </ul></li>
//   </ul>
//   <blockquote>
//   <p>quoted</p>
//   </blockquote>
//   <figure><img src="newsdesk-media:ab12..." alt="Alt"><figcaption>Caption</figcaption></figure>
//   <table>
//   <thead>
//   <tr><th>A</th><th>B</th></tr>
//   </thead>
//   <tbody>
//   <tr><td>1</td><td>2</td></tr>
//   </tbody>
//   </table>
//   <hr>
//
// Inline tags nest in a fixed order when they start together: a, strong, em, u, s (no <u> inside
// links). Text is NFC; only & < > are escaped in text (and " in attribute values); U+00A0 stays a
// literal character. Images inside list items, table cells and captions move to just after the
// list, table or figure; Word's list paragraphs (mso-list) become real lists.

#include <QString>
#include <QStringView>
#include <QUrl>

#include <functional>

namespace newsdesk::html {

// Scheme of media-store URLs: newsdesk-media:<sha256 hex> (see MediaUrl.h).
inline constexpr QStringView kMediaScheme = u"newsdesk-media";

struct SanitizeOptions {
    // Relative href/src values are resolved against this; without it they are dropped.
    QUrl baseUrl;
    // When set, called with every non-empty img src (already resolved against baseUrl when that
    // is possible, before the scheme check); returns the src to use, or an empty string to drop
    // the image. The importer uses it to pull local files and data: URIs into the media store.
    std::function<QString(const QString &src)> mapImageSource;
};

// What the sanitizer took out, for messages such as "removed 3 scripts". Overwritten by each call.
struct SanitizeReport {
    // Dropped with their content: script, style, iframe, object, svg, form controls...
    int removedElements = 0;
    // Attributes not carried over: style, class, id, on*, width...
    int removedAttributes = 0;
    // href/src values refused: javascript:, data:, file:, relative ones without a base URL.
    int blockedUrls = 0;
    // Images left out: tracking pixels, no usable src, refused by mapImageSource.
    int droppedImages = 0;
};

// Any HTML (fragment or whole document) -> canonical HTML. Never fails; linear time.
QString sanitize(
    QStringView html, const SanitizeOptions &options = {}, SanitizeReport *report = nullptr);

struct HtmlDocumentParts {
    QString title;  // plain text, whitespace collapsed, NFC; empty when the page has none
    QString bodyHtml;  // canonical HTML of the body, without the heading used as the title
};

// For importing a whole page: the title is the text of the first <h1> that has text (that h1
// is left out of the body), else the <title> element's text, else empty.
HtmlDocumentParts splitDocument(
    QStringView html, const SanitizeOptions &options = {}, SanitizeReport *report = nullptr);

// The URL as the canonical HTML may carry it, or an empty string when it is refused: schemes
// other than http, https, mailto and kMediaScheme (checked after stripping whitespace and control
// characters, case-insensitively), and relative URLs when baseUrl is empty. Relative URLs come
// back resolved and fully encoded. The QTextDocument serializer filters its links through this.
QString safeUrl(QStringView url, const QUrl &baseUrl = {});

}  // namespace newsdesk::html
