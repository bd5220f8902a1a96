// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioncommands.h"

#include "officefiles.h"
#include "passwordprompt.h"

#include "auth/credentials.h"
#include "auth/secrets.h"
#include "common/clock.h"
#include "server/officeserver.h"

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {

namespace {

/// Parses "<verb> options…" for a provisioning command; opens the office's credential store.
struct Provisioning {
    QCommandLineParser parser;
    OfficeOptions files;
    std::unique_ptr<Credentials> store;

    int open(const QStringList &arguments, const QString &verb, const QString &description)
    {
        files.addTo(parser);
        parser.addPositionalArgument(verb, CliTr::tr("The action: %1.").arg(verb));
        if (const int code = parse(parser, arguments, description); code >= 0)
            return code;
        if (parser.positionalArguments() != QStringList{verb}) {
            err(CliTr::tr("Usage: %1 %2 … (see --help).").arg(arguments.value(0), verb));
            return UsageError;
        }
        OfficeConfig office;
        QString dataDir;
        if (const int code = files.prepare(parser, office, dataDir); code >= 0)
            return code;
        auto opened = Credentials::open(OfficeServer::databasePath(dataDir));
        if (!opened) {
            err(opened.error().message);
            return Failure;
        }
        store = std::move(opened).value();
        return -1;
    }
};

std::optional<Role> roleOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool (*allowed)(Role))
{
    const auto role = roleFromName(parser.value(option));
    if (!role || !allowed(*role))
        return std::nullopt;
    return role;
}

int newToken(const QStringList &arguments)
{
    Provisioning p;
    const QCommandLineOption roleOpt(u"role"_s, CliTr::tr("kiosk, board or counter."), CliTr::tr("role"));
    const QCommandLineOption nameOpt(u"name"_s, CliTr::tr("A name for the device, e.g. entrance-kiosk-1."), CliTr::tr("name"));
    p.parser.addOptions({roleOpt, nameOpt});
    if (const int code = p.open(arguments, u"new"_s,
                                CliTr::tr("Makes a device token and prints it once; only its hash is stored. A device that "
                                          "already has a token gets a new one and the old one stops working."));
        code >= 0)
        return code;
    const auto role = roleOption(p.parser, roleOpt, isDeviceRole);
    if (!role) {
        err(CliTr::tr("--role must be kiosk, board or counter."));
        return UsageError;
    }
    const auto made = p.store->addDevice(p.parser.value(nameOpt), *role, SystemClock().now());
    if (!made) {
        err(made.error().message);
        return made.error().code == AuthErrorCode::Invalid ? UsageError : Failure;
    }
    if (made->replaced)
        err(CliTr::tr("The device '%1' had a token; it no longer works.").arg(p.parser.value(nameOpt)));
    err(CliTr::tr("Token for the %1 '%2' (shown only now; enter it in the device's settings):")
            .arg(roleName(*role), p.parser.value(nameOpt)));
    out(made->token);
    return Success;
}

int revokeToken(const QStringList &arguments)
{
    Provisioning p;
    const QCommandLineOption nameOpt(u"name"_s, CliTr::tr("The device whose token stops working."), CliTr::tr("name"));
    p.parser.addOption(nameOpt);
    if (const int code = p.open(arguments, u"revoke"_s,
                                CliTr::tr("Revokes a device's token: a running server refuses it within a second and "
                                          "closes the device's live connections. 'token new' gives the device a new one."));
        code >= 0)
        return code;
    const auto revoked = p.store->revokeDevice(p.parser.value(nameOpt), SystemClock().now());
    if (!revoked) {
        err(revoked.error().message);
        return revoked.error().code == AuthErrorCode::Unknown ? UsageError : Failure;
    }
    out(CliTr::tr("The token of '%1' no longer works.").arg(p.parser.value(nameOpt)));
    return Success;
}

int addStaff(const QStringList &arguments)
{
    Provisioning p;
    const QCommandLineOption loginOpt(u"login"_s, CliTr::tr("The staff member's login."), CliTr::tr("login"));
    const QCommandLineOption roleOpt(u"role"_s, CliTr::tr("clerk, supervisor or admin."), CliTr::tr("role"));
    const QCommandLineOption replaceOpt(u"replace"_s, CliTr::tr("Change the role and password of an existing login."));
    p.parser.addOptions({loginOpt, roleOpt, replaceOpt});
    if (const int code = p.open(arguments, u"add"_s,
                                CliTr::tr("Adds a staff account. The password is asked twice on a terminal, or read from the "
                                          "first line of standard input; only an Argon2id hash is stored."));
        code >= 0)
        return code;
    const auto role = roleOption(p.parser, roleOpt, isStaffRole);
    if (!role) {
        err(CliTr::tr("--role must be clerk, supervisor or admin."));
        return UsageError;
    }
    auto password = readNewPassword();
    if (!password) {
        err(password.error().message);
        return Failure;
    }
    QByteArray secret = std::move(password).value();
    const auto added = p.store->addStaff(p.parser.value(loginOpt), *role, secret, SystemClock().now(), p.parser.isSet(replaceOpt));
    Secrets::wipe(secret);
    if (!added) {
        err(added.error().message);
        return added.error().code == AuthErrorCode::StorageFailure ? Failure : UsageError;
    }
    out(CliTr::tr("Staff account '%1' (%2) saved.").arg(p.parser.value(loginOpt), roleName(*role)));
    return Success;
}

int disableStaff(const QStringList &arguments)
{
    Provisioning p;
    const QCommandLineOption loginOpt(u"login"_s, CliTr::tr("The staff member's login."), CliTr::tr("login"));
    p.parser.addOption(loginOpt);
    if (const int code = p.open(arguments, u"disable"_s,
                                CliTr::tr("Disables a staff account and ends its sessions: a running server closes its live "
                                          "connections within a second. 'staff add --replace' enables it again."));
        code >= 0)
        return code;
    const auto disabled = p.store->disableStaff(p.parser.value(loginOpt), SystemClock().now());
    if (!disabled) {
        err(disabled.error().message);
        return disabled.error().code == AuthErrorCode::Unknown ? UsageError : Failure;
    }
    out(CliTr::tr("Staff account '%1' disabled; its sessions have ended.").arg(p.parser.value(loginOpt)));
    return Success;
}

int listAudit(const QStringList &arguments)
{
    Provisioning p;
    const QCommandLineOption daysOpt(u"days"_s, CliTr::tr("How many days back (default 7)."), CliTr::tr("n"), u"7"_s);
    p.parser.addOption(daysOpt);
    if (const int code = p.open(arguments, u"list"_s,
                                CliTr::tr("Prints the audit log of credentials: logins, failed and throttled logins, logouts, "
                                          "tokens made and revoked, accounts added and disabled, with the address and time "
                                          "(UTC) of each."));
        code >= 0)
        return code;
    bool ok = false;
    const int days = p.parser.value(daysOpt).toInt(&ok);
    if (!ok || days < 1 || days > 3660) {
        err(CliTr::tr("--days must be a number of days from 1 to 3660."));
        return UsageError;
    }
    const auto entries = p.store->audit(SystemClock().now().addDays(-days), 100000);
    if (!entries) {
        err(entries.error().message);
        return Failure;
    }
    for (const AuditEntry &entry : *entries)
        out(u"%1\t%2\t%3\t%4"_s.arg(entry.at.toString(Qt::ISODate), entry.event, entry.name, entry.address));
    return Success;
}

/// Runs the function of the first verb among the arguments, or says which verbs there are.
int dispatch(const QStringList &arguments, const QList<std::pair<QString, int (*)(const QStringList &)>> &verbs)
{
    QStringList names;
    for (const auto &[name, run] : verbs)
        names.append(name);
    for (const QString &argument : arguments.mid(1)) {
        for (const auto &[name, run] : verbs) {
            if (argument == name)
                return run(arguments);
        }
    }
    const QString usage = CliTr::tr("Usage: %1 %2 … (each has --help).").arg(arguments.value(0), names.join(u'|'));
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        out(usage);
        return Success;
    }
    err(usage);
    return UsageError;
}

} // namespace

Command tokenCommand()
{
    return {u"token"_s,
            CliTr::tr("Make or revoke a device token for a kiosk, board or counter terminal ('token new', "
                      "'token revoke')."),
            [](const QStringList &arguments) {
                return dispatch(arguments, {{u"new"_s, newToken}, {u"revoke"_s, revokeToken}});
            }};
}

Command staffCommand()
{
    return {u"staff"_s, CliTr::tr("Add or disable a staff account ('staff add', 'staff disable')."), [](const QStringList &arguments) {
                return dispatch(arguments, {{u"add"_s, addStaff}, {u"disable"_s, disableStaff}});
            }};
}

Command auditCommand()
{
    return {u"audit"_s, CliTr::tr("Print the audit log of logins and credentials ('audit list')."), [](const QStringList &arguments) {
                return dispatch(arguments, {{u"list"_s, listAudit}});
            }};
}

} // namespace Madoguchi::Cli
