#pragma once

// The article body editor: a QTextEdit whose pastes and drops go through the canonical-HTML
// sanitizer, so Word, LibreOffice and web pages keep their structure and lose everything else.

#include <QTextEdit>

namespace newsdesk {

class BodyEdit : public QTextEdit {
    Q_OBJECT
public:
    explicit BodyEdit(QWidget *parent = nullptr);

    // Replaces the content with canonical HTML and clears the undo history.
    void setCanonicalHtml(const QString &html);
    QString canonicalHtml() const;

    // Inserts HTML from anywhere (sanitized) at the cursor: what paste does.
    void insertForeignHtml(const QString &html);

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

}  // namespace newsdesk
