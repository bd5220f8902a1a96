// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerlink.h"

namespace Madoguchi {

/// A printer device file (file:///dev/usb/lp0, the kernel's usblp driver) or a plain file that
/// collects jobs. A character device is asked for its status; a plain file cannot answer.
class FileLink final : public PrinterLink
{
public:
    FileLink(QString path, bool askStatus);
    ~FileLink() override;

    [[nodiscard]] PrinterResult<Done> open() override;
    [[nodiscard]] PrinterResult<Done> write(const QByteArray &bytes) override;
    [[nodiscard]] PrinterResult<QByteArray> read(int count, int timeoutMs) override;
    void discardInput() override;
    [[nodiscard]] bool answers() const override;
    void close() override;

private:
    QString m_path;
    bool m_askStatus;
    bool m_device = false;
    int m_fd = -1;
};

} // namespace Madoguchi
