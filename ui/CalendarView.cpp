#include "CalendarView.h"

#include "Contrast.h"
#include "io/PortalTime.h"

#include "util/Clock.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDrag>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace newsdesk {
namespace {

constexpr int kDaysInWeek = 7;

const QColor kScheduledColor(0x15, 0x65, 0xc0);
const QColor kPublishedColor(0x2e, 0x7d, 0x32);
const QColor kWeekendColor(0xc6, 0x28, 0x28);
const QColor kGapColor(0xd9, 0x8c, 0x1f);

QColor kindColor(CalendarEntry::Kind kind)
{
    return kind == CalendarEntry::Kind::Scheduled ? kScheduledColor : kPublishedColor;
}

// `t` of the way from a to b: tints that follow the palette, light or dark.
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return contrast::mix(a, b, t);
}

// The colours the grid paints with, all from the palette, so they follow a light or dark
// desktop; every text colour is checked against what it is drawn on (CalendarView::textColors).
QColor headerBand(const QPalette &p)
{
    return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.06);
}

QColor dayBackground(const QPalette &p, bool inPeriod, bool weekend)
{
    const QColor base = p.color(QPalette::Base);
    if (!inPeriod)
        return mix(base, p.color(QPalette::Text), 0.07);
    if (weekend)
        return mix(base, QColor(0x5c, 0x6b, 0xc0), 0.07);
    return base;
}

// Red for weekends, as printed calendars have it, dark or light enough to read.
QColor weekendText(const QColor &background)
{
    return contrast::readableOn(kWeekendColor, background);
}

// Days outside the month, "+N more", by-lines: greyer than the text, still readable.
QColor dimText(const QPalette &p, const QColor &background, qreal t = 0.4)
{
    return contrast::readableOn(
        mix(p.color(QPalette::Base), p.color(QPalette::Text), t), background);
}

QColor itemBackground(const QPalette &p, CalendarEntry::Kind kind)
{
    return mix(p.color(QPalette::Base), kindColor(kind), 0.14);
}

QColor itemText(const QPalette &p, CalendarEntry::Kind kind)
{
    return contrast::readableOn(p.color(QPalette::Text), itemBackground(p, kind));
}

QColor itemTime(const QPalette &p, CalendarEntry::Kind kind)
{
    return contrast::readableOn(
        mix(kindColor(kind), p.color(QPalette::Text), 0.25), itemBackground(p, kind));
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

bool isWeekend(QDate day)
{
    return !QLocale().weekdays().contains(Qt::DayOfWeek(day.dayOfWeek()));
}

// The title on at most two lines, the second elided: week cells are narrow but tall.
QStringList wrapTwoLines(const QString &text, const QFont &font, int width)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    if (first.isValid())
        first.setLineWidth(width);
    layout.endLayout();
    if (!first.isValid())
        return {};
    const int cut = first.textLength();
    const QString line1 = metrics.elidedText(text.left(cut).trimmed(), Qt::ElideRight, width);
    const QString rest = text.mid(cut).trimmed();
    if (rest.isEmpty())
        return {line1};
    return {line1, metrics.elidedText(rest, Qt::ElideRight, width)};
}

// A legend key as tall as the text beside it, drawn at the screen's pixel ratio (sharp at 200%).
QPixmap swatch(
    const QColor &fill, const QBrush &pattern, const QColor &border, int size, qreal pixelRatio)
{
    QPixmap pixmap(QSize(size, size) * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRect(0, 0, size - 1, size - 1);
    painter.fillRect(1, 1, size - 2, size - 2, pattern);
    return pixmap;
}

}  // namespace

// The days as a grid, painted; owns hit-testing, drag and drop, tooltips and double-clicks.
// The data (days, entries) belongs to CalendarView.
class CalendarGrid : public QWidget {
public:
    struct ItemBox {
        QRect rect;
        int index = 0;  // into the day's entries
    };
    struct DayBox {
        QDate date;
        QRect cell;
        QList<ItemBox> items;
        int hidden = 0;  // entries that did not fit: "+N more"
        QRect more;
    };

    explicit CalendarGrid(CalendarView &view) : QWidget(&view), m_view(view)
    {
        setAcceptDrops(true);
        setMouseTracking(true);  // the hand cursor over articles that can be dragged
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setFocusPolicy(Qt::StrongFocus);  // arrow keys choose the day
        setAccessibleName(CalendarView::tr("Days of the calendar"));
    }

