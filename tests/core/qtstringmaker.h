#pragma once

#include <QString>

#include <catch2/catch.hpp>

// Catch2 prints QStrings (and lists of them) as text in failure messages.
namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch
