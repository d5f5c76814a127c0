#include "outcomes/RmdqStatements.h"

namespace gradus {

QString RmdqStatements::text(int item)
{
    // Translators: use the validated RMDQ translation for your language word for word (see
    // the RMDQ website); a questionnaire translated afresh is not the same instrument.
    switch (item) {
    case 1:
        return tr("I stay at home most of the time because of my back.");
    case 2:
        return tr("I change position frequently to try and get my back comfortable.");
    case 3:
        return tr("I walk more slowly than usual because of my back.");
    case 4:
        return tr("Because of my back I am not doing any of the jobs that I usually do around the "
                  "house.");
    case 5:
        return tr("Because of my back, I use a handrail to get upstairs.");
    case 6:
        return tr("Because of my back, I lie down to rest more often.");
    case 7:
        return tr(
            "Because of my back, I have to hold on to something to get out of an easy chair.");
    case 8:
        return tr("Because of my back, I try to get other people to do things for me.");
    case 9:
        return tr("I get dressed more slowly than usual because of my back.");
    case 10:
        return tr("I only stand for short periods of time because of my back.");
    case 11:
        return tr("Because of my back, I try not to bend or kneel down.");
    case 12:
        return tr("I find it difficult to get out of a chair because of my back.");
    case 13:
        return tr("My back is painful almost all the time.");
    case 14:
        return tr("I find it difficult to turn over in bed because of my back.");
    case 15:
        return tr("My appetite is not very good because of my back pain.");
    case 16:
        return tr(
            "I have trouble putting on my socks (or stockings) because of the pain in my back.");
    case 17:
        return tr("I only walk short distances because of my back.");
    case 18:
        return tr("I sleep less well because of my back.");
    case 19:
        return tr("Because of my back pain, I get dressed with help from someone else.");
    case 20:
        return tr("I sit down for most of the day because of my back.");
    case 21:
        return tr("I avoid heavy jobs around the house because of my back.");
    case 22:
        return tr("Because of my back pain, I am more irritable and bad tempered with people than "
                  "usual.");
    case 23:
        return tr("Because of my back, I go upstairs more slowly than usual.");
    case 24:
        return tr("I stay in bed most of the time because of my back.");
    default:
        return QString();
    }
}

QString RmdqStatements::citation()
{
    return tr("Roland-Morris Disability Questionnaire: Roland MO, Morris RW. Spine 1983;8:141-4; "
              "published form in Roland M, Fairbank J. Spine 2000;25:3115-24.");
}

} // namespace gradus
