// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A contactless My Number card for a real pcscd: connects to the vsmartcard vpcd driver's port and
// answers its messages (2-byte length + payload; 1-byte payloads are power off/on, reset, get ATR)
// with the project's fake card. Disconnecting is lifting the card off the reader. --hold-at-verify
// prints "holding at VERIFY" when a PIN arrives and answers it only after a line on standard input.
//   vpcd_card_emulator PORT [--holder N] [--tries N] [--not-my-number] [--extra-bytes N] [--removed-after N]
//                      [--hold-at-verify]
#include "simdevices/fakemynumbercard.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTextStream>

#include <cstdio>

using namespace Madoguchi;

namespace {

bool readExactly(QTcpSocket &socket, QByteArray &into, qsizetype count)
{
    while (socket.bytesAvailable() < count) {
        if (!socket.waitForReadyRead(-1))
            return false;
    }
    into = socket.read(count);
    return true;
}

void send(QTcpSocket &socket, const QByteArray &payload)
{
    socket.write(QByteArray(1, char(payload.size() >> 8)) + char(payload.size() & 0xFF) + payload);
    socket.waitForBytesWritten(-1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: vpcd_card_emulator PORT [--holder N] [--tries N] [--not-my-number] [--extra-bytes N] [--removed-after N] "
                   "[--hold-at-verify]\n",
                   stderr);
        return 2;
    }
    const auto option = [&](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    FakeCardProfile profile = sampleCardHolders().value(option("--holder", 1) - 1);
    profile.triesLeft = option("--tries", 3);
    profile.myNumberCard = !args.contains(QStringLiteral("--not-my-number"));
    profile.extraBytes = option("--extra-bytes", 0);
    profile.removedAfter = option("--removed-after", -1);
    FakeMyNumberCard card(profile);
    const bool holdAtVerify = args.contains(QStringLiteral("--hold-at-verify"));

    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(args.at(1).toUInt()));
    if (!socket.waitForConnected(10000)) {
        std::fprintf(stderr, "cannot reach vpcd: %s\n", qPrintable(socket.errorString()));
        return 1;
    }
    std::puts("card on the reader");
    std::fflush(stdout);
    QByteArray header;
    QByteArray payload;
    while (readExactly(socket, header, 2)) {
        const qsizetype length = uchar(header.at(0)) << 8 | uchar(header.at(1));
        if (!readExactly(socket, payload, length))
            break;
        if (payload.size() == 1) {
            switch (payload.at(0)) {
            case 0x01:
            case 0x02: card.reset(); break; // power on, reset
            case 0x04: send(socket, FakeMyNumberCard::answerToReset()); break;
            default: break; // power off
            }
            continue;
        }
        if (holdAtVerify && payload.size() > 5 && payload.at(1) == 0x20) {
            std::puts("holding at VERIFY");
            std::fflush(stdout);
            char line[16];
            if (!std::fgets(line, sizeof line, stdin))
                break;
        }
        const QByteArray response = card.respond(payload);
        if (response.isEmpty())
            break; // lifted off mid-read
        send(socket, response);
    }
    socket.abort();
    std::puts("card off the reader");
    return 0;
}
