// The conflict dialog (issue 8). Conflicts come from a real pull: an article sent to the
// in-memory WordPress, then edited here and on the portal before the next sync. The dialog
// lists them, shows the two versions side by side with the words of one side only highlighted,
// and resolves them through its buttons and the merge editor exactly as ConflictResolver does
// (the store, the outbox and the portal after the next sync are checked); a resolve that fails
// shows the resolver's message; keyboard and screen-reader names; a Vietnamese screenshot.
#include "FakePortal.h"
#include "UiTestSupport.h"

#include "AccessibleNames.h"
#include "BodyEdit.h"
#include "Contrast.h"
#include "conflict/ConflictDialog.h"
#include "conflict/ConflictText.h"
#include "conflict/MergeEditor.h"
#include "store/Database.h"
#include "sync/ConflictResolver.h"
#include "sync/ConflictStore.h"
#include "sync/OutboxStore.h"
#include "sync/PortalAccountStore.h"
#include "sync/SyncEngine.h"
#include "util/Translations.h"
#include "workflow/WorkflowService.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>
#include <QTranslator>

#include <memory>
#include <optional>

using namespace newsdesk;
using namespace newsdesk::testing;
using newsdesk::test::FakePortal;

namespace {

// The interface in a language while it lives, English again afterwards.
// NEWSDESK_EXTRA_TRANSLATION=<file.qm> supplies strings not yet in resources/translations.
class UiLanguage {
public:
    explicit UiLanguage(QLocale::Language language)
    {
        EXPECT_TRUE(installTranslations(*QCoreApplication::instance(), language));
        const QString extra = qEnvironmentVariable("NEWSDESK_EXTRA_TRANSLATION");
        if (language != QLocale::English && !extra.isEmpty() && m_extra.load(extra))
            QCoreApplication::installTranslator(&m_extra);
    }
    ~UiLanguage()
    {
        QCoreApplication::removeTranslator(&m_extra);
        installTranslations(*QCoreApplication::instance(), QLocale::English);
    }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

private:
    QTranslator m_extra;
};

// Every control Tab reaches has a name a screen reader can say (as tests/a11y checks the
// main window): its own, its label's (buddy), or a button's text.
QStringList unnamedControls(const QWidget *root)
{
    QSet<const QWidget *> buddied;
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (label->buddy() && !spokenName(label->text()).isEmpty())
            buddied.insert(label->buddy());
    QStringList offenders;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || (widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            continue;
        if (!widget->accessibleName().trimmed().isEmpty() || buddied.contains(widget))
            continue;
        if (auto *button = qobject_cast<const QAbstractButton *>(widget);
            button && !spokenName(button->text()).isEmpty())
            continue;
        const QWidget *parent = widget->parentWidget();
        if (parent
            && (qobject_cast<const QComboBox *>(parent)
                || qobject_cast<const QAbstractSpinBox *>(parent))
            && !parent->accessibleName().isEmpty())
            continue;
        offenders << QString::fromLatin1(widget->metaObject()->className()) + u'#'
                + widget->objectName();
    }
    return offenders;
}

// The character format of the first letter of `word` in `view`; nullopt when it is not there.
std::optional<QTextCharFormat> formatOf(const QTextBrowser *view, const QString &word)
{
    const QTextCursor found = view->document()->find(word, 0, QTextDocument::FindWholeWords);
    if (found.isNull())
        return std::nullopt;
    QTextCursor at(view->document());
    at.setPosition(found.selectionStart() + 1);
    return at.charFormat();
}

bool highlightedAs(const QTextCharFormat &format, const ConflictText::Highlight &look)
{
    return format.background().style() != Qt::NoBrush
        && format.background().color() == look.background
        && format.foreground().color() == look.text && format.fontWeight() >= 600;
}

class ConflictDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store.clock.set(portal.now);
        workflow = std::make_unique<WorkflowService>(
            *store.db, store.clock, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
        ASSERT_TRUE(workflow->setProfileName(QStringLiteral("Hoa")).ok());
        PortalAccount account;
        account.identity.siteUrl = QUrl(QStringLiteral("https://portal.test"));
        account.identity.userName = QStringLiteral("editor");
        account.identity.timeZoneId = QStringLiteral("Asia/Ho_Chi_Minh");
        ASSERT_TRUE(PortalAccountStore(*store.db).save(account, store.clock.nowUtc()).ok());
        engine
            = std::make_unique<SyncEngine>(*store.db, *store.media, store.clock, &portal.network);
        engine->setPassword(QStringLiteral("pw"));
    }

