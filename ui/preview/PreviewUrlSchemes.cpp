#include "preview/PreviewUrlSchemes.h"

#include <QCoreApplication>
#include <QWebEngineUrlScheme>

namespace newsdesk::preview {

void registerPreviewUrlSchemes()
{
    // WebEngine shares GL contexts with the widgets; Qt asks for this before the application.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);

    // Both schemes are local: no remote page could ever load them, and they may load each
    // other (the page shows the template's CSS and the media store's photos).
    const auto flags = QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
        | QWebEngineUrlScheme::LocalAccessAllowed;

    QWebEngineUrlScheme page(kPreviewScheme.toByteArray());
    page.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    page.setFlags(flags);
    QWebEngineUrlScheme::registerScheme(page);

    QWebEngineUrlScheme media(kMediaScheme.toByteArray());
    media.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    media.setFlags(flags);
    QWebEngineUrlScheme::registerScheme(media);
}

}  // namespace newsdesk::preview
