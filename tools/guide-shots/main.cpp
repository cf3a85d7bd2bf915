// newsdesk-guide-shots: the pictures of the user guide (docs/guide.vi.md, docs/guide.en.md),
// taken from the real windows so they can be taken again whenever the windows change.
//
//   newsdesk-guide-shots OUTDIR --lang vi|en [--keep]
//
// Builds a fresh demo newsroom (DemoNewsroom) in a folder of its own under the temporary
// directory, with the settings, personal words and logs there too (XDG_* point into it), so the
// person's own store and settings are never touched. Time stands still: the demo and every
// action are dated from one fixed instant (fixedNow()), the process runs in the portal's zone
// and the text cursor does not blink, so two runs give the same pictures byte for byte. Then it
// drives MainWindow, the first-run assistant, the Settings, Schedule and Backups dialogs as a
// person would (typing, clicking actions) and saves QWidget::grab() of each as
// OUTDIR/<name>.png (the preview's WebEngine view included, once it has rendered); the first
// page of an exported PDF goes through pdftoppm when it is installed. Exit status 1 when a
// picture failed.
//
// Run it through scripts/guide-screenshots.sh. It sets QT_QPA_PLATFORM=offscreen (and
// QTWEBENGINE_DISABLE_SANDBOX=1 as root) unless they are set already.
#include "AppShell.h"
#include "ArticleEditor.h"
#include "BodyEdit.h"
#include "CalendarView.h"
#include "CompareView.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "Proofreading.h"
#include "ReviewNotesPanel.h"
#include "ScheduleDialog.h"
#include "WorkflowBar.h"
#include "backup/BackupsDialog.h"
#include "firstrun/AppSettings.h"
#include "firstrun/FirstRunAssistant.h"
#include "firstrun/SettingsDialog.h"
#include "preview/ArticleHandOffActions.h"
#include "preview/PreviewPane.h"
#include "preview/PreviewUrlSchemes.h"
#include "preview/PreviewWebPage.h"

#include "backup/StoreBackup.h"
#include "demo/DemoNewsroom.h"
#include "editing/AutosaveSession.h"
#include "io/PortalTime.h"
#include "media/PhotoLibrary.h"
#include "model/ArticleListModel.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "store/ProfileStore.h"
#include "util/AppIdentity.h"
#include "util/Clock.h"
#include "util/Translations.h"
#include "workflow/WorkflowService.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPainterPath>
#include <QProcess>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextCursor>
#include <QTimeZone>
#include <QWebEngineScript>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>

#include <unistd.h>

using namespace newsdesk;

namespace {

// Every picture is taken at this size (the main window) so the guide's pictures line up.
const QSize kWindowSize(1400, 860);

// "Now" for the whole run: Tuesday 10 March 2026, 09:15 in the portal's zone (UTC+7). The demo
// newsroom's history is dated over the days before it, its scheduled article the next morning.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 10), QTime(2, 15), QTimeZone::utc());
}

void pump(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitUntil(const std::function<bool()> &condition, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// Types as a keyboard with a Vietnamese input method does: one key event a character; a new
// line is the Return key.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        const bool newline = ch == u'\n';
        const int key = newline ? Qt::Key_Return : Qt::Key_unknown;
        const QString typed = newline ? QStringLiteral("\r") : QString(ch);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, typed);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, typed);
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
    QCoreApplication::processEvents();
}

// The value of `script` in the page (Newsdesk's isolated world: the page's scripts are off).
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    struct State {
        bool done = false;
        QVariant value;
    };
    auto state = std::make_shared<State>();
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [state](const QVariant &v) {
        state->value = v;
        state->done = true;
    });
    waitUntil([&] { return state->done; }, 10000);
    return state->value;
}

