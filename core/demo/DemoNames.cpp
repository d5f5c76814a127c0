#include "demo/DemoNames.h"

#include <QHash>

namespace gradus {
namespace {

QStringList words(const char* utf8)
{
    return QString::fromUtf8(utf8).split(u'|');
}

} // namespace

const QList<DemoCulture>& demoCultures()
{
    static const QList<DemoCulture> cultures = {
        // English and Irish
        {words("Olivia|Emily|Zoë|Charlotte|Grace|Hannah|Chloe|Siobhán|Aoife|Niamh"),
         words("James|Oliver|Thomas|William|Samuel|Harry|Seán|Ciarán|Dafydd|George"),
         words("Smith|Jones|Taylor|O'Brien|Walker|Hughes|McCarthy|Llewellyn|O'Connor|Evans"),
         {},
         {}},
        // German
        {words("Anna|Lena|Marie|Katrin|Ute|Sabine|Jördis|Lotte|Hannelore|Käthe"),
         words("Jürgen|Lukas|Matthias|Jörg|Stefan|Tobias|Uwe|Björn|Klaus|Günther"),
         words("Müller|Schmidt|Schröder|Weiß|Großmann|Becker|Köhler|Fischer|Straßer|Hoffmann"),
         {},
         {}},
        // French
        {words("Chloé|Léa|Camille|Manon|Élodie|Inès|Océane|Noémie|Hélène|Anaïs"),
         words("Étienne|Hugo|Loïc|Théo|François|Jérôme|Benoît|Gaël|Rémi|Noël"),
         words("Lefèvre|Dubois|Moreau|Girard|Bélanger|Fournier|Lemaître|Rousseau|Chevalier|Faure"),
         {},
         {}},
        // Spanish and Portuguese
        {words("María José|Lucía|Inés|Begoña|Ainhoa|Pilar|Conceição|Leonor|Beatriz|Mónica"),
         words("José Luis|Álvaro|Iñigo|Jesús|Rubén|João|Gonçalo|Tomás|Sebastião|Andrés"),
         words("García|Fernández|López|Núñez|Ibáñez|Muñoz|Gonçalves|Magalhães|Simões|Araújo"),
         {},
         {}},
        // Polish
        {words("Małgorzata|Agnieszka|Zofia|Bożena|Katarzyna|Grażyna|Jadwiga|Ewa"),
         words("Łukasz|Paweł|Wojciech|Jarosław|Krzysztof|Michał|Zbigniew|Tomasz"),
         words("Nowak|Wójcik|Mazur|Król|Kaczmarek|Łukasiewicz|Sikora|Żak"),
         words("Kowalska|Wiśniewska|Zielińska|Dąbrowska"),
         words("Kowalski|Wiśniewski|Zieliński|Dąbrowski")},
        // Danish, Norwegian, Swedish
        {words("Åse|Sølvi|Ingrid|Freja|Mette|Åsa|Linnéa|Märta|Astrid|Siv"),
         words("Søren|Bjørn|Ørjan|Anders|Håkon|Örjan|Nils|Magnus|Leif|Torbjørn"),
         words("Sørensen|Østergaard|Nygård|Kjær|Ødegård|Bækgaard|Åberg|Sjöberg|Lindqvist|Dahl"),
         {},
         {}},
        // Icelandic
        {words("Sigríður|Guðrún|Þóra|Katrín|Hildur"),
         words("Þórður|Guðmundur|Ari|Einar|Ragnar"),
         {},
         words("Jónsdóttir|Þórsdóttir|Guðmundsdóttir|Einarsdóttir"),
         words("Jónsson|Þórsson|Guðmundsson|Einarsson")},
        // Czech and Hungarian
        {words("Zuzana|Kateřina|Jana|Zsófia|Ildikó|Erzsébet"),
         words("Jiří|Tomáš|Lukáš|Gábor|László|Ödön"), words("Nagy|Szőke|Kovács|Tóth|Szabó"),
         words("Dvořáková|Nováková|Černá|Procházková"), words("Dvořák|Novák|Černý|Procházka")},
        // Greek, in Greek script
        {words("Ελένη|Κατερίνα|Σοφία|Δέσποινα"), words("Γιώργος|Δημήτρης|Νίκος|Σταύρος"),
         words("Γεωργίου|Ιωάννου"), words("Παπαδοπούλου|Νικολαΐδου"),
         words("Παπαδόπουλος|Νικολαΐδης")},
        // Greek, transliterated
        {words("Eleni|Katerina|Sofia|Despina"), words("Giorgos|Dimitris|Nikos|Stavros"),
         words("Georgiou|Ioannou"), words("Papadopoulou|Nikolaidou"),
         words("Papadopoulos|Nikolaidis")},
        // Turkish
        {words("Ayşe|Gül|Şebnem|Özlem|Elif|Zeynep"),
         words("Çağrı|Oğuz|Mehmet|İsmail|Emre|Barış"),
         words("Yılmaz|Öztürk|Çelik|Şahin|Doğan|Aydın|Kılıç"),
         {},
         {}},
        // Vietnamese
        {words("Thảo|Lan|Hương|Ngọc|Mai"),
         words("Minh|Dũng|Tuấn|Quang|Huy"),
         words("Nguyễn|Trần|Lê|Phạm|Đặng|Võ"),
         {},
         {}},
        // Japanese (romanised)
        {words("Yuki|Haruka|Aiko|Sakura|Emi"),
         words("Kenji|Takeshi|Shō|Hiroshi|Daiki"),
         words("Satō|Suzuki|Takahashi|Itō|Yamamoto|Kōno"),
         {},
         {}},
        // Arabic (romanised)
        {words("Fatima|Layla|Nour|Amira|Yasmin"),
         words("Omar|Youssef|Karim|Tariq|Samir"),
         words("Haddad|Al-Masri|Khalil|Saleh|Nasser|El-Amin"),
         {},
         {}},
        // Nigerian (Igbo, Yoruba)
        {words("Adaeze|Folake|Ngozi|Chiamaka|Títílayọ̀"),
         words("Oluwaseun|Chukwuemeka|Babatunde|Tunde|Ìfẹ́olúwa"),
         words("Okafor|Adeyemi|Okonkwo|Balogun|Eze|Adébáyọ̀"),
         {},
         {}},
        // Indian
        {words("Priya|Ananya|Lakshmi|Deepika|Kavya"),
         words("Arjun|Rohan|Vikram|Sanjay|Aditya"),
         words("Sharma|Patel|Iyer|Reddy|Gupta|Nair"),
         {},
         {}},
        // Finnish
        {words("Päivi|Aino|Sirkka|Tuulikki|Kaarina"),
         words("Jyrki|Väinö|Mikko|Jussi|Timo"),
         words("Mäkinen|Hämäläinen|Virtanen|Korhonen|Järvinen"),
         {},
         {}},
    };
    return cultures;
}

QString demoPreferredName(const QString& given)
{
    static const QHash<QString, QString> shortForms = {
        {QStringLiteral("Thomas"), QStringLiteral("Tom")},
        {QStringLiteral("William"), QStringLiteral("Will")},
        {QStringLiteral("Samuel"), QStringLiteral("Sam")},
        {QStringLiteral("Charlotte"), QStringLiteral("Lottie")},
        {QStringLiteral("Katrin"), QStringLiteral("Kati")},
        {QString::fromUtf8("Małgorzata"), QStringLiteral("Gosia")},
        {QStringLiteral("Katarzyna"), QStringLiteral("Kasia")},
        {QStringLiteral("Krzysztof"), QStringLiteral("Krzyś")},
        {QString::fromUtf8("Hannelore"), QStringLiteral("Hanne")},
        {QStringLiteral("Matthias"), QStringLiteral("Matze")},
        {QString::fromUtf8("José Luis"), QStringLiteral("Pepe")},
        {QStringLiteral("Oluwaseun"), QStringLiteral("Seun")},
        {QStringLiteral("Chukwuemeka"), QStringLiteral("Emeka")},
        {QString::fromUtf8("Γιώργος"), QString::fromUtf8("Γιώργης")},
        {QStringLiteral("Hiroshi"), QStringLiteral("Hiro")},
        {QStringLiteral("Aditya"), QStringLiteral("Adi")},
    };
    return shortForms.value(given);
}

} // namespace gradus
