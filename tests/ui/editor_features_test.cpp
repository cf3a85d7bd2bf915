// The editor's tools through the real widgets: list search and sorting, find and replace,
// tables, the featured image, history with diff and restore, and hostile pastes.
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "FindReplaceBar.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "editing/AutosaveSession.h"
#include "html/HtmlSanitizer.h"
#include "media/PhotoLibrary.h"
#include "model/ArticleListModel.h"
#include "model/RevisionListModel.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

qint64 addArticle(TestStore &store, const QString &title, const QString &body)
{
    return store.create(title, body, QStringLiteral("Lò Thị Mai")).id;
}

void paste(BodyEdit *body, QMimeData *mime)
{
    QGuiApplication::clipboard()->setMimeData(mime);
    body->setFocus();
    QTest::keySequence(body, QKeySequence::Paste);
}

}  // namespace

TEST(ArticleList, SearchBoxShowsHitsWithSnippetsAndClearingBringsTheListBack)
{
    TestStore store;
    addArticle(
        store, QStringLiteral("Bản tin nông nghiệp"), QStringLiteral("<p>Giá lúa tăng.</p>"));
    addArticle(store, QStringLiteral("Giao thông dịp Tết"),
        QStringLiteral("<p>Công an thị xã đảm bảo an toàn giao thông trên đèo Pha Đin.</p>"));
    addArticle(store, QStringLiteral("Đảm bảo điện mùa khô"), QStringLiteral("<p>Điện lực.</p>"));
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    ASSERT_EQ(window.articleModel()->rowCount(), 3);

    window.searchBox()->setFocus();
    typeText(window.searchBox(), QStringLiteral("dam bao"));
    QTest::keyClick(window.searchBox(), Qt::Key_Return);
    ArticleListModel *model = window.articleModel();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->summaryAt(0).title, QStringLiteral("Đảm bảo điện mùa khô"));  // title first
    EXPECT_TRUE(model->data(model->index(1, 0), ArticleListModel::SnippetHtmlRole)
                    .toString()
                    .contains(QStringLiteral("<mark>đảm</mark> <mark>bảo</mark>")));
    EXPECT_FALSE(window.articleView()->isSortingEnabled());  // hits come by relevance
    EXPECT_GT(window.articleView()->rowHeight(0), 2 * window.articleView()->fontMetrics().height());
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(window.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/search.png")));

    // Picking a hit opens it.
    window.articleView()->setCurrentIndex(model->index(1, 0));
    EXPECT_EQ(window.editor()->titleEdit()->text(), QStringLiteral("Giao thông dịp Tết"));

    window.searchBox()->clear();
    QTest::keyClick(window.searchBox(), Qt::Key_Return);
    EXPECT_EQ(model->rowCount(), 3);
    EXPECT_TRUE(window.articleView()->isSortingEnabled());
}

TEST(ArticleList, ClickingAHeaderSortsByThatColumn)
{
    TestStore store;
    addArticle(store, QStringLiteral("Đường lên Tả Phìn"), QStringLiteral("<p>a</p>"));
    addArticle(store, QStringLiteral("Zalo của UBND xã"), QStringLiteral("<p>b</p>"));
    addArticle(store, QStringLiteral("ấm áp mùa đông"), QStringLiteral("<p>c</p>"));
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    QTableView *view = window.articleView();
    EXPECT_EQ(window.articleModel()->summaryAt(0).title, QStringLiteral("ấm áp mùa đông"));
    const QRect header = view->horizontalHeader()->rect();
    const int titleCenter = view->horizontalHeader()->sectionViewportPosition(0)
        + view->horizontalHeader()->sectionSize(0) / 2;
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(titleCenter, header.height() / 2));
    const ListOrder first = window.articleModel()->order();
    EXPECT_EQ(first.key, ListSortKey::Title);
    QStringList titles;
    for (int row = 0; row < 3; ++row)
        titles << window.articleModel()->summaryAt(row).title;
    QStringList ascending {QStringLiteral("ấm áp mùa đông"), QStringLiteral("Đường lên Tả Phìn"),
        QStringLiteral("Zalo của UBND xã")};
    if (first.descending)
        std::reverse(ascending.begin(), ascending.end());
    EXPECT_EQ(titles, ascending);
}