// A photo for the guide, drawn here so the repository needs no picture files: terraced hills
// under a morning sky, 1600 x 1000.
QByteArray landscapeJpeg()
{
    QImage image(1600, 1000, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, 560);
    sky.setColorAt(0, QColor(120, 170, 220));
    sky.setColorAt(1, QColor(236, 228, 205));
    painter.fillRect(image.rect(), sky);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 236, 170));
    painter.drawEllipse(QPointF(1220, 210), 70, 70);
    const struct {
        QColor color;
        int base;
        int amplitude;
        double phase;
    } ridges[] = {
        {QColor(120, 150, 150), 470, 90, 0.4},
        {QColor(80, 125, 95), 560, 110, 1.7},
        {QColor(70, 120, 60), 680, 80, 3.1},
        {QColor(98, 140, 52), 800, 60, 4.4},
    };
    for (const auto &ridge : ridges) {
        QPainterPath path(QPointF(0, 1000));
        for (int x = 0; x <= 1600; x += 20) {
            const double t = x / 1600.0 * 6.283;
            path.lineTo(x,
                ridge.base
                    - ridge.amplitude
                        * (0.6 * std::sin(t + ridge.phase)
                            + 0.4 * std::sin(2.3 * t + ridge.phase * 1.7)));
        }
        path.lineTo(1600, 1000);
        path.closeSubpath();
        painter.setBrush(ridge.color);
        painter.drawPath(path);
    }
    // Terraces on the nearest hill, and a row of young trees.
    painter.setPen(QPen(QColor(150, 180, 80), 4));
    for (int y = 830; y < 1000; y += 28)
        painter.drawLine(QPointF(0, y), QPointF(1600, y - 40));
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 9; ++i) {
        const QPointF at(130 + i * 170, 880 - i * 4);
        painter.setBrush(QColor(90, 60, 40));
        painter.drawRect(QRectF(at.x() - 6, at.y(), 12, 60));
        painter.setBrush(QColor(40, 95, 45));
        painter.drawEllipse(at, 48, 42);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 88);
    return bytes;
}

class GuideShots {
public:
    GuideShots(QString outDir, QString workDir, QLocale::Language language, QSettings &settings)
        : m_out(std::move(outDir)), m_work(std::move(workDir)), m_language(language),
          m_settings(settings)
    {
    }

    int run();

private:
    // Saves a picture as OUTDIR/<name>.png; an empty one counts as a failure.
    void save(const QPixmap &picture, const QString &name);
    void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        save(widget->grab(), name);
    }
    void fail(const QString &what)
    {
        std::fprintf(stderr, "newsdesk-guide-shots: %s\n", qUtf8Printable(what));
        ++m_failures;
    }

    void firstRunAssistant();
    bool openMainWindow();
    void mainWindow();
    void writingAndPhoto();
    void proofreading();
    void history();
    void review();
    void changesSinceReview();
    void schedule();
    void calendar();
    void settingsDialog();
    void backups();
    void fileMenuAndPdf();

    MainWindow *window() const { return m_shell->window(); }
    qint64 articleId(const QString &titleStart) const;
    bool open(const QString &titleStart);
    // Waits until the preview shows the open article's latest save (photos loaded).
    bool waitForPreview(int rendersBefore);
    QAction *previewAction() const;
    void showPreview(bool shown);
    void actAs(const QString &name, Role role);
    void select(const QString &words);
    void advance(int minutes) { m_clock->advanceMs(qint64(minutes) * 60 * 1000); }

    QString m_out;
    QString m_work;
    QLocale::Language m_language;
    QSettings &m_settings;
    int m_failures = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<AppShell> m_shell;
};

void GuideShots::save(const QPixmap &picture, const QString &name)
{
    const QString path = QDir(m_out).filePath(name + QStringLiteral(".png"));
    if (picture.isNull() || picture.width() < 50 || picture.height() < 50) {
        fail(QStringLiteral("%1: the picture is empty").arg(name));
        return;
    }
    if (!picture.save(path, "PNG")) {
        fail(QStringLiteral("%1: cannot write %2").arg(name, path));
        return;
    }
    std::printf("%s (%dx%d)\n", qUtf8Printable(path), picture.width(), picture.height());
    std::fflush(stdout);
}

int GuideShots::run()
{
    firstRunAssistant();
    if (!openMainWindow())
        return 1;
    mainWindow();
    writingAndPhoto();
    proofreading();
    history();
    review();
    changesSinceReview();
    schedule();
    calendar();
    settingsDialog();
    backups();
    fileMenuAndPdf();
    window()->close();
    m_shell.reset();
    return m_failures == 0 ? 0 : 1;
}