    // Sizes in text lines and average characters: the grid grows with the font (150%, 200%).
    QSize sizeHint() const override
    {
        const QFontMetrics m = fontMetrics();
        return {kDaysInWeek * m.averageCharWidth() * 16, 6 * m.lineSpacing() * 5};
    }
    QSize minimumSizeHint() const override
    {
        const QFontMetrics m = fontMetrics();
        return {kDaysInWeek * m.averageCharWidth() * 8, 6 * m.lineSpacing() * 3};
    }

    void relayout();
    const QList<DayBox> &boxes() const { return m_boxes; }
    const DayBox *boxAt(QPoint pos) const;
    std::optional<CalendarEntry> entryAt(QPoint pos) const;
    QRect entryRect(qint64 articleId) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    int headerHeight() const { return fontMetrics().height() + 10; }
    int lineHeight() const { return fontMetrics().height(); }
    int itemHeight() const
    {
        return m_view.mode() == CalendarView::Mode::Week ? 3 * lineHeight() + 8 : lineHeight() + 4;
    }
    void paintHeader(QPainter &painter);
    void paintDay(QPainter &painter, const DayBox &box);
    void paintItem(QPainter &painter, const QRect &rect, const CalendarEntry &entry) const;
    void startDrag(qint64 articleId);

    CalendarView &m_view;
    QList<DayBox> m_boxes;
    QDate m_dropDay;
    QPoint m_pressPos;
    qint64 m_pressId = 0;  // a scheduled article under the press: a drag may start
};

void CalendarGrid::relayout()
{
    m_boxes.clear();
    const QList<QDate> days = m_view.visibleDays();
    if (days.isEmpty())
        return;
    const int rows = int((days.size() + kDaysInWeek - 1) / kDaysInWeek);
    const int top = headerHeight();
    const int w = width() - 1;
    const int h = height() - top - 1;
    const int numberLine = lineHeight() + 6;
    const int item = itemHeight();
    const int gap = 2;
    for (int i = 0; i < days.size(); ++i) {
        const int col = i % kDaysInWeek;
        const int row = i / kDaysInWeek;
        DayBox box;
        box.date = days.at(i);
        box.cell = QRect(QPoint(col * w / kDaysInWeek, top + row * h / rows),
            QPoint((col + 1) * w / kDaysInWeek, top + (row + 1) * h / rows));
        const int count = int(m_view.entriesOn(box.date).size());
        const int room = qMax(0, box.cell.height() - numberLine - 4);
        int fits = room / (item + gap);
        if (fits < count)
            fits = qMax(0, (room - lineHeight() - gap) / (item + gap));  // leave "+N more"
        const int shown = qMin(count, fits);
        int y = box.cell.top() + numberLine;
        const QRect lane(box.cell.left() + 4, 0, box.cell.width() - 7, item);
        for (int n = 0; n < shown; ++n) {
            box.items.append({lane.translated(0, y), n});
            y += item + gap;
        }
        box.hidden = count - shown;
        if (box.hidden > 0)
            box.more = QRect(lane.left(), y, lane.width(), lineHeight() + 2);
        m_boxes.append(box);
    }
}

const CalendarGrid::DayBox *CalendarGrid::boxAt(QPoint pos) const
{
    for (const DayBox &box : m_boxes)
        if (box.cell.contains(pos))
            return &box;
    return nullptr;
}

std::optional<CalendarEntry> CalendarGrid::entryAt(QPoint pos) const
{
    const DayBox *box = boxAt(pos);
    if (!box)
        return std::nullopt;
    for (const ItemBox &item : box->items)
        if (item.rect.contains(pos)) {
            const QList<CalendarEntry> entries = m_view.entriesOn(box->date);
            if (item.index < entries.size())
                return entries.at(item.index);
        }
    return std::nullopt;
}

QRect CalendarGrid::entryRect(qint64 articleId) const
{
    for (const DayBox &box : m_boxes) {
        const QList<CalendarEntry> entries = m_view.entriesOn(box.date);
        for (const ItemBox &item : box.items)
            if (item.index < entries.size() && entries.at(item.index).article.id == articleId)
                return item.rect;
    }
    return {};
}

void CalendarGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CalendarGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintHeader(painter);
    for (const DayBox &box : std::as_const(m_boxes))
        paintDay(painter, box);
}