    SyncSummary sync()
    {
        auto summary = engine->run();
        EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().message.toStdString());
        return summary.ok() ? *summary : SyncSummary {};
    }

    // A writer's article, submitted and sent; the portal's clock then moves on.
    Article submitted(const QString &title, const QString &body, const QString &summary = {})
    {
        Article article = store.create(title, body);
        if (!summary.isEmpty()) {
            article.content.summary = summary;
            EXPECT_TRUE(store.articles->saveContent(article.id, article.content, {}).ok());
        }
        store.clock.set(portal.now);
        EXPECT_TRUE(workflow->perform(article.id, WorkflowAction::Submit).ok());
        EXPECT_EQ(sync().done, 1);
        portal.now = portal.now.addSecs(60);
        store.clock.set(portal.now);
        return *store.articles->get(article.id);
    }

    test::FakePost &remoteOf(const Article &article)
    {
        for (auto &post : portal.posts)
            if (post.fields.value(u"content").toString().contains(article.uuid))
                return post;
        ADD_FAILURE() << "no portal post";
        static test::FakePost none;
        return none;
    }

    // An edit made on the portal (by an official in WordPress).
    void editOnPortal(const Article &article, const QString &field, const QString &value)
    {
        test::FakePost &post = remoteOf(article);
        post.fields.insert(field, value);
        post.fields.insert(
            QStringLiteral("modified_gmt"), portal.now.toString(Qt::ISODate).chopped(1));
    }

    // The body (and the summary, when given) changed here and on the portal; the next sync
    // finds the conflict.
    SyncConflict conflicted(const Article &article, const QString &mineBody,
        const QString &portalBody, const QString &mineSummary = {},
        const QString &portalSummary = {})
    {
        editOnPortal(article, QStringLiteral("content"),
            portalBody + QStringLiteral("\n<!-- newsdesk-post-") + article.uuid
                + QStringLiteral(" -->"));
        if (!portalSummary.isEmpty())
            editOnPortal(article, QStringLiteral("excerpt"), portalSummary);
        ArticleContent mine = store.articles->get(article.id)->content;
        mine.bodyHtml = mineBody;
        if (!mineSummary.isEmpty())
            mine.summary = mineSummary;
        EXPECT_TRUE(store.articles->saveContent(article.id, mine, {}).ok());
        EXPECT_GE(sync().conflicts, 1);
        auto open = ConflictStore(*store.db).openFor(article.id);
        EXPECT_TRUE(open.ok() && open->has_value());
        return open.ok() && open->has_value() ? **open : SyncConflict {};
    }

    // The usual one: "sáng" here, "chiều" on the portal.
    SyncConflict morningOrAfternoon(const QString &title, Article *out = nullptr)
    {
        const Article article
            = submitted(title, QStringLiteral("<p>Lễ hội khai mạc vào thứ Bảy.</p>"));
        if (out)
            *out = article;
        return conflicted(article, QStringLiteral("<p>Lễ hội khai mạc vào sáng thứ Bảy.</p>"),
            QStringLiteral("<p>Lễ hội khai mạc vào chiều thứ Bảy.</p>"));
    }

    // Each pull records an open conflict again (under a new id): ask after the last one.
    SyncConflict openConflictOf(const Article &article)
    {
        auto open = ConflictStore(*store.db).openFor(article.id);
        EXPECT_TRUE(open.ok() && open->has_value());
        return open.ok() && open->has_value() ? **open : SyncConflict {};
    }

    QString resolutionOf(qint64 conflictId)
    {
        QSqlQuery query(store.db->connection());
        query.prepare(QStringLiteral("SELECT resolution FROM sync_conflicts WHERE id = ?"));
        query.addBindValue(conflictId);
        EXPECT_TRUE(query.exec() && query.next());
        return query.value(0).toString();
    }

    int openOutbox()
    {
        auto counts = OutboxStore(*store.db).counts();
        EXPECT_TRUE(counts.ok());
        return counts.ok() ? counts->open() : -1;
    }

    std::unique_ptr<ConflictDialog> dialog()
    {
        auto made = std::make_unique<ConflictDialog>(*store.db, store.clock, QStringLiteral("Hoa"));
        made->show();
        made->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(made.get()));
        return made;
    }

    FakePortal portal;
    TestStore store;
    std::unique_ptr<WorkflowService> workflow;
    std::unique_ptr<SyncEngine> engine;
};