// The three pages of the first-run assistant, on a store of its own with no profile yet (as on
// a new laptop); the name and role are typed on the second page.
void GuideShots::firstRunAssistant()
{
    Database::Options options;
    options.path = QDir(m_work).filePath(QStringLiteral("first-run/newsdesk.sqlite3"));
    QDir().mkpath(QFileInfo(options.path).absolutePath());
    auto db = Database::open(options);
    if (!db) {
        fail(db.error().message);
        return;
    }
    QSettings settings(
        QDir(m_work).filePath(QStringLiteral("first-run/newsdesk.conf")), QSettings::IniFormat);
    AppSettings::saveLanguage(settings, m_language);
    ProfileStore profiles(*db.value());
    FirstRunAssistant assistant(settings, profiles);
    assistant.resize(640, 440);
    assistant.show();
    pump(300);
    save(&assistant, QStringLiteral("firstrun-1-language"));
    assistant.next();
    assistant.nameEdit()->setFocus();
    typeText(assistant.nameEdit(), QStringLiteral("Lò Thị Hoa"));
    const int writer = assistant.roleBox()->findData(Workflow::roleKey(Role::Writer));
    assistant.roleBox()->setCurrentIndex(writer >= 0 ? writer : 0);
    pump(100);
    save(&assistant, QStringLiteral("firstrun-2-profile"));
    assistant.next();
    pump(100);
    save(&assistant, QStringLiteral("firstrun-3-offline"));
    assistant.hide();  // neither Finish nor Skip: nothing of it is kept
}

bool GuideShots::openMainWindow()
{
    const QDateTime now = fixedNow();
    auto db = DemoNewsroom::open(Database::defaultPath(), now, portal_time::defaultZone());
    if (!db) {
        fail(db.error().message);
        return false;
    }
    m_db = std::move(db.value());
    // The window opens a few minutes after the demo's last step.
    m_clock = std::make_unique<ManualClock>(now.addSecs(5 * 60));
    m_store = std::make_unique<ArticleStore>(*m_db, *m_clock);
    m_shell = std::make_unique<AppShell>(*m_store, *m_clock, m_settings);
    MainWindow *w = window();
    w->setCurrentLanguage(m_language);
    w->resize(kWindowSize);
    // A little less list and a little more editor than the first-start default, so the
    // editor's formatting bar fits beside the preview.
    if (auto *splitter = w->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->setSizes({330, 600, 470});
    w->show();
    w->activateWindow();
    pump(500);
    return true;
}

qint64 GuideShots::articleId(const QString &titleStart) const
{
    ArticleListModel *model = window()->articleModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->summaryAt(row).title.startsWith(titleStart))
            return model->summaryAt(row).id;
    }
    return 0;
}

bool GuideShots::open(const QString &titleStart)
{
    const qint64 id = articleId(titleStart);
    if (id == 0) {
        fail(QStringLiteral("no demo article starts with “%1”").arg(titleStart));
        return false;
    }
    const int before = window()->previewPane()->renderCount();
    window()->showArticle(id);
    pump(200);
    if (window()->autosave()->articleId() != id) {
        fail(QStringLiteral("the article “%1” did not open").arg(titleStart));
        return false;
    }
    window()->statusBar()->clearMessage();  // nothing said about the article before
    // Long titles, categories and tags show their beginning, as after a click elsewhere.
    const auto fields = window()->editor()->findChildren<QLineEdit *>();
    for (QLineEdit *field : fields)
        field->setCursorPosition(0);
    if (window()->previewPane()->isVisible())
        waitForPreview(before);
    return true;
}

bool GuideShots::waitForPreview(int rendersBefore)
{
    preview::PreviewPane *pane = window()->previewPane();
    const bool rendered = waitUntil(
        [&] {
            return pane->renderCount() > rendersBefore && pane->page()
                && !pane->page()->isLoading();
        },
        30000);
    if (!rendered) {
        fail(QStringLiteral("the preview did not render within 30 s"));
        return false;
    }
    // Photos come through the media scheme after the page itself.
    waitUntil(
        [&] {
            return evaluate(pane->page(),
                QStringLiteral("Array.from(document.images).every(function(i){"
                               "return i.complete;})"))
                .toBool();
        },
        10000);
    pump(800);  // the new frame reaches the view
    return true;
}

