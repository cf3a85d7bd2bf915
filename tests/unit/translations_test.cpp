// The Vietnamese translation is complete and is what the programs load.
#include "domain/Status.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace newsdesk;

TEST(Translations, EveryVietnameseStringIsTranslated)
{
    QFile file(QStringLiteral(NEWSDESK_TRANSLATIONS_DIR "/newsdesk_vi.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const bool markedUnfinished
                = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (markedUnfinished || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.join(QStringLiteral(" | ")).toStdString();
}

TEST(Translations, VietnameseIsEmbeddedAndLoads)
{
    EXPECT_EQ(statusDisplayName(Status::Draft), QStringLiteral("Draft"));
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QLocale::Vietnamese));
    EXPECT_EQ(statusDisplayName(Status::Draft), QStringLiteral("Bản nháp"));
    EXPECT_EQ(statusDisplayName(Status::InReview), QStringLiteral("Chờ duyệt"));
    EXPECT_EQ(QCoreApplication::translate("newsdesk::StoreErrorText",
                  "The article store %1 is damaged. Restore it from a backup; Newsdesk has not "
                  "changed the file."),
        QStringLiteral(
            "Kho bài viết %1 bị hỏng. Hãy khôi phục từ bản sao lưu; Newsdesk chưa thay đổi tệp."));
}
