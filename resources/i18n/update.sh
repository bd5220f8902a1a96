#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings the catalogues up to date with the sources of what visitors and clerks read: tickets,
# the status page, turn notices, reservations, call reasons and the front ends. Run it after
# changing such a string, translate what it marks unfinished (every language; tests/i18n/check_translations.py fails otherwise).
set -euo pipefail
cd "$(dirname "$0")/../.."
/usr/lib/qt6/bin/lupdate -no-obsolete -locations none -I core -I ui_qml \
  core/appointment/appointmentmessages.cpp core/notify/noticebook.cpp core/profile/fieldcatalogue.cpp core/profile/fieldvalue.cpp core/profile/profile.cpp core/profile/profilebook.cpp core/profile/profilejson.cpp core/queue/callchoice.cpp core/guide/guidepage.cpp core/scan/preapplicationpage.cpp core/queue/queuemessages.cpp core/queue/queuemessages.h core/server/statuspage.cpp core/ticket/ticketlayout.cpp ui_qml \
  -ts resources/i18n/madoguchi_*.ts
