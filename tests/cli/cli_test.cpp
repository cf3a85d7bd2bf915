// newsdesk-cli as a process: commands, output, exit codes (0 ok, 1 bad input, 2 usage) and
// every bad-store case, each with a one-line error naming the file.
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/MediaStore.h"
#include "store/ProfileStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <unistd.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("cli.sqlite3")); }

    CliRun run(const QStringList &args, const QStringList &extraEnv = {},
        const QString &program = {}, const QStringList &prefix = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(
            QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (const QString &pair : extraEnv)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
        const QString cli = QStringLiteral(NEWSDESK_CLI_PATH);
        process.start(program.isEmpty() ? cli : program,
            prefix.isEmpty() ? args : prefix + QStringList {cli} + args);
        EXPECT_TRUE(process.waitForFinished(60000));
        CliRun result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    CliRun cli(QStringList args) { return run(QStringList {QStringLiteral("--db"), db()} + args); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString importSample()
    {
        const QString file = write(QStringLiteral("bai.txt"),
            "Mường Lay triển khai Nghị quyết\n"
            "Thời gian đăng: 15/01/2021 08:56:49 PM\n\n"
            "Thị xã đảm bảo tiến độ các công trình.\n\n"
            "Tác giả: Nguyễn Văn A\n");
        const CliRun imported = cli({QStringLiteral("--json"), QStringLiteral("import"), file});
        EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        return QJsonDocument::fromJson(imported.out.toUtf8())
            .array()
            .at(0)
            .toObject()
            .value(QStringLiteral("uuid"))
            .toString();
    }
};

// A wall-clock time in the portal's zone, as `--at` takes it, `minutes` from now.
QString portalTimeFromNow(int minutes)
{
    const QDateTime when = QDateTime::currentDateTimeUtc()
                               .addSecs(qint64(minutes) * 60)
                               .toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
    return QLocale::c().toString(when, QStringLiteral("dd/MM/yyyy HH:mm"));
}

void expectOneLineError(const CliRun &run, int code, const QString &mustContain)
{
    EXPECT_EQ(run.exitCode, code) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("newsdesk-cli: "))) << run.err.toStdString();
    if (code == 1) {
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    }
    EXPECT_TRUE(run.err.contains(mustContain)) << run.err.toStdString();
}

}  // namespace

TEST_F(Cli, PrintsItsVersion)
{
    const CliRun result = run({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(
        result.out.trimmed(), QStringLiteral("newsdesk-cli ") + QStringLiteral(NEWSDESK_VERSION));
}

TEST_F(Cli, ImportsSearchesAndShowsAnArticle)
{
    const QString uuid = importSample();
    ASSERT_EQ(uuid.size(), 36);

    for (const QString &query : {QStringLiteral("muong lay"), QStringLiteral("Mường Lay"),
             QStringLiteral("MUONG LAY"), QStringLiteral("dam bao"), QStringLiteral("đảm bảo")}) {
        const CliRun found = cli({QStringLiteral("search"), query});
        EXPECT_EQ(found.exitCode, 0);
        EXPECT_TRUE(found.out.startsWith(uuid.left(8)))
            << query.toStdString() << ": " << found.out.toStdString();
    }
    const CliRun bracketed = cli({QStringLiteral("search"), QStringLiteral("dam bao")});
    EXPECT_TRUE(bracketed.out.contains(QStringLiteral("[đảm] [bảo]")))
        << bracketed.out.toStdString();

    const CliRun json
        = cli({QStringLiteral("search"), QStringLiteral("muong lay"), QStringLiteral("--json")});
    const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("Mường Lay triển khai Nghị quyết"));

    const CliRun shown = cli({QStringLiteral("show"), uuid.left(6)});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.startsWith(QStringLiteral(
        "Mường Lay triển khai Nghị quyết\nThời gian đăng: 15/01/2021 08:56:49 PM\n")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Tác giả: Nguyễn Văn A")));

    const CliRun shownJson = cli({QStringLiteral("show"), uuid, QStringLiteral("--json")});
    const QJsonObject article = QJsonDocument::fromJson(shownJson.out.toUtf8()).object();
    EXPECT_EQ(article.value(QStringLiteral("author")).toString(), QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(article.value(QStringLiteral("publishAt")).toString(),
        QStringLiteral("2021-01-15T13:56:49.000Z"));
    EXPECT_EQ(article.value(QStringLiteral("bodyHtml")).toString(),
        QStringLiteral("<p>Thị xã đảm bảo tiến độ các công trình.</p>"));
}

TEST_F(Cli, ImportsHtmlAndMarkdownSanitized)
{
    const QString html = write(QStringLiteral("trang.html"),
        "<h1>Trang web</h1><p onclick=\"evil()\">Chữ <script>alert(1)</script>sạch</p>"
        "<iframe src=\"https://x\"></iframe>");
    const QString md = write(QStringLiteral("ghi-chu.md"), "# Ghi chú\n\nMột **đoạn**.\n");
    const CliRun imported = cli({QStringLiteral("import"), html, md});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out.count(QStringLiteral("imported")), 2);
    const CliRun list = cli({QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 2);
    const CliRun page = cli({QStringLiteral("show"),
        rows[1].toObject().value(QStringLiteral("uuid")).toString(), QStringLiteral("--json")});
    const QString body = QJsonDocument::fromJson(page.out.toUtf8())
                             .object()
                             .value(QStringLiteral("bodyHtml"))
                             .toString();
    EXPECT_EQ(body, QStringLiteral("<p>Chữ sạch</p>"));
}

TEST_F(Cli, ImportIsAllOrNothing)
{
    const QString good = write(QStringLiteral("tot.txt"), "Bài tốt\n\nNội dung.");
    const QString bad = write(QStringLiteral("hong.txt"), QByteArray("B\xe0i h\xf4ng\n"));
    const CliRun result = cli({QStringLiteral("import"), good, bad});
    expectOneLineError(result, 1, QStringLiteral("hong.txt"));
    EXPECT_TRUE(result.err.contains(QStringLiteral("UTF-8")));
    EXPECT_EQ(cli({QStringLiteral("list")}).out, QString());
}

TEST_F(Cli, ListsByStatus)
{
    importSample();
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("draft")})
                  .out.count(QLatin1Char('\n')),
        1);
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("--status=published")}).out, QString());
    expectOneLineError(
        cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("flying")}), 2,
        QStringLiteral("unknown status"));
}

