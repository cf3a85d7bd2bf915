#pragma once

// "Copy for the portal": the article as canonical HTML, with a plain-text alternative, ready to
// paste into a portal's own web editor when the portal has no API.

#include "domain/Article.h"

class QMimeData;

namespace newsdesk {
class MediaStore;
}

namespace newsdesk::preview {

// The clipboard content (text/html and text/plain); the caller owns it.
QMimeData *portalMimeData(const Article &article, const MediaStore *media);
// Puts it on the system clipboard.
void copyForPortal(const Article &article, const MediaStore *media);

}  // namespace newsdesk::preview
