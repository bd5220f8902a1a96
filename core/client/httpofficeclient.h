// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "officeclient.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Madoguchi {

/// OfficeClient over HTTP(S) to a real office server, through the network access manager it is
/// given (one per process is enough; it must outlive the client).
class HttpOfficeClient : public QObject, public OfficeClient
{
    Q_OBJECT
public:
    /// server: the base URL, e.g. http://10.0.0.5:8080
    HttpOfficeClient(const QUrl &server, QNetworkAccessManager &network, QObject *parent = nullptr);

    [[nodiscard]] QUrl server() const { return m_server; }
    /// How long a call may take before it counts as Unreachable (default 10 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void setToken(const QString &token) override { m_token = token; }
    [[nodiscard]] QString token() const override { return m_token; }
    void setLanguage(const QString &language) override { m_language = language; }

    void overview(Callback<OfficeOverview> done) override;
    void issue(const TicketRequest &request, Callback<Ticket> done) override;
    void checkIn(const CheckInRequest &request, Callback<Ticket> done) override;
    void callClerk(const QString &language, Callback<AssistanceCall> done) override;
    void assistance(Callback<QList<AssistanceCall>> done) override;
    void answerCall(qint64 id, Callback<QList<AssistanceCall>> done) override;
    void login(const QString &login, const QByteArray &password, int counter, Callback<StaffLogin> done) override;
    void logout(Callback<Done> done) override;
    void board(Callback<BoardView> done) override;
    void counterAction(int counter, CounterAction action, const QJsonObject &arguments, Callback<CounterActionResult> done) override;
    void counter(int counter, Callback<CounterActionResult> done) override;
    void status(const QString &publicToken, Callback<PublicStatus> done) override;
    void profile(qint64 visit, Callback<VisitProfile> done) override;
    void changeProfile(qint64 visit, const QJsonObject &change, Callback<VisitProfile> done) override;
    void chooseProfileValue(qint64 visit, const FieldKey &key, ValueSource source, Callback<VisitProfile> done) override;

private:
    /// Receives the JSON answer (or the error) and the path it came from.
    using Handler = std::function<void(const ClientResult<QJsonObject> &, const QString &path)>;
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              const QList<std::pair<QByteArray, QByteArray>> &headers, Handler handler);
    template<typename T>
    Handler parsed(std::optional<T> (*parse)(const QJsonObject &), Callback<T> done);

    QUrl m_server;
    QNetworkAccessManager &m_network;
    QString m_token;
    QString m_language;
    int m_timeoutMs = 10000;
};

} // namespace Madoguchi
