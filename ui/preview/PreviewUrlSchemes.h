#pragma once

// The URL schemes the preview loads from. QtWebEngine needs them registered before the
// QApplication exists, so every program that may show a preview (the app, newsdesk-render, the
// GUI tests) calls registerPreviewUrlSchemes() first thing in main().

#include <QByteArray>

namespace newsdesk::preview {

// "newsdesk-preview://page/…" serves the rendered page, "newsdesk-preview://template/…" the
// portal template's files, "newsdesk-media:<sha256>" the article's photos.
inline constexpr QByteArrayView kPreviewScheme = "newsdesk-preview";
inline constexpr QByteArrayView kMediaScheme = "newsdesk-media";

void registerPreviewUrlSchemes();

}  // namespace newsdesk::preview