TEST_F(ConflictDialogTest, ListsTheOpenConflictsAndShowsTheFirst)
{
    Article first;
    Article second;
    morningOrAfternoon(QStringLiteral("Lễ hội Hoa Ban"), &first);
    morningOrAfternoon(QStringLiteral("Kỳ họp HĐND thị xã"), &second);
    const SyncConflict one = openConflictOf(first);
    const SyncConflict two = openConflictOf(second);
    auto shown = dialog();
    ASSERT_EQ(shown->conflictList()->count(), 2);
    EXPECT_EQ(shown->conflictList()->item(0)->text(), QStringLiteral("Lễ hội Hoa Ban"));
    EXPECT_EQ(shown->conflictList()->item(1)->text(), QStringLiteral("Kỳ họp HĐND thị xã"));
    EXPECT_EQ(shown->currentConflictId(), one.id);
    EXPECT_EQ(shown->conflictList()->currentRow(), 0);
    EXPECT_EQ(shown->headingLabel()->text(), QStringLiteral("Lễ hội Hoa Ban"));
    EXPECT_EQ(shown->explanationLabel()->text(),
        QStringLiteral("This article was changed here and on the portal since the last sync. "
                       "Nothing is sent for it until you choose. Both versions are kept until "
                       "then."));
    EXPECT_EQ(
        shown->fieldsLabel()->text(), QStringLiteral("Changed here and on the portal: Body."));
    EXPECT_FALSE(shown->showsNoneLeft());
    EXPECT_TRUE(shown->keepMineButton()->isEnabled());
    // The portal's side is in local form: no marker.
    EXPECT_EQ(
        shown->portal().bodyHtml, QStringLiteral("<p>Lễ hội khai mạc vào chiều thứ Bảy.</p>"));
    EXPECT_EQ(shown->mine().bodyHtml, QStringLiteral("<p>Lễ hội khai mạc vào sáng thứ Bảy.</p>"));

    // Selecting the second shows it; showConflict picks one by id.
    shown->conflictList()->setCurrentRow(1);
    EXPECT_EQ(shown->currentConflictId(), two.id);
    EXPECT_EQ(shown->headingLabel()->text(), QStringLiteral("Kỳ họp HĐND thị xã"));
    shown->showConflict(one.id);
    EXPECT_EQ(shown->conflictList()->currentRow(), 0);
    shown->showConflict(two.id);
    EXPECT_EQ(shown->currentConflictId(), two.id);
    shown->showConflict();  // the first
    EXPECT_EQ(shown->currentConflictId(), one.id);
}

TEST_F(ConflictDialogTest, TheVersionsMarkTheWordsOfOneSideOnly)
{
    morningOrAfternoon(QStringLiteral("Lễ hội Hoa Ban"));
    auto shown = dialog();
    const QPalette palette = shown->palette();
    const auto mineWord = formatOf(shown->mineView(), QStringLiteral("sáng"));
    ASSERT_TRUE(mineWord.has_value());
    EXPECT_TRUE(highlightedAs(*mineWord, ConflictText::mineOnly(palette)));
    const auto portalWord = formatOf(shown->portalView(), QStringLiteral("chiều"));
    ASSERT_TRUE(portalWord.has_value());
    EXPECT_TRUE(highlightedAs(*portalWord, ConflictText::portalOnly(palette)));
    // Words on both sides are plain; neither side shows the other's word.
    const auto same = formatOf(shown->mineView(), QStringLiteral("khai"));
    ASSERT_TRUE(same.has_value());
    EXPECT_FALSE(same->background().style() != Qt::NoBrush);
    EXPECT_FALSE(formatOf(shown->mineView(), QStringLiteral("chiều")).has_value());
    EXPECT_FALSE(formatOf(shown->portalView(), QStringLiteral("sáng")).has_value());
    // The field is named in both views, and screen readers hear how much differs.
    EXPECT_TRUE(shown->mineView()->toPlainText().startsWith(QStringLiteral("Body")));
    EXPECT_TRUE(shown->portalView()->toPlainText().startsWith(QStringLiteral("Body")));
    EXPECT_EQ(shown->mineView()->accessibleDescription(),
        QStringLiteral("1 word(s) only in this version."));
}

