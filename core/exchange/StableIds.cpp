#include "exchange/StableIds.h"

namespace gradus::StableIds {
namespace {

// Chosen once at random for Gradus; never change it, or every exported id changes.
const QUuid kNamespace(QStringLiteral("318fbb37-3613-4208-b02a-9a62e7c029d4"));

} // namespace

QUuid uuid(const QString& name)
{
    return QUuid::createUuidV5(kNamespace, name);
}

QString text(const QString& name)
{
    return uuid(name).toString(QUuid::WithoutBraces);
}

} // namespace gradus::StableIds
