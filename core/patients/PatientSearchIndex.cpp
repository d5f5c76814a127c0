#include "patients/PatientSearchIndex.h"

#include "patients/SearchFolding.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace gradus {

QString PatientSearchIndex::searchKey(const Patient& p)
{
    QStringList parts;
    for (const QString* name : {&p.givenName, &p.familyName, &p.preferredName}) {
        if (name->isEmpty())
            continue;
        parts << SearchFolding::fold(*name);
        const QString variant = SearchFolding::transliterationVariant(*name);
        if (!variant.isEmpty())
            parts << variant;
    }
    if (!p.clinicNumber.isEmpty())
        parts << SearchFolding::fold(p.clinicNumber);
    if (p.dateOfBirth.isValid()) {
        // The spellings clinicians type: ISO, and day first with dots or slashes.
        parts << p.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd"))
              << p.dateOfBirth.toString(QStringLiteral("dd.MM.yyyy"))
              << p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
    }
    return parts.join(u' ');
}

QString PatientSearchIndex::sortKey(const Patient& p)
{
    // \x01 sorts before every letter, so "Lee" comes before "Leeds".
    return SearchFolding::fold(p.familyName) + QChar(1) + SearchFolding::fold(p.givenName)
        + QChar(1) + p.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd"));
}

PatientSearchIndex::Entry PatientSearchIndex::makeEntry(const Patient& p)
{
    Entry e;
    e.id = p.id;
    e.archived = p.archived;
    e.sortKey = sortKey(p).toStdString();
    e.key = searchKey(p).toStdString();
    return e;
}

bool PatientSearchIndex::before(const Entry& a, const Entry& b)
{
    const int c = a.sortKey.compare(b.sortKey);
    return c != 0 ? c < 0 : a.id < b.id;
}

void PatientSearchIndex::assign(const QList<Patient>& patients)
{
    m_entries.clear();
    m_entries.reserve(patients.size());
    for (const Patient& p : patients)
        m_entries.push_back(makeEntry(p));
    std::sort(m_entries.begin(), m_entries.end(), before);
    m_textDirty = true;
}

void PatientSearchIndex::clear()
{
    m_entries.clear();
    m_textDirty = true;
}

int PatientSearchIndex::indexOf(qint64 id) const
{
    // A linear scan: 100,000 ids take well under a millisecond, and it happens once per
    // edit, not per keystroke.
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int PatientSearchIndex::positionFor(const Patient& patient) const
{
    const Entry e = makeEntry(patient);
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), e, before);
    int position = static_cast<int>(it - m_entries.begin());
    const int old = indexOf(patient.id);
    if (old >= 0 && position > old)
        --position;
    return position;
}

int PatientSearchIndex::upsert(const Patient& patient)
{
    const int old = indexOf(patient.id);
    if (old >= 0)
        m_entries.erase(m_entries.begin() + old);
    Entry e = makeEntry(patient);
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), e, before);
    const int position = static_cast<int>(it - m_entries.begin());
    m_entries.insert(it, std::move(e));
    m_textDirty = true;
    return position;
}

int PatientSearchIndex::remove(qint64 id)
{
    const int old = indexOf(id);
    if (old >= 0)
        m_entries.erase(m_entries.begin() + old);
    m_textDirty = true;
    return old;
}

std::vector<std::string> PatientSearchIndex::queryTokens(const QString& query)
{
    std::vector<std::string> tokens;
    for (const QString& token : SearchFolding::tokens(SearchFolding::fold(query)))
        tokens.push_back(token.toStdString());
    // Longest first: a longer word rules out more patients, so the other words are
    // compared less often.
    std::sort(tokens.begin(), tokens.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return tokens;
}

bool PatientSearchIndex::matches(const Entry& entry, const std::vector<std::string>& tokens,
                                 size_t from)
{
    const std::string_view key(entry.key);
    for (size_t i = from; i < tokens.size(); ++i)
        if (key.find(tokens[i]) == std::string_view::npos)
            return false;
    return true;
}

void PatientSearchIndex::rebuildText() const
{
    size_t total = 0;
    for (const Entry& e : m_entries)
        total += e.key.size() + 1;
    m_text.clear();
    m_text.reserve(total);
    m_starts.resize(m_entries.size() + 1);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        m_starts[i] = m_text.size();
        m_text += m_entries[i].key;
        m_text += '\n'; // folded keys never hold a line break, so no word spans two keys
    }
    m_starts[m_entries.size()] = m_text.size();
    m_textDirty = false;
}

template <typename Hit>
void PatientSearchIndex::forEachMatch(const QString& query, bool includeArchived, Hit hit) const
{
    const auto tokens = queryTokens(query);
    if (tokens.empty()) {
        for (size_t i = 0; i < m_entries.size(); ++i)
            if (includeArchived || !m_entries[i].archived)
                hit(i);
        return;
    }
    if (m_textDirty)
        rebuildText();
    // Find the longest word in the whole buffer, and check the other words only in the
    // keys where it occurs; after a hit, go on from the next key.
    const std::string& first = tokens.front();
    const char* const base = m_text.data();
    const size_t size = m_text.size();
    size_t pos = 0;
    size_t entry = 0;
    while (pos < size) {
        const void* found = memmem(base + pos, size - pos, first.data(), first.size());
        if (!found)
            break;
        const size_t at = static_cast<const char*>(found) - base;
        entry = static_cast<size_t>(
            std::upper_bound(m_starts.begin() + entry + 1, m_starts.end(), at)
            - m_starts.begin() - 1);
        const Entry& e = m_entries[entry];
        if ((includeArchived || !e.archived) && matches(e, tokens, 1))
            hit(entry);
        pos = m_starts[entry + 1];
    }
}

QList<qint64> PatientSearchIndex::search(const QString& query, bool includeArchived) const
{
    QList<qint64> ids;
    forEachMatch(query, includeArchived, [&](size_t i) { ids.append(m_entries[i].id); });
    return ids;
}

void PatientSearchIndex::match(const QString& query, bool includeArchived,
                               std::vector<char>& out) const
{
    out.assign(m_entries.size(), 0);
    forEachMatch(query, includeArchived, [&](size_t i) { out[i] = 1; });
}

} // namespace gradus
