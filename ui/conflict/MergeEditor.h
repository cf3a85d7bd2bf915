#pragma once

// "Edit merged…" of the conflict dialog: the person's own version of the article filled in
// (title, summary, body), to be changed until it says what both versions should say, with the
// portal's version beside it for reference (its own words highlighted). The body is edited in
// the article editor's BodyEdit: canonical HTML in and out (photos stay newsdesk-media:
// references and show as in the editor), sanitized once more by ConflictResolver.
//
// The editor does not resolve anything itself: "Save the merged version" emits `submitted`;
// the conflict dialog resolves and closes the editor, or shows the error in it and leaves it
// open so nothing typed is lost.

#include "sync/ConflictResolver.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace newsdesk {

class BodyEdit;
class PhotoLibrary;

class MergeEditor : public QDialog {
    Q_OBJECT
public:
    // `start`: the text filled in (local form); `portalHtml`: the portal's side as the conflict
    // dialog shows it; `photos` (may be null) shows the photos in the body.
    MergeEditor(const MergedText &start, const QString &portalHtml, PhotoLibrary *photos,
        QWidget *parent = nullptr);

    // What is in the fields now (the body as canonical HTML).
    MergedText merged() const;

    // Checks the fields and emits `submitted`; false (and the reason shown) when a title is
    // missing.
    bool submit();
    // The portal's side again (the portal's version changed while the editor was open).
    void setPortalHtml(const QString &portalHtml);
    void showError(const QString &message);
    QString message() const;

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    BodyEdit *bodyEdit() const { return m_body; }
    QTextBrowser *portalView() const { return m_portal; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void submitted(const newsdesk::MergedText &text);

private:
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    BodyEdit *m_body = nullptr;
    QTextBrowser *m_portal = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

}  // namespace newsdesk