TEST_F(Cli, UpdateKeepsIdAndHistory)
{
    const QString uuid = importSample();
    const QString edit = write(QStringLiteral("sua.txt"),
        "Mường Lay triển khai Nghị quyết mới\n\nNội dung đã sửa về Điện Biên.\n");
    const CliRun updated = cli({QStringLiteral("update"), uuid.left(8), edit});
    ASSERT_EQ(updated.exitCode, 0) << updated.err.toStdString();
    const QJsonObject article = QJsonDocument::fromJson(
        cli({QStringLiteral("show"), uuid, QStringLiteral("--json")}).out.toUtf8())
                                    .object();
    EXPECT_EQ(article.value(QStringLiteral("title")).toString(),
        QStringLiteral("Mường Lay triển khai Nghị quyết mới"));
    EXPECT_EQ(article.value(QStringLiteral("author")).toString(),
        QStringLiteral("Nguyễn Văn A"));  // kept
    EXPECT_EQ(article.value(QStringLiteral("localRevision")).toInt(), 2);
    EXPECT_TRUE(
        cli({QStringLiteral("search"), QStringLiteral("dien bien")}).out.startsWith(uuid.left(8)));
    EXPECT_EQ(cli({QStringLiteral("search"), QStringLiteral("cong trinh")}).out, QString());

    const CliRun history = cli({QStringLiteral("history"), uuid});
    EXPECT_EQ(history.out.count(QLatin1Char('\n')), 2) << history.out.toStdString();
    const CliRun diff
        = cli({QStringLiteral("diff"), uuid, QStringLiteral("1"), QStringLiteral("2")});
    EXPECT_TRUE(diff.out.contains(QStringLiteral("{+Điện"))) << diff.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("restore"), uuid, QStringLiteral("1")}).exitCode, 0);
    EXPECT_TRUE(
        cli({QStringLiteral("search"), QStringLiteral("cong trinh")}).out.startsWith(uuid.left(8)));
}

TEST_F(Cli, ExportsHtmlAndJsonThatImportsBack)
{
    importSample();
    const QString out = dir.filePath(QStringLiteral("xuat"));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--out"), out})
                  .exitCode,
        0);
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                      QStringLiteral("html"), QStringLiteral("--out"), out})
                  .exitCode,
        0);
    const QStringList json = QDir(out).entryList({QStringLiteral("*.json")});
    const QStringList html = QDir(out).entryList({QStringLiteral("*.html")});
    ASSERT_EQ(json.size(), 1);
    ASSERT_EQ(html.size(), 1);
    EXPECT_TRUE(html[0].startsWith(QStringLiteral("muong-lay-trien-khai-nghi-quyet-")));

    // Into a second store: the same article, same id.
    const QString second = dir.filePath(QStringLiteral("second.sqlite3"));
    const CliRun imported = run(
        {QStringLiteral("--db"), second, QStringLiteral("import"), QDir(out).filePath(json[0])});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliRun shown = run({QStringLiteral("--db"), second, QStringLiteral("show"),
        json[0].left(8), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(shown.out.toUtf8())
                  .object()
                  .value(QStringLiteral("title"))
                  .toString(),
        QStringLiteral("Mường Lay triển khai Nghị quyết"));
}

TEST_F(Cli, ExportsAPdfThroughNewsdeskRender)
{
    const QString uuid = importSample();
    const QString out = dir.filePath(QStringLiteral("in"));
    const CliRun exported = cli({QStringLiteral("export"), uuid.left(8), QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--out"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString pdf = exported.out.trimmed();
    EXPECT_TRUE(pdf.endsWith(QStringLiteral(".pdf")));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString content
        = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
    EXPECT_TRUE(content.contains(QStringLiteral("Mường Lay triển khai Nghị quyết")))
        << content.toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("Thời gian đăng: 15/01/2021 08:56:49 PM")));

    // A template folder that is not one: refused before anything is printed.
    const CliRun refused = cli({QStringLiteral("export"), uuid.left(8), QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("--out"), out, QStringLiteral("--template"),
        dir.filePath(QStringLiteral("no-such-template"))});
    expectOneLineError(refused, 1, QStringLiteral("no-such-template"));
}

TEST_F(Cli, ImportsTheShippedSamples)
{
    const QDir samples(QStringLiteral(NEWSDESK_SAMPLES_DIR));
    QStringList files;
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name))
        files << samples.filePath(name);
    ASSERT_EQ(files.size(), 5);
    const CliRun imported = cli(QStringList {QStringLiteral("import")} + files);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out.count(QStringLiteral("imported")), 5);
    EXPECT_TRUE(cli({QStringLiteral("search"), QStringLiteral("hoa ban")})
                    .out.contains(QStringLiteral("[Hoa] [Ban]")));
    EXPECT_TRUE(cli({QStringLiteral("search"), QStringLiteral("chi tieu")})
                    .out.contains(QStringLiteral("tổng kết")));
}

