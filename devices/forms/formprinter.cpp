// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formprinter.h"

#include "common/translation.h"

#include <QDir>
#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::StringLiterals;

namespace Madoguchi {

std::variant<FormRenderNotes, QString> printForms(const FormPrintJob &job, const QList<FormDefinition> &forms, const QList<FormFill> &fills,
                                                  const FormRenderOptions &options)
{
    if (job.printer.startsWith(u"pdf:")) {
        const QDir folder(job.printer.mid(4));
        const QString file = folder.filePath(QString(job.title).replace(u'/', u'-') + u".pdf");
        if (!folder.mkpath(u"."_s))
            return DevicesTr::tr("The folder %1 cannot be made.").arg(folder.path());
        if (auto notes = FormRenderer::writePdf(file, forms, fills, options))
            return *notes;
        return DevicesTr::tr("The file %1 cannot be written.").arg(file);
    }
    const QPrinterInfo info = job.printer.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(job.printer);
    if (info.isNull()) {
        if (job.printer.isEmpty())
            return DevicesTr::tr("There is no printer for forms (lpstat -p lists the printers; none is the default).");
        return DevicesTr::tr("There is no printer '%1' (lpstat -p lists them).").arg(job.printer);
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setCopyCount(job.copies);
    printer.setDocName(job.title);
    const auto notes = FormRenderer::paintPages(printer, forms, fills, options);
    if (!notes || printer.printerState() == QPrinter::Error)
        return DevicesTr::tr("The printer '%1' did not take the job.").arg(info.printerName());
    return *notes;
}

} // namespace Madoguchi
