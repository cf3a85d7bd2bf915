// The main window over a real store, and the newsdesk binary started as a person starts it.
#include "MainWindow.h"
#include "TestStore.h"
#include "model/ArticleListModel.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

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
    MainWindow window(*store.articles);
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

TEST(MainWindow, AnEmptyStoreSaysWhatToDo)
{
    TestStore store;
    MainWindow window(*store.articles);
    window.show();
    auto *stack = window.findChild<QStackedWidget *>();
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
