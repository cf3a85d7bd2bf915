// GoogleTest main for core tests: a QCoreApplication exists for the whole run (Qt Sql plugins
// and translations need one), and no window system is touched.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
