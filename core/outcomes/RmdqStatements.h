#pragma once

#include <QCoreApplication>
#include <QString>

namespace gradus {

// The 24 statements of the Roland-Morris Disability Questionnaire in their published form.
// CLINICAL.md section 2: reproducible in the published form with its citation (Roland &
// Fairbank 2000, Spine 25:3115, whose appendix may be used without permission), so unlike
// the ODI, STarT Back and TSK-17 the form can show the wording.
class RmdqStatements
{
    Q_DECLARE_TR_FUNCTIONS(RmdqStatements)

public:
    static constexpr int kCount = 24;
    // Statement `item` (1-24).
    static QString text(int item);
    static QString citation();
};

} // namespace gradus
