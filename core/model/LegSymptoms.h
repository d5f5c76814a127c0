#pragma once

namespace gradus {

// How leg symptoms behaved since the last visit (the McKenzie vocabulary clinicians use for
// sciatica): spreading further down the leg (peripheralising) calls for a regression; moving
// back towards the spine (centralising) is a good sign (CLINICAL.md 3 and 4). Shared by the
// visit record and the pacing review.
enum class LegSymptoms
{
    NotRecorded,
    None,
    Centralising,
    Stable,
    Peripheralising,
};

} // namespace gradus
