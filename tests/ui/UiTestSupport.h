#pragma once

// What the widget tests share: typing as a keyboard does, an active window for shortcuts, the
// stored HTML fixtures.

#include "TestStore.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

namespace newsdesk::testing {

// Types text through the widget's key handling, one key event a character, as a keyboard
// with a Vietnamese input method delivers it (QTest::keyClicks only knows ASCII).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

// Shortcuts only reach an active window.
inline void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
}

inline QString storedBody(TestStore &store, qint64 id)
{
    return store.articles->get(id)->content.bodyHtml;
}

inline QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(NEWSDESK_TEST_DATA_DIR "/html/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

}  // namespace newsdesk::testing
