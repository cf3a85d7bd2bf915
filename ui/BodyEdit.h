#pragma once

// The article body editor: a QTextEdit whose pastes and drops go through the canonical-HTML
// sanitizer, so Word, LibreOffice and web pages keep their structure and lose everything else.

#include "util/Result.h"

#include <QTextEdit>

namespace newsdesk {

class PhotoLibrary;

class BodyEdit : public QTextEdit {
    Q_OBJECT
public:
    explicit BodyEdit(QWidget *parent = nullptr);

    // Replaces the content with canonical HTML and clears the undo history.
    void setCanonicalHtml(const QString &html);
    QString canonicalHtml() const;

    // Inserts HTML from anywhere (sanitized) at the cursor: what paste does.
    void insertForeignHtml(const QString &html);

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

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void insertFigure(const QString &source);

    PhotoLibrary *m_photos = nullptr;
};

}  // namespace newsdesk
