// Autosave: after a pause in typing, on demand, never losing text on a failed save.
#include "TestStore.h"
#include "editing/AutosaveSession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

struct Editor {
    ArticleContent content;
};

}  // namespace

TEST(AutosaveSession, SavesAfterThePauseAndNotBefore)
{
    TestStore store;
    const Article article = store.create(QStringLiteral("Tin"), QStringLiteral("<p>Một.</p>"));
    Editor editor {article.content};
    AutosaveSession session(*store.articles, store.clock);
    session.setContentProvider([&] { return editor.content; });
    session.setIdleDelay(500);  // wide margins: the checks below must not race a busy CI machine
    ASSERT_TRUE(session.open(article.id).ok());
    QSignalSpy saved(&session, &AutosaveSession::saved);

    editor.content.bodyHtml = QStringLiteral("<p>Một hai.</p>");
    session.markChanged();
    EXPECT_TRUE(session.hasUnsavedChanges());
    QTest::qWait(100);
    editor.content.bodyHtml = QStringLiteral("<p>Một hai ba.</p>");
    session.markChanged();  // typing again restarts the wait
    QTest::qWait(450);  // 550 ms after the first change: it would have fired by now
    EXPECT_EQ(saved.count(), 0);
    EXPECT_EQ(store.articles->get(article.id)->content.bodyHtml, QStringLiteral("<p>Một.</p>"));

    ASSERT_TRUE(saved.wait(5000));
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(session.hasUnsavedChanges());
    EXPECT_EQ(
        store.articles->get(article.id)->content.bodyHtml, QStringLiteral("<p>Một hai ba.</p>"));
    EXPECT_EQ(store.articles->revisions(article.id)->size(), 1);  // autosave makes no revision
    EXPECT_EQ(session.lastSavedAt(), store.clock.nowUtc());
}

TEST(AutosaveSession, SaveNowWithALabelRecordsANamedRevision)
{
    TestStore store;
    const Article article = store.create(QStringLiteral("Tin"), QStringLiteral("<p>Một.</p>"));
    Editor editor {article.content};
    AutosaveSession session(*store.articles, store.clock);
    session.setContentProvider([&] { return editor.content; });
    ASSERT_TRUE(session.open(article.id).ok());
    editor.content.title = QStringLiteral("Tin mới");
    session.markChanged();
    ASSERT_TRUE(session.saveNow(QStringLiteral("Bản gửi duyệt")).ok());
    const auto revisions = *store.articles->revisions(article.id);
    ASSERT_EQ(revisions.size(), 2);
    EXPECT_EQ(revisions.back().label, QStringLiteral("Bản gửi duyệt"));
    EXPECT_EQ(revisions.back().content.title, QStringLiteral("Tin mới"));
    // Nothing changed: a plain saveNow writes nothing, a named one still records.
    ASSERT_TRUE(session.saveNow().ok());
    ASSERT_TRUE(session.saveNow(QStringLiteral("Lần nữa")).ok());
    EXPECT_EQ(store.articles->revisions(article.id)->size(), 3);
}

TEST(AutosaveSession, OpeningAnotherArticleSavesTheCurrentOne)
{
    TestStore store;
    const Article first = store.create(QStringLiteral("Một"), QStringLiteral("<p>a</p>"));
    const Article second = store.create(QStringLiteral("Hai"), QStringLiteral("<p>b</p>"));
    Editor editor {first.content};
    AutosaveSession session(*store.articles, store.clock);
    session.setIdleDelay(60000);
    session.setContentProvider([&] { return editor.content; });
    ASSERT_TRUE(session.open(first.id).ok());
    editor.content.bodyHtml = QStringLiteral("<p>a sửa</p>");
    session.markChanged();
    ASSERT_TRUE(session.open(second.id).ok());
    EXPECT_EQ(store.articles->get(first.id)->content.bodyHtml, QStringLiteral("<p>a sửa</p>"));
    EXPECT_EQ(session.articleId(), second.id);
    EXPECT_FALSE(session.hasUnsavedChanges());
}

TEST(AutosaveSession, AFailedSaveKeepsTheTextPendingAndSays)
{
    TestStore store;
    const Article article = store.create(QStringLiteral("Tin"), QStringLiteral("<p>Một.</p>"));
    Editor editor {article.content};
    AutosaveSession session(*store.articles, store.clock);
    session.setIdleDelay(60000);
    session.setContentProvider([&] { return editor.content; });
    ASSERT_TRUE(session.open(article.id).ok());
    QSignalSpy failed(&session, &AutosaveSession::saveFailed);

    QSqlQuery query(store.db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(query.value(0).toInt())));
    editor.content.bodyHtml = QStringLiteral("<p>")
        + QStringLiteral("Chữ mới rất dài. ").repeated(5000) + QStringLiteral("</p>");
    session.markChanged();
    EXPECT_FALSE(session.saveNow().ok());
    EXPECT_EQ(failed.count(), 1);
    EXPECT_TRUE(session.hasUnsavedChanges());
    // Switching away is refused while the text is not safe.
    EXPECT_FALSE(session.open(0).ok());
    EXPECT_EQ(session.articleId(), article.id);

    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count=1073741823")));
    ASSERT_TRUE(session.saveNow().ok());
    EXPECT_EQ(store.articles->get(article.id)->content.bodyHtml, editor.content.bodyHtml);
}