TEST_F(Cli, PrintsStats)
{
    importSample();
    const QJsonObject stats = QJsonDocument::fromJson(
        cli({QStringLiteral("stats"), QStringLiteral("--json")}).out.toUtf8())
                                  .object();
    EXPECT_EQ(stats.value(QStringLiteral("articles")).toInt(), 1);
    EXPECT_EQ(
        stats.value(QStringLiteral("byStatus")).toObject().value(QStringLiteral("draft")).toInt(),
        1);
    EXPECT_EQ(stats.value(QStringLiteral("words")).toInt(), 9);  // the body's syllables
    EXPECT_TRUE(cli({QStringLiteral("stats")}).out.contains(QStringLiteral("Articles: 1")));
}

TEST_F(Cli, UsesTheDefaultStoreUnderTheUsersDataFolder)
{
    const QString file = write(QStringLiteral("a.txt"), "Tiêu đề\n\nThân.");
    ASSERT_EQ(run({QStringLiteral("import"), file}).exitCode, 0);
    EXPECT_TRUE(
        QFile::exists(dir.filePath(QStringLiteral("home/.local/share/newsdesk/newsdesk.sqlite3"))));
    EXPECT_EQ(run({QStringLiteral("list")}).out.count(QLatin1Char('\n')), 1);
}

TEST_F(Cli, OnlyImportCreatesAStore)
{
    const QString missing = dir.filePath(QStringLiteral("go-nham/kho.sqlite3"));
    expectOneLineError(run({QStringLiteral("--db"), missing, QStringLiteral("list")}), 1,
        QStringLiteral("does not exist"));
    EXPECT_FALSE(QFile::exists(missing));
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("go-nham"))).exists());
}

TEST_F(Cli, BadInputExitsWithOneAndUsageErrorsWithTwo)
{
    importSample();
    expectOneLineError(cli({QStringLiteral("import"), dir.filePath(QStringLiteral("none.txt"))}), 1,
        QStringLiteral("none.txt"));
    expectOneLineError(
        cli({QStringLiteral("show"), QStringLiteral("ffffffff")}), 1, QStringLiteral("ffffffff"));
    expectOneLineError(
        cli({QStringLiteral("show"), QStringLiteral("12345")}), 1, QStringLiteral("12345"));
    expectOneLineError(cli({QStringLiteral("frobnicate")}), 2, QStringLiteral("frobnicate"));
    expectOneLineError(cli({}), 2, QStringLiteral("no command"));
    expectOneLineError(cli({QStringLiteral("show")}), 2, QStringLiteral("show"));
    expectOneLineError(
        cli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
            QStringLiteral("docx"), QStringLiteral("--out"), dir.path()}),
        2, QStringLiteral("--format"));
    expectOneLineError(
        cli({QStringLiteral("list"), QStringLiteral("--bogus")}), 2, QStringLiteral("--bogus"));
    expectOneLineError(
        run({QStringLiteral("list"), QStringLiteral("--db")}), 2, QStringLiteral("--db"));
}

TEST_F(Cli, RefusesBadStoresWithOneLineNamingTheFile)
{
    // Not a database.
    const QString text
        = write(QStringLiteral("ghi-chu.sqlite3"), QByteArray("chỉ là chữ\n").repeated(50));
    expectOneLineError(run({QStringLiteral("--db"), text, QStringLiteral("list")}), 1,
        QStringLiteral("ghi-chu.sqlite3"));

    // Locked by another writer.
    importSample();
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-lock"));
        other.setDatabaseName(db());
        ASSERT_TRUE(other.open());
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const CliRun locked = cli({QStringLiteral("list")});
        expectOneLineError(locked, 1, QStringLiteral("cli.sqlite3"));
        EXPECT_TRUE(locked.err.contains(QStringLiteral("in use"))) << locked.err.toStdString();
        lock.exec(QStringLiteral("ROLLBACK"));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-lock"));
    EXPECT_EQ(cli({QStringLiteral("list")}).exitCode, 0);
}

TEST_F(Cli, RefusesAReadOnlyStore)
{
    importSample();
    ASSERT_TRUE(
        QFile::setPermissions(db(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    ASSERT_TRUE(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther | QFile::WriteOwner));
    CliRun result;
    if (geteuid() == 0) {
        // Root may write anything: run the CLI as an unprivileged user, as a staff member would.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        ASSERT_FALSE(setpriv.isEmpty()) << "setpriv (util-linux) is needed to test as another user";
        QFile::setPermissions(QFileInfo(dir.path()).absolutePath(),
            QFileInfo(QFileInfo(dir.path()).absolutePath()).permissions() | QFile::ExeOther);
        result = run({QStringLiteral("--db"), db(), QStringLiteral("list")}, {}, setpriv,
            {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups")});
    } else {
        result = cli({QStringLiteral("list")});
    }
    expectOneLineError(result, 1, QStringLiteral("cli.sqlite3"));
    EXPECT_TRUE(result.err.contains(QStringLiteral("read-only"))) << result.err.toStdString();
    ASSERT_TRUE(QFile::setPermissions(db(), QFile::ReadOwner | QFile::WriteOwner));
}

TEST_F(Cli, ChecksAFileAndPrintsEachFindingWithItsPosition)
{
    const QString file = write(QStringLiteral("kiem-tra.txt"),
        "Mường Lay triển khai Nghị quyết\n\n"
        "Dự án được được triển khai.Thực hiện tốt , công tác.\n\n"
        "Quyêt tâm hoàn thành.\n");
    const CliRun result = run({QStringLiteral("check"), file});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();  // findings are not an error
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << result.out.toStdString();
    // The title is line 1; the body's paragraphs follow one a line.
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("2:7 (38)  repeated-word  \"được được\" -> "
                                                   "\"được\"")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("2:27 (58)  missing-space  \".\" -> \". \"")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral("extra-space")));
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("3:1 ")));
    EXPECT_TRUE(lines[3].contains(QStringLiteral("tone-or-hook  \"Quyêt\" -> \"Quyết\"")));
}

