#include "domain/ReviewEvent.h"

#include "util/Sha256.h"

namespace newsdesk {
namespace {

// Length-prefixed, so no choice of field contents can make two events serialize alike.
void addField(Sha256 &hash, QStringView field)
{
    const QByteArray utf8 = field.toUtf8();
    hash.addData(QByteArray::number(utf8.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(utf8);
}

QString msOrEmpty(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toMSecsSinceEpoch()) : QString();
}

}  // namespace

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString reviewEventHash(const ReviewEvent &event)
{
    Sha256 hash;
    addField(hash, u"newsdesk-review-event-v1");
    addField(hash, QString::number(event.id));
    addField(hash, QString::number(event.articleId));
    addField(hash, event.articleUuid);
    addField(hash, event.actor);
    addField(hash, event.role);
    addField(hash, event.action);
    addField(hash, statusKey(event.fromStatus));
    addField(hash, statusKey(event.toStatus));
    addField(hash, event.note);
    addField(hash, event.contentHash);
    addField(hash, msOrEmpty(event.scheduledAt));
    addField(hash, msOrEmpty(event.at));
    addField(hash, event.previousHash);
    return hash.hexResult();
}

}  // namespace newsdesk
