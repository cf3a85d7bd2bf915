#include "preview/PortalClipboard.h"

#include "render/PortalHandOff.h"
#include "store/MediaStore.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace newsdesk::preview {

QMimeData *portalMimeData(const Article &article, const MediaStore *media)
{
    auto bytesOf = [media](const QString &sha256) -> std::optional<QByteArray> {
        return media ? media->bytesOf(sha256) : std::nullopt;
    };
    const render::PortalHandOff handOff = render::portalHandOff(article, bytesOf);
    auto *data = new QMimeData;
    data->setHtml(handOff.html);
    data->setText(handOff.plainText);
    return data;
}

void copyForPortal(const Article &article, const MediaStore *media)
{
    QGuiApplication::clipboard()->setMimeData(portalMimeData(article, media));
}

}  // namespace newsdesk::preview
