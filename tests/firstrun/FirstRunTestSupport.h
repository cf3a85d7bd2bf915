#pragma once

// What the first-run tests share: a settings file of their own, the interface in Vietnamese
// for a screenshot, and saving one.

#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

namespace newsdesk::testing {

// A QSettings on an INI file in a temporary folder: never the person's own settings.
struct TempSettings {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;

    TempSettings() { reopen(); }
    QString path() const { return dir.filePath(QStringLiteral("newsdesk.ini")); }
    // A fresh QSettings on the same file: what the next start of the program reads.
    QSettings &reopen()
    {
        if (settings)
            settings->sync();
        settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
        return *settings;
    }
};

// The interface in Vietnamese while it lives, English again afterwards. Strings added to the
// program before their translation reached resources/translations can be supplied for a
// screenshot with NEWSDESK_EXTRA_TRANSLATION=<file.qm>.
class VietnameseUi {
public:
    VietnameseUi()
    {
        EXPECT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::Vietnamese));
        const QString extra = qEnvironmentVariable("NEWSDESK_EXTRA_TRANSLATION");
        if (!extra.isEmpty() && m_extra.load(extra))
            QCoreApplication::installTranslator(&m_extra);
    }
    ~VietnameseUi()
    {
        QCoreApplication::removeTranslator(&m_extra);
        installTranslations(*QCoreApplication::instance(), QLocale::English);
    }
    VietnameseUi(const VietnameseUi &) = delete;
    VietnameseUi &operator=(const VietnameseUi &) = delete;

private:
    QTranslator m_extra;
};

inline void saveScreenshot(QWidget &widget, const char *name)
{
    QCoreApplication::processEvents();  // layouts settle
    QDir().mkpath(QStringLiteral(NEWSDESK_SCREENSHOT_DIR));
    EXPECT_TRUE(widget.grab().save(
        QStringLiteral(NEWSDESK_SCREENSHOT_DIR "/") + QString::fromLatin1(name)));
}

}  // namespace newsdesk::testing
