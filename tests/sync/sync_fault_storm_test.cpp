// Issue 8's figure: "200 posts synced through the fault proxy with 30% of requests faulted end
// with exactly 200 correct posts on the portal", against the real WordPress of the ctest
// fixture `wordpress` (tests/integration, docs/INTEGRATION.md).
//
// One store, an editor's account whose site is a FaultProxy (tests/faultproxy) in front of
// WordPress. 200 Vietnamese articles (10 with a photo of random pixels) are submitted, every
// 4th also approved and published before the first sync; the engine is run again and again
// (a new SyncEngine and network manager each time, like `newsdesk-cli sync` invocations) until
// the outbox has nothing open. Then every other 4th article is approved and published and the
// storm goes on until those updates are through too. Throughout, 30% of the requests that
// reach the proxy are faulted: resets before and after forwarding (Qt re-sends once, silently),
// 503 with Retry-After: 1 and 500, stalls longer than the client's transfer timeout, truncated
// bodies, HTML pages instead of JSON, and a few 20 MB answers of garbage.
//
// The portal is then checked by the administrator's own REST GETs, straight to WordPress: one
// post per article with the right title, excerpt, text, status, terms and photo, nothing of
// ours in the trash, one media item per photo; and the outbox has every operation done or
// reconciled.
//
// Reproducible: the fault of a request depends only on (seed, its sequence number at the
// proxy), and the store's clock is a ManualClock that moves only when nothing is due (it jumps
// to the earliest next attempt), so the order of requests does not depend on how fast the
// machine is. NEWSDESK_STORM_SEED overrides the seed.

#include "FaultProxy.h"
#include "QtPrinters.h"
#include "WordPressEnv.h"

#include "domain/Article.h"
#include "domain/MediaItem.h"
#include "html/MediaUrl.h"
#include "io/PortalTime.h"
#include "portal/PortalConnection.h"
#include "portal/SiteUrl.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "store/ProfileStore.h"
#include "sync/OutboxStore.h"
#include "sync/PortalAccountStore.h"
#include "sync/PostPayload.h"
#include "sync/SyncEngine.h"
#include "util/Clock.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace newsdesk;
using newsdesk::test::Fault;
using newsdesk::test::FaultProxy;
using newsdesk::test::ProxiedRequest;

