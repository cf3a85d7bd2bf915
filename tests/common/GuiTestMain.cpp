// GoogleTest main for widget tests (they link newsdesk_ui): a QApplication on the offscreen
// platform, with the preview's URL schemes registered as the app does.
#include "preview/PreviewUrlSchemes.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    newsdesk::preview::registerPreviewUrlSchemes();
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
