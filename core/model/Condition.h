#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gradus {

// One coded condition or finding in an episode's clinical profile, e.g. sciatica on the
// left since 3 March, or pregnancy at 24 weeks. Codes and what they carry (a side, an
// amount) are defined in resources/conditions.json (see ConditionCatalog); the safety rules
// key on `code`.
struct Condition
{
    enum class Side
    {
        None,
        Left,
        Right,
        Both
    };
    enum class Status
    {
        Active,
        Resolved
    };

    qint64 id = 0; // 0 until stored
    qint64 episodeId = 0;
    QString code;
    Side side = Side::None;    // only for codes whose definition takes a side
    std::optional<int> amount; // only for codes whose definition names one (pregnancy: weeks)
    QDate onsetDate;           // invalid when unknown
    Status status = Status::Active;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // as read; an edit carries it (0: not read, no check)

    bool isActive() const { return status == Status::Active; }

    // Stored spellings: "left", "right", "both", and "" for Side::None.
    static QString sideCode(Side side);
    static std::optional<Side> sideFromCode(const QString& code);
    static QString sideDisplayName(Side side);
    // sideDisplayName()'s text before translation (context "Condition"), for documents in
    // the patient's language (HandoutLanguage::translate); null for Side::None.
    static const char* sideSource(Side side);
    // Stored spellings: "active", "resolved".
    static QString statusCode(Status status);
    static std::optional<Status> statusFromCode(const QString& code);
    static QString statusDisplayName(Status status);

    friend bool operator==(const Condition&, const Condition&) = default;
};

} // namespace gradus
