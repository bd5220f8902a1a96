// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's controller with a scripted client and a recording printer, and the office, services
// and tickets the scripted kiosk tests answer with.
#pragma once

#include "cardsteps.h"
#include "recordingprinter.h"
#include "scriptedofficeclient.h"

#include "common/languagecatalogs.h"
#include "kiosk/kioskcontroller.h"
#include "scan/reservationcode.h"

#include <QSignalSpy>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace Madoguchi::Test {

using namespace Qt::StringLiterals;

inline ServiceStatus service(const QString &code, const QString &ja, const QString &en)
{
    ServiceStatus status;
    status.code = code;
    status.prefix = code.left(1).toUpper();
    status.name = LocalizedText({{u"ja"_s, ja}, {u"en"_s, en}});
    status.documents = {LocalizedText({{u"ja"_s, u"本人確認書類"_s}, {u"en"_s, u"Photo ID"_s}})};
    return status;
}

inline OfficeOverview office()
{
    OfficeOverview overview;
    overview.id = u"test"_s;
    overview.name = LocalizedText({{u"ja"_s, u"テスト区役所"_s}, {u"en"_s, u"Test Ward Office"_s}});
    overview.languages = {u"ja"_s, u"en"_s};
    overview.open = true;
    overview.services = {service(u"certificate"_s, u"証明書"_s, u"Certificates"_s), service(u"tax"_s, u"税"_s, u"Taxes"_s)};
    return overview;
}

inline Ticket ticket(const QString &number, const QString &serviceCode)
{
    Ticket issued;
    issued.number = number;
    issued.token = u"t0k3n"_s;
    issued.statusUrl = QUrl(u"http://office.example/s/t0k3n"_s);
    issued.ahead = 2;
    issued.estimate = {5, 15, true};
    issued.services = {serviceCode};
    issued.language = u"en"_s;
    issued.issuedAt = QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC);
    return issued;
}

/// A valid reservation code (its check character right).
inline QString validCode()
{
    return reservationCodeFromValues({7, 20, 3, 19, 22, 2, 23});
}

struct ScriptedKiosk {
    ScriptedOfficeClient client;
    RecordingPrinter printer;
    LanguageCatalogs catalogs{{u"ja"_s, u"en"_s}};
    KioskController kiosk{client, &printer, catalogs, QTimeZone(QByteArrayLiteral("Asia/Tokyo"))};

    /// The visitor touches the attract screen and the office answers.
    void begin(const OfficeOverview &overview = office())
    {
        kiosk.begin();
        REQUIRE(client.answer(u"overview"_s, overview));
    }
    QString issueKey(const QString &serviceCode)
    {
        kiosk.issue(serviceCode);
        REQUIRE(client.pending(u"issue"_s) == 1);
        return client.lastArguments(u"issue"_s).value(u"idempotencyKey"_s).toString();
    }
    void waitForPrint()
    {
        QSignalSpy printed(&kiosk, &KioskController::printStateChanged);
        REQUIRE((kiosk.printState() != KioskController::PrintState::Printing || printed.wait(10000)));
    }
};

} // namespace Madoguchi::Test