void CalendarGrid::paintHeader(QPainter &painter)
{
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const QRect band(0, 0, width(), headerHeight());
    painter.fillRect(band, headerBand(palette()));
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetrics metrics(bold);
    for (int col = 0; col < kDaysInWeek && col < m_boxes.size(); ++col) {
        const QDate day = m_boxes.at(col).date;
        const QRect cell(
            m_boxes.at(col).cell.left(), 0, m_boxes.at(col).cell.width(), band.height());
        // "Thứ Hai" when it fits, else "Th 2".
        QString name = capitalised(locale.standaloneDayName(day.dayOfWeek(), QLocale::LongFormat));
        if (metrics.horizontalAdvance(name) > cell.width() - 6)
            name = capitalised(locale.standaloneDayName(day.dayOfWeek(), QLocale::ShortFormat));
        painter.setPen(isWeekend(day) ? weekendText(headerBand(palette())) : text);
        painter.drawText(cell, Qt::AlignCenter, name);
    }
    painter.setPen(mix(base, text, 0.25));
    painter.drawLine(band.bottomLeft(), band.bottomRight());
}

void CalendarGrid::paintDay(QPainter &painter, const DayBox &box)
{
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const bool inPeriod = m_view.inPeriod(box.date);
    const bool today = box.date == m_view.today();
    const QRect cell = box.cell;

    const QColor background = dayBackground(palette(), inPeriod, isWeekend(box.date));
    painter.fillRect(cell, background);
    const int numberLine = lineHeight() + 6;
    if (m_view.isGap(box.date)) {
        // Fainter once the day has passed: the gaps still to fill are the ones that matter.
        const bool past = box.date < m_view.today();
        const QRect area = cell.adjusted(1, numberLine, 0, 0);
        painter.fillRect(area, mix(background, kGapColor, past ? 0.04 : 0.08));
        QColor hatch = kGapColor;
        hatch.setAlpha(past ? 35 : 75);
        painter.fillRect(area, QBrush(hatch, Qt::BDiagPattern));
        painter.setPen(mix(base, text, 0.45));
        painter.drawText(area, Qt::AlignCenter, QStringLiteral("—"));
    }

    // The day's number; on the first of a month, or in the week view, with the month.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QString number = m_view.mode() == CalendarView::Mode::Week
        ? QLocale::c().toString(box.date, QStringLiteral("dd/MM"))
        : box.date.day() == 1 ? QLocale::c().toString(box.date, QStringLiteral("d/M"))
                              : QString::number(box.date.day());
    const QFontMetrics metrics(bold);
    QRect numberRect(
        cell.left() + 4, cell.top() + 3, metrics.horizontalAdvance(number) + 8, lineHeight() + 2);
    if (today) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(numberRect, 4, 4);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(palette().color(QPalette::HighlightedText));
    } else if (!inPeriod) {
        painter.setPen(dimText(palette(), background));
    } else {
        painter.setPen(isWeekend(box.date) ? weekendText(background) : text);
    }
    painter.drawText(numberRect, Qt::AlignCenter, number);
    painter.setFont(font());

    const QList<CalendarEntry> entries = m_view.entriesOn(box.date);
    for (const ItemBox &item : box.items)
        if (item.index < entries.size())
            paintItem(painter, item.rect, entries.at(item.index));
    if (box.hidden > 0) {
        painter.setPen(dimText(palette(), background, 0.6));
        painter.drawText(box.more.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            CalendarView::tr("+%n more", "articles that do not fit in the day", box.hidden));
    }

    painter.setBrush(Qt::NoBrush);
    painter.setPen(mix(base, text, 0.2));
    painter.drawLine(cell.topRight(), cell.bottomRight());
    painter.drawLine(cell.bottomLeft(), cell.bottomRight());
    if (cell.left() == 0)
        painter.drawLine(cell.topLeft(), cell.bottomLeft());
    if (today) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(cell.adjusted(1, 1, -1, -1));
    }
    if (box.date == m_view.selectedDate() && hasFocus()) {
        // The day the keyboard is on, and its chosen article.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.drawRect(cell.adjusted(3, 3, -3, -3));
        for (const ItemBox &item : box.items)
            if (item.index == m_view.m_selectedEntry) {
                painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
                painter.drawRect(item.rect.adjusted(-1, -1, 0, 0));
            }
    }
    if (box.date == m_dropDay) {
        // Red on a day that has passed: the drop will be refused.
        const QColor target = box.date < m_view.today() ? kWeekendColor : kScheduledColor;
        QColor wash = target;
        wash.setAlpha(30);
        painter.fillRect(cell, wash);
        painter.setPen(QPen(target, 2, Qt::DashLine));
        painter.drawRect(cell.adjusted(1, 1, -1, -1));
    }
}

