#include "provisioncommands.h"

#include "officefiles.h"
#include "passwordprompt.h"

#include "auth/credentialstore.h"
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
    std::unique_ptr<CredentialStore> store;

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
        auto opened = CredentialStore::open(OfficeServer::databasePath(dataDir));
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

} // namespace

Command tokenCommand()
{
    return {u"token"_s, CliTr::tr("Make a device token for a kiosk, board or counter terminal ('token new')."), newToken};
}

Command staffCommand()
{
    return {u"staff"_s, CliTr::tr("Add a staff account ('staff add')."), addStaff};
}

} // namespace Madoguchi::Cli