QAction *GuideShots::previewAction() const
{
    const auto actions = window()->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(Qt::Key_F8))
            return action;
    }
    return nullptr;
}

void GuideShots::showPreview(bool shown)
{
    if (QAction *toggle = previewAction(); toggle && toggle->isChecked() != shown)
        toggle->trigger();
    pump(200);
}

void GuideShots::actAs(const QString &name, Role role)
{
    WorkflowService &workflow = window()->workflow();
    if (!workflow.setProfileName(name) || !workflow.setProfileRole(role))
        fail(QStringLiteral("cannot act as %1").arg(name));
    window()->refreshInbox();
    window()->workflowBar()->refresh();
    window()->reviewNotes()->refresh();
    window()->autosave()->setActor(name);
}

void GuideShots::select(const QString &words)
{
    BodyEdit *body = window()->editor()->bodyEdit();
    const int at = body->toPlainText().indexOf(words);
    if (at < 0) {
        fail(QStringLiteral("“%1” is not in the text").arg(words));
        return;
    }
    QTextCursor cursor(body->document());
    cursor.setPosition(at);
    cursor.setPosition(at + int(words.size()), QTextCursor::KeepAnchor);
    body->setTextCursor(cursor);
}

// The main window as it opens on a published article: the list with every state, the editor,
// the workflow bar, and the portal preview beside them.
void GuideShots::mainWindow()
{
    if (!open(QStringLiteral("Hội đồng nhân dân thị xã Mường Lay")))
        return;
    window()->articleView()->scrollToTop();
    save(window(), QStringLiteral("main-window"));
}

// The draft being written: a paragraph typed at the end, a photo with its caption, a featured
// image; autosave says when it saved.
void GuideShots::writingAndPhoto()
{
    if (!open(QStringLiteral("Tập huấn kỹ thuật chăm sóc cây mắc ca")))
        return;
    actAs(DemoNewsroom::writerName(), Role::Writer);
    advance(12);
    BodyEdit *body = window()->editor()->bodyEdit();
    body->setFocus();
    // After the second paragraph, where the practice in the orchard is told.
    const QString anchor = QStringLiteral("lâu năm ở bản Đớ.");
    const int at = body->toPlainText().indexOf(anchor);
    QTextCursor cursor(body->document());
    cursor.setPosition(at >= 0 ? at + int(anchor.size()) : 0);
    body->setTextCursor(cursor);
    const int before = window()->previewPane()->renderCount();
    auto inserted = body->insertPhoto(landscapeJpeg(), QStringLiteral("vuon-mac-ca-ban-do.jpg"));
    if (!inserted) {
        fail(inserted.error().message);
        return;
    }
    typeText(body, QStringLiteral("Học viên thực hành tỉa cành tại vườn mắc ca ở bản Đớ."));
    // The featured image: the same photo, through the library as "Choose…" does.
    MediaStore media(*m_db, *m_clock);
    PhotoLibrary photos(media);
    if (auto featured = photos.add(landscapeJpeg(), QStringLiteral("vuon-mac-ca-ban-do.jpg")))
        window()->editor()->setFeaturedImage(featured->id);
    if (!window()->autosave()->saveNow())
        fail(QStringLiteral("the draft was not saved"));
    window()->editor()->bodyEdit()->ensureCursorVisible();
    waitForPreview(before);
    // The preview scrolled to the photo, as a writer would look at it.
    evaluate(window()->previewPane()->page(),
        QStringLiteral("var f=document.querySelector('figure'); if(f) f.scrollIntoView(); true"));
    pump(800);
    save(window(), QStringLiteral("editor-photo"));
}

// A paragraph typed with the usual slips, the Proofreading panel (F7) listing them.
void GuideShots::proofreading()
{
    BodyEdit *body = window()->editor()->bodyEdit();
    advance(6);
    showPreview(false);
    body->setFocus();
    // After the first paragraph, above the photo, so the picture shows the slips and the panel.
    const QString anchor = QStringLiteral("các loại sâu đục quả.");
    const int at = body->toPlainText().indexOf(anchor);
    QTextCursor cursor(body->document());
    cursor.setPosition(at >= 0 ? at + int(anchor.size()) : 0);
    body->setTextCursor(cursor);
    typeText(body,
        QStringLiteral("\nCuối buổi tập huấn, các hộ được được phát tài liệu hướng dẫn.Mỗi hộ "
                       "còn được nhận cây giống để trồng dặm, nâng cao nghiẹp vụ chăm sóc "
                       "vườn cây."));
    QAction *toggle = window()->proofreadingDock()->toggleViewAction();
    if (!window()->proofreadingDock()->isVisible())
        toggle->trigger();
    window()->proofreadingDock()->raise();
    window()->resizeDocks({window()->proofreadingDock()}, {420}, Qt::Horizontal);
    window()->proofreading()->checkNow();
    pump(500);
    if (QListWidget *list = window()->proofreadingPanel()->list(); list->count() > 0)
        list->setCurrentRow(0);  // selects the repeated word in the text
    body->verticalScrollBar()->setValue(0);
    pump(300);
    save(window(), QStringLiteral("proofreading"));
    // Fix them, as the writer would, before the draft goes on.
    for (int i = 0; i < 3; ++i) {
        window()->proofreading()->checkNow();
        const auto findings = window()->proofreading()->findings();
        if (findings.isEmpty())
            break;
        window()->proofreading()->applyFix(findings.first());
    }
    (void)window()->autosave()->saveNow();
    toggle->trigger();
}

// History (Ctrl+Shift+H): the revisions of the draft, the newest selected with its changes;
// then the Review tab on an article that went through the whole workflow.
void GuideShots::history()
{
    advance(3);
    window()->saveRevision();  // Ctrl+S
    QDockWidget *dock = window()->historyDock();
    if (!dock->isVisible())
        dock->toggleViewAction()->trigger();
    dock->raise();
    window()->resizeDocks({dock}, {520}, Qt::Horizontal);
    pump(300);
    HistoryPanel *panel = window()->historyPanel();
    panel->revisionView()->clearSelection();
    panel->revisionView()->selectRow(0);  // the newest
    pump(300);
    save(window(), QStringLiteral("history"));

    if (open(QStringLiteral("Thông báo tạm ngừng cấp điện"))) {
        if (auto *tabs = panel->findChild<QTabWidget *>())
            tabs->setCurrentIndex(1);
        pump(300);
        save(window(), QStringLiteral("history-review"));
        if (auto *tabs = panel->findChild<QTabWidget *>())
            tabs->setCurrentIndex(0);
    }
    dock->toggleViewAction()->trigger();
}

// An article in review, opened by the approver: the workflow bar offers Approve and Request
// changes, and the Review notes panel holds a note on a passage and one on the whole article.
void GuideShots::review()
{
    actAs(DemoNewsroom::approverName(), Role::Approver);
    if (!open(QStringLiteral("Cao điểm bảo đảm trật tự an toàn giao thông")))
        return;
    advance(20);
    QDockWidget *dock = window()->reviewNotesDock();
    if (!dock->isVisible())
        dock->toggleViewAction()->trigger();
    dock->raise();
    window()->resizeDocks({dock}, {440}, Qt::Horizontal);
    ReviewNotesPanel *notes = window()->reviewNotes();
    select(QStringLiteral("kiểm soát nồng độ cồn"));
    if (!notes->commentOnSelection(
            QStringLiteral("Nêu rõ mức xử phạt theo quy định hiện hành để người dân nắm được.")))
        fail(QStringLiteral("the passage note was refused"));
    advance(4);
    if (!notes->addGeneralNote(
            QStringLiteral("Bổ sung một ảnh lực lượng làm nhiệm vụ tại chợ trung tâm.")))
        fail(QStringLiteral("the note on the whole article was refused"));
    pump(200);
    notes->noteList()->setCurrentRow(notes->noteList()->count() - 1);  // the passage note
    pump(300);
    save(window(), QStringLiteral("review-notes"));
    // No note stays selected: ReviewNotesPanel::rebuildList() reads the selected row of the
    // old list against the next article's notes (a crash when that article has fewer notes).
    notes->noteList()->setCurrentRow(-1);
    notes->noteList()->clearSelection();
    dock->toggleViewAction()->trigger();
}