TEST(ConflictText, HighlightsReadOnLightAndDarkPalettes)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    for (const QPalette &palette : {light, dark}) {
        for (const auto &look :
            {ConflictText::mineOnly(palette), ConflictText::portalOnly(palette)}) {
            EXPECT_GE(contrast::ratio(look.text, look.background), 4.5);
        }
        EXPECT_NE(ConflictText::mineOnly(palette).background,
            ConflictText::portalOnly(palette).background);
    }
    EXPECT_NE(ConflictText::mineOnly(light).background, ConflictText::mineOnly(dark).background);
}

TEST(ConflictText, EveryFieldThatDiffersIsShownInArticleOrder)
{
    const MergedText mine {QStringLiteral("Tiêu đề của tôi"), QStringLiteral("<p>Một hai ba.</p>"),
        QStringLiteral("Tóm tắt")};
    const MergedText portal {QStringLiteral("Tiêu đề của cổng"),
        QStringLiteral("<p>Một <strong>hai</strong> ba.</p>"), QStringLiteral("Tóm tắt")};
    const ConflictText::SideBySide shown = ConflictText::render(mine, portal, QPalette());
    EXPECT_EQ(shown.differing, (QStringList {QStringLiteral("title"), QStringLiteral("content")}));
    EXPECT_EQ(shown.mineOnlyWords, 1);  // "tôi"; the body differs in formatting only
    QTextDocument mineDoc;
    mineDoc.setHtml(shown.mineHtml);
    EXPECT_TRUE(
        mineDoc.toPlainText().contains(QStringLiteral("only the formatting or the photos differ")));
    // Nothing differs: said so on both sides.
    const ConflictText::SideBySide same = ConflictText::render(mine, mine, QPalette());
    EXPECT_TRUE(same.differing.isEmpty());
    EXPECT_TRUE(same.mineHtml.contains(QStringLiteral("The two versions are the same now.")));
}

TEST_F(ConflictDialogTest, KeepMineResolvesThroughTheButtonAndSendsMine)
{
    Article article;
    const SyncConflict conflict = morningOrAfternoon(QStringLiteral("Giữ bản của tôi"), &article);
    auto shown = dialog();
    QSignalSpy resolved(shown.get(), &ConflictDialog::resolved);
    QTest::mouseClick(shown->keepMineButton(), Qt::LeftButton);
    ASSERT_EQ(resolved.count(), 1);
    EXPECT_EQ(resolved.at(0).at(0).toLongLong(), article.id);
    EXPECT_FALSE(shown->messageIsError()) << shown->message().toStdString();
    EXPECT_EQ(resolutionOf(conflict.id), QStringLiteral("mine"));
    EXPECT_TRUE(ConflictStore(*store.db).open()->isEmpty());
    EXPECT_EQ(store.articles->get(article.id)->content.bodyHtml,
        QStringLiteral("<p>Lễ hội khai mạc vào sáng thứ Bảy.</p>"));
    EXPECT_EQ(openOutbox(), 1);  // mine waits to go over the portal's version
    // Nothing left: the dialog says so and can close.
    EXPECT_EQ(shown->conflictList()->count(), 0);
    EXPECT_TRUE(shown->showsNoneLeft());
    EXPECT_TRUE(shown->noneLeftLabel()->isVisible());
    EXPECT_EQ(shown->noneLeftLabel()->text(), QStringLiteral("No conflicts left"));
    EXPECT_EQ(shown->currentConflictId(), 0);
    EXPECT_FALSE(shown->keepMineButton()->isEnabled());
    EXPECT_FALSE(shown->keepMineButton()->isVisible());  // the choices go with the last conflict
    EXPECT_TRUE(shown->message().contains(QStringLiteral("Giữ bản của tôi")));
    EXPECT_TRUE(shown->closeButton()->isEnabled());
    QTest::mouseClick(shown->closeButton(), Qt::LeftButton);
    EXPECT_FALSE(shown->isVisible());
    // The next sync sends mine.
    const SyncSummary summary = sync();
    EXPECT_EQ(summary.conflicts, 0);
    EXPECT_TRUE(remoteOf(article)
                    .fields.value(u"content")
                    .toString()
                    .contains(QStringLiteral("sáng thứ Bảy")));
}

