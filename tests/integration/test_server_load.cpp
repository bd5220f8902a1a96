// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The server under concurrent load: counters calling at the same moment, and a SIGKILL in the
// middle of issuing after which every acknowledged ticket must still exist.
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <set>

using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

/// Sends a JSON POST without waiting for it.
QNetworkReply *post(QNetworkAccessManager &manager, const ServerProcess &server, const QString &path, const QString &token,
                    const QByteArray &body, const QByteArray &key = {})
{
    QNetworkRequest request(server.url(path));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Content-Type", "application/json");
    if (!key.isEmpty())
        request.setRawHeader("Idempotency-Key", key);
    return manager.post(request, body);
}

} // namespace

TEST_CASE("ten counters calling next at the same moment never call a visitor twice", "[server][load]")
{
    ServerProcess server;
    const QString kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
    for (int counter = 1; counter <= 10; ++counter)
        server.addStaff(u"clerk%1"_s.arg(counter), u"clerk"_s, kPassword);
    server.start();
    std::vector<QString> sessions;
    for (int counter = 1; counter <= 10; ++counter) {
        sessions.push_back(server.login(u"clerk%1"_s.arg(counter), kPassword, counter));
        REQUIRE(server.request("POST", u"/api/v1/counters/%1/open"_s.arg(counter), sessions.back()).status == 200);
    }
    // Fewer visitors than counters, so that some calls must find nobody.
    for (int i = 0; i < 7; ++i)
        REQUIRE(server.request("POST", u"/api/v1/visits"_s, kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}}).status == 201);

    // Each counter on its own connection, all sent before any answer is read.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::vector<QNetworkReply *> replies;
    for (int counter = 1; counter <= 10; ++counter) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        replies.push_back(
            post(*managers.back(), server, u"/api/v1/counters/%1/call-next"_s.arg(counter), sessions.at(size_t(counter - 1)), {}));
    }
    REQUIRE(waitFor([&] { return std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }); }));
    std::multiset<QString> called;
    int none = 0;
    for (QNetworkReply *reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200)
            called.insert(json.value(u"visit"_s).toObject().value(u"number"_s).toString());
        else if (json.value(u"error"_s).toObject().value(u"code"_s).toString() == u"none-waiting"_s)
            ++none;
    }
    CHECK(called.size() == 7);
    CHECK(std::set<QString>(called.begin(), called.end()).size() == 7);
    CHECK(none == 3);
}

TEST_CASE("after a SIGKILL under load every visit that got a 2xx exists", "[server][load][crash]")
{
    ServerProcess server;
    const QString kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
    server.start();

    QNetworkAccessManager manager;
    std::map<QNetworkReply *, QByteArray> pending; // reply → idempotency key
    std::map<QByteArray, QString> acknowledged;    // key → number
    const QByteArray body = R"({"services": ["certificate"]})";
    int sent = 0;
    const auto refill = [&] {
        while (pending.size() < 20) {
            const QByteArray key = "load-" + QByteArray::number(sent++);
            pending.emplace(post(manager, server, u"/api/v1/visits"_s, kiosk, body, key), key);
        }
    };
    refill();
    // Keep 20 requests in flight; kill the server once 150 tickets are acknowledged.
    REQUIRE(waitFor(
        [&] {
            for (auto it = pending.begin(); it != pending.end();) {
                if (!it->first->isFinished()) {
                    ++it;
                    continue;
                }
                if (it->first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                    acknowledged[it->second] = QJsonDocument::fromJson(it->first->readAll()).object().value(u"number"_s).toString();
                it->first->deleteLater();
                it = pending.erase(it);
            }
            if (acknowledged.size() >= 150)
                return true;
            refill();
            return false;
        },
        60000));
    server.kill();
    REQUIRE(waitFor([&] { return std::all_of(pending.cbegin(), pending.cend(), [](const auto &p) { return p.first->isFinished(); }); }));
    for (const auto &[reply, key] : pending) {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
            acknowledged[key] = QJsonDocument::fromJson(reply->readAll()).object().value(u"number"_s).toString();
    }

    server.start();
    // A retry of each acknowledged request must find its ticket, not make a new one.
    std::set<QString> numbers;
    for (const auto &[key, number] : acknowledged) {
        QList<std::pair<QByteArray, QByteArray>> headers{{"Idempotency-Key", key}};
        const Reply retry = server.request("POST", u"/api/v1/visits"_s, kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}}, headers);
        INFO(key.toStdString());
        REQUIRE(retry.status == 201);
        CHECK(retry.json().value(u"number"_s).toString() == number);
        numbers.insert(number);
    }
    CHECK(numbers.size() == acknowledged.size());
    const Reply services = server.request("GET", u"/api/v1/services"_s, kiosk);
    const int waiting = services.json().value(u"services"_s).toArray().at(0).toObject().value(u"waiting"_s).toInt();
    CHECK(waiting >= int(acknowledged.size()));
    CHECK(waiting <= sent);
}
