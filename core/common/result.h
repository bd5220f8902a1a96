// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sentence.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Madoguchi {

/// An error that crosses a boundary as a value: a machine-readable code and a message for a person
/// (in the process's language); with its sentence, it can be told in another language too.
template<typename Code>
struct Error {
    Code code;
    QString message;
    Sentence sentence = {};
};

/// The outcome of an operation that either yields a T or explains to a person why it failed (an
/// Error<Code>, or a richer error type E with at least its code and message).
template<typename T, typename Code, typename E = Error<Code>>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(E error)
        : m_data(std::move(error))
    {
    }

    /// True when the operation succeeded.
    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }
    /// The value, or fallback when the operation failed.
    [[nodiscard]] T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

    /// The error; only valid when !ok().
    [[nodiscard]] const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

/// The value of a Result that carries no value.
struct Done {
};

} // namespace Madoguchi
