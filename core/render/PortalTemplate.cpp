#include "render/PortalTemplate.h"

#include "render/TemplateRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace newsdesk::render {

struct PortalTemplate::Data {
    QString folder;
    QString canonicalFolder;  // empty for Qt resources, which have no symlinks
    QString name;
    QString defaultPortalName;
    QStringList styleSheets;
    QStringList styleSheetTexts;
    PageMarkup page;
};

namespace {

const QString kBuiltInFolder = QStringLiteral(":/portal-template");
const QString kPageFile = QStringLiteral("page.html");
const QString kManifestFile = QStringLiteral("template.json");
const QString kDefaultStyleSheet = QStringLiteral("style.css");

QString shown(const QString &folder, const QString &relativePath)
{
    return QDir::toNativeSeparators(QDir(folder).filePath(relativePath));
}

// Reads one of the template's text files: present, readable, small enough, UTF-8.
class TextFileReader {
    Q_DECLARE_TR_FUNCTIONS(newsdesk::render::PortalTemplate)

public:
    static Result<QString> read(const QString &path, const QString &shownName, qint64 limit)
    {
        const QFileInfo info(path);
        if (!info.exists())
            return makeError(ErrorCode::NotFound, tr("%1 is missing.").arg(shownName));
        if (info.size() > limit)
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is too big (%2 KB); the limit is %3 KB.")
                    .arg(shownName)
                    .arg((info.size() + 1023) / 1024)
                    .arg(limit / 1024));
        QFile file(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::IoError,
                tr("Cannot read %1: %2")
                    .arg(shownName, info.isFile() ? file.errorString() : tr("not a file")));
        const QByteArray bytes = file.read(limit + 1);
        if (bytes.size() > limit)  // grew since we looked
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is too big (%2 KB); the limit is %3 KB.")
                    .arg(shownName)
                    .arg((bytes.size() + 1023) / 1024)
                    .arg(limit / 1024));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(bytes);
        if (decoder.hasError())
            return makeError(ErrorCode::InvalidInput, tr("%1 is not UTF-8 text.").arg(shownName));
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
};

}  // namespace

PortalTemplate::PortalTemplate() : PortalTemplate(builtIn()) { }

PortalTemplate::PortalTemplate(std::shared_ptr<const Data> data) : d(std::move(data)) { }

PortalTemplate PortalTemplate::builtIn()
{
    static const PortalTemplate builtIn = [] {
        auto loaded = load(kBuiltInFolder);
        // Only a broken build gets here: the resources are compiled in and tested.
        if (!loaded)
            qFatal("The built-in portal template is broken: %s",
                qUtf8Printable(loaded.error().message));
        return std::move(loaded).value();
    }();
    return builtIn;
}

