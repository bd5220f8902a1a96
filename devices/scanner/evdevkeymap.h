// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace Madoguchi {

/// The keyboard layout a wedge scanner is set to type with. The scanner sends key positions, so
/// the same code reads differently: ':' is Shift+; on US and its own key on JIS (jp106).
enum class KeyLayout { Us, Jp };

/// The ASCII character a key (a Linux KEY_* code) types in the layout, or 0 for keys that type
/// nothing (modifiers, function keys).
[[nodiscard]] char keyCharacter(KeyLayout layout, int keyCode, bool shift);

/// Turns the key events of an evdev keyboard-wedge scanner into scans: characters accumulate
/// until Enter (main or keypad); Shift is tracked from its own press and release events.
class EvdevLineDecoder
{
public:
    explicit EvdevLineDecoder(KeyLayout layout)
        : m_layout(layout)
    {
    }

    /// Feeds one input_event (type, code, value); a finished scan when it was Enter.
    [[nodiscard]] std::optional<QByteArray> feed(int type, int code, int value);

    /// Forgets a partial scan and the Shift state (after the device went away).
    void reset();

private:
    KeyLayout m_layout;
    bool m_leftShift = false;
    bool m_rightShift = false;
    QByteArray m_line;
};

} // namespace Madoguchi
