#include "patients/SearchFolding.h"

#include <gtest/gtest.h>

using namespace gradus;

namespace {

std::string folded(const QString& text)
{
    return SearchFolding::fold(text).toStdString();
}

} // namespace

TEST(SearchFoldingTest, LowersCaseAndRemovesAccents)
{
    EXPECT_EQ(folded(QStringLiteral("Zoë")), "zoe");
    EXPECT_EQ(folded(QStringLiteral("ZOË")), "zoe");
    EXPECT_EQ(folded(QStringLiteral("Élodie Lefèvre")), "elodie lefevre");
    EXPECT_EQ(folded(QStringLiteral("Iñigo Núñez")), "inigo nunez");
    EXPECT_EQ(folded(QStringLiteral("Gonçalo Magalhães")), "goncalo magalhaes");
    EXPECT_EQ(folded(QStringLiteral("Dvořáková")), "dvorakova");
    EXPECT_EQ(folded(QStringLiteral("Szőke")), "szoke");
    EXPECT_EQ(folded(QStringLiteral("Nguyễn Đặng")), "nguyen dang");
}

TEST(SearchFoldingTest, SpellsOutLettersWithoutADecomposition)
{
    EXPECT_EQ(folded(QStringLiteral("Straßer")), "strasser");
    EXPECT_EQ(folded(QStringLiteral("GROẞ")), "gross");
    EXPECT_EQ(folded(QStringLiteral("Søren Østergaard")), "soren ostergaard");
    EXPECT_EQ(folded(QStringLiteral("Bækgaard Æsa")), "baekgaard aesa");
    EXPECT_EQ(folded(QStringLiteral("Łukasz Król")), "lukasz krol");
    EXPECT_EQ(folded(QStringLiteral("Þórður Guðmundsson")), "thordur gudmundsson");
    EXPECT_EQ(folded(QStringLiteral("Œuvre")), "oeuvre");
    EXPECT_EQ(folded(QStringLiteral("Yılmaz İsmail")), "yilmaz ismail");
}

TEST(SearchFoldingTest, DecomposedInputFoldsLikeComposedInput)
{
    const QString decomposed = QStringLiteral("Zoe") + QChar(0x0308); // e + combining diaeresis
    EXPECT_EQ(folded(decomposed), "zoe");
    EXPECT_EQ(SearchFolding::fold(decomposed), SearchFolding::fold(QStringLiteral("Zoë")));
}

TEST(SearchFoldingTest, DropsApostrophesAndNormalisesSpaces)
{
    EXPECT_EQ(folded(QStringLiteral("O'Brien")), "obrien");
    EXPECT_EQ(folded(QStringLiteral("O’Connor")), "oconnor");
    EXPECT_EQ(folded(QStringLiteral("Anna\tMaria")), "anna maria");
    EXPECT_EQ(SearchFolding::tokens(QStringLiteral("  anna   mu ")),
              (QStringList{QStringLiteral("anna"), QStringLiteral("mu")}));
}

TEST(SearchFoldingTest, KeepsOtherScriptsButFoldsTheirCaseAndAccents)
{
    EXPECT_EQ(folded(QStringLiteral("Ελένη Παπαδοπούλου")), "ελενη παπαδοπουλου");
    EXPECT_EQ(SearchFolding::fold(QStringLiteral("ΕΛΈΝΗ")),
              SearchFolding::fold(QStringLiteral("ελένη")));
}

TEST(SearchFoldingTest, TransliterationVariantForUmlautsAndNordicLetters)
{
    EXPECT_EQ(SearchFolding::transliterationVariant(QStringLiteral("Müller")).toStdString(),
              "mueller");
    EXPECT_EQ(SearchFolding::transliterationVariant(QStringLiteral("Søren")).toStdString(),
              "soeren");
    EXPECT_EQ(SearchFolding::transliterationVariant(QStringLiteral("Åberg")).toStdString(),
              "aaberg");
    EXPECT_EQ(SearchFolding::transliterationVariant(QStringLiteral("Köhler")).toStdString(),
              "koehler");
    // No variant when there is nothing to spell out.
    EXPECT_TRUE(SearchFolding::transliterationVariant(QStringLiteral("Smith")).isEmpty());
    EXPECT_TRUE(SearchFolding::transliterationVariant(QStringLiteral("Lefèvre")).isEmpty());
}
