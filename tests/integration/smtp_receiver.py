#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP submission server for the notice tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 at a free port and prints "listening PORT", then one JSON line per accepted
message: {"from", "to", "tls", "login", "data"}. STARTTLS and AUTH PLAIN are required when a
certificate and a user are given; --refuse N answers the first N messages with 451 (try later).
"""
import argparse
import asyncio
import json
import ssl
import logging
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--refuse", type=int, default=0)
    args = parser.parse_args()
    # aiosmtpd 1.4 logs a deprecation of its own login_data on every AUTH, and session errors with
    # tracebacks when a client goes away mid-session (the tests stop servers at will).
    logging.getLogger("mail.log").setLevel(logging.CRITICAL)

    refusals = {"left": args.refuse}

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            if refusals["left"] > 0:
                refusals["left"] -= 1
                print(json.dumps({"refused": True}), flush=True)
                return "451 4.3.0 try again later"
            print(json.dumps({
                "from": envelope.mail_from,
                "to": envelope.rcpt_tos,
                "tls": session.ssl is not None,
                "login": session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None,
                "data": envelope.content.decode("ascii"),
            }), flush=True)
            return "250 OK"

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
            and auth_data.password.decode() == args.password
        return AuthResult(success=ok, auth_data=auth_data)

    tls = None
    if args.cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.cert, args.key)

    def factory():
        return SMTP(Handler(), hostname="receiver.test", tls_context=tls, require_starttls=tls is not None,
                    auth_required=args.user is not None, auth_require_tls=tls is not None,
                    authenticator=authenticator if args.user else None)

    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(factory, "127.0.0.1", 0))
    print("listening %d" % server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
