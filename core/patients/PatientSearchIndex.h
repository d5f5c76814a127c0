#pragma once

#include "model/Patient.h"

#include <QList>
#include <QString>

#include <string>
#include <vector>

namespace gradus {

// Search as you type over many patients: an in-memory list of pre-folded search keys
// (names, preferred name, clinic number, date of birth as 1985-03-14, 14.03.1985 and
// 14/03/1985), kept in display order (family name, given name, date of birth, id).
//
// A query is folded the same way (SearchFolding) and split into words; a patient matches
// when every word occurs somewhere in the key, so "zoe" finds "Zoë", "mul an" finds
// "Anna Müller", and "1985" finds everyone born that year. A word of digits and . / -
// only is looked for in the clinic number and date of birth, not in names. Archived
// patients match only when asked for. The list model in ui/patients keeps its rows in the same
// order as the index, so a position here is a row there.
class PatientSearchIndex
{
public:
    // The text a patient is found by; also stored in patient.search_text for gradus-cli.
    static QString searchKey(const Patient& patient);
    // The order patients are listed in.
    static QString sortKey(const Patient& patient);

    void assign(const QList<Patient>& patients);
    void clear();
    int size() const { return static_cast<int>(m_entries.size()); }
    qint64 idAt(int position) const { return m_entries[position].id; }
    bool archivedAt(int position) const { return m_entries[position].archived; }
    // Position of `id`, or -1.
    int indexOf(qint64 id) const;

    // Where `patient` would stand: for a new patient the insert position, for a known one
    // its position after the change (with it taken out of its old place).
    int positionFor(const Patient& patient) const;
    // Inserts or updates; returns the new position.
    int upsert(const Patient& patient);
    // Removes; returns the old position or -1.
    int remove(qint64 id);

    // Ids of the matching patients, in display order. An empty query matches everyone.
    QList<qint64> search(const QString& query, bool includeArchived) const;
    // For each position, whether that patient matches: what a filter proxy needs.
    void match(const QString& query, bool includeArchived, std::vector<char>& out) const;

private:
    struct Entry
    {
        qint64 id = 0;
        bool archived = false;
        std::string sortKey;   // UTF-8, compared bytewise (= code point order)
        std::string textPart;  // UTF-8 search key, part 1: names and clinic number
        std::string digitPart; // part 2: clinic number and dates
    };
    // The two halves of a search key; key = textPart + ' ' + digitPart.
    static std::pair<QString, QString> keyParts(const Patient& patient);
    static Entry makeEntry(const Patient& patient);
    static bool before(const Entry& a, const Entry& b);
    struct Token
    {
        std::string text;
        bool digitsOnly = false; // only digits and . / -: matched against the digit part
    };
    static std::vector<Token> queryTokens(const QString& query);
    static bool matches(const Entry& entry, const std::vector<Token>& tokens, size_t from);
    // Calls `hit(position)` for each matching position, in order.
    template <typename Hit>
    void forEachMatch(const QString& query, bool includeArchived, Hit hit) const;
    void rebuildText() const;

    std::vector<Entry> m_entries;
    // The keys' text parts, one after another with '\n' between them, and where each
    // starts; the same for the digit parts. One memmem() over a buffer finds a word far
    // faster than a search per key, because most keys share their first letters with the
    // word; and a word goes only to the buffer it can match, which halves the bytes read.
    // Rebuilt after a change, on the next search.
    struct Buffer
    {
        std::string text;
        std::vector<size_t> starts;
    };
    mutable Buffer m_textBuffer;
    mutable Buffer m_digitBuffer;
    mutable bool m_textDirty = true;
};

} // namespace gradus