void CalendarGrid::paintItem(QPainter &painter, const QRect &rect, const CalendarEntry &entry) const
{
    const QColor text = itemText(palette(), entry.kind);
    const QColor kind = kindColor(entry.kind);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(itemBackground(palette(), entry.kind));
    painter.drawRoundedRect(rect, 3, 3);
    painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), kind);
    painter.setRenderHint(QPainter::Antialiasing, false);

    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(font());
    const QRect inner = rect.adjusted(7, 2, -4, -2);
    const QString time = m_view.timeText(entry.at);
    painter.setFont(bold);
    painter.setPen(itemTime(palette(), entry.kind));
    const int timeWidth = boldMetrics.horizontalAdvance(time) + metrics.horizontalAdvance(u' ');
    const QRect line(inner.left(), inner.top(), inner.width(), lineHeight());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, time);
    painter.setFont(font());
    if (m_view.mode() == CalendarView::Mode::Week) {
        // Time and by-line, then the title on two lines.
        painter.setPen(contrast::readableOn(mix(palette().color(QPalette::Base), text, 0.6),
            itemBackground(palette(), entry.kind)));
        painter.drawText(line.adjusted(timeWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(entry.article.author, Qt::ElideRight, line.width() - timeWidth));
        painter.setPen(text);
        const QStringList lines = wrapTwoLines(entry.article.title, font(), inner.width());
        for (int i = 0; i < lines.size(); ++i)
            painter.drawText(line.translated(0, (i + 1) * lineHeight()),
                Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
    } else {
        painter.setPen(text);
        painter.drawText(line.adjusted(timeWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(entry.article.title, Qt::ElideRight, line.width() - timeWidth));
    }
    painter.restore();
}

bool CalendarGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_view.toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void CalendarGrid::mousePressEvent(QMouseEvent *event)
{
    m_pressId = 0;
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        const auto entry = entryAt(m_pressPos);
        if (entry && entry->kind == CalendarEntry::Kind::Scheduled)
            m_pressId = entry->article.id;
    }
    QWidget::mousePressEvent(event);
}

void CalendarGrid::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if ((event->buttons() & Qt::LeftButton) && m_pressId != 0
        && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        const qint64 id = std::exchange(m_pressId, 0);
        QString why;
        if (m_view.canMove(id, &why))
            startDrag(id);
        else
            m_view.showMessage(why, true);  // a writer learns why nothing moves
        return;
    }
    const auto entry = entryAt(pos);
    const bool movable = entry && m_view.m_movable.contains(entry->article.id);
    setCursor(movable ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void CalendarGrid::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressId = 0;
    const QPoint pos = event->position().toPoint();
    const DayBox *box = boxAt(pos);
    // "+N more": the week has room for all of them.
    if (event->button() == Qt::LeftButton && box && box->hidden > 0 && box->more.contains(pos)
        && box->more.contains(m_pressPos)) {
        const QDate day = box->date;
        m_view.setCurrentDate(day);
        m_view.setMode(CalendarView::Mode::Week);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void CalendarGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const auto entry = entryAt(event->position().toPoint())) {
            Q_EMIT m_view.articleActivated(entry->article.id);
            return;
        }
    QWidget::mouseDoubleClickEvent(event);
}

void CalendarGrid::keyPressEvent(QKeyEvent *event)
{
    const QDate day = m_view.selectedDate();
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int week = kDaysInWeek;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl && shift) {  // the keyboard's drag: the chosen article a day earlier or later
            m_view.moveSelectedArticle(step);
            return;
        }
        m_view.setSelectedDate(day.addDays(step));
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (ctrl) {  // another article of the same day
            m_view.selectEntry(m_view.m_selectedEntry + (event->key() == Qt::Key_Up ? -1 : 1));
            return;
        }
        m_view.setSelectedDate(day.addDays(event->key() == Qt::Key_Up ? -week : week));
        return;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        const int step = event->key() == Qt::Key_PageUp ? -1 : 1;
        m_view.setSelectedDate(m_view.mode() == CalendarView::Mode::Month
                ? day.addMonths(step)
                : day.addDays(step * week));
        return;
    }
    case Qt::Key_Home:
        m_view.setSelectedDate(m_view.today());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QList<CalendarEntry> entries = m_view.entriesOn(day);
        if (m_view.m_selectedEntry >= 0 && m_view.m_selectedEntry < entries.size())
            Q_EMIT m_view.articleActivated(entries.at(m_view.m_selectedEntry).article.id);
        return;
    }
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void CalendarGrid::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void CalendarGrid::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void CalendarGrid::startDrag(qint64 articleId)
{
    auto *mime = new QMimeData;
    mime->setData(CalendarView::mimeType(), QByteArray::number(articleId));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    const QRect rect = entryRect(articleId);
    const auto entry = entryAt(rect.center());
    if (rect.isValid() && entry) {
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap(rect.size() * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintItem(painter, QRect(QPoint(0, 0), rect.size()), *entry);
        painter.end();
        drag->setPixmap(pixmap);
        drag->setHotSpot(m_pressPos - rect.topLeft());
    }
    setCursor(Qt::ClosedHandCursor);
    drag->exec(Qt::MoveAction);
    setCursor(Qt::ArrowCursor);
}

void CalendarGrid::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(CalendarView::mimeType()))
        event->acceptProposedAction();
}

