#pragma once

// What the accessibility tests share: a newsroom to open, a palette switch that is undone, and
// a palette as a dark desktop theme sets it.

#include "TestStore.h"
#include "WorkflowTestSupport.h"

#include <QApplication>
#include <QPalette>

#include <gtest/gtest.h>

namespace newsdesk::testing {

// Sets the application palette for a scope (QTRY_* may return early: cleanup must be RAII).
class PaletteScope {
public:
    explicit PaletteScope(const QPalette &palette) : m_saved(QApplication::palette())
    {
        QApplication::setPalette(palette);
    }
    ~PaletteScope() { QApplication::setPalette(m_saved); }
    PaletteScope(const PaletteScope &) = delete;
    PaletteScope &operator=(const PaletteScope &) = delete;

private:
    QPalette m_saved;
};

// Breeze Dark's colours, near enough: what a person with a dark desktop gets.
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x23, 0x26);
    const QColor base(0x14, 0x16, 0x18);
    const QColor text(0xfc, 0xfc, 0xfc);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, QColor(0x29, 0x2c, 0x30));
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        p.setColor(group, QPalette::HighlightedText, QColor(0x14, 0x16, 0x18));
        p.setColor(group, QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        p.setColor(group, QPalette::Link, QColor(0x1d, 0x99, 0xf3));
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Light, QColor(0x40, 0x45, 0x4a));
        p.setColor(group, QPalette::Midlight, QColor(0x33, 0x37, 0x3b));
        p.setColor(group, QPalette::Mid, QColor(0x2a, 0x2e, 0x32));
        p.setColor(group, QPalette::Dark, QColor(0x10, 0x12, 0x14));
    }
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, base);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x71, 0x75));
    return p;
}

// A newsroom with an article in each state that has a place on screen.
inline void fillNewsroom(TestStore &store)
{
    const QList<std::pair<QString, Status>> articles {
        {QStringLiteral("Mường Lay triển khai Nghị quyết Đại hội"), Status::Published},
        {QStringLiteral("Lễ hội Hoa Ban: chương trình các ngày"), Status::Scheduled},
        {QStringLiteral("Đảm bảo an toàn giao thông dịp Tết"), Status::InReview},
        {QStringLiteral("Bản tin nông nghiệp tháng 11"), Status::Draft},
    };
    for (const auto &[title, status] : articles) {
        NewArticle article;
        article.content.title = title;
        article.content.author = kWriter;
        article.content.bodyHtml = QStringLiteral("<p>Nội dung bài viết được được.</p>");
        article.status = status;
        if (status == Status::Published || status == Status::Scheduled)
            article.publishAt = store.clock.nowUtc().addDays(status == Status::Scheduled ? 2 : -1);
        ASSERT_TRUE(store.articles->create(article).ok());
        store.clock.advanceMs(60000);
    }
}

}  // namespace newsdesk::testing
