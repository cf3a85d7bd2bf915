#pragma once

// The article body editor: a QTextEdit whose pastes and drops go through the canonical-HTML
// sanitizer, so Word, LibreOffice and web pages keep their structure and lose everything else.

#include "util/Result.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>

#include <functional>

namespace newsdesk {

class PhotoLibrary;

class BodyEdit : public QTextEdit {
    Q_OBJECT
public:
    explicit BodyEdit(QWidget *parent = nullptr);

    // Replaces the content with canonical HTML and clears the undo history.
    void setCanonicalHtml(const QString &html);
    QString canonicalHtml() const;

    // Inserts HTML from anywhere (sanitized) at the cursor: what paste does. A paste larger
    // than kLargePaste is cleaned on a worker thread and inserted a slice at a time, with the
    // editor read-only meanwhile, so the window keeps answering; it is still one undo step.
    void insertForeignHtml(const QString &html);
    static constexpr qsizetype kLargePaste = 256 * 1024;  // characters
    static constexpr qsizetype kPasteSlice = 24 * 1024;
    // Longer pasted paragraphs are split at sentence ends: one block of a megabyte freezes
    // QTextEdit's layout (and no article has a paragraph of 2,000 words).
    static constexpr qsizetype kMaxParagraph = 10000;
    bool isPasting() const { return m_pasteStage != PasteStage::Idle; }
    // Inserts what is left of a large paste at once (before saving for good: quit, switch).
    void finishPaste();

    // Whether the textChanged being handled is an edit of the text or its formats, rather than
    // the spelling highlighter repainting its underlines (which Qt reports the same way). The
    // proofreading marks its repaints with setRepaintingUnderlines().
    bool isTextEdit() const { return !m_repaintingUnderlines; }
    void setRepaintingUnderlines(bool repainting) { m_repaintingUnderlines = repainting; }

    // Actions put at the top of the context menu for a cursor position (spelling suggestions,
    // fixes); the provider parents them to the object it is given.
    using ContextActionsProvider
        = std::function<QList<QAction *>(const QTextCursor &, QObject *owner)>;
    void setContextActionsProvider(ContextActionsProvider provider)
    {
        m_contextActions = std::move(provider);
    }

    // Where photos are processed and kept; without one, pictures cannot be inserted.
    void setPhotoLibrary(PhotoLibrary *library) { m_photos = library; }
    // Inserts a photo as a figure, with the cursor in its (empty) caption. Nothing changes
    // when the photo is refused; the error says why.
    Result<void> insertPhoto(const QByteArray &bytes, const QString &name = {});
    Result<void> insertPhotoFile(const QString &path);

    static constexpr int kPreviewWidth = 640;  // photos are shown at most this wide

Q_SIGNALS:
    // A pasted or dropped photo was refused (the message is for the person).
    void photoRejected(const QString &message);
    // A large paste: percent done (0..100), then finished.
    void pasteProgress(int percent);
    void pasteFinished();
    // Something the person should know about a paste (shown in the status bar).
    void notice(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void insertFigure(const QString &source);
    void insertNextSlice();
    void endPaste();

    enum class PasteStage { Idle, Cleaning, Inserting };

    PhotoLibrary *m_photos = nullptr;
    ContextActionsProvider m_contextActions;
    bool m_repaintingUnderlines = false;
    PasteStage m_pasteStage = PasteStage::Idle;
    struct PreparedPaste {
        QStringList slices;
        int splitParagraphs = 0;
    };
    QString prepareSmallPaste(const QString &foreignHtml);
    void reportSplits(int splitParagraphs);

    QFutureWatcher<PreparedPaste> m_cleaning;
    QStringList m_slices;
    qsizetype m_slicesDone = 0;
    bool m_joinFirstSlice = false;
    QTextCursor m_pasteCursor;
    QTimer m_sliceTimer;
};

}  // namespace newsdesk