// Back with the writer: the article returned with a request, what she added since, and the
// Submit button on the bar.
void GuideShots::changesSinceReview()
{
    actAs(DemoNewsroom::writerName(), Role::Writer);
    if (!open(QStringLiteral("Khám sức khỏe miễn phí cho người cao tuổi")))
        return;
    advance(25);
    BodyEdit *body = window()->editor()->bodyEdit();
    const QString anchor = QStringLiteral("phù hợp với người cao tuổi.");
    const int at = body->toPlainText().indexOf(anchor);
    QTextCursor cursor(body->document());
    cursor.setPosition(at >= 0 ? at + int(anchor.size()) : 0);
    body->setTextCursor(cursor);
    body->setFocus();
    typeText(body,
        QStringLiteral(" Đợt khám diễn ra từ ngày 2 đến ngày 6/3 tại bản Chi Luông, bản Đớ và "
                       "bản Hồ Luông, với 412 người được khám. Trung tâm phối hợp với Hội Người "
                       "cao tuổi thị xã."));
    (void)window()->autosave()->saveNow();
    QDockWidget *dock = window()->compareDock();
    if (!dock->isVisible())
        dock->toggleViewAction()->trigger();
    dock->raise();
    window()->resizeDocks({dock}, {460}, Qt::Horizontal);
    window()->compareView()->refresh();
    pump(300);
    save(window(), QStringLiteral("changes-since-review"));
    dock->toggleViewAction()->trigger();
    // She submits it again; the approver takes over.
    if (auto done = window()->workflowBar()->perform(WorkflowAction::Submit); !done)
        fail(QStringLiteral("the article was not submitted again: %1").arg(done.error().message));
    actAs(DemoNewsroom::approverName(), Role::Approver);
}

// The Schedule dialog on an approved article, then the article scheduled for real so that the
// calendar shows it.
void GuideShots::schedule()
{
    showPreview(true);
    if (!open(QStringLiteral("Tiếp nhận hồ sơ thủ tục hành chính trực tuyến")))
        return;
    advance(5);
    save(window(), QStringLiteral("workflow-approved"));
    const QDate day(2026, 3, 12);
    const QTime time(7, 30);
    {
        ScheduleDialog dialog(window()->workflow(), m_clock->nowUtc(), window());
        dialog.setLocalTime(day, time);
        dialog.show();
        pump(300);
        save(&dialog, QStringLiteral("schedule-dialog"));
        dialog.hide();
    }
    // Scheduled through the service rather than the bar: the bar first saves the text on
    // screen, and the demo's bodies are stored without the line breaks the editor writes
    // between paragraphs, so that save counts as an edit and withdraws the approval
    // (DemoNewsroom does not store canonical HTML).
    const qint64 id = window()->autosave()->articleId();
    const QDateTime at = QDateTime(day, time, portal_time::defaultZone()).toUTC();
    if (auto done = window()->workflow().perform(id, WorkflowAction::Schedule, {}, at); !done)
        fail(QStringLiteral("the article was not scheduled: %1").arg(done.error().message));
    // The article the writer corrected is approved and scheduled for the day after, so the
    // calendar shows a few days planned.
    if (const qint64 corrected = articleId(QStringLiteral("Khám sức khỏe miễn phí"))) {
        advance(10);
        WorkflowService &workflow = window()->workflow();
        auto approved = workflow.perform(corrected, WorkflowAction::Approve);
        auto scheduled = approved
            ? workflow.perform(corrected, WorkflowAction::Schedule, {},
                QDateTime(day.addDays(1), QTime(8, 0), portal_time::defaultZone()).toUTC())
            : Result<WorkflowOutcome>(approved.error());
        if (!scheduled)
            fail(QStringLiteral("the corrected article was not scheduled: %1")
                     .arg(scheduled.error().message));
        window()->articleModel()->refreshArticle(corrected);
    }
    window()->articleModel()->refreshArticle(id);
    window()->workflowBar()->refresh();
    window()->refreshInbox();
    pump(300);
}

