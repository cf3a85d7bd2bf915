// GoogleTest main for core tests: a QGuiApplication exists for the whole run (Qt Sql plugins,
// translations, and QTextDocument's fonts need one); tests run on the offscreen platform.
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
