// Where the data lives does not follow the application's identity: existing databases stay.
#include "util/AppPaths.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QStandardPaths>

using namespace gradus;

TEST(AppPathsTest, TheDataFolderStaysGradusGradusWhateverTheOrganisation)
{
    const QString organisation = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(QStringLiteral("io.github.gradus"));
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                             QStringLiteral("/Gradus/Gradus");
    EXPECT_EQ(AppPaths::dataDirectory(), expected);
    EXPECT_EQ(AppPaths::defaultDatabasePath(), expected + QStringLiteral("/gradus.sqlite"));
    QCoreApplication::setOrganizationName(organisation);
}
