// The demo newsroom opened in the real window: opening and saving an article must not count
// as an edit (which would withdraw an approval), so every article keeps its state.
#include "TestStore.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "demo/DemoNewsroom.h"
#include "editing/AutosaveSession.h"
#include "io/PortalTime.h"
#include "workflow/WorkflowService.h"

#include <gtest/gtest.h>

namespace newsdesk::testing {
namespace {

TEST(DemoInTheWindow, OpeningAndSavingEveryArticleKeepsItsState)
{
    TestStore store;
    auto filled
        = DemoNewsroom::fillIfEmpty(*store.db, store.clock.nowUtc(), portal_time::defaultZone());
    ASSERT_TRUE(filled.ok());
    ASSERT_GT(*filled, 0);
    MainWindow window(*store.articles, store.clock);
    window.show();
    auto page = store.articles->list(ListQuery {std::nullopt, 100, std::nullopt});
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), *filled);
    for (const auto &row : *page) {
        auto before = window.workflow().info(row.id);
        ASSERT_TRUE(before.ok());
        const QString hashBefore = store.articles->get(row.id)->contentHash;
        ASSERT_TRUE(window.openArticle(row.id));
        ASSERT_TRUE(window.autosave()->saveNow(QStringLiteral("probe")).ok());
        auto after = window.workflow().info(row.id);
        ASSERT_TRUE(after.ok());
        EXPECT_EQ(after->status, before->status) << row.title.toStdString();
        EXPECT_EQ(store.articles->get(row.id)->contentHash, hashBefore) << row.title.toStdString();
    }
}

}  // namespace
}  // namespace newsdesk::testing
