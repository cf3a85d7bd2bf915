// A dark desktop: the article list's search rows, the calendar and the workflow bar draw with
// the palette, and their text keeps a contrast of at least 4.5 (WCAG AA) on what it sits on.
#include "A11yTestSupport.h"
#include "ArticleListDelegate.h"
#include "CalendarView.h"
#include "HistoryPanel.h"
#include "SpellHighlighter.h"
#include "UiTestSupport.h"
#include "WorkflowBar.h"
#include "domain/Article.h"
#include "io/PortalTime.h"
#include "model/ArticleListModel.h"
#include "workflow/WorkflowService.h"

#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace newsdesk;
using namespace newsdesk::testing;

namespace {

std::string describe(const QColor &text, const QColor &background)
{
    return QString(text.name() + QStringLiteral(" on ") + background.name()).toStdString();
}

// The strongest contrast any pixel of `image` has with `background`: text drawn there reaches it.
double strongestContrast(const QImage &image, const QColor &background)
{
    double best = 1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, contrast::ratio(image.pixelColor(x, y), background));
    return best;
}

QImage paintSearchRow(const QPalette &palette, bool selected)
{
    QStandardItemModel model(1, 1);
    const QModelIndex index = model.index(0, 0);
    model.setData(
        index, QStringLiteral("Lễ hội <mark>Hoa Ban</mark>"), ArticleListModel::TitleHtmlRole);
    model.setData(index, QStringLiteral("… chương trình <mark>Hoa Ban</mark> các ngày …"),
        ArticleListModel::SnippetHtmlRole);
    ArticleListDelegate delegate;
    QStyleOptionViewItem option;
    option.palette = palette;
    option.rect = QRect(0, 0, 360, 64);
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(palette.color(selected ? QPalette::Highlight : QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

void expectReadable(const QList<CalendarView::TextColors> &pairs)
{
    for (const CalendarView::TextColors &pair : pairs)
        EXPECT_GE(contrast::ratio(pair.text, pair.background), 4.5)
            << pair.what.toStdString() << ": " << describe(pair.text, pair.background);
}

}  // namespace

TEST(DarkPalette, SearchRowsInTheArticleListStayReadable)
{
    for (const QPalette &palette : {darkPalette(), QPalette(QColor(0xef, 0xef, 0xef))}) {
        for (bool selected : {false, true}) {
            const auto colors = ArticleListDelegate::rowColors(palette, selected);
            EXPECT_GE(contrast::ratio(colors.text, colors.background), 4.5)
                << describe(colors.text, colors.background);
            EXPECT_GE(contrast::ratio(colors.snippet, colors.background), 4.5)
                << describe(colors.snippet, colors.background);
            EXPECT_GE(contrast::ratio(colors.markText, colors.markBackground), 4.5)
                << describe(colors.markText, colors.markBackground);
        }
    }
    // Painted for real on the dark palette: the row is dark and its text stands out.
    const QPalette dark = darkPalette();
    const QImage row = paintSearchRow(dark, false);
    const QColor background = row.pixelColor(row.width() - 1, row.height() - 1);
    EXPECT_LT(contrast::luminance(background), 0.05) << background.name().toStdString();
    EXPECT_GE(strongestContrast(row, background), 4.5);
    // No light highlighter band on a dark row: the marked words read as the rest.
    const auto colors = ArticleListDelegate::rowColors(dark, false);
    EXPECT_LT(contrast::luminance(colors.markBackground), 0.2);
}

TEST(DarkPalette, TheCalendarDrawsWithThePaletteAndEveryTextIsReadable)
{
    expectReadable(CalendarView::textColors(darkPalette()));
    expectReadable(CalendarView::textColors(QPalette(QColor(0xef, 0xef, 0xef))));

    const PaletteScope dark(darkPalette());
    TestStore store;
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    CalendarView view(service, store.clock);
    view.resize(900, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QImage grid = view.grid()->grab().toImage();
    // A day in the middle of the grid is painted in the dark base, not white.
    const QRect day = view.dayRect(view.visibleDays().at(16));
    const QColor cell = grid.pixelColor(day.center() + QPoint(0, day.height() / 4));
    EXPECT_LT(contrast::luminance(cell), 0.1) << cell.name().toStdString();
    EXPECT_GE(strongestContrast(grid.copy(day), cell), 4.5);
}

TEST(DarkPalette, TheWorkflowWarningReadsOnLightAndDark)
{
    TestStore store;
    WorkflowService service(*store.db, store.clock, portal_time::defaultZone());
    actAs(service, kApprover, Role::Approver);
    const qint64 id = store.create(QStringLiteral("Tin"), QStringLiteral("<p>Một.</p>")).id;
    ASSERT_TRUE(service.perform(id, WorkflowAction::Submit).ok());
    ASSERT_TRUE(service.perform(id, WorkflowAction::Approve).ok());
    WorkflowBar bar(service, store.clock);
    bar.setArticle(id);
    bar.show();
    ASSERT_TRUE(bar.impactNotice()->isVisible());  // approved: editing would withdraw it
    auto check = [&](const char *which) {
        const QPalette look = bar.impactNotice()->palette();
        const QColor text = look.color(QPalette::WindowText);
        const QColor background = look.color(QPalette::Window);
        EXPECT_GE(contrast::ratio(text, background), 4.5)
            << which << ": " << describe(text, background);
        EXPECT_TRUE(bar.impactNotice()->styleSheet().isEmpty());
        const QPalette barLook = bar.stateLabel()->palette();
        EXPECT_GE(
            contrast::ratio(barLook.color(QPalette::WindowText), barLook.color(QPalette::Window)),
            4.5)
            << which;
        return background;
    };
    const QColor lightBand = check("light");
    {
        const PaletteScope dark(darkPalette());
        QCoreApplication::processEvents();  // the palette change reaches widgets as events
        const QColor darkBand = check("dark");
        EXPECT_LT(contrast::luminance(darkBand), 0.2) << darkBand.name().toStdString();
        // What is on screen follows: the band is painted dark (in its left padding, off the text).
        const QImage shot = bar.impactNotice()->grab().toImage();
        const QColor painted = shot.pixelColor(2, shot.height() / 2);
        EXPECT_LT(contrast::luminance(painted), 0.2) << painted.name().toStdString();
    }
    EXPECT_GT(contrast::luminance(lightBand), 0.5) << lightBand.name().toStdString();
}

TEST(DarkPalette, DiffsAndSpellingMarksStayVisible)
{
    const PaletteScope dark(darkPalette());
    ArticleContent before;
    before.title = QStringLiteral("Lễ hội Hoa Ban năm nay");
    ArticleContent after;
    after.title = QStringLiteral("Lễ hội Hoa Ban năm 2026");
    QTextDocument document;
    document.setHtml(HistoryPanel::diffHtml(before, after));
    int coloured = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.background().style() == Qt::NoBrush)
                continue;
            ++coloured;
            const QColor text = format.foreground().color();
            const QColor background = format.background().color();
            EXPECT_GE(contrast::ratio(text, background), 4.5) << describe(text, background);
            EXPECT_LT(contrast::luminance(background), 0.2) << background.name().toStdString();
        }
    EXPECT_EQ(coloured, 2);  // "nay" removed, "2026" added

    const QColor base = darkPalette().color(QPalette::Base);
    EXPECT_GE(contrast::ratio(SpellHighlighter::misspeltColor(base), base), 3.0);
    EXPECT_GE(contrast::ratio(SpellHighlighter::findingColor(base), base), 3.0);
}