Result<PortalTemplate> PortalTemplate::load(const QString &chosenFolder)
{
    const QString folder = QDir::cleanPath(chosenFolder);  // "…/my-portal/" names my-portal too
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir())
        return makeError(ErrorCode::NotFound,
            tr("The template folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    auto data = std::make_shared<Data>();
    data->folder = folder.startsWith(u':') ? folder : folderInfo.absoluteFilePath();
    if (!folder.startsWith(u':'))
        data->canonicalFolder = folderInfo.canonicalFilePath();
    data->name = folderInfo.fileName();
    const auto pathOf = [&](const QString &relative) {
        return filePath(data->folder, data->canonicalFolder, relative);
    };
    const auto notInFolder = [&](const QString &file, const QString &reference) {
        return makeError(ErrorCode::InvalidInput,
            tr("%1 refers to %2, which is not in the template folder.")
                .arg(shown(data->folder, file), reference));
    };

    // template.json is optional: a folder with just page.html and style.css is a template.
    bool styleSheetsListed = false;
    if (QFileInfo::exists(QDir(data->folder).filePath(kManifestFile))) {
        const QString manifestName = shown(data->folder, kManifestFile);
        const auto path = pathOf(kManifestFile);
        if (!path)
            return notInFolder(kManifestFile, kManifestFile);
        auto text = TextFileReader::read(*path, manifestName, kMaxManifestBytes);
        if (!text)
            return text.error();
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(text->toUtf8(), &parseError);
        if (!json.isObject())
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is not a valid template manifest: %2")
                    .arg(manifestName,
                        parseError.error != QJsonParseError::NoError
                            ? parseError.errorString()
                            : tr("expected a JSON object")));
        const QJsonObject manifest = json.object();
        if (const QString name = manifest.value(u"name").toString().trimmed(); !name.isEmpty())
            data->name = name;
        data->defaultPortalName = manifest.value(u"portalName").toString().trimmed();
        if (manifest.contains(u"stylesheets")) {
            styleSheetsListed = true;
            for (const QJsonValue &entry : manifest.value(u"stylesheets").toArray())
                data->styleSheets.append(entry.toString());
        }
    }
    if (!styleSheetsListed && QFileInfo::exists(QDir(data->folder).filePath(kDefaultStyleSheet)))
        data->styleSheets.append(kDefaultStyleSheet);

    // page.html: present, text, valid placeholders, nothing foreign.
    const QString pageName = shown(data->folder, kPageFile);
    if (!QFileInfo::exists(QDir(data->folder).filePath(kPageFile)))
        return makeError(ErrorCode::NotFound,
            tr("%1 is missing: every template needs a page.html.").arg(pageName));
    const auto pagePath = pathOf(kPageFile);
    if (!pagePath && QFileInfo(QDir(data->folder).filePath(kPageFile)).isFile())
        return notInFolder(kPageFile, kPageFile);
    auto pageText = TextFileReader::read(
        pagePath.value_or(QDir(data->folder).filePath(kPageFile)), pageName, kMaxPageBytes);
    if (!pageText)
        return pageText.error();
    auto parsed = PageMarkup::parse(*pageText, {Field::Title, Field::Body});
    if (const auto *error = std::get_if<PageMarkup::ParseError>(&parsed)) {
        using Kind = PageMarkup::ParseError::Kind;
        switch (error->kind) {
        case Kind::UnknownPlaceholder:
            return makeError(ErrorCode::InvalidInput,
                tr("%1, line %2: unknown placeholder %3.")
                    .arg(pageName)
                    .arg(error->line)
                    .arg(error->detail));
        case Kind::UnclosedPlaceholder:
            return makeError(ErrorCode::InvalidInput,
                tr("%1, line %2: a placeholder is not closed with }} on its line: %3")
                    .arg(pageName)
                    .arg(error->line)
                    .arg(error->detail));
        case Kind::UnbalancedSection:
            return makeError(ErrorCode::InvalidInput,
                error->line > 0
                    ? tr("%1, line %2: %3 does not close the section opened last.")
                          .arg(pageName)
                          .arg(error->line)
                          .arg(error->detail)
                    : tr("%1: the section %2 is never closed.").arg(pageName, error->detail));
        case Kind::MissingField:
            return makeError(ErrorCode::InvalidInput,
                tr("%1 has no %2 placeholder; every template needs one.")
                    .arg(pageName, error->detail));
        }
    }
    data->page = std::get<PageMarkup>(std::move(parsed));
    if (const auto foreign = template_rules::firstForeignReference(*pageText))
        return makeError(ErrorCode::InvalidInput,
            tr("%1 refers to %2: a template may only load its own files (through "
               "{{asset:…}}) and data: URLs.")
                .arg(pageName, *foreign));
    for (const QString &asset : data->page.assetPaths()) {
        if (!pathOf(asset))
            return notInFolder(kPageFile, asset);
    }

    // Stylesheets: text, no @import, every url() a data: URL or a file of the folder.
    for (const QString &styleSheet : std::as_const(data->styleSheets)) {
        const auto path = pathOf(styleSheet);
        if (!path)
            return notInFolder(kManifestFile, styleSheet);
        const QString styleName = shown(data->folder, styleSheet);
        auto css = TextFileReader::read(*path, styleName, kMaxStyleSheetBytes);
        if (!css)
            return css.error();
        if (template_rules::hasImport(*css))
            return makeError(ErrorCode::InvalidInput,
                tr("%1 uses @import; list every stylesheet in template.json instead.")
                    .arg(styleName));
        std::optional<Error> urlError;
        (void)template_rules::rewriteCssUrls(*css, [&](const QString &url) {
            if (urlError || template_rules::isSelfContainedUrl(url))
                return url;
            const auto target = template_rules::resolveRelative(url, styleSheet);
            if (!target)
                urlError = makeError(ErrorCode::InvalidInput,
                    tr("%1 refers to %2: a template may only load its own files and data: URLs.")
                        .arg(styleName, url));
            else if (!pathOf(*target))
                urlError = notInFolder(styleSheet, url);
            return url;
        });
        if (urlError)
            return *urlError;
        data->styleSheetTexts.append(*css);
    }
    return PortalTemplate(std::move(data));
}

