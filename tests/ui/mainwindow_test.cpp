// The main window over a real store, and the newsdesk binary started as a person starts it.
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "MainWindow.h"
#include "TestStore.h"
#include "UiTestSupport.h"
#include "editing/AutosaveSession.h"
#include "model/ArticleListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

void fillNewsroom(TestStore &store)
{
    const QList<std::pair<QString, Status>> articles {
        {QStringLiteral("Mường Lay triển khai Nghị quyết Đại hội Đảng bộ thị xã"),
            Status::Published},
        {QStringLiteral("Hội nghị tổng kết công tác năm 2026"), Status::Approved},
        {QStringLiteral("Đảm bảo an toàn giao thông dịp Tết Nguyên đán"), Status::InReview},
        {QStringLiteral("Lễ hội Hoa Ban: chương trình các ngày"), Status::Scheduled},
        {QStringLiteral("Bản tin nông nghiệp tháng 11"), Status::Draft},
    };
    for (const auto &[title, status] : articles) {
        NewArticle article;
        article.content.title = title;
        article.content.author = QStringLiteral("Nguyễn Văn A");
        article.content.bodyHtml = QStringLiteral("<p>Nội dung bài viết.</p>");
        article.status = status;
        if (status == Status::Published || status == Status::Scheduled)
            article.publishAt = store.clock.nowUtc().addDays(status == Status::Scheduled ? 2 : -1);
        ASSERT_TRUE(store.articles->create(article).ok());
        store.clock.advanceMs(60000);
    }
}

}  // namespace

TEST(MainWindow, ListsTheStoredArticlesAndFiltersByStatus)
{
    TestStore store;
    fillNewsroom(store);
    MainWindow window(*store.articles, store.clock);
    window.show();
    QTableView *view = window.articleView();
    ASSERT_EQ(view->model()->rowCount(), 5);
    EXPECT_EQ(
        view->model()->data(view->model()->index(0, ArticleListModel::TitleColumn)).toString(),
        QStringLiteral("Bản tin nông nghiệp tháng 11"));

    auto *filter = window.findChild<QComboBox *>();
    ASSERT_NE(filter, nullptr);
    filter->setCurrentIndex(filter->findData(QStringLiteral("in_review")));
    EXPECT_EQ(view->model()->rowCount(), 1);
    filter->setCurrentIndex(0);
    EXPECT_EQ(view->model()->rowCount(), 5);

    const QImage shot = window.grab().toImage();
    EXPECT_EQ(shot.size(), window.size());
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(shot.save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/main-window-list.png")));
    EXPECT_TRUE(window.close());
}

TEST(Editor, OpensTheSelectedArticleAndAutosavesTyping)
{
    TestStore store;
    fillNewsroom(store);
    MainWindow window(*store.articles, store.clock);
    window.autosave()->setIdleDelay(200);
    showActive(window);
    // It opens on the newest article.
    ASSERT_NE(window.autosave()->articleId(), 0);
    EXPECT_EQ(window.editor()->titleEdit()->text(), QStringLiteral("Bản tin nông nghiệp tháng 11"));

    // Select another row through the view, as a click does.
    QTableView *view = window.articleView();
    view->setCurrentIndex(view->model()->index(2, 0));
    const qint64 id = window.autosave()->articleId();
    EXPECT_EQ(window.editor()->titleEdit()->text(),
        QStringLiteral("Đảm bảo an toàn giao thông dịp Tết Nguyên đán"));

    BodyEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" Thêm câu mới."));
    QSignalSpy saved(window.autosave(), &AutosaveSession::saved);
    ASSERT_TRUE(saved.wait(5000));
    EXPECT_EQ(storedBody(store, id), QStringLiteral("<p>Nội dung bài viết. Thêm câu mới.</p>"));
    EXPECT_TRUE(window.findChildren<QLabel *>().size() > 0);

    // Bold through the real shortcut, then type.
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keySequence(body, QKeySequence::Bold);
    typeText(body, QStringLiteral("Đậm"));
    ASSERT_TRUE(saved.wait(5000));
    EXPECT_EQ(storedBody(store, id).replace(u'\n', u'~').toStdString(),
        "<p>Nội dung bài viết. Thêm câu mới.</p>~<p><strong>Đậm</strong></p>");
}