TEST(AutosaveSession, KeepsSavingWhileTypingNeverPauses)
{
    TestStore store;
    const Article article = store.create(QStringLiteral("Tin"), QStringLiteral("<p>a</p>"));
    Editor editor {article.content};
    AutosaveSession session(*store.articles, store.clock);
    session.setContentProvider([&] { return editor.content; });
    session.setIdleDelay(400);
    session.setMaxDelay(600);
    ASSERT_TRUE(session.open(article.id).ok());
    QSignalSpy saved(&session, &AutosaveSession::saved);
    // A keystroke every 100 ms for 1.5 s: the idle timer never fires, the deadline does.
    QString body = QStringLiteral("a");
    for (int i = 0; i < 15; ++i) {
        body += u'b';
        editor.content.bodyHtml = QStringLiteral("<p>%1</p>").arg(body);
        session.markChanged();
        QTest::qWait(100);
    }
    EXPECT_GE(saved.count(), 1);
    const QString stored = store.articles->get(article.id)->content.bodyHtml;
    EXPECT_NE(stored, QStringLiteral("<p>a</p>"));
    EXPECT_TRUE(session.hasUnsavedChanges() || stored == editor.content.bodyHtml);
}

TEST(AutosaveSession, LeavingAChangedArticleRecordsOneRevisionAndAnUnchangedOneNone)
{
    TestStore store;
    const Article first = store.create(QStringLiteral("Một"), QStringLiteral("<p>a</p>"));
    const Article second = store.create(QStringLiteral("Hai"), QStringLiteral("<p>b</p>"));
    Editor editor {first.content};
    AutosaveSession session(*store.articles, store.clock);
    session.setContentProvider([&] { return editor.content; });
    session.setActor(QStringLiteral("Hoa"));
    ASSERT_TRUE(session.open(first.id).ok());
    for (const char *text : {"<p>a b</p>", "<p>a b c</p>"}) {
        editor.content.bodyHtml = QString::fromUtf8(text);
        session.markChanged();
        ASSERT_TRUE(session.saveNow().ok());  // autosaves: no revision yet
    }
    EXPECT_EQ(store.articles->revisions(first.id)->size(), 1);
    ASSERT_TRUE(session.open(second.id).ok());
    const auto revisions = *store.articles->revisions(first.id);
    ASSERT_EQ(revisions.size(), 2);
    EXPECT_EQ(revisions.back().content.bodyHtml, QStringLiteral("<p>a b c</p>"));
    EXPECT_EQ(revisions.back().label, QStringLiteral("Edited"));
    EXPECT_EQ(revisions.back().actor, QStringLiteral("Hoa"));
    // The second article was only looked at.
    editor.content = second.content;
    ASSERT_TRUE(session.finish().ok());
    EXPECT_EQ(store.articles->revisions(second.id)->size(), 1);
}

TEST(AutosaveSession, LongEditingSessionsGetACheckpointRevision)
{
    TestStore store;
    const Article article = store.create(QStringLiteral("Tin"), QStringLiteral("<p>a</p>"));
    Editor editor {article.content};
    AutosaveSession session(*store.articles, store.clock);
    session.setContentProvider([&] { return editor.content; });
    session.setCheckpointInterval(10 * 60 * 1000);
    ASSERT_TRUE(session.open(article.id).ok());
    editor.content.bodyHtml = QStringLiteral("<p>a b</p>");
    session.markChanged();
    ASSERT_TRUE(session.saveNow().ok());
    EXPECT_EQ(store.articles->revisions(article.id)->size(), 1);
    store.clock.advanceMs(11 * 60 * 1000);
    editor.content.bodyHtml = QStringLiteral("<p>a b c</p>");
    session.markChanged();
    ASSERT_TRUE(session.saveNow().ok());
    EXPECT_EQ(store.articles->revisions(article.id)->size(), 2);
    editor.content.bodyHtml = QStringLiteral("<p>a b c d</p>");
    session.markChanged();
    ASSERT_TRUE(session.saveNow().ok());  // the next one waits another ten minutes
    EXPECT_EQ(store.articles->revisions(article.id)->size(), 2);
}
