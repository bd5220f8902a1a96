// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evdevkeymap.h"

#include "scan/scanerror.h"

#include <linux/input-event-codes.h>

#include <array>
#include <utility>

namespace Madoguchi {

namespace {

struct KeyChars {
    int code;
    char plain;
    char shifted;
};

// Keys that type the same on both layouts.
constexpr std::array kCommonKeys{
    KeyChars{KEY_1, '1', '!'},      KeyChars{KEY_3, '3', '#'},     KeyChars{KEY_4, '4', '$'},       KeyChars{KEY_5, '5', '%'},
    KeyChars{KEY_COMMA, ',', '<'},  KeyChars{KEY_DOT, '.', '>'},   KeyChars{KEY_SLASH, '/', '?'},   KeyChars{KEY_SPACE, ' ', ' '},
    KeyChars{KEY_TAB, '\t', '\t'},  KeyChars{KEY_KP0, '0', '0'},   KeyChars{KEY_KP1, '1', '1'},     KeyChars{KEY_KP2, '2', '2'},
    KeyChars{KEY_KP3, '3', '3'},    KeyChars{KEY_KP4, '4', '4'},   KeyChars{KEY_KP5, '5', '5'},     KeyChars{KEY_KP6, '6', '6'},
    KeyChars{KEY_KP7, '7', '7'},    KeyChars{KEY_KP8, '8', '8'},   KeyChars{KEY_KP9, '9', '9'},     KeyChars{KEY_KPMINUS, '-', '-'},
    KeyChars{KEY_KPPLUS, '+', '+'}, KeyChars{KEY_KPDOT, '.', '.'}, KeyChars{KEY_KPSLASH, '/', '/'}, KeyChars{KEY_KPASTERISK, '*', '*'},
};

// US (ANSI) layout.
constexpr std::array kUsKeys{
    KeyChars{KEY_2, '2', '@'},          KeyChars{KEY_6, '6', '^'},          KeyChars{KEY_7, '7', '&'},
    KeyChars{KEY_8, '8', '*'},          KeyChars{KEY_9, '9', '('},          KeyChars{KEY_0, '0', ')'},
    KeyChars{KEY_MINUS, '-', '_'},      KeyChars{KEY_EQUAL, '=', '+'},      KeyChars{KEY_LEFTBRACE, '[', '{'},
    KeyChars{KEY_RIGHTBRACE, ']', '}'}, KeyChars{KEY_SEMICOLON, ';', ':'},  KeyChars{KEY_APOSTROPHE, '\'', '"'},
    KeyChars{KEY_GRAVE, '`', '~'},      KeyChars{KEY_BACKSLASH, '\\', '|'},
};

// JIS (jp106) layout: the same key positions, other characters, plus the ¥ and ろ keys.
constexpr std::array kJpKeys{
    KeyChars{KEY_2, '2', '"'},          KeyChars{KEY_6, '6', '&'},         KeyChars{KEY_7, '7', '\''},
    KeyChars{KEY_8, '8', '('},          KeyChars{KEY_9, '9', ')'},         KeyChars{KEY_0, '0', '\0'},
    KeyChars{KEY_MINUS, '-', '='},      KeyChars{KEY_EQUAL, '^', '~'},     KeyChars{KEY_LEFTBRACE, '@', '`'},
    KeyChars{KEY_RIGHTBRACE, '[', '{'}, KeyChars{KEY_SEMICOLON, ';', '+'}, KeyChars{KEY_APOSTROPHE, ':', '*'},
    KeyChars{KEY_BACKSLASH, ']', '}'},  KeyChars{KEY_YEN, '\\', '|'},      KeyChars{KEY_RO, '\\', '_'},
};

// Letter keys in QWERTY order of their codes.
constexpr std::array kLetterKeys{
    std::pair{KEY_Q, 'q'}, std::pair{KEY_W, 'w'}, std::pair{KEY_E, 'e'}, std::pair{KEY_R, 'r'}, std::pair{KEY_T, 't'},
    std::pair{KEY_Y, 'y'}, std::pair{KEY_U, 'u'}, std::pair{KEY_I, 'i'}, std::pair{KEY_O, 'o'}, std::pair{KEY_P, 'p'},
    std::pair{KEY_A, 'a'}, std::pair{KEY_S, 's'}, std::pair{KEY_D, 'd'}, std::pair{KEY_F, 'f'}, std::pair{KEY_G, 'g'},
    std::pair{KEY_H, 'h'}, std::pair{KEY_J, 'j'}, std::pair{KEY_K, 'k'}, std::pair{KEY_L, 'l'}, std::pair{KEY_Z, 'z'},
    std::pair{KEY_X, 'x'}, std::pair{KEY_C, 'c'}, std::pair{KEY_V, 'v'}, std::pair{KEY_B, 'b'}, std::pair{KEY_N, 'n'},
    std::pair{KEY_M, 'm'},
};

template<std::size_t N>
std::optional<char> lookUp(const std::array<KeyChars, N> &table, int keyCode, bool shift)
{
    for (const KeyChars &key : table) {
        if (key.code == keyCode)
            return shift ? key.shifted : key.plain;
    }
    return std::nullopt;
}

} // namespace

char keyCharacter(KeyLayout layout, int keyCode, bool shift)
{
    for (const auto &[code, letter] : kLetterKeys) {
        if (code == keyCode)
            return shift ? char(letter - 'a' + 'A') : letter;
    }
    if (const auto c = lookUp(kCommonKeys, keyCode, shift))
        return *c;
    if (const auto c = layout == KeyLayout::Us ? lookUp(kUsKeys, keyCode, shift) : lookUp(kJpKeys, keyCode, shift))
        return *c;
    return '\0';
}

std::optional<QByteArray> EvdevLineDecoder::feed(int type, int code, int value)
{
    if (type != EV_KEY)
        return std::nullopt;
    const bool pressed = value != 0; // 1 press, 2 auto-repeat
    if (code == KEY_LEFTSHIFT) {
        m_leftShift = pressed;
        return std::nullopt;
    }
    if (code == KEY_RIGHTSHIFT) {
        m_rightShift = pressed;
        return std::nullopt;
    }
    if (value != 1)
        return std::nullopt;
    if (code == KEY_ENTER || code == KEY_KPENTER) {
        QByteArray line = std::exchange(m_line, {});
        if (line.isEmpty())
            return std::nullopt;
        return line;
    }
    const char c = keyCharacter(m_layout, code, m_leftShift || m_rightShift);
    if (c != '\0' && m_line.size() <= kMaxScanBytes) // longer: refused downstream as too long
        m_line.append(c);
    return std::nullopt;
}

void EvdevLineDecoder::reset()
{
    m_leftShift = m_rightShift = false;
    m_line.clear();
}

} // namespace Madoguchi
