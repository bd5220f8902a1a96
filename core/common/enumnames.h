// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace Madoguchi {

/// One row of a table that gives an enum value its stable name in files, events and the API.
template<typename E>
struct EnumName {
    E value;
    QStringView name;
};

/// The name of a value in a table; empty when the table lacks it.
template<typename E, std::size_t N>
[[nodiscard]] QString nameOf(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E> &row : table) {
        if (row.value == value)
            return row.name.toString();
    }
    return {};
}

/// The value a name stands for in a table.
template<typename E, std::size_t N>
[[nodiscard]] std::optional<E> valueOf(const EnumName<E> (&table)[N], QStringView name)
{
    for (const EnumName<E> &row : table) {
        if (row.name == name)
            return row.value;
    }
    return std::nullopt;
}

/// Every name of a table, in its order.
template<typename E, std::size_t N>
[[nodiscard]] QStringList namesOf(const EnumName<E> (&table)[N])
{
    QStringList names;
    for (const EnumName<E> &row : table)
        names.append(row.name.toString());
    return names;
}

} // namespace Madoguchi