TEST_F(ConflictDialogTest, TakingThePortalsReplacesTheTextAndShowsTheNext)
{
    Article article;
    Article next;
    morningOrAfternoon(QStringLiteral("Lấy bản của cổng"), &article);
    morningOrAfternoon(QStringLiteral("Còn một bài nữa"), &next);
    const SyncConflict one = openConflictOf(article);
    const SyncConflict two = openConflictOf(next);
    auto shown = dialog();
    QSignalSpy resolved(shown.get(), &ConflictDialog::resolved);
    QTest::mouseClick(shown->takeTheirsButton(), Qt::LeftButton);
    ASSERT_EQ(resolved.count(), 1);
    EXPECT_EQ(resolved.at(0).at(0).toLongLong(), article.id);
    EXPECT_EQ(resolutionOf(one.id), QStringLiteral("theirs"));
    EXPECT_EQ(store.articles->get(article.id)->content.bodyHtml,
        QStringLiteral("<p>Lễ hội khai mạc vào chiều thứ Bảy.</p>"));
    EXPECT_EQ(openOutbox(), 0);  // nothing to send
    // The list lost it and the next one is shown.
    ASSERT_EQ(shown->conflictList()->count(), 1);
    EXPECT_EQ(shown->conflictList()->item(0)->text(), QStringLiteral("Còn một bài nữa"));
    EXPECT_EQ(shown->currentConflictId(), two.id);
    EXPECT_EQ(shown->headingLabel()->text(), QStringLiteral("Còn một bài nữa"));
    EXPECT_FALSE(shown->showsNoneLeft());
    EXPECT_TRUE(shown->keepMineButton()->isEnabled());
    EXPECT_TRUE(shown->conflictList()->hasFocus());
    EXPECT_EQ(shown->message(),
        QStringLiteral("“Lấy bản của cổng”: the portal's version is now the text here."));
}

TEST_F(ConflictDialogTest, AnEditedMergeIsSavedThroughTheEditor)
{
    Article article;
    const SyncConflict conflict = morningOrAfternoon(QStringLiteral("Gộp tay"), &article);
    auto shown = dialog();
    QSignalSpy resolved(shown.get(), &ConflictDialog::resolved);
    QTest::mouseClick(shown->editMergedButton(), Qt::LeftButton);
    QPointer<MergeEditor> editor = shown->mergeEditor();
    ASSERT_TRUE(editor);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor.data()));
    EXPECT_TRUE(editor->isModal() || editor->windowModality() != Qt::NonModal);
    // Filled in with mine; the portal's version beside it for reference.
    EXPECT_EQ(editor->titleEdit()->text(), QStringLiteral("Gộp tay"));
    EXPECT_EQ(editor->bodyEdit()->canonicalHtml(),
        QStringLiteral("<p>Lễ hội khai mạc vào sáng thứ Bảy.</p>"));
    EXPECT_TRUE(editor->portalView()->toPlainText().contains(QStringLiteral("chiều")));
    EXPECT_TRUE(editor->portalView()->isReadOnly());
    editor->bodyEdit()->setFocus();
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    typeText(editor->bodyEdit(), QStringLiteral(" Bế mạc vào chiều Chủ nhật."));
    editor->summaryEdit()->setPlainText(QStringLiteral("Lịch lễ hội."));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    ASSERT_EQ(resolved.count(), 1) << shown->message().toStdString();
    EXPECT_EQ(resolutionOf(conflict.id), QStringLiteral("merged"));
    const ArticleContent stored = store.articles->get(article.id)->content;
    EXPECT_EQ(stored.bodyHtml,
        QStringLiteral("<p>Lễ hội khai mạc vào sáng thứ Bảy. Bế mạc vào chiều Chủ nhật.</p>"));
    EXPECT_EQ(stored.summary, QStringLiteral("Lịch lễ hội."));
    EXPECT_EQ(stored.title, QStringLiteral("Gộp tay"));
    EXPECT_EQ(openOutbox(), 1);
    EXPECT_TRUE(shown->showsNoneLeft());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(!editor || !editor->isVisible());
    sync();
    EXPECT_TRUE(remoteOf(article)
                    .fields.value(u"content")
                    .toString()
                    .contains(QStringLiteral("Bế mạc vào chiều Chủ nhật")));
}

TEST_F(ConflictDialogTest, CancellingTheMergeChangesNothing)
{
    const SyncConflict conflict = morningOrAfternoon(QStringLiteral("Thôi không gộp"));
    auto shown = dialog();
    MergeEditor *editor = shown->editMerged();
    ASSERT_NE(editor, nullptr);
    editor->bodyEdit()->setCanonicalHtml(QStringLiteral("<p>Khác hẳn.</p>"));
    QTest::mouseClick(editor->cancelButton(), Qt::LeftButton);
    EXPECT_EQ(ConflictStore(*store.db).open()->size(), 1);
    EXPECT_EQ(shown->currentConflictId(), conflict.id);
    EXPECT_EQ(openOutbox(), 0);
}

