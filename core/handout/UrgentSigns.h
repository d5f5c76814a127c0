#pragma once

#include <QtGlobal>

namespace gradus {

// When a patient should stop and seek help urgently (CLINICAL.md 1), in the project's own plain
// words. Every handout's urgent box and the calendar export's reminder carry the same list, so
// it is written and translated once (context "HandoutText").
inline constexpr const char* kUrgentSigns[] = {
    QT_TRANSLATE_NOOP("HandoutText",
                      "you have new trouble passing urine or cannot pass it, or you lose "
                      "control of your bladder or bowels"),
    QT_TRANSLATE_NOOP("HandoutText",
                      "you feel numb around your back passage, your genitals or between "
                      "your legs (where you would sit on a saddle)"),
    QT_TRANSLATE_NOOP("HandoutText",
                      "both legs become weak or numb, or leg pain spreads to both legs"),
    QT_TRANSLATE_NOOP("HandoutText", "you have a fever or feel hot and shivery with back pain"),
    QT_TRANSLATE_NOOP("HandoutText",
                      "your pain is severe and wakes you at night, or does not ease whatever "
                      "position you are in"),
};

} // namespace gradus
