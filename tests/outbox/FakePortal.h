#pragma once

// An in-memory WordPress for the sync engine's unit tests: just enough of wp/v2 (index,
// users/me, terms, posts, media, search by marker, delete) with the status rules that matter,
// served through FakeNetwork. Tests script faults per request with `fault`.

#include "FakeNetwork.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace newsdesk::test {

struct FakePost {
    qint64 id = 0;
    QJsonObject fields;  // title, content, excerpt, status, date_gmt, categories, tags, ...
};

class FakePortal {
public:
    QStringList capabilities {QStringLiteral("edit_posts"), QStringLiteral("publish_posts"),
        QStringLiteral("upload_files")};
    QMap<qint64, FakePost> posts;
    QMap<qint64, QJsonObject> media;
    QMap<qint64, QString> categories {{1, QStringLiteral("Uncategorized")}};
    QMap<qint64, QString> tags;
    bool mayCreateTerms = true;
    qint64 nextId = 100;
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC);
    // Runs first for every request; an answer replaces the portal's. `applyAnyway` makes the
    // portal do the work before the fault is answered (the create arrived, the answer was lost).
    struct Fault {
        FakeResponse response;
        bool applyAnyway = false;
        int times = 1;
    };
    std::function<std::optional<Fault>(const SeenRequest &)> fault;
    int creates = 0;  // POSTs that created a post

    FakeNetwork network {[this](const SeenRequest &r) { return answer(r); }};

    QList<SeenRequest> requests(const QByteArray &method, const QString &routeStart) const
    {
        QList<SeenRequest> found;
        for (const SeenRequest &r : network.seen)
            if (r.method == method && r.route.startsWith(routeStart))
                found << r;
        return found;
    }