TEST(Editor, FindsIgnoringDiacriticsAndReplacesAllInOneUndoStep)
{
    TestStore store;
    addArticle(store, QStringLiteral("Tin"),
        QStringLiteral("<p>Công an đảm bảo an toàn.</p>\n<p>Điện lực ĐẢM BẢO nguồn điện.</p>"));
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    BodyEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    QTest::keySequence(body, QKeySequence::Find);
    FindReplaceBar *bar = window.editor()->findBar();
    ASSERT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->findEdit()->hasFocus());
    typeText(bar->findEdit(), QStringLiteral("dam bao"));
    QTest::keyClick(bar->findEdit(), Qt::Key_Return);
    EXPECT_EQ(body->textCursor().selectedText(), QStringLiteral("đảm bảo"));
    EXPECT_TRUE(bar->findNext());
    EXPECT_EQ(body->textCursor().selectedText(), QStringLiteral("ĐẢM BẢO"));
    EXPECT_TRUE(bar->findNext());  // wraps around
    EXPECT_EQ(body->textCursor().selectedText(), QStringLiteral("đảm bảo"));

    bar->exactBox()->setChecked(true);
    EXPECT_FALSE(bar->findNext());  // "dam bao" is not in the text as such

    bar->exactBox()->setChecked(false);
    bar->openReplace();
    bar->replaceEdit()->setText(QStringLiteral("bảo đảm"));
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(window.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/find-replace.png")));
    EXPECT_EQ(bar->replaceAll(), 2);
    EXPECT_EQ(body->toPlainText(),
        QStringLiteral("Công an bảo đảm an toàn.\nĐiện lực bảo đảm nguồn điện."));
    body->undo();
    EXPECT_EQ(body->toPlainText(),
        QStringLiteral("Công an đảm bảo an toàn.\nĐiện lực ĐẢM BẢO nguồn điện."));

    QTest::keyClick(bar->findEdit(), Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
}

TEST(Editor, InsertsATableWithAHeaderRow)
{
    TestStore store;
    const qint64 id = addArticle(store, QStringLiteral("Bảng"), QStringLiteral("<p>Số liệu:</p>"));
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    BodyEdit *body = window.editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    window.editor()->insertTable(2, 2, true);
    typeText(body, QStringLiteral("Chỉ tiêu"));
    QTest::keyClick(body, Qt::Key_Tab);
    typeText(body, QStringLiteral("Kết quả"));
    QTest::keyClick(body, Qt::Key_Tab);
    typeText(body, QStringLiteral("Thu ngân sách"));
    QTest::keyClick(body, Qt::Key_Tab);
    typeText(body, QStringLiteral("112%"));
    ASSERT_TRUE(window.autosave()->saveNow().ok());
    EXPECT_EQ(storedBody(store, id).replace(u'\n', u'~').toStdString(),
        "<p>Số liệu:</p>~<table>~<thead>~<tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>~</thead>~"
        "<tbody>~<tr><td>Thu ngân sách</td><td>112%</td></tr>~</tbody>~</table>");
}

TEST(Editor, FeaturedImageIsChosenShownSavedAndRemoved)
{
    TestStore store;
    const qint64 id = addArticle(store, QStringLiteral("Ảnh"), QStringLiteral("<p>x</p>"));
    MainWindow window(*store.articles, store.clock);
    showActive(window);
    QImage photo(1200, 800, QImage::Format_RGB32);
    photo.fill(QColor(200, 60, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(photo.save(&buffer, "PNG"));
    PhotoLibrary library(*store.media);
    auto item = library.add(bytes, QStringLiteral("hoa-ban.png"));
    ASSERT_TRUE(item.ok());

    window.editor()->setFeaturedImage(item->id);
    EXPECT_TRUE(window.autosave()->hasUnsavedChanges());
    ASSERT_TRUE(window.autosave()->saveNow().ok());
    EXPECT_EQ(store.articles->get(id)->content.featuredMediaId, item->id);
    const auto thumb = window.editor()->findChildren<QLabel *>();
    const bool shown = std::any_of(
        thumb.begin(), thumb.end(), [](QLabel *label) { return !label->pixmap().isNull(); });
    EXPECT_TRUE(shown);

    window.editor()->setFeaturedImage(0);
    ASSERT_TRUE(window.autosave()->saveNow().ok());
    EXPECT_FALSE(store.articles->get(id)->content.featuredMediaId.has_value());
}

TEST(History, ShowsWhatEachRevisionChangedRestoresAndUndoesTheRestore)
{
    TestStore store;
    const qint64 id = addArticle(
        store, QStringLiteral("Lễ hội"), QStringLiteral("<p>Lễ hội Hoa Ban mở màn.</p>"));
    MainWindow window(*store.articles, store.clock);
    window.autosave()->setIdleDelay(600000);
    showActive(window);
    BodyEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeText(body, QStringLiteral(" Du khách đông vui."));
    QTest::keySequence(body, QKeySequence::Save);  // revision 2
    store.clock.advanceMs(60000);

    window.historyDock()->toggleViewAction()->trigger();
    ASSERT_TRUE(window.historyDock()->isVisible());
    HistoryPanel *history = window.historyPanel();
    ASSERT_EQ(history->model()->rowCount(), 2);
    EXPECT_EQ(history->model()->revisionAt(0).number, 2);
    const QString diff = history->diffView()->toHtml();
    EXPECT_TRUE(diff.contains(QStringLiteral("Du khách"))) << diff.toStdString();
    EXPECT_TRUE(diff.contains(QStringLiteral("#ccffd8"))) << diff.toStdString();  // added
    // Two selected: compared with each other.
    history->revisionView()->selectAll();
    EXPECT_TRUE(history->restoreButton()->isEnabled() == false);
    EXPECT_TRUE(history->diffView()->toPlainText().contains(QStringLiteral("Du khách")));
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(window.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/history.png")));

    // Restore revision 1: the text on screen is kept as a revision first.
    history->revisionView()->clearSelection();
    history->revisionView()->selectRow(history->model()->rowOfNumber(1));
    ASSERT_TRUE(history->restoreButton()->isEnabled());
    QTest::mouseClick(history->restoreButton(), Qt::LeftButton);
    EXPECT_EQ(body->toPlainText(), QStringLiteral("Lễ hội Hoa Ban mở màn."));
    EXPECT_EQ(
        store.articles->get(id)->content.bodyHtml, QStringLiteral("<p>Lễ hội Hoa Ban mở màn.</p>"));
    const auto revisions = *store.articles->revisions(id);
    ASSERT_EQ(revisions.size(), 4);  // 1, 2, "before restoring", the restore
    EXPECT_EQ(revisions.back().label, QStringLiteral("Restored revision 1"));
    EXPECT_EQ(history->model()->revisionAt(0).number, 4);

    ASSERT_TRUE(history->undoButton()->isEnabled());
    QTest::mouseClick(history->undoButton(), Qt::LeftButton);
    EXPECT_EQ(body->toPlainText(), QStringLiteral("Lễ hội Hoa Ban mở màn. Du khách đông vui."));
    EXPECT_FALSE(history->undoButton()->isEnabled());
}

TEST(Editor, PastingFromLibreOfficeKeepsStructureAndDropsTheRest)
{
    TestStore store;
    const qint64 id = addArticle(store, QStringLiteral("Lịch"), QStringLiteral("<p>x</p>"));
    MainWindow window(*store.articles, store.clock);
    window.show();
    BodyEdit *body = window.editor()->bodyEdit();
    body->selectAll();
    auto *mime = new QMimeData;
    mime->setHtml(readFixture(QStringLiteral("libreoffice_paste.html")));
    mime->setText(QStringLiteral("plain"));
    paste(body, mime);
    ASSERT_TRUE(window.autosave()->saveNow().ok());
    EXPECT_EQ(storedBody(store, id),
        readFixture(QStringLiteral("libreoffice_paste.expected.html")).trimmed());
}

TEST(Editor, SurvivesHostilePastesAndKeepsEveryWord)
{
    TestStore store;
    const qint64 id = addArticle(store, QStringLiteral("Lớn"), QStringLiteral("<p>Đầu.</p>"));
    MainWindow window(*store.articles, store.clock);
    window.show();
    BodyEdit *body = window.editor()->bodyEdit();

    // A 10,000-row table.
    QString table = QStringLiteral("<table>");
    for (int row = 0; row < 10000; ++row)
        table += QStringLiteral("<tr><td>Hàng %1</td><td>%2</td></tr>").arg(row).arg(row * 7);
    table += QStringLiteral("</table>");
    body->moveCursor(QTextCursor::End);
    body->insertForeignHtml(table);
    // Lists nested 2,000 deep.
    QString nested;
    for (int depth = 0; depth < 2000; ++depth)
        nested += QStringLiteral("<ul><li>mức %1").arg(depth);
    body->moveCursor(QTextCursor::End);
    body->insertForeignHtml(nested);
    // One paragraph of 300,000 words without a break.
    QString paragraph;
    for (int i = 0; i < 300000; ++i)
        paragraph += QStringLiteral("chữ ");
    body->moveCursor(QTextCursor::End);
    body->insertForeignHtml(QStringLiteral("<p>") + paragraph + QStringLiteral("</p>"));
    EXPECT_TRUE(body->isPasting());  // over a megabyte: it goes in in the background
    QSignalSpy notices(body, &BodyEdit::notice);
    while (body->isPasting())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ASSERT_EQ(notices.count(), 1);  // the person is told the paragraph was split
    ASSERT_TRUE(window.autosave()->saveNow().ok());

    const QString stored = storedBody(store, id);
    EXPECT_TRUE(stored.startsWith(QStringLiteral("<p>Đầu.</p>")));
    EXPECT_TRUE(stored.contains(QStringLiteral("<td>Hàng 9999</td><td>69993</td>")));
    EXPECT_TRUE(stored.contains(QStringLiteral("mức 1999")));
    EXPECT_EQ(stored.count(QStringLiteral("chữ")), 300000);
    EXPECT_GT(stored.count(QStringLiteral("<p>chữ")), 100);  // in paragraphs a layout can take
}

TEST(Editor, ATwentyMegabytePasteKeepsTheWindowAnsweringAndLosesNothing)
{
    TestStore store;
    const qint64 id = addArticle(store, QStringLiteral("Lớn"), QString());
    MainWindow window(*store.articles, store.clock);
    window.show();
    BodyEdit *body = window.editor()->bodyEdit();

    // About 20 MB of web-page HTML: styled paragraphs, headings, lists and a table.
    QString page = QStringLiteral("<html><body>");
    int paragraphs = 0;
    while (page.size() < 20 * 1024 * 1024 / 2) {  // QString: two bytes a character
        page += QStringLiteral("<h3 style=\"color:red\">Mục %1</h3>"
                               "<p class=\"x\" style=\"margin:0\">Đoạn <b>%1</b> nói về "
                               "công tác <span style=\"font:12px\">bảo đảm</span> an toàn giao "
                               "thông trên địa bàn thị xã Mường Lay, tỉnh Điện Biên.</p>"
                               "<ul><li>ý một</li><li>ý hai</li></ul>")
                    .arg(paragraphs++);
    }
    page += QStringLiteral("</body></html>");
    const QString expected = html::sanitize(page);

    QElapsedTimer clock;
    clock.start();
    body->insertForeignHtml(page);
    EXPECT_LT(clock.elapsed(), 200);  // the call hands the work over and returns
    EXPECT_TRUE(body->isPasting());
    EXPECT_TRUE(body->isReadOnly());
    // While it runs, the event loop keeps turning: measure the longest gap between turns.
    qint64 longestGap = 0;
    QElapsedTimer sinceLast;
    sinceLast.start();
    QElapsedTimer total;
    total.start();
    while (body->isPasting() && total.elapsed() < 300000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        longestGap = std::max(longestGap, sinceLast.restart());
    }
    ASSERT_FALSE(body->isPasting());
    EXPECT_FALSE(body->isReadOnly());
    RecordProperty("longest_event_loop_gap_ms", int(longestGap));
    RecordProperty("paste_total_ms", int(total.elapsed()));
    std::printf("20 MB paste: %lld ms in all, longest event-loop gap %lld ms\n",
        static_cast<long long>(total.elapsed()), static_cast<long long>(longestGap));
    // Slices take ~70 ms each; the longest pause is the one save at the end (serializing and
    // sanitizing ~8 MB of canonical HTML, then the transaction): about 1.6 s here.
    EXPECT_LT(longestGap, 3000);

    ASSERT_TRUE(window.autosave()->saveNow().ok());
    const QString stored = storedBody(store, id);
    EXPECT_EQ(stored.size(), expected.size());
    qsizetype firstDifference = 0;
    while (firstDifference < std::min(stored.size(), expected.size())
        && stored[firstDifference] == expected[firstDifference])
        ++firstDifference;
    EXPECT_TRUE(stored == expected)
        << "first difference at " << firstDifference << ":\n"
        << stored.mid(firstDifference - 200, 400).toStdString() << "\n---- expected:\n"
        << expected.mid(firstDifference - 200, 400).toStdString();
    EXPECT_TRUE(stored.contains(QStringLiteral("<h3>Mục %1</h3>").arg(paragraphs - 1)));
    // One undo takes the whole paste back.
    body->undo();
    EXPECT_TRUE(body->toPlainText().isEmpty());
}

TEST(MainWindow, ImportsFilesAllOrNothingAndNamesTheBadOne)
{
    TestStore store;
    addArticle(store, QStringLiteral("Có sẵn"), QStringLiteral("<p>x</p>"));
    MainWindow window(*store.articles, store.clock);
    window.show();
    const QString good
        = QStringLiteral(NEWSDESK_TEST_DATA_DIR "/../../resources/samples/01-nghi-quyet.txt");
    const QString bad = store.dir.filePath(QStringLiteral("hong.txt"));
    {
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Ti\xea\x75 \xff\xfe \xc3\x28 not UTF-8\n\nN\xf4i dung.");
    }
    auto refused = window.importFiles({good, bad});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("hong.txt")))
        << refused.error().message.toStdString();
    EXPECT_EQ(*store.articles->count(), 1);  // the good file was not imported either

    auto imported = window.importFiles({good});
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    ASSERT_EQ(imported->size(), 1);
    EXPECT_EQ(*store.articles->count(), 2);
    EXPECT_EQ(window.autosave()->articleId(), imported->front());  // opened
    EXPECT_TRUE(window.editor()->titleEdit()->text().startsWith(QStringLiteral("Mường Lay")));
}

TEST(ArticleList, HeaderMenuShowsEveryColumnAndRemembersTheChoice)
{
    TestStore store;
    NewArticle article;
    article.content.title = QStringLiteral("Lễ hội");
    article.content.author = QStringLiteral("Lò Thị Mai");
    article.publishAt = QDateTime(QDate(2026, 3, 1), QTime(1, 0), Qt::UTC);
    ASSERT_TRUE(store.articles->create(article).ok());
    {
        MainWindow window(*store.articles, store.clock);
        QTableView *view = window.articleView();
        EXPECT_TRUE(view->isColumnHidden(ArticleListModel::AuthorColumn));
        EXPECT_TRUE(view->isColumnHidden(ArticleListModel::PublishColumn));
        QMenu *menu = window.listColumnsMenu();
        ASSERT_EQ(menu->actions().size(), ArticleListModel::ColumnCount - 1);  // not the title
        for (QAction *action : menu->actions()) {
            if (!action->isChecked())
                action->trigger();  // show author and publish time
        }
        delete menu;
        EXPECT_FALSE(view->isColumnHidden(ArticleListModel::AuthorColumn));
        EXPECT_EQ(window.articleModel()
                      ->data(window.articleModel()->index(0, ArticleListModel::PublishColumn))
                      .toString(),
            QStringLiteral("01/03/2026 08:00"));
    }
    MainWindow again(*store.articles, store.clock);
    EXPECT_FALSE(again.articleView()->isColumnHidden(ArticleListModel::AuthorColumn));
    EXPECT_FALSE(again.articleView()->isColumnHidden(ArticleListModel::PublishColumn));
}