TEST_F(ConflictDialogTest, AnErrorFromTheResolverIsShownInTheDialog)
{
    const SyncConflict conflict = morningOrAfternoon(QStringLiteral("Đã giải quyết ở nơi khác"));
    auto shown = dialog();
    // Someone resolved it meanwhile (another window): the dialog still shows it.
    ASSERT_TRUE(
        ConflictResolver(*store.db, store.clock)
            .resolve(conflict.id, ConflictChoice::Theirs, std::nullopt, QStringLiteral("Lan"))
            .ok());
    QSignalSpy resolved(shown.get(), &ConflictDialog::resolved);
    QTest::mouseClick(shown->keepMineButton(), Qt::LeftButton);
    EXPECT_EQ(resolved.count(), 0);
    EXPECT_TRUE(shown->messageIsError());
    EXPECT_EQ(
        shown->message(), ConflictResolver::tr("There is no open conflict %1.").arg(conflict.id));
    EXPECT_TRUE(shown->messageLabel()->isVisible());
    const QPalette look = shown->messageLabel()->palette();
    EXPECT_GE(contrast::ratio(look.color(QPalette::WindowText), look.color(QPalette::Window)), 4.5);
    EXPECT_EQ(resolutionOf(conflict.id), QStringLiteral("theirs"));  // untouched
    shown->reload();
    EXPECT_TRUE(shown->showsNoneLeft());
}

TEST_F(ConflictDialogTest, ASyncWhileTheDialogIsOpenIsFollowed)
{
    Article article;
    morningOrAfternoon(QStringLiteral("Đồng bộ giữa chừng"), &article);
    auto shown = dialog();
    const qint64 shownId = shown->currentConflictId();
    // A sync meets the same portal version: the conflict is kept as it is, under its id.
    sync();
    EXPECT_EQ(openConflictOf(article).id, shownId);
    shown->reload();  // follows the article
    EXPECT_EQ(shown->currentConflictId(), shownId);
    sync();
    QTest::mouseClick(shown->keepMineButton(), Qt::LeftButton);
    EXPECT_FALSE(shown->messageIsError()) << shown->message().toStdString();
    EXPECT_TRUE(ConflictStore(*store.db).open()->isEmpty());
    EXPECT_TRUE(shown->showsNoneLeft());
}

TEST_F(ConflictDialogTest, ANewerPortalVersionIsShownBeforeAnyChoice)
{
    Article article;
    morningOrAfternoon(QStringLiteral("Cổng sửa lần nữa"), &article);
    auto shown = dialog();
    MergeEditor *editor = shown->editMerged();
    ASSERT_NE(editor, nullptr);
    // Meanwhile the portal's version changed again and a sync recorded it.
    portal.now = portal.now.addSecs(60);
    store.clock.set(portal.now);
    editOnPortal(article, QStringLiteral("content"),
        QStringLiteral("<p>Lễ hội khai mạc vào tối thứ Bảy.</p>\n<!-- newsdesk-post-")
            + article.uuid + QStringLiteral(" -->"));
    sync();
    const SyncConflict newer = openConflictOf(article);
    ASSERT_TRUE(newer.theirs.value(u"content").toString().contains(QStringLiteral("tối")));
    // Saving the merge refuses and shows the newer version in the dialog and the editor.
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_TRUE(editor->message().contains(QStringLiteral("changed again")));
    EXPECT_TRUE(editor->portalView()->toPlainText().contains(QStringLiteral("tối")));
    EXPECT_EQ(shown->currentConflictId(), newer.id);
    EXPECT_TRUE(shown->portalView()->toPlainText().contains(QStringLiteral("tối")));
    EXPECT_EQ(ConflictStore(*store.db).open()->size(), 1);
    // Seen now: the second click resolves.
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_EQ(resolutionOf(newer.id), QStringLiteral("merged"));
    EXPECT_TRUE(shown->showsNoneLeft());
}

