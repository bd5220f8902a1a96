// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/formfill.h"
#include "forms/formrenderer.h"

#include <QString>

#include <variant>

namespace Madoguchi {

/// A print job of filled forms for the print system (CUPS).
struct FormPrintJob {
    /// As the print system names it (lpstat -p); empty: its default printer; "pdf:FOLDER": a PDF file
    /// named for the job's title in that folder, instead of paper (the demo's printer).
    QString printer;
    int copies = 1;
    QString title; ///< the job's name in the print queue
};

/// Prints filled forms through Qt print support, one page each at the paper of its form, in full or
/// (options.overlay) only their values for pre-printed paper. The notes of drawing, or why the job
/// could not be given to the printer (no such printer, none at all, the printer refused), translated.
[[nodiscard]] std::variant<FormRenderNotes, QString> printForms(const FormPrintJob &job, const QList<FormDefinition> &forms,
                                                                const QList<FormFill> &fills, const FormRenderOptions &options = {});

} // namespace Madoguchi
