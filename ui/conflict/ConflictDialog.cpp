#include "conflict/ConflictDialog.h"

#include "AccessibleNames.h"
#include "Contrast.h"
#include "conflict/ConflictText.h"
#include "conflict/MergeEditor.h"

#include "media/PhotoLibrary.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "util/Clock.h"
#include "util/LogCategories.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace newsdesk {
namespace {

constexpr int kConflictIdRole = Qt::UserRole + 1;

enum Page { ConflictPage, NoneLeftPage };

// The local text of a stored side (mine, theirs), when the article or the portal's version
// cannot be read in local form: better the portal's form than nothing.
MergedText fromJson(const QJsonObject &side)
{
    return MergedText {side.value(u"title").toString(), side.value(u"content").toString(),
        side.value(u"excerpt").toString()};
}

// Scrolling one version scrolls the other to the same place, proportionally (the fields come in
// the same order on both sides).
void followScroll(QScrollBar *from, QScrollBar *to)
{
    const int range = from->maximum() - from->minimum();
    const double at = range > 0 ? double(from->value() - from->minimum()) / range : 0.0;
    to->setValue(to->minimum() + qRound(at * (to->maximum() - to->minimum())));
}

}  // namespace

ConflictDialog::ConflictDialog(Database &db, const Clock &clock, QString actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_actor(std::move(actor)),
      m_media(std::make_unique<MediaStore>(db, clock)),
      m_photos(std::make_unique<PhotoLibrary>(*m_media))
{
    setWindowTitle(tr("Conflicts with the portal"));
    setObjectName(QStringLiteral("conflictDialog"));

    // Left: the open conflicts.
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    QLabel *listLabel = buddyLabel(tr("&Articles with a conflict:"), m_list);
    listLabel->setWordWrap(true);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);

    // Right: the selected conflict.
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_explanation = new QLabel(
        tr("This article was changed here and on the portal since the last sync. Nothing is "
           "sent for it until you choose. Both versions are kept until then."));
    m_explanation->setObjectName(QStringLiteral("conflictExplanation"));
    m_explanation->setWordWrap(true);
    m_fields = new QLabel;
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setWordWrap(true);
    m_fields->setTextFormat(Qt::PlainText);
    m_legend = new QLabel(tr("Highlighted words are in only one of the two versions."));
    m_legend->setObjectName(QStringLiteral("conflictLegend"));
    m_legend->setWordWrap(true);

    m_mineView = new QTextBrowser;
    m_mineView->setObjectName(QStringLiteral("conflictMine"));
    m_mineView->setOpenLinks(false);
    QLabel *mineLabel = buddyLabel(tr("&Mine (this computer)"), m_mineView);
    m_portalView = new QTextBrowser;
    m_portalView->setObjectName(QStringLiteral("conflictPortal"));
    m_portalView->setOpenLinks(false);
    QLabel *portalLabel = buddyLabel(tr("&Portal"), m_portalView);
    for (QLabel *label : {mineLabel, portalLabel}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    auto column = [](QLabel *label, QTextBrowser *view) {
        auto *widget = new QWidget;
        auto *layout = new QVBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(view, 1);
        return widget;
    };
    auto *versions = new QSplitter(Qt::Horizontal);
    versions->setObjectName(QStringLiteral("conflictVersions"));
    versions->setChildrenCollapsible(false);
    versions->addWidget(column(mineLabel, m_mineView));
    versions->addWidget(column(portalLabel, m_portalView));
    versions->setStretchFactor(0, 1);
    versions->setStretchFactor(1, 1);
    connect(m_mineView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_syncingScroll)
            return;
        m_syncingScroll = true;
        followScroll(m_mineView->verticalScrollBar(), m_portalView->verticalScrollBar());
        m_syncingScroll = false;
    });
    connect(m_portalView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_syncingScroll)
            return;
        m_syncingScroll = true;
        followScroll(m_portalView->verticalScrollBar(), m_mineView->verticalScrollBar());
        m_syncingScroll = false;
    });

    m_keepMine = new QPushButton(tr("&Keep mine"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setToolTip(tr("Keep the text of this computer and send it to the portal at the "
                              "next sync, over the portal's version"));
    m_takeTheirs = new QPushButton(tr("&Take the portal's"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_takeTheirs->setToolTip(tr("Replace the text of this computer with the portal's version (the "
                                "revision history keeps yours)"));
    m_editMerged = new QPushButton(tr("&Edit merged…"));
    m_editMerged->setObjectName(QStringLiteral("editMerged"));
    m_editMerged->setToolTip(
        tr("Write one version from both, starting from yours, and send it at the next sync"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_explanation);
    rightLayout->addSpacing(4);
    rightLayout->addWidget(m_fields);
    rightLayout->addWidget(m_legend);
    rightLayout->addWidget(versions, 1);

    auto *conflictPage = new QSplitter(Qt::Horizontal);
    conflictPage->setChildrenCollapsible(false);
    conflictPage->addWidget(left);
    conflictPage->addWidget(right);
    conflictPage->setStretchFactor(0, 0);
    conflictPage->setStretchFactor(1, 1);
    conflictPage->setSizes({230, 740});

    // When everything is resolved.
    m_noneLeft = new QLabel(tr("No conflicts left"));
    m_noneLeft->setObjectName(QStringLiteral("noConflictsLeft"));
    QFont noneFont = m_noneLeft->font();
    noneFont.setBold(true);
    noneFont.setPointSizeF(noneFont.pointSizeF() * 1.4);
    m_noneLeft->setFont(noneFont);
    m_noneLeft->setAlignment(Qt::AlignCenter);
    auto *noneDetail = new QLabel(tr("No article is held back from the sync any more."));
    noneDetail->setAlignment(Qt::AlignCenter);
    noneDetail->setWordWrap(true);
    auto *nonePage = new QWidget;
    auto *noneLayout = new QVBoxLayout(nonePage);
    noneLayout->addStretch(1);
    noneLayout->addWidget(m_noneLeft);
    noneLayout->addWidget(noneDetail);
    noneLayout->addStretch(1);

    m_pages = new QStackedWidget;
    m_pages->insertWidget(ConflictPage, conflictPage);
    m_pages->insertWidget(NoneLeftPage, nonePage);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();  // until there is something to say

    // The three choices on the left, Close on the right, in that order for Tab too.
    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close);
    m_close = closeBox->button(QDialogButtonBox::Close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_editMerged);
    buttons->addStretch(1);
    buttons->addWidget(closeBox);
    // Enter in the list must not resolve anything: only a click or Space on a button does.
    for (QPushButton *button : {m_keepMine, m_takeTheirs, m_editMerged, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_keepMine, &QPushButton::clicked, this, [this] { keepMine(); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { takeTheirs(); });
    connect(m_editMerged, &QPushButton::clicked, this, [this] { editMerged(); });
    connect(m_close, &QPushButton::clicked, this, &ConflictDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        showMessage({}, false);
        showRow(row);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_list, m_mineView);
    setTabOrder(m_mineView, m_portalView);
    setTabOrder(m_portalView, m_keepMine);
    setTabOrder(m_keepMine, m_takeTheirs);
    setTabOrder(m_takeTheirs, m_editMerged);
    setTabOrder(m_editMerged, m_close);

    setMinimumSize(760, 480);
    resize(1000, 620);
    reload();
    if (!showsNoneLeft())
        m_list->setFocus();
}

ConflictDialog::~ConflictDialog() = default;

QString ConflictDialog::titleOf(const SyncConflict &conflict) const
{
    auto article = ArticleStore(m_db, m_clock).get(conflict.articleId);
    QString title = article ? article->content.title : conflict.mine.value(u"title").toString();
    if (title.trimmed().isEmpty())
        title = tr("(untitled)");
    return title;
}

const SyncConflict *ConflictDialog::conflict(qint64 id) const
{
    for (const SyncConflict &c : m_conflicts) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

qint64 ConflictDialog::currentConflictId() const
{
    return showsNoneLeft() ? 0 : m_currentId;
}

bool ConflictDialog::showsNoneLeft() const
{
    return m_pages->currentIndex() == NoneLeftPage;
}

void ConflictDialog::reload()
{
    fillList(m_currentId, qMax(0, m_list->currentRow()));
}

void ConflictDialog::showConflict(qint64 conflictId)
{
    fillList(conflictId, 0);
}

void ConflictDialog::fillList(qint64 selectId, int fallbackRow)
{
    auto open = ConflictStore(m_db).open();
    if (!open) {
        showMessage(open.error().message, true);
        return;
    }
    // A sync may have recorded the selected conflict again under a new id: follow its article.
    const SyncConflict *before = conflict(selectId);
    const qint64 articleBefore = before ? before->articleId : 0;
    m_conflicts = *open;
    int select = -1;
    int sameArticle = -1;
    {
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        for (const SyncConflict &c : std::as_const(m_conflicts)) {
            auto *item = new QListWidgetItem(titleOf(c), m_list);
            item->setData(kConflictIdRole, c.id);
            if (c.id == selectId)
                select = m_list->count() - 1;
            else if (articleBefore != 0 && c.articleId == articleBefore)
                sameArticle = m_list->count() - 1;
        }
    }
    if (select < 0)
        select = sameArticle;
    if (m_conflicts.isEmpty())
        return showNoneLeft();
    if (select < 0)
        select = qBound(0, fallbackRow, int(m_conflicts.size()) - 1);
    {
        const QSignalBlocker quiet(m_list);
        m_list->setCurrentRow(select);
    }
    showRow(select);
}

void ConflictDialog::showNoneLeft()
{
    m_currentId = 0;
    m_mine = {};
    m_portal = {};
    m_portalHtml.clear();
    m_mineView->clear();
    m_portalView->clear();
    m_pages->setCurrentIndex(NoneLeftPage);
    updateButtons();
    m_close->setDefault(true);
    m_close->setFocus();
}

void ConflictDialog::showRow(int row)
{
    if (row < 0 || row >= m_conflicts.size()) {
        m_currentId = 0;
        updateButtons();
        return;
    }
    m_pages->setCurrentIndex(ConflictPage);
    m_close->setDefault(false);
    const SyncConflict &c = m_conflicts.at(row);
    m_currentId = c.id;

    // Mine is the article as it is now: what "Keep mine" keeps.
    auto article = ArticleStore(m_db, m_clock).get(c.articleId);
    if (article) {
        m_mine = MergedText {
            article->content.title, article->content.bodyHtml, article->content.summary};
    } else {
        m_mine = fromJson(c.mine);
        showMessage(article.error().message, true);
    }
    auto theirs = ConflictResolver(m_db, m_clock).theirsAsLocal(c);
    if (theirs) {
        m_portal = *theirs;
    } else {
        m_portal = fromJson(c.theirs);
        showMessage(theirs.error().message, true);
    }

    m_heading->setText(m_mine.title.trimmed().isEmpty() ? titleOf(c) : m_mine.title);
    const ConflictText::SideBySide shown = ConflictText::render(m_mine, m_portal, palette());
    m_portalHtml = shown.portalHtml;

    QStringList both;
    for (const QString &field :
        {QStringLiteral("title"), QStringLiteral("excerpt"), QStringLiteral("content")}) {
        if (c.fields.contains(field))
            both << ConflictText::fieldName(field);
    }
    for (const QString &field : c.fields) {
        const QString name = ConflictText::fieldName(field);
        if (!both.contains(name))
            both << name;
    }
    QStringList alsoDifferent;
    for (const QString &field : shown.differing) {
        if (!c.fields.contains(field))
            alsoDifferent << ConflictText::fieldName(field);
    }
    const QLocale locale;
    QString fields;
    if (!both.isEmpty())
        fields = tr("Changed here and on the portal: %1.").arg(locale.createSeparatedList(both));
    if (!alsoDifferent.isEmpty()) {
        if (!fields.isEmpty())
            fields += u' ';
        fields += tr("Also different: %1.").arg(locale.createSeparatedList(alsoDifferent));
    }
    m_fields->setText(fields);
    m_fields->setVisible(!fields.isEmpty());

    m_mineView->setHtml(shown.mineHtml);
    m_portalView->setHtml(shown.portalHtml);
    m_mineView->setAccessibleDescription(
        tr("%n word(s) only in this version.", nullptr, shown.mineOnlyWords));
    m_portalView->setAccessibleDescription(
        tr("%n word(s) only in this version.", nullptr, shown.portalOnlyWords));
    updateButtons();
}

bool ConflictDialog::keepMine()
{
    return resolve(m_currentId, ConflictChoice::Mine, std::nullopt);
}

bool ConflictDialog::takeTheirs()
{
    return resolve(m_currentId, ConflictChoice::Theirs, std::nullopt);
}

bool ConflictDialog::resolveMerged(const MergedText &merged)
{
    return resolve(m_currentId, ConflictChoice::Merged, merged);
}

MergeEditor *ConflictDialog::editMerged()
{
    if (currentConflictId() == 0) {
        showMessage(tr("Select a conflict first."), true);
        return nullptr;
    }
    if (m_editor)
        m_editor->close();
    auto *editor = new MergeEditor(m_mine, m_portalHtml, m_photos.get(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // By article: a sync meanwhile may have recorded the conflict again under another id.
    const qint64 articleId = conflict(m_currentId)->articleId;
    connect(
        editor, &MergeEditor::submitted, this, [this, editor, articleId](const MergedText &text) {
            qint64 id = 0;
            for (const SyncConflict &c : std::as_const(m_conflicts)) {
                if (c.articleId == articleId)
                    id = c.id;
            }
            if (resolve(id, ConflictChoice::Merged, text))
                editor->accept();
            else
                editor->showError(message());
        });
    m_editor = editor;
    editor->open();
    return editor;
}

bool ConflictDialog::resolve(
    qint64 conflictId, ConflictChoice choice, const std::optional<MergedText> &merged)
{
    const SyncConflict *found = conflict(conflictId);
    if (!found) {
        showMessage(tr("Select a conflict first."), true);
        return false;
    }
    const qint64 articleId = found->articleId;
    const QString title = titleOf(*found);
    const int row = m_list->currentRow();
    // A sync since the list was read records the article's conflict again (the newest portal
    // version counts). The same portal version: resolve the new record. Another one: the person
    // must see it before choosing.
    auto latest = ConflictStore(m_db).openFor(articleId);
    if (latest && latest->has_value() && (*latest)->id != conflictId) {
        if ((*latest)->theirs != found->theirs) {
            fillList((*latest)->id, row);
            showMessage(tr("The portal's version of “%1” changed again meanwhile: this is the "
                           "newest one. Look at it before you choose.")
                            .arg(title),
                true);
            if (m_editor)
                m_editor->setPortalHtml(m_portalHtml);
            return false;
        }
        conflictId = (*latest)->id;
    }
    auto done = ConflictResolver(m_db, m_clock).resolve(conflictId, choice, merged, m_actor);
    if (!done) {
        qCWarning(lcUi) << "resolving conflict" << conflictId << "failed:" << done.error().message
                        << done.error().detail;
        showMessage(done.error().message, true);
        return false;
    }
    fillList(0, row);
    switch (choice) {
    case ConflictChoice::Mine:
        showMessage(
            tr("“%1”: your version is kept and goes to the portal at the next sync.").arg(title),
            false);
        break;
    case ConflictChoice::Theirs:
        showMessage(tr("“%1”: the portal's version is now the text here.").arg(title), false);
        break;
    case ConflictChoice::Merged:
        showMessage(tr("“%1”: the merged version is saved and goes to the portal at the next "
                       "sync.")
                        .arg(title),
            false);
        break;
    }
    if (!showsNoneLeft())
        m_list->setFocus();
    Q_EMIT resolved(articleId);
    return true;
}

QString ConflictDialog::message() const
{
    return m_message->text();
}

void ConflictDialog::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette look = palette();
    if (error)
        look.setColor(QPalette::WindowText,
            contrast::readableOn(QColor(0xa0, 0x10, 0x10), look.color(QPalette::Window)));
    m_message->setPalette(look);
}

void ConflictDialog::updateButtons()
{
    const bool any = currentConflictId() != 0;
    for (QPushButton *button : {m_keepMine, m_takeTheirs, m_editMerged}) {
        button->setEnabled(any);
        button->setVisible(!showsNoneLeft());
    }
}

}  // namespace newsdesk