// The editorial calendar (Ctrl+Shift+L), month view, in its own window.
void GuideShots::calendar()
{
    QDockWidget *dock = window()->calendarDock();
    if (!dock->isVisible())
        dock->toggleViewAction()->trigger();
    dock->resize(1100, 700);
    window()->calendar()->setMode(CalendarView::Mode::Month);
    window()->calendar()->refresh();
    pump(500);
    save(dock, QStringLiteral("calendar"));
    window()->calendar()->setMode(CalendarView::Mode::Week);
    pump(300);
    save(dock, QStringLiteral("calendar-week"));
    window()->calendar()->setMode(CalendarView::Mode::Month);
    dock->toggleViewAction()->trigger();
}

// Settings (Settings > Settings…): the pages the guide talks about.
void GuideShots::settingsDialog()
{
    SettingsDialog dialog(m_settings, m_db->path(), window());
    dialog.resize(720, 520);
    dialog.show();
    const struct {
        SettingsDialog::Page page;
        const char *name;
    } pages[] = {
        {SettingsDialog::GeneralPage, "settings-general"},
        {SettingsDialog::PreviewPage, "settings-preview"},
        {SettingsDialog::BackupsPage, "settings-backups"},
        {SettingsDialog::AccountsPage, "settings-accounts"},
    };
    for (const auto &page : pages) {
        dialog.tabs()->setCurrentIndex(page.page);
        pump(200);
        save(&dialog, QString::fromLatin1(page.name));
    }
    dialog.hide();
}

// File > Backups…: two daily backups made when Newsdesk started on the last two mornings and
// one made by hand a moment ago, the newest selected.
void GuideShots::backups()
{
    const BackupOptions options = backupOptionsFromSettings(m_settings);
    const QDateTime now = m_clock->nowUtc();
    const struct {
        QDateTime at;
        BackupReason reason;
    } made[] = {
        {QDateTime(QDate(2026, 3, 9), QTime(8, 2, 14), portal_time::defaultZone()),
            BackupReason::Daily},
        {QDateTime(QDate(2026, 3, 10), QTime(7, 58, 40), portal_time::defaultZone()),
            BackupReason::Daily},
        {now, BackupReason::Manual},
    };
    for (const auto &backup : made) {
        ManualClock at(backup.at.toUTC());
        StoreBackup maker(*m_db, at, options);
        if (auto done = maker.create(backup.reason); !done)
            fail(QStringLiteral("backup: %1").arg(done.error().message));
    }
    BackupsDialog dialog(m_db->path(), *m_clock, options, window());
    dialog.show();
    dialog.reload();
    if (!dialog.backups().isEmpty())
        dialog.selectBackup(dialog.backups().first().name);
    pump(300);
    save(&dialog, QStringLiteral("backups"));
    dialog.hide();
}