TEST_F(Cli, ChecksAStoredArticleAsJson)
{
    const QString file = write(QStringLiteral("bai.md"),
        "# Hòa bình và hoà hợp, hoà giải\n\nTổng quátnăm nay (theo báo cáo.\n");
    const CliRun imported = cli({QStringLiteral("--json"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QString uuid = QJsonDocument::fromJson(imported.out.toUtf8())
                             .array()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("uuid"))
                             .toString();
    const CliRun result = cli({QStringLiteral("check"), uuid.left(8), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray findings = QJsonDocument::fromJson(result.out.toUtf8()).array();
    ASSERT_EQ(findings.size(), 3) << result.out.toStdString();
    const QJsonObject tone = findings[0].toObject();
    EXPECT_EQ(
        tone.value(QStringLiteral("rule")).toString(), QStringLiteral("mixed-tone-placement"));
    EXPECT_EQ(tone.value(QStringLiteral("text")).toString(), QStringLiteral("Hòa"));
    EXPECT_EQ(tone.value(QStringLiteral("replacement")).toString(), QStringLiteral("Hoà"));
    EXPECT_EQ(tone.value(QStringLiteral("line")).toInt(), 1);
    EXPECT_EQ(tone.value(QStringLiteral("column")).toInt(), 1);
    EXPECT_EQ(tone.value(QStringLiteral("offset")).toInt(), 0);
    EXPECT_FALSE(tone.value(QStringLiteral("message")).toString().isEmpty());
    EXPECT_FALSE(tone.value(QStringLiteral("ruleName")).toString().isEmpty());
    const QJsonObject joined = findings[1].toObject();
    EXPECT_EQ(joined.value(QStringLiteral("rule")).toString(), QStringLiteral("joined-words"));
    EXPECT_EQ(joined.value(QStringLiteral("replacement")).toString(), QStringLiteral("quát năm"));
    EXPECT_EQ(joined.value(QStringLiteral("line")).toInt(), 2);
    EXPECT_EQ(joined.value(QStringLiteral("column")).toInt(), 6);
    const QJsonObject bracket = findings[2].toObject();
    EXPECT_EQ(bracket.value(QStringLiteral("rule")).toString(), QStringLiteral("unmatched-pair"));
    EXPECT_TRUE(bracket.value(QStringLiteral("replacement")).isNull());
}

TEST_F(Cli, CheckUsesThePersonalWordListAndSaysWhenAllIsWell)
{
    const QString file = write(QStringLiteral("sach.txt"), "Tiêu đề\n\nPắc Ma là bản đẹp.\n");
    const QString words = write(QStringLiteral("tu-rieng.txt"), "Pắc\n");
    const CliRun clean = run({QStringLiteral("check"), file, QStringLiteral("--words"), words});
    EXPECT_EQ(clean.exitCode, 0);
    EXPECT_EQ(clean.out, QString());
    EXPECT_TRUE(clean.err.contains(QStringLiteral("No problems found"))) << clean.err.toStdString();
    // Without the list, the name looks like a syllable with a wrong mark.
    const CliRun flagged = run({QStringLiteral("check"), file, QStringLiteral("--json")});
    const QJsonArray findings = QJsonDocument::fromJson(flagged.out.toUtf8()).array();
    ASSERT_EQ(findings.size(), 1) << flagged.out.toStdString();
    EXPECT_EQ(
        findings[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Pắc"));
}

TEST_F(Cli, CheckReportsBadInput)
{
    expectOneLineError(cli({QStringLiteral("check")}), 2, QStringLiteral("check"));
    expectOneLineError(cli({QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")}), 2,
        QStringLiteral("check"));
    expectOneLineError(run({QStringLiteral("check"), dir.filePath(QStringLiteral("khong-co.txt"))}),
        1, QStringLiteral("khong-co.txt"));
    importSample();
    expectOneLineError(
        cli({QStringLiteral("check"), QStringLiteral("ffffffff")}), 1, QStringLiteral("ffffffff"));
    const QString file = write(QStringLiteral("a.txt"), "Tiêu đề\n\nThân bài.\n");
    expectOneLineError(run({QStringLiteral("check"), file, QStringLiteral("--dictionary"),
                           dir.filePath(QStringLiteral("vi_XX"))}),
        1, QStringLiteral("vi_XX.aff"));
    expectOneLineError(run({QStringLiteral("check"), file, QStringLiteral("--bogus")}), 2,
        QStringLiteral("--bogus"));
}

// --- the review workflow -------------------------------------------------------------------

class CliWorkflow : public Cli {
protected:
    void setProfile(const QString &name, const QString &role)
    {
        const CliRun set = cli({QStringLiteral("profile"), QStringLiteral("set"),
            QStringLiteral("--name"), name, QStringLiteral("--role"), role});
        ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    }
    CliRun act(const QString &command, const QString &id, const QStringList &more = {})
    {
        return cli(QStringList {command, id} + more);
    }
    void expectDone(const CliRun &run, const QString &start, const QString &transition)
    {
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.startsWith(start)) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(
            QStringLiteral("  Mường Lay triển khai Nghị quyết  (") + transition + u')'))
            << run.out.toStdString();
        EXPECT_EQ(run.out.count(QLatin1Char('\n')), 1) << run.out.toStdString();
    }
};

TEST_F(CliWorkflow, SetsAndShowsTheProfile)
{
    importSample();
    const CliRun empty = cli({QStringLiteral("profile"), QStringLiteral("show")});
    EXPECT_EQ(empty.exitCode, 0);
    EXPECT_TRUE(empty.out.contains(QStringLiteral("Role: writer\n"))) << empty.out.toStdString();

    const CliRun set = cli({QStringLiteral("profile"), QStringLiteral("set"),
        QStringLiteral("--name"), QStringLiteral("  Trần   Thị B "), QStringLiteral("--role"),
        QStringLiteral("approver")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(set.out, QStringLiteral("Name: Trần Thị B\nRole: approver\n"));
    const QJsonObject json = QJsonDocument::fromJson(
        cli({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("show")})
            .out.toUtf8())
                                 .object();
    EXPECT_EQ(json.value(QStringLiteral("name")).toString(), QStringLiteral("Trần Thị B"));
    EXPECT_EQ(json.value(QStringLiteral("role")).toString(), QStringLiteral("approver"));
    EXPECT_FALSE(json.value(QStringLiteral("roleFromPortal")).toBool());

    expectOneLineError(
        cli({QStringLiteral("profile"), QStringLiteral("set")}), 2, QStringLiteral("profile set"));
    expectOneLineError(cli({QStringLiteral("profile"), QStringLiteral("set"),
                           QStringLiteral("--role"), QStringLiteral("editor")}),
        2, QStringLiteral("--role"));
    expectOneLineError(cli({QStringLiteral("profile")}), 2, QStringLiteral("profile"));
    // The service's rule, not the CLI's: a name cannot be blank.
    expectOneLineError(cli({QStringLiteral("profile"), QStringLiteral("set"),
                           QStringLiteral("--name"), QStringLiteral("   ")}),
        1, QStringLiteral("name"));
    expectOneLineError(run({QStringLiteral("--db"), dir.filePath(QStringLiteral("khong.sqlite3")),
                           QStringLiteral("profile"), QStringLiteral("show")}),
        1, QStringLiteral("khong.sqlite3"));
}

TEST_F(CliWorkflow, TakesAnArticleFromDraftToScheduledAndBeyond)
{
    const QString uuid = importSample();
    const QString id = uuid.left(8);

    // No name yet: the history must say who acted.
    expectOneLineError(act(QStringLiteral("submit"), id), 1, QStringLiteral("name"));

    setProfile(QStringLiteral("Nguyễn Văn A"), QStringLiteral("writer"));
    expectDone(act(QStringLiteral("submit"), id), QStringLiteral("submitted ") + id,
        QStringLiteral("draft -> in_review"));
    // A writer cannot approve; nothing changes.
    expectOneLineError(
        act(QStringLiteral("approve"), id), 1, QStringLiteral("Only an approver can approve"));
    EXPECT_TRUE(
        cli({QStringLiteral("show"), id}).out.contains(QStringLiteral("Status: in_review")));

    setProfile(QStringLiteral("Trần Thị B"), QStringLiteral("approver"));
    const CliRun waiting = cli({QStringLiteral("inbox")});
    EXPECT_TRUE(waiting.out.startsWith(QStringLiteral("Waiting for my approval: 1\n  ") + id))
        << waiting.out.toStdString();
    expectOneLineError(
        act(QStringLiteral("request-changes"), id), 1, QStringLiteral("Write a note"));
    expectDone(act(QStringLiteral("request-changes"), id,
                   {QStringLiteral("--note"), QStringLiteral("Thêm số liệu năm 2025.")}),
        QStringLiteral("changes requested ") + id,
        QStringLiteral("in_review -> changes_requested"));

    setProfile(QStringLiteral("Nguyễn Văn A"), QStringLiteral("writer"));
    const CliRun returned = cli({QStringLiteral("--json"), QStringLiteral("inbox")});
    const QJsonObject inbox = QJsonDocument::fromJson(returned.out.toUtf8()).object();
    EXPECT_EQ(inbox.value(QStringLiteral("returnedToMeCount")).toInt(), 1);
    EXPECT_EQ(inbox.value(QStringLiteral("returnedToMe"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("uuid"))
                  .toString(),
        uuid);
    expectDone(act(QStringLiteral("submit"), id), QStringLiteral("submitted ") + id,
        QStringLiteral("changes_requested -> in_review"));

    setProfile(QStringLiteral("Trần Thị B"), QStringLiteral("approver"));
    expectDone(act(QStringLiteral("approve"), id), QStringLiteral("approved ") + id,
        QStringLiteral("in_review -> approved"));

    // Times are read in the portal's zone whatever the computer's zone is.
    const QStringList newYork {QStringLiteral("TZ=America/New_York")};
    const QStringList base {QStringLiteral("--db"), db(), QStringLiteral("schedule"), id};
    const CliRun past
        = run(base + QStringList {QStringLiteral("--at"), portalTimeFromNow(-60)}, newYork);
    expectOneLineError(past, 1, QStringLiteral("has already passed"));
    EXPECT_TRUE(past.err.contains(QStringLiteral("(UTC+07:00)"))) << past.err.toStdString();
    expectOneLineError(
        run(base + QStringList {QStringLiteral("--at"), QStringLiteral("ngày mai 8 giờ")}), 2,
        QStringLiteral("--at"));
    expectOneLineError(run(base), 2, QStringLiteral("--at"));
    expectOneLineError(
        act(QStringLiteral("publish"), id, {QStringLiteral("--at"), portalTimeFromNow(60)}), 2,
        QStringLiteral("--at"));

    const QString inAnHour = portalTimeFromNow(60);
    const CliRun scheduled = run(base + QStringList {QStringLiteral("--at"), inAnHour}, newYork);
    expectDone(
        scheduled, QStringLiteral("scheduled ") + id, QStringLiteral("approved -> scheduled"));
    EXPECT_TRUE(scheduled.out.contains(inAnHour + QStringLiteral(" (UTC+07:00)")))
        << scheduled.out.toStdString();
    EXPECT_EQ(scheduled.err, QString());  // an hour ahead: no warning

    const CliRun shown = cli({QStringLiteral("show"), id});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Status: scheduled\n")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(
        QStringLiteral("Scheduled for: ") + inAnHour + QStringLiteral(" (UTC+07:00)\n")))
        << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Approved by: Trần Thị B\n")));
    EXPECT_TRUE(
        cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("scheduled")})
            .out.startsWith(id));

    // Rescheduling a few minutes ahead works but warns (on stderr; stdout stays JSON).
    const CliRun soon = run(QStringList {QStringLiteral("--db"), db(), QStringLiteral("--json"),
        QStringLiteral("schedule"), id, QStringLiteral("--at"), portalTimeFromNow(3)});
    ASSERT_EQ(soon.exitCode, 0) << soon.err.toStdString();
    EXPECT_TRUE(soon.err.contains(QStringLiteral("less than 5 minutes"))) << soon.err.toStdString();
    const QJsonObject outcome = QJsonDocument::fromJson(soon.out.toUtf8()).object();
    EXPECT_EQ(outcome.value(QStringLiteral("article")).toObject().value(QStringLiteral("status")),
        QStringLiteral("scheduled"));
    const QJsonObject event = outcome.value(QStringLiteral("event")).toObject();
    EXPECT_EQ(event.value(QStringLiteral("action")).toString(), QStringLiteral("schedule"));
    EXPECT_EQ(event.value(QStringLiteral("from")).toString(), QStringLiteral("scheduled"));
    EXPECT_EQ(event.value(QStringLiteral("actor")).toString(), QStringLiteral("Trần Thị B"));
    EXPECT_EQ(event.value(QStringLiteral("id")).toInt(), 6);

    expectDone(act(QStringLiteral("unschedule"), id), QStringLiteral("unscheduled ") + id,
        QStringLiteral("scheduled -> approved"));
    expectDone(act(QStringLiteral("publish"), id), QStringLiteral("published ") + id,
        QStringLiteral("approved -> published"));
    expectOneLineError(act(QStringLiteral("archive"), id), 1, QStringLiteral("portal"));
    expectDone(act(QStringLiteral("withdraw"), id), QStringLiteral("withdrawn ") + id,
        QStringLiteral("published -> unpublished"));
    expectDone(act(QStringLiteral("archive"), id), QStringLiteral("archived ") + id,
        QStringLiteral("unpublished -> archived"));
    expectDone(act(QStringLiteral("restore-archived"), id), QStringLiteral("restored ") + id,
        QStringLiteral("archived -> draft"));

    const CliRun verified = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_EQ(verified.out, QStringLiteral("audit chain intact: 11 events\n"));

    expectOneLineError(
        act(QStringLiteral("approve"), QStringLiteral("ffffffff")), 1, QStringLiteral("ffffffff"));
    expectOneLineError(cli({QStringLiteral("approve")}), 2, QStringLiteral("approve"));
    expectOneLineError(act(QStringLiteral("approve"), id, {QStringLiteral("--bogus")}), 2,
        QStringLiteral("--bogus"));
}

TEST_F(CliWorkflow, AuditVerifyNamesTheFirstTamperedEvent)
{
    const QString id = importSample().left(8);
    setProfile(QStringLiteral("Trần Thị B"), QStringLiteral("approver"));
    ASSERT_EQ(act(QStringLiteral("submit"), id).exitCode, 0);
    ASSERT_EQ(act(QStringLiteral("request-changes"), id,
                  {QStringLiteral("--note"), QStringLiteral("Sửa tít.")})
                  .exitCode,
        0);
    ASSERT_EQ(act(QStringLiteral("submit"), id).exitCode, 0);
    const CliRun intact = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(intact.exitCode, 0) << intact.err.toStdString();
    EXPECT_EQ(intact.out, QStringLiteral("audit chain intact: 3 events\n"));

    {
        // The triggers refuse edits; someone with the file can drop them (docs/WORKFLOW.md).
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-tamper"));
        raw.setDatabaseName(db());
        ASSERT_TRUE(raw.open());
        QSqlQuery sql(raw);
        ASSERT_TRUE(sql.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")));
        ASSERT_TRUE(sql.exec(
            QStringLiteral("UPDATE audit_events SET note = 'Không cần sửa.' WHERE id = 2")));
        sql.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-tamper"));

    const CliRun broken = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    expectOneLineError(broken, 1, QStringLiteral("event 2"));
    EXPECT_TRUE(broken.err.contains(QStringLiteral("Event 2 was changed after it was recorded")))
        << broken.err.toStdString();
    EXPECT_EQ(broken.out, QString());

    const CliRun json
        = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_FALSE(result.value(QStringLiteral("ok")).toBool(true));
    EXPECT_EQ(result.value(QStringLiteral("brokenEventId")).toInt(), 2);
    EXPECT_FALSE(result.value(QStringLiteral("reason")).toString().isEmpty());

    expectOneLineError(cli({QStringLiteral("audit")}), 2, QStringLiteral("verify"));
}

TEST_F(CliWorkflow, RefusesALocalRoleChangeWhenThePortalSetsTheRole)
{
    importSample();
    setProfile(QStringLiteral("Nguyễn Văn A"), QStringLiteral("writer"));
    {
        newsdesk::Database::Options options;
        options.path = db();
        options.createIfMissing = false;
        auto store = newsdesk::Database::open(options);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        ASSERT_TRUE(
            newsdesk::ProfileStore(*store.value()).setRoleFromPortal(newsdesk::Role::Writer));
    }
    const CliRun refused
        = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--name"),
            QStringLiteral("Lê Văn C"), QStringLiteral("--role"), QStringLiteral("approver")});
    expectOneLineError(refused, 1, QStringLiteral("portal account"));
    const CliRun shown = cli({QStringLiteral("profile"), QStringLiteral("show")});
    // All or nothing: the name did not change either.
    EXPECT_EQ(
        shown.out, QStringLiteral("Name: Nguyễn Văn A\nRole: writer (from the portal account)\n"));
    EXPECT_EQ(cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--name"),
                      QStringLiteral("Lê Văn C")})
                  .exitCode,
        0);
}

// ---- backups and whole-store round trips --------------------------------------------------

namespace {

QJsonArray jsonArray(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

}  // namespace

TEST_F(Cli, BacksUpListsAndRestoresTheStore)
{
    importSample();
    const CliRun made = cli({QStringLiteral("--json"), QStringLiteral("backup")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QJsonObject backup = QJsonDocument::fromJson(made.out.toUtf8()).object();
    const QString name = backup.value(QStringLiteral("name")).toString();
    EXPECT_TRUE(name.startsWith(QStringLiteral("newsdesk-")));
    EXPECT_EQ(backup.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
    EXPECT_EQ(backup.value(QStringLiteral("articles")).toInt(), 1);
    EXPECT_TRUE(QFileInfo(dir.filePath(QStringLiteral("backups/") + name)).isDir());

    const CliRun listed = cli({QStringLiteral("backup"), QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.out.contains(name)) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("manual")));

    // A second article after the backup; the restore takes the store back to one.
    const QString file = write(QStringLiteral("hai.txt"), "Bài thứ hai\n\nNội dung.\n");
    ASSERT_EQ(cli({QStringLiteral("import"), file}).exitCode, 0);
    const CliRun restored = cli({QStringLiteral("restore"), QStringLiteral("--backup"), name});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(name));
    const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("list")});
    EXPECT_EQ(jsonArray(list).size(), 1);

    // The state before the restore was kept as a backup of its own.
    const CliRun after
        = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    const QJsonArray backups = jsonArray(after);
    ASSERT_EQ(backups.size(), 2);
    EXPECT_EQ(backups.at(0).toObject().value(QStringLiteral("reason")).toString(),
        QStringLiteral("before-restore"));
    EXPECT_EQ(backups.at(0).toObject().value(QStringLiteral("articles")).toInt(), 2);

    // Restoring that one by its path brings the second article back.
    const QString safety = backups.at(0).toObject().value(QStringLiteral("path")).toString();
    ASSERT_EQ(cli({QStringLiteral("restore"), QStringLiteral("--backup"), safety}).exitCode, 0);
    EXPECT_EQ(jsonArray(cli({QStringLiteral("--json"), QStringLiteral("list")})).size(), 2);

    // The revision restore still works as before.
    const QString uuid = jsonArray(cli({QStringLiteral("--json"), QStringLiteral("list")}))
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("uuid"))
                             .toString();
    EXPECT_EQ(cli({QStringLiteral("restore"), uuid.left(8), QStringLiteral("1")}).exitCode, 0);
}

TEST_F(Cli, BackupToAnotherFolderKeepsN)
{
    importSample();
    const QString stick = dir.filePath(QStringLiteral("usb"));
    for (int i = 0; i < 3; ++i) {
        const CliRun made = cli({QStringLiteral("backup"), QStringLiteral("--to"), stick,
            QStringLiteral("--keep"), QStringLiteral("2")});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
        QThread::msleep(1100);  // backup names have one-second resolution
    }
    const CliRun listed = cli({QStringLiteral("--json"), QStringLiteral("backup"),
        QStringLiteral("list"), QStringLiteral("--from"), stick});
    EXPECT_EQ(jsonArray(listed).size(), 2);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
}

TEST_F(Cli, BackupErrorsAreOneLineAndUsageErrorsExitTwo)
{
    importSample();
    expectOneLineError(cli({QStringLiteral("restore"), QStringLiteral("--backup"),
                           QStringLiteral("newsdesk-19990101-000000")}),
        1, QStringLiteral("newsdesk-19990101-000000"));
    expectOneLineError(
        cli({QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("0")}), 2,
        QStringLiteral("--keep"));
    expectOneLineError(
        cli({QStringLiteral("backup"), QStringLiteral("now")}), 2, QStringLiteral("backup"));
    expectOneLineError(cli({QStringLiteral("restore"), QStringLiteral("--backup"),
                           QStringLiteral("x"), QStringLiteral("extra")}),
        2, QStringLiteral("--backup"));
    // A file in the way of the backup folder: not writable, one line naming it.
    write(QStringLiteral("blocked"), "x");
    expectOneLineError(cli({QStringLiteral("backup"), QStringLiteral("--to"),
                           dir.filePath(QStringLiteral("blocked"))}),
        1, QStringLiteral("blocked"));
    // A damaged backup is refused and the store is untouched.
    const CliRun made = cli({QStringLiteral("--json"), QStringLiteral("backup")});
    const QString path = QJsonDocument::fromJson(made.out.toUtf8())
                             .object()
                             .value(QStringLiteral("path"))
                             .toString();
    QFile::remove(QDir(path).filePath(QStringLiteral("store.sqlite")));
    expectOneLineError(cli({QStringLiteral("restore"), QStringLiteral("--backup"), path}), 1,
        QStringLiteral("damaged"));
}

TEST_F(Cli, WholeStoreExportAndImportRoundTrip)
{
    using namespace newsdesk;
    // A store as a person leaves it: photos in the body, a featured photo, tags, a category,
    // statuses, publish times.
    QMap<QString, Article> original;
    QMap<QString, QString> featuredSha;
    {
        auto source = Database::open(Database::Options {db()});
        ASSERT_TRUE(source.ok());
        SystemClock clock;
        ArticleStore articles(*source.value(), clock);
        MediaStore media(*source.value(), clock);
        for (int i = 0; i < 4; ++i) {
            const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500 + i, 'p');
            auto photo = media.add(bytes, QStringLiteral("image/png"),
                QStringLiteral("anh%1.png").arg(i), QStringLiteral("Chú thích ảnh %1").arg(i));
            ASSERT_TRUE(photo.ok());
            auto body = media.add(bytes + "body", QStringLiteral("image/jpeg"),
                QStringLiteral("than%1.jpg").arg(i), QStringLiteral("Ảnh trong bài %1").arg(i));
            ASSERT_TRUE(body.ok());
            NewArticle article;
            article.content.title = QStringLiteral("Bài %1 ở Mường Lay").arg(i);
            article.content.summary = QStringLiteral("Sapo %1").arg(i);
            article.content.bodyHtml
                = QStringLiteral("<p>Đoạn %1.</p>\n<figure><img src=\"newsdesk-media:%2\" "
                                 "alt=\"ảnh\"><figcaption>Chú thích</figcaption></figure>")
                      .arg(i)
                      .arg(body->sha256);
            article.content.author = QStringLiteral("Trần Thị B");
            article.content.category = QStringLiteral("Thời sự");
            article.content.tags = {QStringLiteral("đô thị"), QStringLiteral("tag%1").arg(i)};
            article.content.featuredMediaId = photo->id;
            article.status = i % 2 ? Status::Published : Status::InReview;
            article.publishAt = QDateTime(QDate(2021, 1, 15 + i), QTime(13, 56, 49), Qt::UTC);
            article.createdAt = QDateTime(QDate(2020, 12, 1 + i), QTime(8, 0), Qt::UTC);
            auto created = articles.create(article);
            ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
            original.insert(created->uuid, created.value());
            featuredSha.insert(created->uuid, photo->sha256);
        }
    }
    const QString out = dir.filePath(QStringLiteral("toan-bo"));
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("--all"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QStringList files;
    for (const QString &name : QDir(out).entryList({QStringLiteral("*.json")}))
        files << QDir(out).filePath(name);
    ASSERT_EQ(files.size(), 4);
    EXPECT_EQ(QDir(out + QStringLiteral("/media")).entryList(QDir::Files).size(), 8);

    const QString second = dir.filePath(QStringLiteral("second.sqlite3"));
    const CliRun imported
        = run(QStringList {QStringLiteral("--db"), second, QStringLiteral("import")} + files);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    auto target = Database::open(Database::Options {second});
    ASSERT_TRUE(target.ok());
    SystemClock clock;
    ArticleStore articles(*target.value(), clock);
    MediaStore media(*target.value(), clock);
    for (const Article &before : original) {
        SCOPED_TRACE(before.uuid.toStdString());
        auto after = articles.find(before.uuid);
        ASSERT_TRUE(after.ok());
        EXPECT_EQ(after->content.title, before.content.title);
        EXPECT_EQ(after->content.summary, before.content.summary);
        EXPECT_EQ(after->content.bodyHtml, before.content.bodyHtml);
        EXPECT_EQ(after->content.author, before.content.author);
        EXPECT_EQ(after->content.category, before.content.category);
        EXPECT_EQ(after->content.tags, before.content.tags);
        EXPECT_EQ(after->status, before.status);
        EXPECT_EQ(after->publishAt, before.publishAt);
        EXPECT_EQ(after->createdAt, before.createdAt);
        EXPECT_EQ(after->contentHash.isEmpty(), false);
        ASSERT_TRUE(after->content.featuredMediaId.has_value());
        auto featured = media.get(*after->content.featuredMediaId);
        ASSERT_TRUE(featured.ok());
        EXPECT_EQ(featured->sha256, featuredSha.value(before.uuid));
        EXPECT_TRUE(featured->caption.startsWith(QStringLiteral("Chú thích ảnh")));
        EXPECT_TRUE(media.bytes(*featured).ok());
        // The body photo is in the new media store with its caption.
        const QString bodySha
            = before.content.bodyHtml.section(QStringLiteral("newsdesk-media:"), 1).left(64);
        auto bodyPhoto = media.findBySha256(bodySha);
        ASSERT_TRUE(bodyPhoto.ok());
        EXPECT_EQ(bodyPhoto->mimeType, QStringLiteral("image/jpeg"));
        EXPECT_TRUE(bodyPhoto->caption.startsWith(QStringLiteral("Ảnh trong bài")));
        EXPECT_TRUE(media.bytes(*bodyPhoto).ok());
    }
}

TEST_F(Cli, WritesALogFileOnlyWhenAskedAndNoArticleTextInIt)
{
    const QString logs = dir.filePath(QStringLiteral("logs"));
    const QString file = write(QStringLiteral("bi-mat.txt"),
        "Tiêuđềbímật của bài\n\nNộidungriêngtư ở đây.\n\nTác giả: Ngườiviếtẩn\n");
    const CliRun imported = cli({QStringLiteral("--log"), logs, QStringLiteral("import"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.isEmpty()) << imported.err.toStdString();
    ASSERT_EQ(run({QStringLiteral("--db"), db(), QStringLiteral("backup")},
                  {QStringLiteral("NEWSDESK_LOG_DIR=") + logs})
                  .exitCode,
        0);
    QFile log(QDir(logs).filePath(QStringLiteral("newsdesk.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("newsdesk.app: newsdesk-cli \"import\"")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("newsdesk.backup: backup made")))
        << text.toStdString();
    for (const QString &word : {QStringLiteral("Tiêuđềbímật"), QStringLiteral("Nộidungriêngtư"),
             QStringLiteral("Ngườiviếtẩn")})
        EXPECT_FALSE(text.contains(word)) << word.toStdString();
    // Without --log or NEWSDESK_LOG_DIR, no log folder appears under the data folder.
    EXPECT_FALSE(
        QFileInfo::exists(dir.filePath(QStringLiteral("home/.local/share/newsdesk/logs"))));
}
