// Never lose a word: a person types into the real main window, the process is killed with
// SIGKILL at a random moment, and the next start must show all but at most the last two
// seconds of typing, with the cursor where the person was.
#include "TestStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

const QString kTypist = QStringLiteral(NEWSDESK_TYPIST_PATH);

// Two paragraphs of a field report, typed a character at a time.
QString fieldReport()
{
    QString text = QStringLiteral(
        "Sáng nay, đoàn công tác của UBND thị xã đã đến kiểm tra tuyến đường Mường Lay - "
        "Nậm Nhùn sau đợt mưa lớn. Nhiều đoạn bị sạt lở, lực lượng chức năng đang khẩn trương "
        "khắc phục để bảo đảm giao thông thông suốt.\n"
        "Người dân được khuyến cáo hạn chế đi lại vào ban đêm và theo dõi thông báo trên cổng "
        "thông tin điện tử của thị xã.");
    return text + text;  // long enough that typing outlasts any kill moment
}

struct Report {
    qint64 article = 0;
    int cursor = -1;
    QString text;
};

Report reopen(const QString &dbPath)
{
    QProcess process;
    process.start(kTypist, {QStringLiteral("--db"), dbPath, QStringLiteral("--report")});
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return Report {json.value(QStringLiteral("article")).toInteger(),
        json.value(QStringLiteral("cursor")).toInt(-1),
        json.value(QStringLiteral("text")).toString()};
}

}  // namespace

TEST(KillAndRecover, LosesAtMostTheLastTwoSecondsAndReopensWhereThePersonWas)
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("store.sqlite3"));
    const QString textPath = dir.filePath(QStringLiteral("typing.txt"));
    const QString text = fieldReport();
    {
        QFile file(textPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    qint64 articleId = 0;
    {
        auto db = Database::open(Database::Options {dbPath});
        ASSERT_TRUE(db.ok());
        SystemClock clock;
        ArticleStore store(**db, clock);
        NewArticle fresh;
        fresh.content.title = QStringLiteral("Ghi chép hiện trường");
        auto created = store.create(fresh);
        ASSERT_TRUE(created.ok());
        articleId = created->id;
    }

    // Two rounds: the second types on after what the first one kept.
    for (int round = 0; round < 2; ++round) {
        const Report before = reopen(dbPath);
        ASSERT_EQ(before.article, articleId);
        const qsizetype alreadyThere = before.text.size();
        ASSERT_EQ(text.left(alreadyThere), before.text);

        QProcess typist;
        typist.setProcessChannelMode(QProcess::SeparateChannels);
        const QString rest = text.mid(alreadyThere);
        const QString restPath = dir.filePath(QStringLiteral("rest-%1.txt").arg(round));
        {
            QFile file(restPath);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(rest.toUtf8());
        }
        typist.start(kTypist,
            {QStringLiteral("--db"), dbPath, QStringLiteral("--text"), restPath,
                QStringLiteral("--interval-ms"), QStringLiteral("25")});
        ASSERT_TRUE(typist.waitForStarted(30000));

        // When each count was seen: what had been typed by a given moment.
        QList<std::pair<qint64, qsizetype>> seen;  // (ms since the first key, typed)
        QElapsedTimer clock;
        const int killAfterMs = 2500 + int(QRandomGenerator::global()->bounded(2000));
        SCOPED_TRACE(::testing::Message()
            << "round " << round << ", killed after " << killAfterMs << " ms of typing");
        QByteArray pending;
        while (!clock.isValid() || clock.elapsed() < killAfterMs) {
            ASSERT_EQ(typist.state(), QProcess::Running)
                << typist.readAllStandardError().toStdString();
            typist.waitForReadyRead(50);
            pending += typist.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (!line.startsWith("typed "))
                    continue;
                if (!clock.isValid())
                    clock.start();
                seen.append({clock.elapsed(), line.mid(6).toLongLong()});
            }
        }
        typist.kill();  // SIGKILL: no close event, no last save
        ASSERT_TRUE(typist.waitForFinished(10000));
        const qint64 killedAt = clock.elapsed();

        qsizetype typedTwoSecondsBefore = 0;
        for (const auto &[at, typed] : seen) {
            if (at <= killedAt - 2000)
                typedTwoSecondsBefore = typed;
        }
        ASSERT_GT(typedTwoSecondsBefore, 10);

        const Report after = reopen(dbPath);
        EXPECT_EQ(after.article, articleId);
        // What is there is exactly what was typed, in order, and no more than two seconds short.
        EXPECT_EQ(after.text, text.left(after.text.size()));
        EXPECT_GE(after.text.size(), alreadyThere + typedTwoSecondsBefore)
            << "typed two seconds before the kill: " << typedTwoSecondsBefore
            << ", recovered: " << (after.text.size() - alreadyThere);
        // The cursor is back where the last save left the person: at the end of their text.
        EXPECT_EQ(after.cursor, after.text.size());
    }
}
