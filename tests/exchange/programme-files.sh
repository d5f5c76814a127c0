#!/usr/bin/env bash
# Programme and template files written by gradus-cli match the published JSON Schema, and the
# broken files the schema can recognise are refused by it as by Gradus.
#   tests/exchange/programme-files.sh path/to/gradus-cli
set -euo pipefail
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"
db="$work/demo.sqlite"
run() { "$cli" --database "$db" "$@" >/dev/null; }
run demo --patients 1
run programme template apply sciatica_friendly_start 1
run exercise import "$root/tests/data/exchange/clinic-exercise.json"
run programme add 1 clinic_wall_plank --sets 2 --hold 10 --reps 3 --section Core
run export programme 1 --out "$work/programme.json"
run export template subacute_mobility_core --out "$work/template.json"
grep -q '"clinic_wall_plank"' "$work/programme.json"
broken="$root/tests/data/exchange/broken"
# The schema cannot know the library or the links; the other broken files it must refuse.
/usr/bin/python3 "$here/check_schema.py" "$root/resources/exchange/programme.schema.json" \
  --valid "$work/programme.json" "$work/template.json" "$root/tests/data/exchange/programme-v1.json" \
  --invalid "$broken/truncated.json" "$broken/empty.json" "$broken/not-json.json" \
    "$broken/exercise-export.json" "$broken/newer-version.json" "$broken/dose-above-limit.json" \
    "$broken/dose-not-a-number.json" "$broken/dose-mixed-measures.json" \
    "$broken/unknown-field.json" "$broken/missing-name.json" "$broken/bad-side.json" \
    "$broken/note-too-long.json" "$broken/built-in-carried.json"
