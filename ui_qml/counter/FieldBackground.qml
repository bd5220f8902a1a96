// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Madoguchi.Ui

// The frame of the console's input fields: outlined on the surface colour, muted when unavailable.
Rectangle {
    id: root

    required property bool available

    radius: Theme.radiusSmall
    color: root.available ? Theme.surface : Theme.background
    border.color: root.available ? Theme.outline : Theme.divider
    border.width: Theme.borderWidth
}