TEST_F(ConflictDialogTest, AFailedMergeKeepsTheEditorOpenWithWhatWasTyped)
{
    const SyncConflict conflict = morningOrAfternoon(QStringLiteral("Gộp không thành"));
    auto shown = dialog();
    MergeEditor *editor = shown->editMerged();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    // No title: refused in the editor, nothing resolved.
    editor->titleEdit()->clear();
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_EQ(editor->message(), QStringLiteral("Give the article a title."));
    EXPECT_TRUE(editor->messageLabel()->isVisible());
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(ConflictStore(*store.db).open()->size(), 1);
    // The resolver refuses: its message in the editor, which stays open with the text.
    editor->titleEdit()->setText(QStringLiteral("Gộp không thành"));
    editor->bodyEdit()->setCanonicalHtml(QStringLiteral("<p>Văn bản đã gộp.</p>"));
    ASSERT_TRUE(ConflictResolver(*store.db, store.clock)
                    .resolve(conflict.id, ConflictChoice::Mine, std::nullopt, QStringLiteral("Lan"))
                    .ok());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(
        editor->message(), ConflictResolver::tr("There is no open conflict %1.").arg(conflict.id));
    EXPECT_EQ(editor->bodyEdit()->canonicalHtml(), QStringLiteral("<p>Văn bản đã gộp.</p>"));
    EXPECT_TRUE(shown->messageIsError());
    editor->reject();
}

TEST_F(ConflictDialogTest, OtherFieldsThatDifferAreShownToo)
{
    const Article article = submitted(QStringLiteral("Tiêu đề cũ"),
        QStringLiteral("<p>Một hai ba.</p>"), QStringLiteral("Tóm tắt cũ"));
    // Here the title changed too (only here, so the pull kept it): taking the portal's
    // version would undo it, so the dialog shows it.
    ArticleContent retitled = article.content;
    retitled.title = QStringLiteral("Tiêu đề mới");
    ASSERT_TRUE(store.articles->saveContent(article.id, retitled, {}).ok());
    conflicted(article, QStringLiteral("<p>Một hai bốn.</p>"),
        QStringLiteral("<p>Một hai năm.</p>"), QStringLiteral("Tóm tắt của tôi"),
        QStringLiteral("Tóm tắt của cổng"));
    auto shown = dialog();
    EXPECT_EQ(shown->fieldsLabel()->text(),
        QStringLiteral("Changed here and on the portal: %1. Also different: Title.")
            .arg(QLocale().createSeparatedList(
                {QStringLiteral("Summary"), QStringLiteral("Body")})));
    const QString mineText = shown->mineView()->toPlainText();
    EXPECT_LT(
        mineText.indexOf(QStringLiteral("Title")), mineText.indexOf(QStringLiteral("Summary")));
    EXPECT_LT(
        mineText.indexOf(QStringLiteral("Summary")), mineText.indexOf(QStringLiteral("Body")));
    EXPECT_TRUE(formatOf(shown->mineView(), QStringLiteral("mới")).has_value());
    EXPECT_TRUE(formatOf(shown->portalView(), QStringLiteral("cũ")).has_value());
}

TEST_F(ConflictDialogTest, EnterInTheListResolvesNothingAndEveryControlIsNamed)
{
    morningOrAfternoon(QStringLiteral("Phím Enter"));
    auto shown = dialog();
    shown->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(shown.get()));
    shown->conflictList()->setFocus();
    QTest::keyClick(shown->conflictList(), Qt::Key_Return);
    EXPECT_EQ(ConflictStore(*store.db).open()->size(), 1);
    EXPECT_TRUE(shown->isVisible());
    EXPECT_EQ(unnamedControls(shown.get()), QStringList {});
    EXPECT_EQ(shown->conflictList()->accessibleName(), QStringLiteral("Articles with a conflict"));
    EXPECT_EQ(shown->mineView()->accessibleName(), QStringLiteral("Mine (this computer)"));
    EXPECT_EQ(shown->portalView()->accessibleName(), QStringLiteral("Portal"));
    // Tab goes from the list through both versions to the buttons.
    QWidget *expected[] = {shown->mineView(), shown->portalView(), shown->keepMineButton(),
        shown->takeTheirsButton(), shown->editMergedButton(), shown->closeButton()};
    for (QWidget *next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), next) << (QApplication::focusWidget()
                ? QApplication::focusWidget()->objectName().toStdString()
                : "none");
    }
    MergeEditor *editor = shown->editMerged();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    EXPECT_EQ(unnamedControls(editor), QStringList {});
    EXPECT_EQ(editor->titleEdit()->accessibleName(), QStringLiteral("Title"));
    EXPECT_EQ(editor->summaryEdit()->accessibleName(), QStringLiteral("Summary"));
    EXPECT_EQ(editor->bodyEdit()->accessibleName(), QStringLiteral("Body"));
    editor->reject();
}

