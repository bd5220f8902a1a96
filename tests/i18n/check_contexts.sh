#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the C++ sources (QML strings take their file name as context) and fails when a
# string would land in a translation context other than the project's own (a free tr() helper, or a
# parser lost in a declaration, puts strings
# where the runtime never looks them up), or when lupdate warns.
#   check_contexts.sh LUPDATE SOURCE_DIR WORK_DIR
set -euo pipefail
lupdate=$1 src=$2 work=$3
mkdir -p "$work"
ts="$work/contexts.ts"
rm -f "$ts"
log=$("$lupdate" -extensions cpp,h -I "$src/core" -I "$src/devices" -I "$src/app" -I "$src/ui_qml" "$src/core" "$src/devices" "$src/app" "$src/ui_qml" -ts "$ts" 2>&1)
if grep -E "lacks Q_OBJECT|unknown namespace|Cannot invoke tr" <<<"$log"; then
  echo "lupdate could not place every string in its context" >&2
  exit 1
fi
expected='Madoguchi::Api Madoguchi::Appointment Madoguchi::Auth Madoguchi::Board Madoguchi::Card Madoguchi::Cli Madoguchi::Client Madoguchi::Config Madoguchi::Counter Madoguchi::Devices Madoguchi::Field Madoguchi::GuidePage Madoguchi::Kiosk Madoguchi::Notice Madoguchi::NoticeText Madoguchi::OfficeSimulator Madoguchi::PreApplicationPage Madoguchi::Queue Madoguchi::Server Madoguchi::StatusPage Madoguchi::Store Madoguchi::TicketText'
found=$(grep -o '<name>[^<]*</name>' "$ts" | sed 's/<[^>]*>//g' | sort -u | tr '\n' ' ' | sed 's/ $//')
if [[ "$found" != "$expected" ]]; then
  echo "translation contexts: expected '$expected', found '$found'" >&2
  exit 1
fi
count=$(grep -c '<source>' "$ts")
echo "$count strings in the expected contexts"
[[ $count -gt 100 ]]