void CalendarGrid::dragMoveEvent(QDragMoveEvent *event)
{
    const DayBox *box = boxAt(event->position().toPoint());
    const QDate day = box ? box->date : QDate();
    if (day != m_dropDay) {
        m_dropDay = day;
        update();
    }
    if (day.isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CalendarGrid::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropDay = QDate();
    update();
}

void CalendarGrid::dropEvent(QDropEvent *event)
{
    m_dropDay = QDate();
    update();
    bool ok = false;
    const qint64 id = event->mimeData()->data(CalendarView::mimeType()).toLongLong(&ok);
    const DayBox *box = boxAt(event->position().toPoint());
    if (!ok || !box) {
        event->ignore();
        return;
    }
    const QDate day = box->date;
    event->acceptProposedAction();
    m_view.moveArticle(id, day);  // reports a refusal itself
}

// --- CalendarView ---

CalendarView::CalendarView(WorkflowService &service, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_service(service), m_clock(clock)
{
    auto makeButton = [this](const QString &text, const QString &name) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setObjectName(name);
        button->setAutoRaise(true);
        return button;
    };
    m_previous = makeButton(QString(), QStringLiteral("calendar_previous"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_today = makeButton(tr("Today"), QStringLiteral("calendar_today"));
    m_next = makeButton(QString(), QStringLiteral("calendar_next"));
    m_next->setArrowType(Qt::RightArrow);
    m_today->setToolTip(tr("Go to today (Home in the calendar)"));
    m_month = makeButton(tr("Month"), QStringLiteral("calendar_month"));
    m_week = makeButton(tr("Week"), QStringLiteral("calendar_week"));
    for (QToolButton *button : {m_month, m_week}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    auto *modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_month);
    modes->addButton(m_week);
    m_month->setChecked(true);
    connect(m_previous, &QToolButton::clicked, this, &CalendarView::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &CalendarView::showNext);
    connect(m_today, &QToolButton::clicked, this, &CalendarView::showToday);
    connect(m_month, &QToolButton::clicked, this, [this] { setMode(Mode::Month); });
    connect(m_week, &QToolButton::clicked, this, [this] { setMode(Mode::Week); });

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_zone = new QLabel(this);
    m_zone->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(m_previous);
    top->addWidget(m_today);
    top->addWidget(m_next);
    top->addSpacing(8);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_month);
    top->addWidget(m_week);

    // The legend: what the two colours and the hatching mean.
    auto *legend = new QHBoxLayout;
    const QColor base = palette().color(QPalette::Base);
    const int keySize = fontMetrics().ascent();
    const qreal ratio = devicePixelRatioF();
    auto swatch
        = [keySize, ratio](const QColor &fill, const QBrush &pattern, const QColor &border) {
              return newsdesk::swatch(fill, pattern, border, keySize, ratio);
          };
    auto addKey = [&](const QPixmap &pixmap, const QString &text) {
        auto *icon = new QLabel(this);
        icon->setPixmap(pixmap);
        legend->addWidget(icon);
        legend->addWidget(new QLabel(text, this));
        legend->addSpacing(12);
    };
    addKey(swatch(mix(base, kScheduledColor, 0.14), kScheduledColor, kScheduledColor),
        statusDisplayName(Status::Scheduled));
    addKey(swatch(mix(base, kPublishedColor, 0.14), kPublishedColor, kPublishedColor),
        statusDisplayName(Status::Published));
    QColor hatch = kGapColor;
    hatch.setAlpha(110);
    addKey(swatch(mix(base, kGapColor, 0.08), QBrush(hatch, Qt::BDiagPattern), hatch),
        tr("Nothing planned"));
    legend->addStretch(1);
    legend->addWidget(m_zone);

    m_grid = new CalendarGrid(*this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("calendar_message"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(legend);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_message);

    m_anchor = today();
    m_selected = m_anchor;
    refresh();
}

QWidget *CalendarView::grid() const
{
    return m_grid;
}

QAbstractButton *CalendarView::monthButton() const
{
    return m_month;
}

QAbstractButton *CalendarView::weekButton() const
{
    return m_week;
}

QDate CalendarView::today() const
{
    return m_clock.nowUtc().toTimeZone(m_service.scheduleTime().zone()).date();
}

void CalendarView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    // From a month to a week: the week of today when today is in that month.
    const QDate now = today();
    if (mode == Mode::Week && now.year() == m_anchor.year() && now.month() == m_anchor.month())
        m_anchor = now;
    m_mode = mode;
    (mode == Mode::Month ? m_month : m_week)->setChecked(true);
    refresh();
}

void CalendarView::setCurrentDate(QDate day)
{
    if (!day.isValid())
        return;
    m_anchor = day;
    refresh();
}

void CalendarView::setSelectedDate(QDate day)
{
    if (!day.isValid())
        return;
    m_selected = day;
    m_selectedEntry = 0;
    if (!inPeriod(day)) {  // off the month or week: show the one it is in
        m_anchor = day;
        refresh();
    } else {
        updateSelectionText();
        m_grid->update();
    }
}

void CalendarView::selectEntry(int index)
{
    const qsizetype count = m_entries.value(m_selected).size();
    if (count == 0)
        return;
    m_selectedEntry = int(qBound(qsizetype(0), qsizetype(index), count - 1));
    updateSelectionText();
    m_grid->update();
}

qint64 CalendarView::selectedArticle() const
{
    const QList<CalendarEntry> entries = m_entries.value(m_selected);
    if (m_selectedEntry < 0 || m_selectedEntry >= entries.size())
        return 0;
    return entries.at(m_selectedEntry).article.id;
}

bool CalendarView::moveSelectedArticle(int days)
{
    const qint64 id = selectedArticle();
    if (id == 0)
        return false;
    const QDate target = m_selected.addDays(days);
    if (!moveArticle(id, target))
        return false;
    m_selected = target;
    if (!inPeriod(target)) {
        m_anchor = target;
        refresh();
    }
    const QList<CalendarEntry> entries = m_entries.value(m_selected);
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).article.id == id)
            m_selectedEntry = i;
    updateSelectionText();
    m_grid->update();
    return true;
}

