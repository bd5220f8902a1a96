// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Madoguchi.Ui

// A drop-down choice drawn as the console's text fields are (outlined, the surface colour, muted when
// unavailable) rather than the grey of the Basic style; the focus ring of DADS while it has the focus.
ComboBox {
    id: root

    readonly property Item focusRing: ring

    palette.buttonText: Theme.text
    palette.text: Theme.text
    background: FieldBackground {
        available: root.enabled
    }

    FocusRing {
        id: ring
        visible: root.visualFocus
        radius: Theme.radiusSmall
    }
}