QString PortalTemplate::name() const
{
    return d->name;
}

QString PortalTemplate::folder() const
{
    return d->folder;
}

QString PortalTemplate::defaultPortalName() const
{
    return d->defaultPortalName;
}

QStringList PortalTemplate::styleSheets() const
{
    return d->styleSheets;
}

QString PortalTemplate::styleSheetText(const QString &relativePath) const
{
    const qsizetype index = d->styleSheets.indexOf(relativePath);
    return index < 0 ? QString() : d->styleSheetTexts.at(index);
}

const PageMarkup &PortalTemplate::page() const
{
    return d->page;
}

std::optional<QString> PortalTemplate::filePath(
    const QString &folder, const QString &canonicalFolder, const QString &relativePath)
{
    // Plain relative paths only: no absolute paths, drive letters, schemes or backslashes.
    if (relativePath.isEmpty() || relativePath.startsWith(u'/') || relativePath.contains(u'\\')
        || relativePath.contains(u':') || relativePath.contains(QChar(0)))
        return std::nullopt;
    const QString clean = QDir::cleanPath(relativePath);
    if (clean == u"." || clean == u".." || clean.startsWith(QStringLiteral("../")))
        return std::nullopt;
    const QString path = folder + u'/' + clean;
    const QFileInfo info(path);
    if (!info.isFile())
        return std::nullopt;
    // A symlink may point anywhere: what counts is where the file really is.
    if (!canonicalFolder.isEmpty() && !info.canonicalFilePath().startsWith(canonicalFolder + u'/'))
        return std::nullopt;
    return path;
}

std::optional<QByteArray> PortalTemplate::asset(const QString &relativePath) const
{
    const auto path = filePath(d->folder, d->canonicalFolder, relativePath);
    if (!path)
        return std::nullopt;
    QFile file(*path);
    if (file.size() > kMaxAssetBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QString PortalTemplate::mimeTypeFor(const QString &relativePath)
{
    static const QHash<QString, QString> kTypes {
        {QStringLiteral("css"), QStringLiteral("text/css")},
        {QStringLiteral("woff2"), QStringLiteral("font/woff2")},
        {QStringLiteral("woff"), QStringLiteral("font/woff")},
        {QStringLiteral("ttf"), QStringLiteral("font/ttf")},
        {QStringLiteral("otf"), QStringLiteral("font/otf")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("svg"), QStringLiteral("image/svg+xml")},
        {QStringLiteral("webp"), QStringLiteral("image/webp")},
        {QStringLiteral("gif"), QStringLiteral("image/gif")},
    };
    const QString suffix = relativePath.mid(relativePath.lastIndexOf(u'.') + 1).toLower();
    return kTypes.value(suffix, QStringLiteral("application/octet-stream"));
}

}  // namespace newsdesk::render