// File menu open on "Export as PDF…", and the first page of the PDF it writes.
void GuideShots::fileMenuAndPdf()
{
    if (!open(QStringLiteral("Hội đồng nhân dân thị xã Mường Lay")))
        return;
    MainWindow *w = window();
    QMenuBar *bar = w->menuBar();
    QAction *fileMenuAction = bar->actions().value(0);
    QMenu *fileMenu = fileMenuAction ? fileMenuAction->menu() : nullptr;
    if (!fileMenu) {
        fail(QStringLiteral("no File menu"));
        return;
    }
    const QPoint below = bar->mapToGlobal(bar->actionGeometry(fileMenuAction).bottomLeft());
    bar->setActiveAction(fileMenuAction);
    fileMenu->popup(below);
    pump(300);
    fileMenu->setActiveAction(w->handOffActions()->exportPdfAction());
    pump(200);
    QPixmap picture = w->grab();
    {
        QPainter painter(&picture);
        painter.drawPixmap(w->mapFromGlobal(fileMenu->pos()), fileMenu->grab());
    }
    save(picture, QStringLiteral("file-menu-export"));
    fileMenu->hide();
    bar->setActiveAction(nullptr);
    pump(200);

    const QString pdf = QDir(m_work).filePath(QStringLiteral("export/article.pdf"));
    QDir().mkpath(QFileInfo(pdf).absolutePath());
    bool done = false;
    QString outcome;
    QObject::connect(w->handOffActions(), &preview::ArticleHandOffActions::reported, w,
        [&](const QString &message, bool failed) {
            if (failed || QFile::exists(pdf)) {
                done = true;
                outcome = message;
            }
        });
    w->handOffActions()->exportPdfTo(pdf);
    if (!waitUntil([&] { return done; }, 60000) || !QFile::exists(pdf)) {
        fail(QStringLiteral("the PDF was not written: %1").arg(outcome));
        return;
    }
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        std::printf("pdftoppm not found (poppler-utils): no picture of the PDF\n");
        return;
    }
    const QString base = QDir(m_out).filePath(QStringLiteral("export-pdf"));
    QProcess convert;
    convert.start(pdftoppm,
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
            QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
            QStringLiteral("-singlefile"), pdf, base});
    if (!convert.waitForFinished(60000) || convert.exitCode() != 0) {
        fail(QStringLiteral("pdftoppm failed: %1")
                 .arg(QString::fromLocal8Bit(convert.readAllStandardError())));
        return;
    }
    std::printf("%s.png (first page of the PDF)\n", qUtf8Printable(base));
}

}  // namespace

int main(int argc, char *argv[])
{
    // Before anything reads the environment: the offscreen platform, WebEngine as root, the
    // portal's time zone (times shown in local time come out as on the portal's computers).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    qputenv("TZ", "Asia/Ho_Chi_Minh");
    tzset();

    // The language decides the work folder, so read it before Qt does anything.
    QString language;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (language != u"vi" && language != u"en") {
        std::fprintf(stderr, "usage: newsdesk-guide-shots OUTDIR --lang vi|en [--keep]\n");
        return 2;
    }
    // A folder of its own, emptied first: the same paths on every run (the status bar shows
    // the store's path), and nothing of the person's own settings or store is read.
    const QString work
        = QDir::cleanPath(QDir::tempPath() + QStringLiteral("/newsdesk-guide-") + language);
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    qputenv("HOME", QFile::encodeName(work));
    qputenv("XDG_DATA_HOME", QFile::encodeName(work + QStringLiteral("/.local/share")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(work + QStringLiteral("/.config")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(work + QStringLiteral("/.cache")));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(work + QStringLiteral("/.runtime")));
    QDir().mkpath(work + QStringLiteral("/.runtime"));
    QFile::setPermissions(work + QStringLiteral("/.runtime"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    newsdesk::preview::registerPreviewUrlSchemes();
    QApplication app(argc, argv);
    newsdesk::applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Newsdesk"));
    QApplication::setCursorFlashTime(0);  // a text cursor that never blinks: the same pictures

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Takes the user guide's screenshots from the real windows."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Where the PNGs go."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Interface language: vi or en."), QStringLiteral("lang"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the work folder (store, settings, PDF)."));
    parser.addOptions({langOption, keepOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: newsdesk-guide-shots OUTDIR --lang vi|en [--keep]\n");
        return 2;
    }
    const QString outDir = QDir(parser.positionalArguments().first()).absolutePath();
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "newsdesk-guide-shots: cannot create %s\n", qUtf8Printable(outDir));
        return 1;
    }

    const QLocale::Language uiLanguage = language == u"en" ? QLocale::English : QLocale::Vietnamese;
    QSettings settings;
    AppSettings::saveLanguage(settings, uiLanguage);
    settings.setValue(AppSettings::firstRunDoneKey(), true);
    settings.sync();
    if (!newsdesk::installTranslations(app, uiLanguage))
        std::fprintf(
            stderr, "newsdesk-guide-shots: no translation for %s\n", qUtf8Printable(language));

    std::printf("work folder: %s\n", qUtf8Printable(work));
    int status = 0;
    {
        GuideShots shots(outDir, work, uiLanguage, settings);
        status = shots.run();
    }
    if (!parser.isSet(keepOption))
        QDir(work).removeRecursively();
    return status;
}
