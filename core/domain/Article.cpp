#include "domain/Article.h"

#include "util/Sha256.h"

namespace newsdesk {
namespace {

// Length-prefixed fields, so ("ab","c") and ("a","bc") hash differently.
void addField(Sha256 &hash, QStringView field)
{
    const QByteArray utf8 = field.toUtf8();
    const QByteArray length = QByteArray::number(utf8.size());
    hash.addData(length);
    hash.addData(QByteArrayView(":"));
    hash.addData(utf8);
}

}  // namespace

QString contentHash(const ArticleContent &content)
{
    Sha256 hash;
    addField(hash, u"newsdesk-content-v1");
    addField(hash, content.title);
    addField(hash, content.summary);
    addField(hash, content.bodyHtml);
    addField(hash, content.author);
    addField(hash, content.category);
    addField(hash, content.tags.join(QChar(0x1F)));
    addField(hash, content.featuredMediaId ? QString::number(*content.featuredMediaId) : QString());
    return hash.hexResult();
}

}  // namespace newsdesk
