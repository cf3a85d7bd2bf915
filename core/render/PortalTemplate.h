#pragma once

// A portal template: a folder with page.html (required), stylesheets and files such as fonts/
// and img/ (docs/TEMPLATES.md). load() checks everything once — encoding, sizes, placeholders,
// that nothing refers outside the folder — so rendering an article cannot fail.

#include "render/PageMarkup.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace newsdesk::render {

class PortalTemplate {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::render::PortalTemplate)

public:
    // The built-in template (so a member can be declared before a folder is chosen).
    PortalTemplate();

    // The one in resources/portal-template, embedded at ":/portal-template".
    static PortalTemplate builtIn();
    // Reads and checks a template folder; the error names the file at fault.
    static Result<PortalTemplate> load(const QString &folder);

    // From template.json, else the folder's name.
    QString name() const;
    // ":/portal-template" for the built-in one.
    QString folder() const;
    // The banner text when the caller gives none (template.json "portalName"); may be empty.
    QString defaultPortalName() const;
    // Stylesheets in the order {{stylesheet}} puts them, as paths inside the folder.
    QStringList styleSheets() const;
    // The text of one of styleSheets(), as checked by load().
    QString styleSheetText(const QString &relativePath) const;
    const PageMarkup &page() const;

    // Bytes of a file inside the template (style.css, fonts/x.woff2, img/banner.png);
    // std::nullopt for anything outside the folder ("..", absolute paths, symlinks leading
    // out), missing, or bigger than kMaxAssetBytes.
    std::optional<QByteArray> asset(const QString &relativePath) const;
    // css, woff2, woff, ttf, otf, png, jpg, svg, webp, gif; application/octet-stream otherwise.
    static QString mimeTypeFor(const QString &relativePath);

    static constexpr qint64 kMaxPageBytes = 1024 * 1024;
    static constexpr qint64 kMaxStyleSheetBytes = 1024 * 1024;
    static constexpr qint64 kMaxManifestBytes = 64 * 1024;
    static constexpr qint64 kMaxAssetBytes = 16 * 1024 * 1024;

private:
    struct Data;
    explicit PortalTemplate(std::shared_ptr<const Data> data);
    static std::optional<QString> filePath(
        const QString &folder, const QString &canonicalFolder, const QString &relativePath);

    std::shared_ptr<const Data> d;  // immutable once loaded, so copies are cheap and thread-safe
};

}  // namespace newsdesk::render