// What a screen reader says about the chosen day: its date and its articles, then the keys.
void CalendarView::updateSelectionText()
{
    const QList<CalendarEntry> entries = m_entries.value(m_selected);
    if (m_selectedEntry >= entries.size())
        m_selectedEntry = 0;
    const QString date = capitalised(QLocale().toString(m_selected, QLocale::LongFormat));
    QString day;
    if (entries.isEmpty()) {
        day = tr("%1: nothing scheduled or published.").arg(date);
    } else {
        QStringList items;
        for (int i = 0; i < entries.size(); ++i) {
            const CalendarEntry &entry = entries.at(i);
            QString item = timeText(entry.at) + QLatin1Char(' ') + entry.article.title + u' ' + u'('
                + statusDisplayName(entry.kind == CalendarEntry::Kind::Scheduled
                        ? Status::Scheduled
                        : Status::Published)
                + u')';
            if (i == m_selectedEntry && entries.size() > 1)
                item = tr("chosen: %1").arg(item);
            items << item;
        }
        day = tr("%1: %2.").arg(date, items.join(QStringLiteral("; ")));
    }
    m_grid->setAccessibleDescription(day + QLatin1Char(' ')
        + tr("Arrow keys choose a day, Page Up and Page Down the previous or next page, Home "
             "today; Enter opens the chosen article, Ctrl+Up and Ctrl+Down choose another "
             "article of the day, Ctrl+Shift+Left and Ctrl+Shift+Right move it a day."));
}

void CalendarView::showPrevious()
{
    setCurrentDate(m_mode == Mode::Month ? QDate(m_anchor.year(), m_anchor.month(), 1).addMonths(-1)
                                         : m_anchor.addDays(-kDaysInWeek));
}

void CalendarView::showNext()
{
    setCurrentDate(m_mode == Mode::Month ? QDate(m_anchor.year(), m_anchor.month(), 1).addMonths(1)
                                         : m_anchor.addDays(kDaysInWeek));
}

void CalendarView::showToday()
{
    setCurrentDate(today());
}

bool CalendarView::inPeriod(QDate day) const
{
    if (m_mode == Mode::Week)
        return m_days.contains(day);
    return day.year() == m_anchor.year() && day.month() == m_anchor.month();
}

