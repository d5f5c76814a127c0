#!/usr/bin/python3
"""Checks programme files against the published JSON Schema
(resources/exchange/programme.schema.json) with python-jsonschema (Debian package
python3-jsonschema): every file given after --valid must pass, every file after --invalid must
fail. Keeps the schema and Gradus's own reader telling the same story.

    check_schema.py SCHEMA --valid FILE... --invalid FILE...
"""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
mode = None
problems = 0
checked = 0
for arg in sys.argv[2:]:
    if arg in ("--valid", "--invalid"):
        mode = arg
        continue
    try:
        document = json.load(open(arg, encoding="utf-8"))
        errors = list(validator.iter_errors(document))
    except (ValueError, UnicodeDecodeError) as error:
        errors = [error]
    checked += 1
    if mode == "--valid" and errors:
        print(f"{arg}: does not match the schema: {errors[0]}", file=sys.stderr)
        problems += 1
    if mode == "--invalid" and not errors:
        print(f"{arg}: matches the schema but should not", file=sys.stderr)
        problems += 1
print(f"{checked} files checked against {sys.argv[1]}, {problems} problems")
sys.exit(1 if problems else 0)
