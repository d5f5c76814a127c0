#!/usr/bin/python3
"""Parses .ics files with python-icalendar (a standard parser, Debian package
python3-icalendar) and checks what RFC 5545 and the reminders need: CRLF lines of at most 75
octets, VERSION and PRODID, and in every VEVENT a UID, DTSTAMP, DTSTART and SUMMARY. Recurring
events are expanded with dateutil: the first week of a session pattern has one occurrence per
bout on each session day. Exit status 1 on the first problem.

    check_ics.py FILE.ics [EXPECTED_EVENTS_AT_LEAST]
"""
import sys
from datetime import timedelta

import icalendar
from dateutil.rrule import rrulestr


def fail(message):
    print(f"{sys.argv[1]}: {message}", file=sys.stderr)
    sys.exit(1)


raw = open(sys.argv[1], "rb").read()
if not raw.endswith(b"\r\n"):
    fail("does not end with CRLF")
for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
    if b"\n" in line or b"\r" in line:
        fail(f"line {number}: a bare line break")
    if len(line) > 75:
        fail(f"line {number}: {len(line)} octets (RFC 5545 folds at 75)")
    line.decode("utf-8")  # every physical line is whole UTF-8

calendar = icalendar.Calendar.from_ical(raw)
if str(calendar.get("VERSION")) != "2.0":
    fail("VERSION is not 2.0")
if not str(calendar.get("PRODID", "")).startswith("-//Gradus//"):
    fail("no PRODID")
events = calendar.walk("VEVENT")
if len(events) < int(sys.argv[2] if len(sys.argv) > 2 else 1):
    fail(f"only {len(events)} events")
uids = set()
sessions = 0
for event in events:
    for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
        if key not in event:
            fail(f"an event without {key}")
    uid = str(event["UID"])
    if uid in uids:
        fail(f"UID {uid} twice")
    uids.add(uid)
    if "RRULE" not in event:
        continue
    start = event["DTSTART"].dt
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    week = list(rule.between(start, start + timedelta(days=7) - timedelta(seconds=1), inc=True))
    by_day = event["RRULE"].get("BYDAY", [])
    by_hour = event["RRULE"].get("BYHOUR", [])
    expected = len(by_day) * len(by_hour)
    if not week:
        fail(f"{event['SUMMARY']}: the rule never occurs")
    if str(event["SUMMARY"]).startswith("Exercises:"):
        sessions += 1
        if len(week) != expected:
            fail(f"{event['SUMMARY']}: {len(week)} reminders in the first week, not {expected}")
    if "DESCRIPTION" not in event or "Stop and seek help urgently" not in str(event["DESCRIPTION"]):
        fail(f"{event['SUMMARY']}: no stop rules in the description")
if sessions == 0:
    fail("no session reminders")
print(f"{sys.argv[1]}: {len(events)} events parse with python-icalendar {icalendar.__version__}")