TEST_F(ConflictDialogTest, NoConflictsAtAll)
{
    auto shown = dialog();
    EXPECT_TRUE(shown->showsNoneLeft());
    EXPECT_EQ(shown->currentConflictId(), 0);
    EXPECT_EQ(shown->editMerged(), nullptr);
    EXPECT_FALSE(shown->keepMine());
    EXPECT_TRUE(shown->messageIsError());
}

TEST_F(ConflictDialogTest, VietnameseScreenshot)
{
    const UiLanguage vietnamese(QLocale::Vietnamese);
    const Article hoaBan = submitted(QStringLiteral("Lễ hội Hoa Ban năm 2026: lịch tổ chức"),
        QStringLiteral("<p>Lễ hội Hoa Ban năm 2026 sẽ diễn ra từ ngày 12 đến ngày 15 tháng 3 tại "
                       "quảng trường thị xã Mường Lay. Chương trình gồm lễ khai mạc, hội thi "
                       "người đẹp Hoa Ban, chợ phiên vùng cao và các trò chơi dân gian của đồng "
                       "bào Thái, Mông.</p>\n"
                       "<p>Ban Tổ chức đề nghị các cơ quan, đơn vị treo cờ, băng rôn và vệ sinh "
                       "môi trường trước ngày khai mạc.</p>"),
        QStringLiteral("Thông báo lịch tổ chức Lễ hội Hoa Ban năm 2026."));
    conflicted(hoaBan,
        QStringLiteral("<p>Lễ hội Hoa Ban năm 2026 sẽ diễn ra từ ngày 12 đến ngày 16 tháng 3 tại "
                       "quảng trường thị xã Mường Lay. Chương trình gồm lễ khai mạc, hội thi "
                       "người đẹp Hoa Ban, chợ phiên vùng cao, liên hoan ẩm thực và các trò chơi "
                       "dân gian của đồng bào Thái, Mông.</p>\n"
                       "<p>Ban Tổ chức đề nghị các cơ quan, đơn vị treo cờ, băng rôn và vệ sinh "
                       "môi trường trước ngày khai mạc.</p>"),
        QStringLiteral("<p>Lễ hội Hoa Ban năm 2026 diễn ra từ ngày 12 đến ngày 15 tháng 3 tại "
                       "sân vận động thị xã Mường Lay. Chương trình gồm lễ khai mạc, hội thi "
                       "người đẹp Hoa Ban, chợ phiên vùng cao và các trò chơi dân gian đặc sắc "
                       "của đồng bào Thái, Mông, Dao.</p>\n"
                       "<p>Ban Tổ chức đề nghị các cơ quan, đơn vị treo cờ, băng rôn và vệ sinh "
                       "môi trường trước ngày khai mạc.</p>"),
        QStringLiteral("Thông báo lịch tổ chức và chương trình Lễ hội Hoa Ban năm 2026."),
        QStringLiteral("UBND thị xã thông báo lịch tổ chức Lễ hội Hoa Ban năm 2026."));
    morningOrAfternoon(QStringLiteral("Kỳ họp thứ 7 HĐND thị xã khóa XIII"));
    morningOrAfternoon(QStringLiteral("Lịch cắt điện tuần này"));

    ConflictDialog shown(*store.db, store.clock, QStringLiteral("Hoa"));
    shown.resize(1000, 620);
    showActive(shown);
    shown.showConflict(openConflictOf(hoaBan).id);
    EXPECT_EQ(shown.headingLabel()->text(), hoaBan.content.title);
    ASSERT_EQ(shown.conflictList()->count(), 3);
    EXPECT_TRUE(formatOf(shown.mineView(), QStringLiteral("16")).has_value());
    EXPECT_TRUE(formatOf(shown.portalView(), QStringLiteral("Dao")).has_value());
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(shown.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/conflict.png")));
    // Nothing cut off: the explanation and the field line fit their width.
    EXPECT_GE(shown.explanationLabel()->height(),
        shown.explanationLabel()->heightForWidth(shown.explanationLabel()->width()));

    MergeEditor *editor = shown.editMerged();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    QCoreApplication::processEvents();
    EXPECT_TRUE(editor->grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/conflict-merge.png")));
    editor->reject();

    // Resolve all three: the last page.
    while (shown.currentConflictId() != 0)
        ASSERT_TRUE(shown.takeTheirs()) << shown.message().toStdString();
    QCoreApplication::processEvents();
    EXPECT_TRUE(shown.grab().save(QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/conflict-done.png")));
}

}  // namespace
