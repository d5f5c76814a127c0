#!/usr/bin/env python3
"""Seeds tests/fuzz/corpus/<target>/ from the real files: the shipped data (resources/), the
tests' exchange and translation fixtures. Large files are also cut into one-entry files, which
the fuzzer mutates much faster. Run from the repository root, then minimise each corpus with
`build-fuzz/TARGET -merge=1 NEW_DIR tests/fuzz/corpus/TARGET` (docs/RELIABILITY.md)."""
import glob
import hashlib
import json
import os
import re
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "build-fuzz/seeds"


def put(target, data):
    if isinstance(data, (dict, list)):
        data = json.dumps(data, ensure_ascii=False, indent=1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


library = json.loads(read("resources/exercises/library.json"))
exchange = sorted(glob.glob("tests/data/exchange/*.json") + glob.glob("tests/data/exchange/broken/*.json"))

# exercise_import: the fixtures, and each built-in exercise as a one-exercise export.
for path in exchange:
    put("exercise_import", read(path))
for e in library["exercises"]:
    put("exercise_import", {"format": "gradus-exercises", "format_version": 1,
                            "exported_at": "2026-12-01T09:00:00Z", "exercises": [e]})

# exercise_library: the shipped file, and each exercise alone as a library.
put("exercise_library", read("resources/exercises/library.json"))
for e in library["exercises"]:
    small = dict(library)
    small["exercises"] = [e]
    put("exercise_library", small)

# safety_rules: the shipped file, and each rule alone with its source.
rules = json.loads(read("resources/safety/rules.json"))
put("safety_rules", read("resources/safety/rules.json"))
for r in rules["rules"]:
    small = dict(rules)
    small["rules"] = [r]
    put("safety_rules", small)

# catalogues: both shipped catalogues, and each condition and flag alone.
conditions = json.loads(read("resources/conditions.json"))
flags = json.loads(read("resources/safety/redflags.json"))
put("catalogues", read("resources/conditions.json"))
put("catalogues", read("resources/safety/redflags.json"))
for c in conditions["conditions"]:
    put("catalogues", dict(conditions, conditions=[c]))
for f in flags["flags"]:
    tier = [t for t in flags["tiers"] if t["id"] == f["tier"]]
    put("catalogues", dict(flags, tiers=tier, flags=[f]))

# programme_exchange: the exchange fixtures, good and broken.
for path in exchange:
    put("programme_exchange", read(path))

# data_texts: every translation file, behind the byte that picks which file it is read as.
names = ["exercises.json", "conditions.json", "rules.json", "redflags.json", "templates.json"]
for path in sorted(glob.glob("resources/i18n/*/*.json") + glob.glob("tests/data/i18n/*/*.json")):
    base = os.path.basename(path)
    if base in names:
        put("data_texts", bytes([names.index(base)]) + read(path))

# pacing_review: the review files the tests give `gradus-cli pacing review --input`.
for path in ["tests/core/pacing/PacingJsonTest.cpp", "tests/app/cli/PacingCliTest.cpp"]:
    for literal in re.findall(r'R"\((\{.*?\})\)"', open(path, encoding="utf-8").read(), re.S):
        put("pacing_review", literal)

# dates: what people type.
for text in ["2026-12-04", " 1950-02-28 ", "2024-02-29", "2023-02-29", "04/12/2026", "2026-13-01",
             "0001-01-01", "9999-12-31", "2026-12-04T10:00:00", "20261204", "2026-1-4", ""]:
    put("dates", text)