TEST(Editor, SwitchingArticlesSavesAtOnceAndCtrlSKeepsARevision)
{
    TestStore store;
    fillNewsroom(store);
    MainWindow window(*store.articles, store.clock);
    window.autosave()->setIdleDelay(600000);  // only the switch can save here
    showActive(window);
    QTableView *view = window.articleView();
    view->setCurrentIndex(view->model()->index(1, 0));
    const qint64 first = window.autosave()->articleId();
    typeText(window.editor()->titleEdit(), QStringLiteral(" (sửa)"));
    EXPECT_TRUE(window.autosave()->hasUnsavedChanges());
    view->setCurrentIndex(view->model()->index(3, 0));
    EXPECT_TRUE(store.articles->get(first)->content.title.endsWith(QStringLiteral(" (sửa)")));
    EXPECT_NE(window.autosave()->articleId(), first);

    const qint64 second = window.autosave()->articleId();
    const auto before = store.articles->revisions(second)->size();
    typeText(window.editor()->bodyEdit(), QStringLiteral("x"));
    QTest::keySequence(window.editor()->bodyEdit(), QKeySequence::Save);
    EXPECT_EQ(store.articles->revisions(second)->size(), before + 1);
    EXPECT_FALSE(window.autosave()->hasUnsavedChanges());
}

TEST(Editor, PastingFromWordKeepsStructureAndDropsTheRest)
{
    TestStore store;
    fillNewsroom(store);
    MainWindow window(*store.articles, store.clock);
    window.show();
    const qint64 id = window.autosave()->articleId();
    BodyEdit *body = window.editor()->bodyEdit();
    body->selectAll();
    auto *mime = new QMimeData;
    mime->setHtml(readFixture(QStringLiteral("word_paste.html")));
    mime->setText(QStringLiteral("plain"));
    QGuiApplication::clipboard()->setMimeData(mime);
    body->setFocus();
    QTest::keySequence(body, QKeySequence::Paste);
    ASSERT_TRUE(window.autosave()->saveNow().ok());
    const QString stored = storedBody(store, id);
    EXPECT_EQ(stored, readFixture(QStringLiteral("word_paste.expected.html")).trimmed());
    for (const char *forbidden : {"style", "class=", "mso-", "<span", "<font", "<o:p"})
        EXPECT_FALSE(stored.contains(QLatin1String(forbidden))) << forbidden;
}

TEST(Editor, PastingPlainTextKeepsParagraphs)
{
    TestStore store;
    fillNewsroom(store);
    MainWindow window(*store.articles, store.clock);
    window.show();
    const qint64 id = window.autosave()->articleId();
    BodyEdit *body = window.editor()->bodyEdit();
    body->selectAll();
    auto *mime = new QMimeData;
    mime->setText(QStringLiteral("Đoạn một <b>không phải thẻ</b>.\n\nĐoạn hai."));
    QGuiApplication::clipboard()->setMimeData(mime);
    body->setFocus();
    QTest::keySequence(body, QKeySequence::Paste);
    ASSERT_TRUE(window.autosave()->saveNow().ok());
    EXPECT_EQ(storedBody(store, id),
        QStringLiteral("<p>Đoạn một &lt;b&gt;không phải thẻ&lt;/b&gt;.</p>\n<p>Đoạn hai.</p>"));
}

