#pragma once

#include <QList>
#include <QString>

namespace gradus {

struct Migration
{
    int version = 0;
    QString name;
    QString script;
};

// The schema steps embedded under :/sql, named NNNN_description.sql, in version order.
// Versions must run 1, 2, 3... without gaps; a gap is a build defect caught by tests.
QList<Migration> embeddedMigrations();

} // namespace gradus