bool CalendarView::isGap(QDate day) const
{
    return inPeriod(day) && m_entries.value(day).isEmpty();
}

void CalendarView::refresh()
{
    // Whole weeks, starting on the locale's first day (Monday in Vietnam).
    const int firstDay = int(QLocale().firstDayOfWeek());
    auto weekStart = [firstDay](QDate day) {
        return day.addDays(-((day.dayOfWeek() - firstDay + kDaysInWeek) % kDaysInWeek));
    };
    QDate first;
    QDate last;
    if (m_mode == Mode::Month) {
        const QDate monthStart(m_anchor.year(), m_anchor.month(), 1);
        first = weekStart(monthStart);
        last = weekStart(monthStart.addMonths(1).addDays(-1)).addDays(kDaysInWeek - 1);
    } else {
        first = weekStart(m_anchor);
        last = first.addDays(kDaysInWeek - 1);
    }
    m_days.clear();
    for (QDate day = first; day <= last; day = day.addDays(1))
        m_days.append(day);

    // The portal's days as UTC instants: midnight in Ha Noi is 17:00 UTC the day before.
    const QTimeZone &zone = m_service.scheduleTime().zone();
    m_entries.clear();
    m_movable.clear();
    auto entries = m_service.calendar(
        first.startOfDay(zone).toUTC(), last.addDays(1).startOfDay(zone).toUTC());
    if (!entries) {
        showMessage(entries.error().message, true);
    } else {
        for (const CalendarEntry &entry : std::as_const(*entries)) {
            m_entries[entry.at.toTimeZone(zone).date()].append(entry);
            if (entry.kind == CalendarEntry::Kind::Scheduled && canMove(entry.article.id))
                m_movable.insert(entry.article.id);
        }
    }
    // The keyboard's day stays in view: when the page turns, it goes to the day shown.
    if (!inPeriod(m_selected)) {
        m_selected = m_anchor;
        m_selectedEntry = 0;
    }
    updateHeader();
    updateSelectionText();
    m_grid->relayout();
    m_grid->update();
}

void CalendarView::updateHeader()
{
    const QLocale locale;
    if (m_mode == Mode::Month) {
        m_title->setText(tr("%1 %2", "calendar heading: month name, year")
                             .arg(capitalised(locale.standaloneMonthName(m_anchor.month())),
                                 QString::number(m_anchor.year())));
        m_previous->setToolTip(tr("Previous month"));
        m_next->setToolTip(tr("Next month"));
        m_previous->setAccessibleName(m_previous->toolTip());
        m_next->setAccessibleName(m_next->toolTip());
    } else {
        const QString format = QStringLiteral("dd/MM/yyyy");
        m_title->setText(tr("Week %1: %2 – %3")
                             .arg(m_days.at(3).weekNumber())
                             .arg(QLocale::c().toString(m_days.first(), format),
                                 QLocale::c().toString(m_days.last(), format)));
        m_previous->setToolTip(tr("Previous week"));
        m_next->setToolTip(tr("Next week"));
        m_previous->setAccessibleName(m_previous->toolTip());
        m_next->setAccessibleName(m_next->toolTip());
    }
    const QTimeZone &zone = m_service.scheduleTime().zone();
    m_zone->setText(tr("Days and times in the portal's time zone (%1)")
                        .arg(portal_time::utcOffsetText(zone, m_anchor.startOfDay(zone))));
}

QString CalendarView::timeText(const QDateTime &utc) const
{
    return QLocale::c().toString(
        utc.toTimeZone(m_service.scheduleTime().zone()), QStringLiteral("HH:mm"));
}

QRect CalendarView::dayRect(QDate day) const
{
    for (const CalendarGrid::DayBox &box : m_grid->boxes())
        if (box.date == day)
            return box.cell;
    return {};
}

QRect CalendarView::entryRect(qint64 articleId) const
{
    return m_grid->entryRect(articleId);
}

