// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveoffice.h"

#include "auth/credentials.h"
#include "config/configloader.h"
#include "server/officeserver.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

namespace {
const QByteArray kPassword = "correct horse battery";
}

LiveOffice::LiveOffice(const ServerLimits &limits, const std::function<void(OfficeConfig &)> &adjust)
    : clock(QDateTime(QDate(2026, 11, 24), QTime(0, 30), Qt::UTC)) // 09:30 in Tokyo
{
    REQUIRE(dir.isValid());
    const ConfigLoadResult loaded = ConfigLoader::loadFile(QStringLiteral(MADOGUCHI_TEST_DATA) + u"/server/server-office.toml"_s);
    REQUIRE(loaded.config);
    office = *loaded.config;
    office.server.limits = limits;
    if (adjust)
        adjust(office);
    {
        auto credentials = Credentials::open(OfficeServer::databasePath(dir.path()));
        REQUIRE(credentials);
        kiosk = (*credentials)->addDevice(u"kiosk-1"_s, Role::Kiosk, clock.now())->token;
        board = (*credentials)->addDevice(u"board-1"_s, Role::Board, clock.now())->token;
        for (const auto &[name, role] :
             {std::pair(u"clerk1"_s, Role::Clerk), std::pair(u"clerk2"_s, Role::Clerk), std::pair(u"super"_s, Role::Supervisor)})
            REQUIRE((*credentials)->addStaff(name, role, kPassword, clock.now(), false));
    }
    restart();
    clerk = login(u"clerk1"_s, 1);
    REQUIRE(call("POST", u"/api/v1/counters/1/open"_s, clerk).status == 200);
}

LiveOffice::~LiveOffice() = default;

void LiveOffice::restart()
{
    server.reset();
    auto opened = OfficeServer::open(office, dir.path(), clock);
    REQUIRE(opened);
    server = std::move(opened).value();
    const auto listening = server->start(ListenAddress{u"127.0.0.1"_s, 0});
    REQUIRE(listening);
    port = *listening;
}

QUrl LiveOffice::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
}

Reply LiveOffice::call(const QByteArray &method, const QString &path, const QString &token, const QJsonObject &body)
{
    return jsonCall(url(path), method, token, body);
}

QString LiveOffice::login(const QString &name, int counter)
{
    const Reply reply = call("POST", u"/api/v1/sessions"_s, {},
                             {{u"login"_s, name}, {u"password"_s, QString::fromLatin1(kPassword)}, {u"counter"_s, counter}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 201);
    return reply.json().value(u"token"_s).toString();
}

QJsonObject LiveOffice::issue(const QStringList &needs)
{
    const Reply reply = call("POST", u"/api/v1/visits"_s, kiosk,
                             {{u"services"_s, QJsonArray{u"certificate"_s}}, {u"needs"_s, QJsonArray::fromStringList(needs)}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 201);
    return reply.json();
}

bool LiveOffice::answers()
{
    return call("GET", u"/api/v1/services"_s, kiosk).status == 200;
}

} // namespace Madoguchi::Test
