#!/usr/bin/env bash
# Exports the reminders of a demo programme (sessions on several days, a graded walking plan, a
# review date) and parses them with python-icalendar (tests/ics/check_ics.py).
#   tests/ics/demo-calendar.sh path/to/gradus-cli
set -euo pipefail
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"
db="$work/demo.sqlite"
run() { "$cli" --database "$db" "$@" >/dev/null; }
run demo --patients 2
run programme create 1 --name "Back on track; week 1, \"easy\" — Zoë's plan" --review 2099-01-04
run programme add 1 walking --sets 1 --minutes 10 --per-day 3
run programme add 1 bird_dog --sets 1 --hold 8 --reps 6 --days-per-week 5 --side both --section Core
run programme add 1 glute_bridge --sets 2 --reps 10 --days-per-week 3 --section Core
run programme activate 1
# Saving a draft stores its prescriptions afresh, so the walking prescription's id is looked up.
walking=$("$cli" --database "$db" programme show 1 --json | /usr/bin/python3 -c \
  'import json, sys; print(next(i["id"] for s in json.load(sys.stdin)["sections"] for i in s["items"] if i["exercise"] == "walking"))')
run pacing plan "$walking" --tolerance 10,12,11 --unit minutes --goal 14 --bouts 2
# The plan changed the walking dose, so the active programme is now a newer version.
active=$("$cli" --database "$db" programme list 1 --json | /usr/bin/python3 -c \
  'import json, sys; print(next(p["id"] for p in json.load(sys.stdin) if p["status"] == "active"))')
"$cli" --database "$db" export ics "$active" --out "$work/reminders.ics" >/dev/null
/usr/bin/python3 "$here/check_ics.py" "$work/reminders.ics" 5