namespace {

constexpr int kArticles = 200;
constexpr int kPhotos = 10;  // articles 0, 20, 40, ... carry one (see hasPhoto)
constexpr double kFaultFraction = 0.30;
constexpr quint32 kDefaultSeed = 20'240'808;
constexpr int kTransferTimeoutMs = 1'500;
constexpr int kStallMs = 3'000;  // longer than the transfer timeout: not re-sent by Qt
constexpr qint64 kHugeBytes = 20 * 1024 * 1024;  // the client stops reading at 8 MB
constexpr int kMaxRunsPerPhase = 600;
constexpr qint64 kMaxStormMs = 300'000;  // both phases together

std::string s(const QString &text)
{
    return text.toStdString();
}

using newsdesk::test::readEnv;

template<typename T>
std::optional<Result<T>> waitFor(
    PortalConnection &connection, void (PortalConnection::*signal)(const Result<T> &))
{
    std::optional<Result<T>> result;
    const auto link
        = QObject::connect(&connection, signal, [&](const Result<T> &r) { result.emplace(r); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(link);
    return result;
}

// A field WordPress sends as {raw, rendered} in context=edit.
QString raw(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    return value.isObject() ? value.toObject().value(QStringLiteral("raw")).toString()
                            : value.toString();
}

qint64 idOf(const QJsonValue &value)
{
    return qint64(value.toDouble());
}

QList<qint64> idsOf(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids << idOf(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The portal as its administrator sees it, by plain REST GETs straight to WordPress.
class AdminPortal {
public:
    struct Answer {
        int status = 0;
        QJsonDocument json;
        int totalPages = 0;  // X-WP-TotalPages
        QString error;
    };

    void setUp(const QHash<QString, QString> &env)
    {
        m_site = QUrl(env.value(QStringLiteral("WP_URL")));
        m_authorization = "Basic "
            + (env.value(QStringLiteral("WP_ADMINISTRATOR_USER")) + u':'
                + env.value(QStringLiteral("WP_ADMINISTRATOR_APP_PASSWORD")))
                  .toUtf8()
                  .toBase64();
    }

    Answer get(const QString &route, QUrlQuery query = {})
    {
        if (!query.hasQueryItem(QStringLiteral("context")))
            query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        QNetworkRequest request(SiteUrl::restUrl(m_site, route, query));
        request.setRawHeader("Authorization", m_authorization);
        request.setTransferTimeout(60'000);
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.totalPages = reply->rawHeader("X-WP-TotalPages").toInt();
        const QByteArray body = reply->readAll();
        QJsonParseError error {};
        answer.json = QJsonDocument::fromJson(body, &error);
        if (reply->error() != QNetworkReply::NoError || error.error != QJsonParseError::NoError)
            answer.error
                = reply->errorString() + QStringLiteral(": ") + QString::fromUtf8(body.left(300));
        reply->deleteLater();
        return answer;
    }

    // Every item of a collection the search matches, all pages.
    QList<QJsonObject> all(const QString &route, QUrlQuery query)
    {
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        QList<QJsonObject> items;
        for (int page = 1; page <= 100; ++page) {
            QUrlQuery paged = query;
            paged.addQueryItem(QStringLiteral("page"), QString::number(page));
            const Answer answer = get(route, paged);
            EXPECT_EQ(answer.status, 200) << s(route) << ": " << s(answer.error);
            if (answer.status != 200)
                break;
            for (const QJsonValue &item : answer.json.array())
                items << item.toObject();
            if (page >= answer.totalPages)
                break;
        }
        return items;
    }

    // Every media item whose description carries the photo's marker.
    QList<QJsonObject> mediaOf(const QString &sha256)
    {
        const QString marker = PortalMapping::mediaMarker(sha256);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), marker);
        QList<QJsonObject> found;
        for (const QJsonObject &item : all(QStringLiteral("/wp/v2/media"), query))
            if (raw(item, QStringLiteral("description")).contains(marker))
                found << item;
        return found;
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_site;
    QByteArray m_authorization;
};

// The REST route a request line names ("/wp/v2/posts/12"), from ?rest_route= or /wp-json/.
QString routeOf(const QUrl &url)
{
    const QString route
        = QUrlQuery(url).queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
    if (!route.isEmpty())
        return route;
    const QString path = url.path();
    const qsizetype json = path.indexOf(QStringLiteral("/wp-json"));
    return json >= 0 ? path.mid(json + 8) : path;
}

// What a request is for, in a word, for the figures.
QString purposeOf(const QByteArray &method, const QUrl &url)
{
    const QString route = routeOf(url);
    static const QRegularExpression postId(QStringLiteral("^/wp/v2/posts/\\d+$"));
    static const QRegularExpression mediaId(QStringLiteral("^/wp/v2/media/\\d+$"));
    if (method == "DELETE")
        return QStringLiteral("delete duplicate");
    if (route == u"/wp/v2/posts" && method == "POST")
        return QStringLiteral("create post");
    if (route == u"/wp/v2/posts")
        return QUrlQuery(url).hasQueryItem(QStringLiteral("search"))
            ? QStringLiteral("search posts")
            : QStringLiteral("pull posts");
    if (postId.match(route).hasMatch())
        return method == "POST" ? QStringLiteral("update post") : QStringLiteral("read post");
    if (route == u"/wp/v2/media")
        return method == "POST" ? QStringLiteral("upload photo") : QStringLiteral("search photos");
    if (mediaId.match(route).hasMatch())
        return QStringLiteral("media item");
    if (route == u"/wp/v2/categories" || route == u"/wp/v2/tags")
        return method == "POST" ? QStringLiteral("create term") : QStringLiteral("pull terms");
    if (route == u"/" || route == u"/wp/v2/users/me")
        return QStringLiteral("pull site");
    return QString::fromLatin1(method) + u' ' + route;
}

QString faultName(const Fault &fault)
{
    switch (fault.kind) {
    case Fault::Kind::None:
        return QStringLiteral("none");
    case Fault::Kind::ResetBeforeForward:
        return QStringLiteral("reset before forward");
    case Fault::Kind::ResetAfterForward:
        return QStringLiteral("reset after forward");
    case Fault::Kind::Status:
        return QStringLiteral("status %1%2")
            .arg(fault.code)
            .arg(fault.retryAfterSeconds
                    ? QStringLiteral(" + Retry-After %1").arg(*fault.retryAfterSeconds)
                    : QString());
    case Fault::Kind::Stall:
        return QStringLiteral("stall %1 ms").arg(fault.stallMs);
    case Fault::Kind::Truncate:
        return QStringLiteral("truncate");
    case Fault::Kind::Html:
        return QStringLiteral("html page");
    case Fault::Kind::Huge:
        return QStringLiteral("huge %1 MB").arg(fault.hugeBytes / (1024 * 1024));
    }
    return QStringLiteral("?");
}

// faultRandomly()'s draw (the fault depends only on the seed and the request's sequence
// number), with the parameters this test needs rather than Fault::of's defaults: 503 with
// Retry-After: 1 and 500, a stall past our transfer timeout, and Huge rarely and smaller.
// Weights: resets, truncated bodies and HTML pages 10 each; 503, 500 and stalls 5 each (a
// stall costs the transfer timeout in real time); Huge 1.
FaultProxy::Policy stormPolicy(double fraction, quint32 seed)
{
    struct Weighted {
        Fault fault;
        int weight;
    };
    const QList<Weighted> menu {
        {Fault::resetBeforeForward(), 10},
        {Fault::resetAfterForward(), 10},
        {Fault::status(503, 1), 5},
        {Fault::status(500), 5},
        {Fault::stall(kStallMs), 5},
        {Fault::truncate(), 10},
        {Fault::html(), 10},
        {Fault::huge(kHugeBytes), 1},
    };
    int total = 0;
    for (const Weighted &item : menu)
        total += item.weight;
    return [fraction, seed, menu, total](const ProxiedRequest &request) {
        const quint32 seeds[] = {seed, quint32(request.sequence)};
        QRandomGenerator random(seeds);
        if (random.generateDouble() >= fraction)
            return Fault::none();
        int pick = int(random.bounded(total));
        for (const Weighted &item : menu) {
            if (pick < item.weight)
                return item.fault;
            pick -= item.weight;
        }
        return Fault::none();
    };
}

// One request the engine handed to its network manager, and where its exchange starts in the
// proxy's log (Qt's silent re-send, if any, follows it there).
struct EngineRequest {
    QByteArray method;
    QString route;
    QString search;  // ?search=
    QString marker;  // newsdesk-post-/newsdesk-media- marker in the body or the query
    int firstProxySequence = 0;
    int run = 0;
};

class TracingNetwork : public QNetworkAccessManager {
public:
    TracingNetwork(QList<EngineRequest> &trace, std::function<int()> nextSequence, int run)
        : m_trace(trace), m_nextSequence(std::move(nextSequence)), m_run(run)
    {
    }

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        static const QRegularExpression marker(
            QStringLiteral("newsdesk-(post|media)-[0-9a-fA-F-]+"));
        EngineRequest traced;
        switch (op) {
        case GetOperation:
            traced.method = "GET";
            break;
        case PostOperation:
            traced.method = "POST";
            break;
        case PutOperation:
            traced.method = "PUT";
            break;
        case DeleteOperation:
            traced.method = "DELETE";
            break;
        default:
            traced.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        }
        traced.route = routeOf(request.url());
        traced.search
            = QUrlQuery(request.url()).queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
        QString text
            = QString::fromUtf8(QByteArray::fromPercentEncoding(request.url().toEncoded()));
        if (outgoingData && traced.route.startsWith(u"/wp/v2/posts"))
            text += QString::fromUtf8(outgoingData->peek(outgoingData->bytesAvailable()));
        if (const QRegularExpressionMatch found = marker.match(text); found.hasMatch())
            traced.marker = found.captured(0);
        traced.firstProxySequence = m_nextSequence();
        traced.run = m_run;
        m_trace << traced;
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }

private:
    QList<EngineRequest> &m_trace;
    std::function<int()> m_nextSequence;
    int m_run;
};

// The pull of posts (issue 8) adds these to SyncSummary; zero for an engine without it.
template<typename Summary> int postsPulledOf(const Summary &summary)
{
    if constexpr (requires { summary.postsPulled; })
        return summary.postsPulled;
    else
        return 0;
}

template<typename Summary> int articlesCreatedOf(const Summary &summary)
{
    if constexpr (requires { summary.articlesCreated; })
        return summary.articlesCreated;
    else
        return 0;
}

template<typename Summary> int conflictsOf(const Summary &summary)
{
    if constexpr (requires { summary.conflicts; })
        return summary.conflicts;
    else
        return 0;
}

struct StormFigures {
    int runs = 0;
    int pullsFailed = 0;  // runs that did not get past the pull
    int offlineRuns = 0;  // runs ended early by a network failure
    int sent = 0;
    int done = 0;
    int reconciled = 0;
    int failed = 0;
    int photosUploaded = 0;
    int duplicatesRemoved = 0;
    int engineRequests = 0;
    int postsPulled = 0;
    int articlesCreated = 0;  // by the pull: must stay 0 (every post is ours)
    int conflicts = 0;
    qint64 clockJumpedMs = 0;
    qint64 wallMs = 0;
};

// Vietnamese news sentences; each article takes five (about 100 words).
const char16_t *const kSentences[] = {
    u"Sáng nay, Ủy ban nhân dân thành phố đã tổ chức cuộc họp khẩn để bàn phương án ứng phó "
    u"với cơn bão đang tiến vào đất liền.",
    u"Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, mưa lớn có thể kéo dài đến hết ngày "
    u"mai ở nhiều tỉnh miền Trung.",
    u"Hàng nghìn hộ dân ven biển đã được di dời đến nơi an toàn trước khi gió mạnh đổ bộ vào "
    u"khu vực này.",
    u"Lực lượng cứu hộ túc trực tại các điểm xung yếu, sẵn sàng hỗ trợ người dân khi nước sông "
    u"dâng cao.",
    u"Nhiều chuyến bay đến và đi từ sân bay Đà Nẵng phải điều chỉnh giờ cất cánh vì thời tiết "
    u"xấu kéo dài.",
    u"Các trường học trong vùng ảnh hưởng cho học sinh nghỉ học để bảo đảm an toàn tuyệt đối "
    u"cho các em.",
    u"Ngành điện cho biết đã khôi phục việc cấp điện cho phần lớn khách hàng sau sự cố xảy ra "
    u"đêm qua.",
    u"Giá rau xanh tại các chợ đầu mối tăng nhẹ do nguồn cung từ các tỉnh lân cận bị gián đoạn "
    u"nhiều ngày.",
    u"Chính quyền địa phương khuyến cáo người dân không ra khơi và theo dõi thường xuyên bản tin "
    u"thời tiết.",
    u"Các đội tình nguyện mang theo lương thực, nước uống và thuốc men đến những khu vực đang bị "
    u"cô lập.",
    u"Ông Nguyễn Văn Hùng, một ngư dân ở xã Tam Hải, cho biết gia đình ông đã chằng chống nhà "
    u"cửa từ chiều hôm qua.",
    u"Sau khi bão tan, công tác dọn dẹp và sửa chữa hạ tầng giao thông sẽ được triển khai ngay "
    u"trong tuần.",
};

class SyncFaultStormTest : public ::testing::Test {
protected:
    struct Story {
        Article article;
        std::optional<MediaItem> photo;
        QString tagName;
        QString marker;  // "newsdesk-post-<uuid>"
        QString line;  // a sentence only this article has
        bool publishFirst = false;  // published before the first sync (created as publish)
        bool publishLater = false;  // published after the first storm (an update)
        QString expectedStatus() const
        {
            return publishFirst || publishLater ? QStringLiteral("publish")
                                                : QStringLiteral("pending");
        }
    };

    void SetUp() override
    {
        // Two bugs this test found are fixed in core/sync: a failed duplicate check after a
        // create now keeps the operation open (the next attempt checks again), and the pull no
        // longer links a copy while a create of ours is unsettled (nor moves a link to a copy).
        // The per-request and per-operation lines would drown the figures; warnings stay.
        QLoggingCategory::setFilterRules(
            QStringLiteral("newsdesk.*.debug=false\nnewsdesk.*.info=false"));
        env = readEnv();
        ASSERT_TRUE(env.contains(QStringLiteral("WP_URL")))
            << "no WordPress env file: run through ctest (fixture `wordpress`) or set "
               "NEWSDESK_WORDPRESS_ENV";
        admin.setUp(env);
        seed = kDefaultSeed;
        if (const QString given = qEnvironmentVariable("NEWSDESK_STORM_SEED"); !given.isEmpty())
            seed = given.toUInt();
        // Titles and photos must not meet another run's on the shared WordPress: random.
        tag = QString::number(QRandomGenerator::global()->generate(), 36);
        ASSERT_TRUE(dir.isValid());
        auto opened = Database::open(Database::Options {dir.filePath(QStringLiteral("s.db"))});
        ASSERT_TRUE(opened.ok()) << s(opened.error().message);
        db = std::move(opened.value());
        articles = std::make_unique<ArticleStore>(*db, clock);
        media = std::make_unique<MediaStore>(*db, clock);
        workflow = std::make_unique<WorkflowService>(*db, clock, portal_time::defaultZone());
        ASSERT_TRUE(workflow->setProfileName(QStringLiteral("Trần Thị Bão Tố")).ok());
        ASSERT_TRUE(proxy.listen(quint16(wpUrl().port())));
    }

    QString user() const { return env.value(QStringLiteral("WP_EDITOR_USER")); }
    QString password() const { return env.value(QStringLiteral("WP_EDITOR_APP_PASSWORD")); }
    QUrl wpUrl() const { return QUrl(env.value(QStringLiteral("WP_URL"))); }

    // What `newsdesk-cli account add` does, straight to WordPress; the account saved points at
    // the proxy, so every request of the engine goes through it.
    void connectAccount()
    {
        QNetworkAccessManager network;
        PortalConnection connection(&network);
        connection.verify(wpUrl(), user(), password());
        const auto verified = waitFor(connection, &PortalConnection::finished);
        ASSERT_TRUE(verified.has_value() && verified->ok())
            << (verified ? s(verified->error().message + u' ' + verified->error().detail)
                         : std::string("no answer"));
        connection.fetchTerms();
        const auto terms = waitFor(connection, &PortalConnection::termsFetched);
        ASSERT_TRUE(terms.has_value() && terms->ok());
        account.identity = **verified;
        const QUrl through = proxy.rewrite(wpUrl());
        account.identity.siteUrl = through;
        account.identity.restRoot = SiteUrl::restUrl(through, QStringLiteral("/"));
        PortalAccountStore accounts(*db);
        ASSERT_TRUE(accounts.save(account, clock.nowUtc()).ok());
        ASSERT_TRUE(accounts.replaceTerms(account.site(), **terms, clock.nowUtc()).ok());
        ASSERT_TRUE(ProfileStore(*db).setRoleFromPortal(account.identity.role).ok());
        ASSERT_EQ(account.identity.role, Role::Approver);
        ASSERT_EQ(account.identity.siteUrl.port(), proxy.port());
    }

    // A small picture of random pixels: its sha256 (and portal marker) is this run's alone.
    MediaItem addPhoto(const QString &caption)
    {
        QImage image(40, 30, QImage::Format_RGB32);
        QRandomGenerator *random = QRandomGenerator::global();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, random->generate() | 0xff000000u);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        EXPECT_TRUE(image.save(&buffer, "PNG"));
        auto item
            = media->add(bytes, QStringLiteral("image/png"), QStringLiteral("anh.png"), caption);
        EXPECT_TRUE(item.ok()) << (item.ok() ? std::string() : s(item.error().message));
        return item.ok() ? *item : MediaItem {};
    }

    void act(qint64 articleId, WorkflowAction action)
    {
        auto done = workflow->perform(articleId, action);
        ASSERT_TRUE(done.ok()) << Workflow::actionKey(action).toStdString() << ": "
                               << (done.ok() ? std::string() : s(done.error().message));
    }

    static bool hasPhoto(int index) { return index % (kArticles / kPhotos) == 0; }

    void writeArticles()
    {
        for (int i = 0; i < kArticles; ++i) {
            Story story;
            const QString number = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            story.line = QStringLiteral("Bản tin số %1 của đợt thử %2.").arg(number, tag);
            QRandomGenerator words(seed ^ quint32(i * 7919 + 1));
            QStringList sentences;
            for (int k = 0; k < 5; ++k)
                sentences << QString::fromUtf16(
                    kSentences[words.bounded(int(std::size(kSentences)))]);
            QString body = QStringLiteral("<p>%1 %2 %3</p>\n<p>%4 %5</p>")
                               .arg(story.line, sentences.at(0), sentences.at(1), sentences.at(2),
                                   sentences.at(3))
                + QStringLiteral("\n<p>%1</p>").arg(sentences.at(4));
            NewArticle article;
            if (hasPhoto(i)) {
                const QString caption = QStringLiteral("Ảnh bão %1 số %2").arg(tag, number);
                story.photo = addPhoto(caption);
                ASSERT_FALSE(story.photo->sha256.isEmpty());
                body += QStringLiteral("\n<figure><img src=\"")
                    + html::mediaUrl(story.photo->sha256) + QStringLiteral("\" alt=\"") + caption
                    + QStringLiteral("\"><figcaption>") + caption
                    + QStringLiteral("</figcaption></figure>");
                article.content.featuredMediaId = story.photo->id;
            }
            story.tagName = tagNames.at(i % tagNames.size());
            article.content.title = QStringLiteral("[bão %1] Bản tin số %2").arg(tag, number);
            article.content.summary
                = QStringLiteral("Tóm tắt bản tin số %1 (%2).").arg(number, tag);
            article.content.bodyHtml = body;
            article.content.author = QStringLiteral("Phóng viên Bão Tố");
            article.content.category = category;
            article.content.tags = QStringList {story.tagName};
            auto created = articles->create(article);
            ASSERT_TRUE(created.ok()) << s(created.error().message);
            story.article = *created;
            story.marker = PortalMapping::postMarker(story.article.uuid);
            ASSERT_TRUE(story.article.content.bodyHtml.contains(story.line));
            story.publishFirst = i % 4 == 0;
            story.publishLater = i % 4 == 2;
            ASSERT_NO_FATAL_FAILURE(act(story.article.id, WorkflowAction::Submit));
            if (story.publishFirst) {
                ASSERT_NO_FATAL_FAILURE(act(story.article.id, WorkflowAction::Approve));
                ASSERT_NO_FATAL_FAILURE(act(story.article.id, WorkflowAction::Publish));
            }
            stories << story;
        }
    }

    // Runs the engine again and again until the outbox has nothing open.
    void storm(const char *phase, StormFigures &figures)
    {
        QElapsedTimer timer;
        timer.start();
        OutboxStore outbox(*db);
        for (;;) {
            auto counts = outbox.counts();
            ASSERT_TRUE(counts.ok()) << s(counts.error().message);
            ASSERT_EQ(counts->failed, 0) << phase << ": an operation failed for good";
            if (counts->open() == 0)
                break;
            ASSERT_LT(figures.runs, kMaxRunsPerPhase) << phase << ": still " << counts->open()
                                                      << " open after " << figures.runs << " runs";
            ASSERT_LT(stormTimer.elapsed(), kMaxStormMs)
                << phase << ": still " << counts->open() << " open after " << stormTimer.elapsed()
                << " ms";

            // Nothing due: move the store's clock to the earliest next attempt.
            auto open = outbox.open();
            ASSERT_TRUE(open.ok());
            QDateTime earliest;
            bool anyDue = false;
            for (const OutboxOperation &op : std::as_const(*open)) {
                if (!op.nextAttemptAt.isValid() || op.nextAttemptAt <= clock.nowUtc()) {
                    anyDue = true;
                    break;
                }
                if (!earliest.isValid() || op.nextAttemptAt < earliest)
                    earliest = op.nextAttemptAt;
            }
            if (!anyDue && earliest.isValid()) {
                figures.clockJumpedMs += clock.nowUtc().msecsTo(earliest);
                clock.set(earliest);
            }

            ++figures.runs;
            ++totalRuns;
            TracingNetwork network(
                trace, [this] { return int(proxy.log().size()) + 1; }, totalRuns);
            SyncEngine engine(*db, *media, clock, &network);
            engine.setPassword(password());
            HttpLimits limits;
            limits.transferTimeoutMs = kTransferTimeoutMs;
            engine.setLimits(limits);
            RetryPolicy retry;
            retry.firstDelayMs = 100;
            retry.maxDelayMs = 1'000;
            retry.maxAttempts = 1'000;  // the storm must not exhaust them
            engine.setRetryPolicy(retry);
            engine.setRandom([] { return 0.5; });
            QObject::connect(&engine, &SyncEngine::operationFinished,
                [this](qint64 id, OutboxState state, const QString &message) {
                    finished[id] << outboxStateKey(state) + QStringLiteral(" (run ")
                            + QString::number(totalRuns) + QStringLiteral(")")
                            + (message.isEmpty() ? QString() : QStringLiteral(": ") + message);
                });
            auto result = engine.run();
            ASSERT_TRUE(result.ok())
                << phase << ", run " << figures.runs << ": " << s(result.error().message);
            const SyncSummary &summary = *result;
            EXPECT_FALSE(summary.paused) << s(summary.errors.join(u'\n'));
            if (!summary.termsPulled)
                ++figures.pullsFailed;
            if (summary.offline)
                ++figures.offlineRuns;
            figures.sent += summary.sent;
            figures.done += summary.done;
            figures.reconciled += summary.reconciled;
            figures.failed += summary.failed;
            figures.photosUploaded += summary.photosUploaded;
            figures.duplicatesRemoved += summary.duplicatesRemoved;
            figures.engineRequests += summary.requests;
            figures.postsPulled += postsPulledOf(summary);
            figures.articlesCreated += articlesCreatedOf(summary);
            figures.conflicts += conflictsOf(summary);
            for (const QString &notice : summary.notices)
                std::printf("    notice: %s\n", qPrintable(notice));
        }
        figures.wallMs = timer.elapsed();
    }

    void printFigures(const char *phase, const StormFigures &f)
    {
        std::printf("  %s: %d runs (%d stopped in the pull, %d went offline), %d sends, %d done, "
                    "%d reconciled, %d failed, %d photos uploaded, %d duplicates removed, "
                    "%d engine requests, %d posts pulled (%d new articles, %d conflicts), clock "
                    "moved %.1f s, %.1f s wall\n",
            phase, f.runs, f.pullsFailed, f.offlineRuns, f.sent, f.done, f.reconciled, f.failed,
            f.photosUploaded, f.duplicatesRemoved, f.engineRequests, f.postsPulled,
            f.articlesCreated, f.conflicts, double(f.clockJumpedMs) / 1000,
            double(f.wallMs) / 1000);
    }

    void printProxyFigures()
    {
        const QList<ProxiedRequest> log = proxy.log();
        QMap<QString, int> byFault;
        QMap<QString, QMap<QString, int>> byPurpose;  // purpose -> fault -> count
        int faulted = 0;
        for (const ProxiedRequest &request : log) {
            const QUrl url(QString::fromLatin1(request.target));
            const QString purpose = purposeOf(request.method, url);
            const QString fault = faultName(request.fault);
            ++byPurpose[purpose][QStringLiteral("all")];
            if (request.fault.kind == Fault::Kind::None)
                continue;
            ++faulted;
            ++byFault[fault];
            ++byPurpose[purpose][fault];
        }
        std::printf("  proxy: %lld requests, %d forwarded to WordPress, %d faulted (%.1f%%)\n",
            static_cast<long long>(log.size()), proxy.forwardedCount(), faulted,
            log.isEmpty() ? 0.0 : 100.0 * faulted / double(log.size()));
        for (auto it = byFault.constBegin(); it != byFault.constEnd(); ++it)
            std::printf("    %-26s %d\n", qPrintable(it.key()), it.value());
        std::printf("  by purpose (all / faulted by kind):\n");
        for (auto it = byPurpose.constBegin(); it != byPurpose.constEnd(); ++it) {
            QStringList kinds;
            for (auto kind = it.value().constBegin(); kind != it.value().constEnd(); ++kind)
                if (kind.key() != u"all")
                    kinds << QStringLiteral("%1 %2").arg(kind.key()).arg(kind.value());
            std::printf("    %-16s %4d  %s\n", qPrintable(it.key()),
                it.value().value(QStringLiteral("all")), qPrintable(kinds.join(u", ")));
        }
    }

    // What happened to one article's requests at the proxy: the evidence for a failure.
    void printHistory(const Story &story, const QSet<QString> &postRoutes)
    {
        const QList<ProxiedRequest> log = proxy.log();
        const QString mediaMarker
            = story.photo ? PortalMapping::mediaMarker(story.photo->sha256) : QString();
        std::printf("    history of %s (%s):\n", qPrintable(story.article.content.title),
            qPrintable(story.marker));
        for (qsizetype k = 0; k < trace.size(); ++k) {
            const EngineRequest &request = trace.at(k);
            const bool ours = request.marker == story.marker || request.search == story.marker
                || postRoutes.contains(request.route)
                || (!mediaMarker.isEmpty()
                    && (request.marker == mediaMarker || request.search == mediaMarker));
            if (!ours)
                continue;
            // This request, and the deletions that followed a search of ours.
            for (qsizetype j = k; j < trace.size(); ++j) {
                const EngineRequest &shown = trace.at(j);
                if (j > k && shown.method != "DELETE")
                    break;
                const int first = shown.firstProxySequence;
                const int end = j + 1 < trace.size() ? trace.at(j + 1).firstProxySequence
                                                     : int(log.size()) + 1;
                QStringList exchanges;
                for (int seq = first; seq < end && seq <= log.size(); ++seq)
                    exchanges << QStringLiteral("#%1 %2").arg(seq).arg(
                        faultName(log.at(seq - 1).fault));
                std::printf("      run %d: %s %s%s -> %s\n", shown.run, shown.method.constData(),
                    qPrintable(shown.route),
                    shown.search.isEmpty() ? ""
                                           : qPrintable(QStringLiteral(" ?search=") + shown.search),
                    qPrintable(exchanges.join(QStringLiteral(", "))));
            }
        }
        auto recent = OutboxStore(*db).recent(100'000);
        if (recent.ok())
            for (const OutboxOperation &op : std::as_const(*recent))
                if (op.articleUuid == story.article.uuid)
                    std::printf("      operation %lld %s: %s, %d attempts; %s\n",
                        static_cast<long long>(op.id), qPrintable(op.action),
                        qPrintable(outboxStateKey(op.state)), op.attempts,
                        qPrintable(finished.value(op.id).join(QStringLiteral(" | "))));
    }

    QHash<QString, QString> env;
    AdminPortal admin;
    quint32 seed = kDefaultSeed;
    QString tag;
    QString category;
    QStringList tagNames;
    QTemporaryDir dir;
    ManualClock clock {QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Database> db;
    std::unique_ptr<ArticleStore> articles;
    std::unique_ptr<MediaStore> media;
    std::unique_ptr<WorkflowService> workflow;
    PortalAccount account;
    FaultProxy proxy;
    QList<Story> stories;
    QList<EngineRequest> trace;
    QHash<qint64, QStringList> finished;  // outbox operation -> outcomes, in order
    QElapsedTimer stormTimer;
    int totalRuns = 0;
};

TEST_F(SyncFaultStormTest, TwoHundredPostsThroughThirtyPercentFaults)
{
    QElapsedTimer wall;
    wall.start();
    category = QStringLiteral("Bão %1").arg(tag);
    tagNames = QStringList {QStringLiteral("Thời tiết %1").arg(tag),
        QStringLiteral("Cứu hộ %1").arg(tag), QStringLiteral("Giao thông %1").arg(tag)};
    ASSERT_NO_FATAL_FAILURE(connectAccount());
    ASSERT_NO_FATAL_FAILURE(writeArticles());
    ASSERT_EQ(stories.size(), kArticles);
    std::printf("  run tag %s, seed %u, %d%% of requests faulted, transfer timeout %d ms\n",
        qPrintable(tag), seed, int(kFaultFraction * 100), kTransferTimeoutMs);

    proxy.setPolicy(stormPolicy(kFaultFraction, seed));
    stormTimer.start();
    StormFigures first;
    ASSERT_NO_FATAL_FAILURE(storm("first storm (creates)", first));
    printFigures("creates", first);

    // Every other 4th article is now approved and published: updates through the storm.
    for (const Story &story : std::as_const(stories)) {
        if (!story.publishLater)
            continue;
        ASSERT_NO_FATAL_FAILURE(act(story.article.id, WorkflowAction::Approve));
        ASSERT_NO_FATAL_FAILURE(act(story.article.id, WorkflowAction::Publish));
    }
    StormFigures second;
    ASSERT_NO_FATAL_FAILURE(storm("second storm (publishes)", second));
    printFigures("publishes", second);
    proxy.setPolicy({});
    const qint64 stormMs = stormTimer.elapsed();
    printProxyFigures();

    // --- The outbox: everything done or reconciled, nothing failed or open --------------
    auto counts = OutboxStore(*db).counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->open(), 0);
    EXPECT_EQ(counts->failed, 0);
    auto recent = OutboxStore(*db).recent(100'000);
    ASSERT_TRUE(recent.ok());
    QHash<QString, OutboxOperation> newest;  // article uuid -> its newest operation
    QMap<QString, int> states;
    for (const OutboxOperation &op : std::as_const(*recent)) {
        ++states[outboxStateKey(op.state)];
        EXPECT_TRUE(op.state == OutboxState::Done || op.state == OutboxState::Reconciled
            || op.state == OutboxState::Superseded)
            << "operation " << op.id << " " << s(op.action) << ": " << s(outboxStateKey(op.state))
            << " " << s(op.lastError);
        if (!newest.contains(op.articleUuid) || newest.value(op.articleUuid).id < op.id)
            newest.insert(op.articleUuid, op);
    }
    QStringList stateFigures;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it)
        stateFigures << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    std::printf("  outbox: %s\n", qPrintable(stateFigures.join(QStringLiteral(", "))));

    // --- The portal, straight from WordPress ---------------------------------------------
    QUrlQuery byTag;
    byTag.addQueryItem(QStringLiteral("search"), tag);
    byTag.addQueryItem(
        QStringLiteral("status"), QStringLiteral("publish,future,draft,pending,private,trash"));
    const QList<QJsonObject> posts = admin.all(QStringLiteral("/wp/v2/posts"), byTag);
    QHash<QString, QList<QJsonObject>> live;  // marker -> its posts not in the trash
    QHash<QString, int> trashed;
    int unmarked = 0;
    static const QRegularExpression markerPattern(QStringLiteral("newsdesk-post-[0-9a-fA-F-]+"));
    for (const QJsonObject &post : posts) {
        const QRegularExpressionMatch match
            = markerPattern.match(raw(post, QStringLiteral("content")));
        if (!match.hasMatch()) {
            ++unmarked;
            ADD_FAILURE() << "a post of this run without a marker: " << idOf(post.value(u"id"))
                          << " " << s(raw(post, QStringLiteral("title")));
            continue;
        }
        if (post.value(u"status").toString() == u"trash")
            ++trashed[match.captured(0)];
        else
            live[match.captured(0)] << post;
    }

    const QList<QJsonObject> terms = admin.all(QStringLiteral("/wp/v2/categories"), [&] {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("search"), tag);
        return query;
    }());
    ASSERT_EQ(terms.size(), 1) << "categories of this run";
    const qint64 categoryId = idOf(terms.first().value(u"id"));
    EXPECT_EQ(terms.first().value(u"name").toString(), category);
    QHash<QString, qint64> tagIds;
    for (const QJsonObject &term : admin.all(QStringLiteral("/wp/v2/tags"), [&] {
             QUrlQuery query;
             query.addQueryItem(QStringLiteral("search"), tag);
             return query;
         }()))
        tagIds.insert(term.value(u"name").toString(), idOf(term.value(u"id")));
    EXPECT_EQ(tagIds.size(), tagNames.size());

    int correct = 0;
    int livePosts = 0;
    int photosOnPortal = 0;
    QList<int> wrong;
    QHash<int, QSet<QString>> copyRoutes;  // article -> "/wp/v2/posts/<id>" of its copies
    PortalAccountStore accounts(*db);
    for (int i = 0; i < stories.size(); ++i) {
        const Story &story = stories.at(i);
        const QList<QJsonObject> copies = live.value(story.marker);
        livePosts += int(copies.size());
        bool ok = copies.size() == 1 && trashed.value(story.marker) == 0;
        EXPECT_EQ(copies.size(), 1) << s(story.article.content.title) << " " << s(story.marker);
        EXPECT_EQ(trashed.value(story.marker), 0) << s(story.article.content.title);
        for (const QJsonObject &copy : copies)
            copyRoutes[i] << QStringLiteral("/wp/v2/posts/%1").arg(idOf(copy.value(u"id")));
        if (copies.size() != 1) {
            auto link = accounts.post(account.site(), story.article.uuid);
            for (const QJsonObject &copy : copies)
                std::printf("    %s: post %lld, %s, date_gmt %s, modified_gmt %s%s\n",
                    qPrintable(story.article.content.title),
                    static_cast<long long>(idOf(copy.value(u"id"))),
                    qPrintable(copy.value(u"status").toString()),
                    qPrintable(copy.value(u"date_gmt").toString()),
                    qPrintable(copy.value(u"modified_gmt").toString()),
                    link.ok() && link->has_value() && (*link)->remoteId == idOf(copy.value(u"id"))
                        ? " <- the store's link"
                        : "");
            wrong << i;
            continue;
        }
        const QJsonObject &post = copies.first();
        const QString content = raw(post, QStringLiteral("content"));
        const auto check = [&](bool condition, const char *what) {
            EXPECT_TRUE(condition) << s(story.article.content.title) << ": " << what << "\n"
                                   << s(content);
            ok = ok && condition;
        };
        check(raw(post, QStringLiteral("title")) == story.article.content.title, "title");
        check(post.value(u"status").toString() == story.expectedStatus(), "status");
        check(raw(post, QStringLiteral("excerpt")) == story.article.content.summary, "excerpt");
        check(content.contains(story.line), "its own line of text");
        check(content.contains(PortalMapping::markerComment(story.marker)), "marker comment");
        check(content.count(story.marker) == 1, "one marker");
        check(!content.contains(QStringLiteral("newsdesk-media:")), "no local media URL left");
        check(idsOf(post.value(u"categories")) == QList<qint64> {categoryId}, "category");
        check(idsOf(post.value(u"tags")) == QList<qint64> {tagIds.value(story.tagName, -1)}, "tag");
        QString expectedBody = story.article.content.bodyHtml;
        qint64 photoId = 0;
        if (story.photo) {
            const QList<QJsonObject> items = admin.mediaOf(story.photo->sha256);
            EXPECT_EQ(items.size(), 1)
                << "media items of the photo of " << s(story.article.content.title);
            ok = ok && items.size() == 1;
            if (!items.isEmpty()) {
                ++photosOnPortal;
                photoId = idOf(items.first().value(u"id"));
                const QString url = items.first().value(u"source_url").toString();
                expectedBody.replace(html::mediaUrl(story.photo->sha256), url);
                check(content.contains(QStringLiteral("src=\"") + url), "photo's portal URL");
            }
        }
        check(idOf(post.value(u"featured_media")) == photoId, "featured photo");
        check(content == expectedBody + u'\n' + PortalMapping::markerComment(story.marker),
            "the whole text as sent");
        // The store's link points at this very post.
        auto link = accounts.post(account.site(), story.article.uuid);
        const bool linked
            = link.ok() && link->has_value() && (*link)->remoteId == idOf(post.value(u"id"));
        check(linked, "the store's link to the post");
        const OutboxOperation op = newest.value(story.article.uuid);
        check(op.state == OutboxState::Done || op.state == OutboxState::Reconciled,
            "newest operation done or reconciled");
        check(op.remoteId == idOf(post.value(u"id")), "operation's remote id");
        if (ok)
            ++correct;
        else
            wrong << i;
    }
    // The run's photos, by the tag in their captions: ten, none twice.
    QUrlQuery mediaByTag;
    mediaByTag.addQueryItem(QStringLiteral("search"), tag);
    const int mediaItems = int(admin.all(QStringLiteral("/wp/v2/media"), mediaByTag).size());
    EXPECT_EQ(mediaItems, kPhotos);
    EXPECT_EQ(photosOnPortal, kPhotos);
    EXPECT_EQ(livePosts, kArticles);
    EXPECT_EQ(unmarked, 0);
    EXPECT_EQ(correct, kArticles);
    // Nothing of this run came back from the portal as a second local article (the pull does
    // bring in other tests' posts from the shared WordPress; those are not counted).
    QSqlQuery ours(db->connection());
    ours.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE title LIKE ?"));
    ours.addBindValue(QString(QLatin1Char('%') + tag + QLatin1Char('%')));
    ASSERT_TRUE(ours.exec() && ours.next());
    EXPECT_EQ(ours.value(0).toInt(), kArticles);

    std::printf("  portal: %d posts of this run (%lld listed, %d in the trash), %d correct, "
                "%d media items; storms %.1f s, whole test %.1f s\n",
        livePosts, static_cast<long long>(posts.size()), int(trashed.size()), correct, mediaItems,
        double(stormMs) / 1000, double(wall.elapsed()) / 1000);
    for (int i : std::as_const(wrong))
        printHistory(stories.at(i), copyRoutes.value(i));
}

}  // namespace