private:
    static FakeResponse json(const QJsonValue &value, int status = 200)
    {
        FakeResponse response;
        response.status = status;
        response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson()
                                        : QJsonDocument(value.toObject()).toJson();
        return response;
    }
    static FakeResponse error(int status, const QString &code, const QString &message)
    {
        return json(
            QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message},
                {QStringLiteral("data"), QJsonObject {{QStringLiteral("status"), status}}}},
            status);
    }

    QJsonObject postJson(const FakePost &post) const
    {
        QJsonObject o = post.fields;
        o.insert(QStringLiteral("id"), post.id);
        o.insert(QStringLiteral("content"),
            QJsonObject {{QStringLiteral("raw"), post.fields.value(u"content").toString()}});
        o.insert(QStringLiteral("title"),
            QJsonObject {{QStringLiteral("raw"), post.fields.value(u"title").toString()}});
        if (!o.contains(u"modified_gmt"))
            o.insert(QStringLiteral("modified_gmt"), now.toString(Qt::ISODate).chopped(1));
        o.insert(QStringLiteral("link"), QStringLiteral("http://portal.test/?p=%1").arg(post.id));
        return o;
    }

    // WordPress's status rules: future needs a date more than 60 s ahead, publish with a future
    // date becomes future; publishing needs publish_posts.
    std::optional<FakeResponse> applyPost(FakePost &post, const QJsonObject &body)
    {
        for (auto it = body.begin(); it != body.end(); ++it)
            post.fields.insert(it.key(), it.value());
        post.fields.insert(QStringLiteral("modified_gmt"), now.toString(Qt::ISODate).chopped(1));
        QString status = post.fields.value(u"status").toString(QStringLiteral("draft"));
        if ((status == u"publish" || status == u"future")
            && !capabilities.contains(QStringLiteral("publish_posts")))
            return error(403, QStringLiteral("rest_cannot_publish"),
                QStringLiteral("Sorry, you are not allowed to publish posts as this user."));
        if (body.contains(u"date_gmt") && body.value(u"date_gmt").isNull())
            post.fields.insert(QStringLiteral("date_gmt"), now.toString(Qt::ISODate).chopped(1));
        QDateTime date
            = QDateTime::fromString(post.fields.value(u"date_gmt").toString(), Qt::ISODate);
        date.setTimeSpec(Qt::UTC);
        if (status == u"future" && (!date.isValid() || date <= now.addSecs(60)))
            status = QStringLiteral("publish");
        else if (status == u"publish" && date.isValid() && date > now)
            status = QStringLiteral("future");
        post.fields.insert(QStringLiteral("status"), status);
        if (!post.fields.contains(u"date_gmt"))
            post.fields.insert(QStringLiteral("date_gmt"), now.toString(Qt::ISODate).chopped(1));
        return std::nullopt;
    }

    FakeResponse answer(const SeenRequest &r)
    {
        if (fault) {
            if (auto injected = fault(r)) {
                if (injected->applyAnyway)
                    (void)route(r);
                return injected->response;
            }
        }
        return route(r);
    }

    FakeResponse route(const SeenRequest &r)
    {
        const QUrlQuery query(r.url);
        const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (r.route == u"/")
            return json(QJsonObject {{QStringLiteral("name"), QStringLiteral("Cổng thử")},
                {QStringLiteral("url"), QStringLiteral("https://portal.test")},
                {QStringLiteral("timezone_string"), QStringLiteral("Asia/Ho_Chi_Minh")},
                {QStringLiteral("gmt_offset"), 7},
                {QStringLiteral("namespaces"), QJsonArray {QStringLiteral("wp/v2")}},
                {QStringLiteral("authentication"),
                    QJsonObject {{QStringLiteral("application-passwords"), QJsonObject {}}}}});
        if (r.route == u"/wp/v2/users/me") {
            QJsonObject caps;
            for (const QString &c : capabilities)
                caps.insert(c, true);
            return json(QJsonObject {{QStringLiteral("id"), 2},
                {QStringLiteral("username"), QStringLiteral("editor")},
                {QStringLiteral("name"), QStringLiteral("Biên tập viên")},
                {QStringLiteral("roles"), QJsonArray {QStringLiteral("editor")}},
                {QStringLiteral("capabilities"), caps}});
        }
        if (r.route == u"/wp/v2/categories" || r.route == u"/wp/v2/tags") {
            QMap<qint64, QString> &terms = r.route.endsWith(u"tags") ? tags : categories;
            if (r.method == "POST") {
                const QString name = body.value(u"name").toString();
                if (!mayCreateTerms)
                    return error(403, QStringLiteral("rest_cannot_create"),
                        QStringLiteral("Sorry, you are not allowed to create terms."));
                for (auto it = terms.begin(); it != terms.end(); ++it)
                    if (it.value() == name)
                        return json(
                            QJsonObject {{QStringLiteral("code"), QStringLiteral("term_exists")},
                                {QStringLiteral("message"), QStringLiteral("exists")},
                                {QStringLiteral("data"),
                                    QJsonObject {{QStringLiteral("status"), 400},
                                        {QStringLiteral("term_id"), it.key()}}}},
                            400);
                const qint64 id = nextId++;
                terms.insert(id, name);
                return json(
                    QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}, 201);
            }
            QJsonArray list;
            for (auto it = terms.begin(); it != terms.end(); ++it)
                list.append(QJsonObject {{QStringLiteral("id"), it.key()},
                    {QStringLiteral("name"), it.value()}, {QStringLiteral("slug"), QString()},
                    {QStringLiteral("parent"), 0}});
            FakeResponse response = json(list);
            response.headers.append(qMakePair(QByteArray("X-WP-TotalPages"), QByteArray("1")));
            return response;
        }
        if (r.route == u"/wp/v2/posts" && r.method == "POST") {
            FakePost post;
            post.id = nextId++;
            if (auto refused = applyPost(post, body))
                return *refused;
            posts.insert(post.id, post);
            ++creates;
            return json(postJson(post), 201);
        }
        if (r.route == u"/wp/v2/posts" && r.method == "GET") {
            QJsonArray list;
            for (const FakePost &post : std::as_const(posts))
                if (search.isEmpty() || post.fields.value(u"content").toString().contains(search))
                    list.append(postJson(post));
            return json(list);
        }
        if (r.route.startsWith(u"/wp/v2/posts/")) {
            const qint64 id = r.route.mid(13).toLongLong();
            if (!posts.contains(id))
                return error(404, QStringLiteral("rest_post_invalid_id"),
                    QStringLiteral("Invalid post ID."));
            if (r.method == "DELETE") {
                posts.remove(id);
                return json(QJsonObject {{QStringLiteral("deleted"), true}});
            }
            if (r.method == "GET")
                return json(postJson(posts.value(id)));
            FakePost post = posts.value(id);
            if (auto refused = applyPost(post, body))
                return *refused;
            posts.insert(id, post);
            return json(postJson(post));
        }
        if (r.route == u"/wp/v2/media" && r.method == "POST") {
            if (!capabilities.contains(QStringLiteral("upload_files")))
                return error(403, QStringLiteral("rest_cannot_create"),
                    QStringLiteral("Sorry, you are not allowed to upload media on this site."));
            const qint64 id = nextId++;
            QJsonObject item {{QStringLiteral("id"), id},
                {QStringLiteral("source_url"),
                    QStringLiteral("https://portal.test/wp-content/uploads/%1.jpg").arg(id)},
                {QStringLiteral("description"),
                    QJsonObject {{QStringLiteral("raw"),
                        query.queryItemValue(QStringLiteral("description"), QUrl::FullyDecoded)}}},
                {QStringLiteral("bytes"), int(r.body.size())}};
            media.insert(id, item);
            return json(item, 201);
        }
        if (r.route == u"/wp/v2/media" && r.method == "GET") {
            QJsonArray list;
            for (const QJsonObject &item : std::as_const(media))
                if (item.value(u"description").toObject().value(u"raw").toString().contains(search))
                    list.append(item);
            return json(list);
        }
        if (r.route.startsWith(u"/wp/v2/media/") && r.method == "DELETE") {
            media.remove(r.route.mid(13).toLongLong());
            return json(QJsonObject {{QStringLiteral("deleted"), true}});
        }
        return error(404, QStringLiteral("rest_no_route"), QStringLiteral("No route."));
    }
};

}  // namespace newsdesk::test
