#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace gradus {

// One field of a stale edit, for the conflict dialog: what the clinician read (`base`), what
// they made of it (`mine`) and what another desk stored meanwhile (`theirs`), as text.
struct MergeRow
{
    QString label;
    QString base;
    QString mine;
    QString theirs;
    bool changedByMe = false;
    bool changedByThem = false;
};

// A record's editable fields, each with a label, its value as text (equal text means equal
// value) and a copy from one record to another. A record type lists its fields once
// (PatientMerge, ExerciseMerge), and the three-way comparison and rebase are the same for all.
template <typename Record> struct FieldMerge
{
    struct Field
    {
        QString label;
        std::function<QString(const Record&)> text;
        std::function<void(Record& to, const Record& from)> copy;
    };

    // The fields changed on either side, in the order given.
    static QList<MergeRow> rows(const QList<Field>& fields, const Record& base, const Record& mine,
                                const Record& theirs)
    {
        QList<MergeRow> out;
        for (const Field& f : fields) {
            MergeRow r{f.label, f.text(base), f.text(mine), f.text(theirs)};
            r.changedByMe = r.mine != r.base;
            r.changedByThem = r.theirs != r.base;
            if (r.changedByMe || r.changedByThem)
                out.append(r);
        }
        return out;
    }

    // `theirs` with every field the clinician changed (mine differs from base) set to mine.
    // Everything else, the id and version included, is theirs, so saving the result is an
    // ordinary edit of the current record.
    static Record rebase(const QList<Field>& fields, const Record& base, const Record& mine,
                         const Record& theirs)
    {
        Record merged = theirs;
        for (const Field& f : fields)
            if (f.text(mine) != f.text(base))
                f.copy(merged, mine);
        return merged;
    }

    // A field that is one QString member, shown as it is.
    template <typename Member> static Field member(const QString& label, Member member)
    {
        return FieldMerge::member(label, member,
                                  [member](const Record& r) { return QString(r.*member); });
    }
    // A field that is one member of any type, shown through `show`.
    template <typename Member>
    static Field member(const QString& label, Member member,
                        std::function<QString(const Record&)> show)
    {
        return {label, std::move(show),
                [member](Record& to, const Record& from) { to.*member = from.*member; }};
    }
};

} // namespace gradus
