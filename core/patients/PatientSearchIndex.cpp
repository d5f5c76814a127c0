#include "patients/PatientSearchIndex.h"

#include "patients/SearchFolding.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace gradus {

QString PatientSearchIndex::searchKey(const Patient& p)
{
    const auto [text, digits] = keyParts(p);
    return text + u' ' + digits;
}

std::pair<QString, QString> PatientSearchIndex::keyParts(const Patient& p)
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
    QStringList digits;
    if (!p.clinicNumber.isEmpty()) {
        parts << SearchFolding::fold(p.clinicNumber);
        digits << parts.last();
    }
    if (p.dateOfBirth.isValid()) {
        // The spellings clinicians type: ISO, and day first with dots or slashes.
        digits << p.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd"))
               << p.dateOfBirth.toString(QStringLiteral("dd.MM.yyyy"))
               << p.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
    }
    return {parts.join(u' '), digits.join(u' ')};
}

QString PatientSearchIndex::sortKey(const Patient& p)
{
    // \x01 sorts before every letter, so "Lee" comes before "Leeds".
    return SearchFolding::fold(p.familyName) + QChar(1) + SearchFolding::fold(p.givenName) +
           QChar(1) + p.dateOfBirth.toString(QStringLiteral("yyyy-MM-dd"));
}

PatientSearchIndex::Entry PatientSearchIndex::makeEntry(const Patient& p)
{
    Entry e;
    e.id = p.id;
    e.archived = p.archived;
    e.sortKey = sortKey(p).toStdString();
    const auto [text, digits] = keyParts(p);
    e.textPart = text.toStdString();
    e.digitPart = digits.toStdString();
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

std::vector<PatientSearchIndex::Token> PatientSearchIndex::queryTokens(const QString& query)
{
    std::vector<Token> tokens;
    for (const QString& word : SearchFolding::tokens(SearchFolding::fold(query))) {
        Token token{word.toStdString(), false};
        token.digitsOnly = std::all_of(token.text.begin(), token.text.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == '.' || c == '/' || c == '-';
        });
        tokens.push_back(std::move(token));
    }
    // Longest first: a longer word rules out more patients, so the other words are
    // compared less often.
    std::sort(tokens.begin(), tokens.end(),
              [](const Token& a, const Token& b) { return a.text.size() > b.text.size(); });
    return tokens;
}

bool PatientSearchIndex::matches(const Entry& entry, const std::vector<Token>& tokens, size_t from)
{
    for (size_t i = from; i < tokens.size(); ++i) {
        const std::string_view part(tokens[i].digitsOnly ? entry.digitPart : entry.textPart);
        if (part.find(tokens[i].text) == std::string_view::npos)
            return false;
    }
    return true;
}

void PatientSearchIndex::rebuildText() const
{
    const auto build = [this](Buffer& buffer, std::string Entry::*part) {
        size_t total = 0;
        for (const Entry& e : m_entries)
            total += (e.*part).size() + 1;
        buffer.text.clear();
        buffer.text.reserve(total);
        buffer.starts.resize(m_entries.size() + 1);
        for (size_t i = 0; i < m_entries.size(); ++i) {
            buffer.starts[i] = buffer.text.size();
            buffer.text += m_entries[i].*part;
            buffer.text += '\n'; // folded keys hold no line break: no word spans two keys
        }
        buffer.starts[m_entries.size()] = buffer.text.size();
    };
    build(m_textBuffer, &Entry::textPart);
    build(m_digitBuffer, &Entry::digitPart);
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
    // Find the longest word in the buffer it can match, and check the other words only in
    // the keys where it occurs; after a hit, go on from the next key.
    const std::string& first = tokens.front().text;
    const Buffer& buffer = tokens.front().digitsOnly ? m_digitBuffer : m_textBuffer;
    const char* const base = buffer.text.data();
    const size_t size = buffer.text.size();
    const std::vector<size_t>& starts = buffer.starts;
    size_t pos = 0;
    size_t entry = 0;
    while (pos < size) {
        const void* found = memmem(base + pos, size - pos, first.data(), first.size());
        if (!found)
            break;
        const size_t at = static_cast<const char*>(found) - base;
        entry = static_cast<size_t>(std::upper_bound(starts.begin() + entry + 1, starts.end(), at) -
                                    starts.begin() - 1);
        const Entry& e = m_entries[entry];
        if ((includeArchived || !e.archived) && matches(e, tokens, 1))
            hit(entry);
        pos = starts[entry + 1];
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