QString CalendarView::entryToolTip(const CalendarEntry &entry) const
{
    const ScheduleTime &schedule = m_service.scheduleTime();
    QStringList lines;
    lines << (entry.article.author.isEmpty()
            ? entry.article.title
            : tr("%1 — %2", "title — author").arg(entry.article.title, entry.article.author));
    if (entry.kind == CalendarEntry::Kind::Published) {
        lines << tr("Published on %1").arg(schedule.display(entry.at));
        lines << tr("Double-click to open it.");
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("Scheduled for %1").arg(schedule.display(entry.at));
    QString why;
    if (canMove(entry.article.id, &why))
        lines << tr("Drag it to another day to reschedule it; double-click to open it.");
    else
        lines << why << tr("Double-click to open it.");
    return lines.join(QLatin1Char('\n'));
}

QString CalendarView::toolTipAt(QPoint gridPos) const
{
    if (const auto entry = m_grid->entryAt(gridPos))
        return entryToolTip(*entry);
    const CalendarGrid::DayBox *box = m_grid->boxAt(gridPos);
    if (!box)
        return {};
    if (box->hidden > 0 && box->more.contains(gridPos)) {
        QStringList lines;
        for (const CalendarEntry &entry : m_entries.value(box->date))
            lines << timeText(entry.at) + QLatin1Char(' ') + entry.article.title;
        lines << tr("Click to see the whole week.");
        return lines.join(QLatin1Char('\n'));
    }
    if (isGap(box->date))
        return tr("Nothing scheduled or published on this day.");
    return {};
}

bool CalendarView::canMove(qint64 articleId, QString *why) const
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    auto info = m_service.info(articleId);
    if (!info)
        return fail(info.error().message);
    if (info->status != Status::Scheduled)
        return fail(tr("Only scheduled articles can be moved to another day."));
    auto decision = m_service.check(articleId, WorkflowAction::Schedule);
    if (!decision)
        return fail(decision.error().message);
    if (!decision->allowed())
        return fail(decision->reason);
    return true;
}

bool CalendarView::moveArticle(qint64 articleId, QDate newDay, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        showMessage(message, true);
        Q_EMIT refused(message);
        return false;
    };
    QString why;
    if (!canMove(articleId, &why))
        return fail(why);
    auto info = m_service.info(articleId);
    if (!info)
        return fail(info.error().message);
    // Same wall-clock time in the portal zone, on the new day: the UTC instant follows.
    const QDateTime current = info->scheduledAt.toTimeZone(m_service.scheduleTime().zone());
    if (current.date() == newDay)
        return true;
    auto when = m_service.checkScheduleTime(newDay, current.time());
    if (!when)
        return fail(when.error().message);
    // Schedule is allowed from Scheduled: one action, one history event.
    auto done = m_service.perform(articleId, WorkflowAction::Schedule, {}, when->utc);
    if (!done)
        return fail(done.error().message);
    if (error)
        error->clear();
    refresh();
    QString message = tr("“%1” now publishes on %2.").arg(info->title, when->display);
    if (when->soon)
        message += QLatin1Char(' ') + when->warning;
    showMessage(message, false);
    Q_EMIT articleMoved(articleId);
    return true;
}

QList<CalendarView::TextColors> CalendarView::textColors(const QPalette &p)
{
    const QColor text = p.color(QPalette::Text);
    QList<TextColors> pairs;
    pairs.append({QStringLiteral("weekday"), text, headerBand(p)});
    pairs.append({QStringLiteral("weekend day name"), weekendText(headerBand(p)), headerBand(p)});
    for (bool weekend : {false, true}) {
        const QColor background = dayBackground(p, true, weekend);
        pairs.append({weekend ? QStringLiteral("weekend date") : QStringLiteral("date"),
            weekend ? weekendText(background) : text, background});
    }
    const QColor outside = dayBackground(p, false, false);
    pairs.append({QStringLiteral("date outside the month"), dimText(p, outside), outside});
    pairs.append({QStringLiteral("+N more"), dimText(p, p.color(QPalette::Base), 0.6),
        p.color(QPalette::Base)});
    pairs.append({QStringLiteral("today"), p.color(QPalette::HighlightedText),
        p.color(QPalette::Highlight)});
    for (CalendarEntry::Kind kind :
        {CalendarEntry::Kind::Scheduled, CalendarEntry::Kind::Published}) {
        const QString name = kind == CalendarEntry::Kind::Scheduled ? QStringLiteral("scheduled")
                                                                    : QStringLiteral("published");
        pairs.append({name + QStringLiteral(" title"), itemText(p, kind), itemBackground(p, kind)});
        pairs.append({name + QStringLiteral(" time"), itemTime(p, kind), itemBackground(p, kind)});
    }
    pairs.append({QStringLiteral("error message"), errorText(p), p.color(QPalette::Window)});
    return pairs;
}

QColor CalendarView::errorText(const QPalette &p)
{
    return contrast::readableOn(QColor(0xb0, 0x00, 0x20), p.color(QPalette::Window));
}

void CalendarView::showMessage(const QString &text, bool isError)
{
    QPalette look = palette();
    if (isError)
        look.setColor(QPalette::WindowText, errorText(palette()));
    m_message->setPalette(look);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

}  // namespace newsdesk
