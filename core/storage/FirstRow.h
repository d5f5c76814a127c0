#pragma once

#include "util/Result.h"

#include <QList>

namespace gradus {

// The first record a select found, or the error `notFound()` makes when it found none: a
// get() by id reads through the same select as the repository's lists.
template <typename T, typename NotFound>
Result<T> firstRow(Result<QList<T>> rows, NotFound&& notFound)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound();
    return rows->takeFirst();
}

} // namespace gradus
