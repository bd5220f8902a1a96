// The kiosk's flow against the real server process on loopback: services in the visitor's language,
// a ticket issued and printed, a printer that cannot print, a server that cannot be reached, and the
// walk-away timeout. The printer here is a test double of the ReceiptPrinter interface (the real
// adapters are tested in tests/devices).
#include "serverprocess.h"

#include "client/officeclient.h"
#include "common/languagecatalogs.h"
#include "devices/receiptprinter.h"
#include "kiosk/kioskcontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <mutex>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

/// Records the tickets it is given and reports the status it is told to.
class RecordingPrinter final : public ReceiptPrinter
{
public:
    PrinterResult<PrinterStatus> status() override { return currentStatus(); }
    PrinterResult<PrinterStatus> print(const TicketDocument &ticket) override
    {
        const PrinterStatus now = currentStatus();
        if (!now.canPrint())
            return PrinterError{PrinterErrorCode::NotReady, printerStatusProblem(now)};
        const std::lock_guard lock(m_mutex);
        m_printed.append(ticket);
        return now;
    }
    PaperWidth paperWidth() const override { return PaperWidth::Mm80; }

    void setStatus(const PrinterStatus &status)
    {
        const std::lock_guard lock(m_mutex);
        m_status = status;
    }
    QList<TicketDocument> printed()
    {
        const std::lock_guard lock(m_mutex);
        return m_printed;
    }

private:
    PrinterStatus currentStatus()
    {
        const std::lock_guard lock(m_mutex);
        return m_status;
    }

    std::mutex m_mutex;
    PrinterStatus m_status{.known = true};
    QList<TicketDocument> m_printed;
};

bool documentMentions(const TicketDocument &document, const QString &text)
{
    return std::any_of(document.blocks.cbegin(), document.blocks.cend(), [&](const TicketBlock &block) { return block.text.contains(text); });
}

struct KioskRig {
    ServerProcess server;
    std::unique_ptr<OfficeClient> client;
    RecordingPrinter printer;
    LanguageCatalogs catalogs{{u"ja"_s, u"en"_s}};
    std::unique_ptr<KioskController> kiosk;

    KioskRig()
    {
        const QString token = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        server.start();
        client = std::make_unique<OfficeClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        client->setToken(token);
        client->setTimeout(3000);
        kiosk = std::make_unique<KioskController>(*client, &printer, catalogs, QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    }

    void begin()
    {
        QSignalSpy refreshed(kiosk.get(), &KioskController::refreshed);
        kiosk->begin();
        REQUIRE(waitFor([&] { return !refreshed.isEmpty(); }));
        REQUIRE(refreshed.at(0).at(0).toBool());
    }

    void issueAndWait(const QString &service)
    {
        kiosk->issue(service);
        REQUIRE(kiosk->busy());
        REQUIRE(waitFor([&] { return !kiosk->busy(); }, 20000));
    }
};

} // namespace

TEST_CASE("The kiosk lists the services in the visitor language and issues and prints a ticket", "[kiosk]")
{
    KioskRig rig;
    QAbstractItemModelTester tester(rig.kiosk->services(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(rig.kiosk->screen() == KioskController::Screen::Attract);
    rig.begin();
    CHECK(rig.kiosk->screen() == KioskController::Screen::Services);
    CHECK(rig.kiosk->languages() == QStringList{u"ja"_s, u"en"_s});
    ServiceListModel *services = rig.kiosk->services();
    REQUIRE(services->rowCount() == 2);
    CHECK(services->index(0).data(ServiceListModel::NameRole).toString() == u"証明書"_s);
    CHECK(services->index(0).data(ServiceListModel::WaitingRole).toInt() == 0);

    rig.kiosk->chooseLanguage(u"en"_s);
    CHECK(rig.kiosk->language() == u"en"_s);
    CHECK(services->index(0).data(ServiceListModel::NameRole).toString() == u"Certificates"_s);
    const QString code = services->index(0).data(ServiceListModel::CodeRole).toString();

    rig.issueAndWait(code);
    CHECK(rig.kiosk->screen() == KioskController::Screen::Ticket);
    CHECK_FALSE(rig.kiosk->ticketNumber().isEmpty());
    CHECK(rig.kiosk->ticketStatusUrl().contains(u"/s/"_s));
    CHECK(rig.kiosk->printState() == KioskController::PrintState::Printed);
    const QList<TicketDocument> printed = rig.printer.printed();
    REQUIRE(printed.size() == 1);
    CHECK(documentMentions(printed.at(0), rig.kiosk->ticketNumber()));
    CHECK(documentMentions(printed.at(0), u"Certificates"_s));

    SECTION("the next visitor sees one more person waiting, in the office language again")
    {
        rig.kiosk->finish();
        CHECK(rig.kiosk->screen() == KioskController::Screen::Attract);
        CHECK(rig.kiosk->language() == u"ja"_s);
        CHECK(rig.kiosk->ticketNumber().isEmpty());
        rig.begin();
        CHECK(services->index(0).data(ServiceListModel::WaitingRole).toInt() == 1);
    }
}

TEST_CASE("A ticket the printer cannot print stays on the screen with the reason", "[kiosk]")
{
    KioskRig rig;
    rig.printer.setStatus({.known = true, .paperOut = true});
    rig.begin();
    rig.issueAndWait(rig.kiosk->services()->index(1).data(ServiceListModel::CodeRole).toString());
    CHECK(rig.kiosk->screen() == KioskController::Screen::Ticket);
    CHECK_FALSE(rig.kiosk->ticketNumber().isEmpty());
    CHECK(rig.kiosk->printState() == KioskController::PrintState::Failed);
    CHECK(rig.kiosk->message().contains(printerStatusProblem({.known = true, .paperOut = true})));
    CHECK(rig.printer.printed().isEmpty());
}

TEST_CASE("With the server unreachable the kiosk says so and issues nothing", "[kiosk]")
{
    KioskRig rig;
    rig.begin();
    const QString code = rig.kiosk->services()->index(0).data(ServiceListModel::CodeRole).toString();
    const quint16 port = rig.server.port();
    rig.server.terminate();

    rig.issueAndWait(code);
    CHECK(rig.kiosk->screen() == KioskController::Screen::Unavailable);
    CHECK(rig.kiosk->message().contains(u"cannot be reached"_s));
    CHECK(rig.kiosk->ticketNumber().isEmpty());
    CHECK(rig.printer.printed().isEmpty());

    rig.server.start(port);
    QSignalSpy refreshed(rig.kiosk.get(), &KioskController::refreshed);
    rig.kiosk->refresh();
    REQUIRE(waitFor([&] { return !refreshed.isEmpty(); }));
    CHECK(rig.kiosk->screen() == KioskController::Screen::Services);
    CHECK(rig.kiosk->message().isEmpty());
    CHECK(rig.kiosk->services()->index(0).data(ServiceListModel::WaitingRole).toInt() == 0); // nothing was issued
}

TEST_CASE("A visitor who walks away leaves the kiosk on its attract screen", "[kiosk]")
{
    KioskRig rig;
    rig.kiosk->setInactivityTimeout(std::chrono::milliseconds(30));
    rig.begin();
    rig.kiosk->chooseLanguage(u"en"_s);
    REQUIRE(waitFor([&] { return rig.kiosk->screen() == KioskController::Screen::Attract; }));
    CHECK(rig.kiosk->language() == u"ja"_s);
}