TEST(Editor, NewArticleIsCreatedOpenedAndReopenedNextTime)
{
    TestStore store;
    fillNewsroom(store);
    qint64 created = 0;
    {
        MainWindow window(*store.articles, store.clock);
        showActive(window);
        QTest::keySequence(&window, QKeySequence::New);
        created = window.autosave()->articleId();
        EXPECT_EQ(*store.articles->count(), 6);
        typeText(window.editor()->titleEdit(), QStringLiteral("Bài mới"));
        EXPECT_TRUE(window.close());  // closing saves
    }
    EXPECT_EQ(store.articles->get(created)->content.title, QStringLiteral("Bài mới"));
    MainWindow again(*store.articles, store.clock);
    EXPECT_EQ(again.autosave()->articleId(), created);
    EXPECT_EQ(again.editor()->titleEdit()->text(), QStringLiteral("Bài mới"));

    again.resize(1200, 760);
    again.show();
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(
        again.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/main-window-editor.png")));
}

TEST(Editor, InsertsPhotosAsFiguresAndRefusesBrokenOnes)
{
    TestStore store;
    fillNewsroom(store);
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    const qint64 id = window.autosave()->articleId();
    BodyEdit *body = window.editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);

    QImage photo(2600, 1300, QImage::Format_RGB32);
    photo.fill(QColor(30, 120, 60));
    const QString path = store.dir.filePath(QStringLiteral("anh-hien-truong.jpg"));
    ASSERT_TRUE(photo.save(path, "JPEG", 95));
    ASSERT_TRUE(body->insertPhotoFile(path).ok());
    typeText(body, QStringLiteral("Hiện trường"));  // the cursor waits in the caption
    ASSERT_TRUE(window.autosave()->saveNow().ok());

    const QString stored = storedBody(store, id);
    const QRegularExpression figure(
        QStringLiteral("<figure><img src=\"newsdesk-media:([0-9a-f]{64})\" "
                       "alt=\"\"><figcaption>Hiện trường</figcaption></figure>"));
    const auto match = figure.match(stored);
    ASSERT_TRUE(match.hasMatch()) << stored.toStdString();
    auto item = store.media->findBySha256(match.captured(1));
    ASSERT_TRUE(item.ok());
    const QVariant shown = body->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("newsdesk-media:") + match.captured(1)));
    EXPECT_EQ(shown.value<QImage>().width(), BodyEdit::kPreviewWidth) << shown.typeName();
    const QImage kept = QImage::fromData(*store.media->bytes(*item));
    EXPECT_EQ(kept.width(), 1920);  // scaled down on the way in
    EXPECT_EQ(kept.height(), 960);

    const QString broken = store.dir.filePath(QStringLiteral("hong.jpg"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xff\xd8\xff not really a photo");
    file.close();
    const QString before = body->canonicalHtml();
    auto refused = body->insertPhotoFile(broken);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_EQ(body->canonicalHtml(), before);

    // A picture on the clipboard (copied from another program) goes in the same way.
    auto *mime = new QMimeData;
    QImage copied(300, 200, QImage::Format_RGB32);
    copied.fill(Qt::white);
    mime->setImageData(copied);
    QGuiApplication::clipboard()->setMimeData(mime);
    body->setFocus();
    QTest::keySequence(body, QKeySequence::Paste);
    EXPECT_EQ(body->canonicalHtml().count(QStringLiteral("<figure>")), 2);

    window.resize(1200, 800);
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(window.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/editor-photo.png")));
}

TEST(MainWindow, AnEmptyStoreSaysWhatToDo)
{
    TestStore store;
    MainWindow window(*store.articles, store.clock);
    window.show();
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("articleListStack"));
    ASSERT_NE(stack, nullptr);
    auto *hint = qobject_cast<QLabel *>(stack->currentWidget());
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->text().contains(QStringLiteral("newsdesk-cli import")));
    // Once there is an article, the list replaces the hint.
    store.create(QStringLiteral("Bài đầu tiên"), QStringLiteral("<p>Nội dung.</p>"));
    window.articleModel()->refresh();
    EXPECT_EQ(stack->currentWidget(), window.articleView());
}

TEST(NewsdeskBinary, StartsOnAStoreShowsTheListAndQuitsCleanly)
{
    TestStore store;
    fillNewsroom(store);
    store.articles.reset();
    store.media.reset();
    store.db.reset();
    const QString shot = store.dir.filePath(QStringLiteral("shot.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NEWSDESK_GUI_PATH),
        {QStringLiteral("--db"), store.path(), QStringLiteral("--screenshot"), shot});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QImage image(shot);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 800);
}

TEST(NewsdeskBinary, ReportsAStoreItCannotOpen)
{
    QTemporaryDir dir;
    const QString bogus = dir.filePath(QStringLiteral("hong.sqlite3"));
    QFile file(bogus);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("NEWSDESK_NO_DIALOGS"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NEWSDESK_GUI_PATH), {QStringLiteral("--db"), bogus});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(
        QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("hong.sqlite3")));
}

TEST(NewsdeskBinary, PrintsItsVersion)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(NEWSDESK_GUI_PATH), {QStringLiteral("--version")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardOutput())
                    .contains(QStringLiteral(NEWSDESK_VERSION)));
}
