#!/usr/bin/env bash
# Brings the catalogues up to date with the visitor-facing sources: what visitors read on tickets,
# the status page, turn notices and the front ends. Run it after changing such a string, translate
# what it marks unfinished (every language; tests/i18n/check_translations.py fails otherwise).
set -euo pipefail
cd "$(dirname "$0")/../.."
/usr/lib/qt6/bin/lupdate -no-obsolete -locations none -I core -I ui_qml \
  core/appointment/appointmentmessages.cpp core/notify/noticebook.cpp core/server/statuspage.cpp core/ticket/ticketlayout.cpp ui_qml \
  -ts resources/i18n/madoguchi_*.ts
