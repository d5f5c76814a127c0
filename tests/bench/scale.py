#!/usr/bin/env python3
"""Clinic-scale figures for docs/BENCHMARKS.md (run by `scripts/bench --scale`).

Each figure is measured several times (min / median / max) next to its floor:
  - the demo generator (`gradus-cli demo --patients N --visits M`) in rows per second, on SQLite
    and on PostgreSQL; floor: raw SQLite copying the same rows into the same tables
    (INSERT ... SELECT from the demo's file, no triggers, one transaction);
  - start-up (`gradus --startup-bench`) to the first paint and to the whole patient list, and
    the resident memory then, on an empty store and on the big clinic (100,000 patients,
    2,000,000 visits, built once and kept in the cache); floor: an empty QMainWindow;
  - opening a patient with 200 visits on PostgreSQL, directly and with 5 ms added each way
    (server_open.py, through delay_proxy.py);
  - search: a plain SQLite LIKE over the big clinic's search keys (what the in-memory index
    replaces; its own figures are in the Google Benchmark suite).
"""
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import server_open  # noqa: E402

build, pg_url = sys.argv[1], sys.argv[2]
cli = os.path.join(build, "app", "gradus-cli")
app = os.path.join(build, "app", "gradus")
floor_app = os.path.join(build, "tests", "bench", "gradus-startup-floor")
cache = os.environ.get("GRADUS_BENCH_CACHE", os.path.expanduser("~/.cache/gradus-bench"))
os.makedirs(cache, exist_ok=True)
work = tempfile.mkdtemp(prefix="gradus-scale-")
env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"),
           XDG_CONFIG_HOME=os.path.join(work, "config"), QT_QPA_PLATFORM="offscreen")
env.pop("GRADUS_DATABASE", None)
RUNS = int(os.environ.get("GRADUS_BENCH_RUNS", "5"))
rows_out = []


def stats(values):
    return min(values), statistics.median(values), max(values)


def fmt(values, unit, digits=0):
    lo, mid, hi = stats(values)
    return f"{mid:,.{digits}f} {unit} ({lo:,.{digits}f}–{hi:,.{digits}f})"


def row(what, measured, floor, budget, verdict):
    rows_out.append((what, measured, floor, budget, verdict))
    print(f"  {what}: {measured} | floor {floor} | budget {budget} | {verdict}", flush=True)


def demo(database, patients, visits):
    out = subprocess.run([cli, "--database", database, "demo", "--patients", str(patients),
                          "--visits", str(visits), "--json"], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


DEMO_TABLES = ["patient", "episode", "episode_condition", "visit", "visit_revision",
               "psfs_activity", "measure", "measure_revision"]


def raw_floor(source):
    """Seconds and rows for raw SQLite to insert the demo's rows into the same tables."""
    target = os.path.join(work, "floor.sqlite")
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    src = sqlite3.connect(source)
    schema = [r[0] for r in src.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') "
        "AND name NOT LIKE 'sqlite_%'")]
    src.close()
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    for statement in schema:
        db.execute(statement)
    db.execute("ATTACH DATABASE ? AS src", (source,))
    start = time.perf_counter()
    db.execute("BEGIN")
    rows = 0
    for table in DEMO_TABLES:
        rows += db.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}").rowcount
    db.execute("COMMIT")
    seconds = time.perf_counter() - start
    db.close()
    return seconds, rows


def startup(args):
    start = time.perf_counter()
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300).stdout
    wall = (time.perf_counter() - start) * 1000
    paint = re.search(r"first paint: ([\d.]+) ms; resident: ([\d.]+) MB", out)
    loaded = re.search(r"patients loaded: ([\d.]+) ms; resident: ([\d.]+) MB", out)
    if not paint:
        raise RuntimeError(f"no first paint in: {out!r}")
    return (float(paint.group(1)), float(paint.group(2)),
            float(loaded.group(1)) if loaded else None, float(loaded.group(2)) if loaded else None,
            wall)


print(f"machine: {os.cpu_count()} cores; runs per figure: {RUNS}; cache: {cache}", flush=True)

# 1. The big clinic, built once.
big = os.path.join(cache, "clinic-100000-2000000.sqlite")
big_info = os.path.join(cache, "clinic-100000-2000000.json")
if not os.path.exists(big) or not os.path.exists(big_info):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(big + suffix):
            os.remove(big + suffix)
    print("building the big clinic (100,000 patients, 2,000,000 visits)...", flush=True)
    summary = demo(big, 100000, 2000000)
    with open(big_info, "w") as f:
        json.dump(summary, f)
with open(big_info) as f:
    big_summary = json.load(f)
if "patient200" not in big_summary:
    # One patient with 200 visits (a long course of care), the rest as the demo made them.
    db = sqlite3.connect(big)
    pid, count = db.execute(
        "SELECT v.patient_id, count(*) FROM visit v JOIN episode e ON e.id = v.episode_id "
        "WHERE e.closed_on IS NULL GROUP BY v.patient_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    today = db.execute("SELECT date('now')").fetchone()[0]
    db.close()
    print(f"giving patient {pid} 200 visits ({count} now)...", flush=True)
    for i in range(200 - count):
        day = subprocess.run(["date", "-d", f"{today} -{i + 1} days", "+%F"],
                             capture_output=True, text=True, check=True).stdout.strip()
        subprocess.run([cli, "--database", big, "visit", "add", str(pid), "--date", day,
                        "--pain", str(2 + i % 6), "--clinician", "Bench"], env=env, check=True,
                       capture_output=True)
    big_summary["patient200"] = pid
    with open(big_info, "w") as f:
        json.dump(big_summary, f)
db = sqlite3.connect(big)
typical = [r[0] for r in db.execute(
    "SELECT patient_id FROM visit GROUP BY patient_id HAVING count(*) BETWEEN 15 AND 30 "
    "LIMIT 50")]
db.close()
big_rate = big_summary["rows"] / big_summary["seconds"]
seconds, rows = raw_floor(big)
row("demo 100,000 patients / 2,000,000 visits, SQLite (once)",
    f"{big_summary['rows']:,} rows in {big_summary['seconds']:.1f} s = {big_rate:,.0f} rows/s",
    f"{rows / seconds:,.0f} rows/s ({seconds:.1f} s)", "≥ 50,000 rows/s, within 10× of the floor",
    "met" if big_rate >= 50000 and rows / seconds <= 10 * big_rate else "NOT met")

# 2. The demo generator, repeated, on SQLite and PostgreSQL.
rates, floors = [], []
for i in range(3):
    path = os.path.join(work, f"demo{i}.sqlite")
    s = demo(path, 20000, 400000)
    rates.append(s["rows"] / s["seconds"])
    seconds, rows = raw_floor(path)
    floors.append(rows / seconds)
    os.remove(path)
row("demo 20,000 / 400,000, SQLite (×3)", fmt(rates, "rows/s"), fmt(floors, "rows/s"),
    "≥ 50,000 rows/s", "met" if min(rates) >= 50000 else "NOT met")
pg_rates = []
base = pg_url.rsplit("/", 1)[0]
for i in range(3):
    name = f"gradus_scale_{os.getpid()}_{i}"
    subprocess.run(["psql", pg_url, "-qc", f"CREATE DATABASE {name}"], check=True, env=env)
    s = demo(f"{base}/{name}", 5000, 100000)
    pg_rates.append(s["rows"] / s["seconds"])
    subprocess.run(["psql", pg_url, "-qc", f"DROP DATABASE {name}"], check=True, env=env)
row("demo 5,000 / 100,000, PostgreSQL 15 on this machine (×3)", fmt(pg_rates, "rows/s"), "—",
    "≥ 20,000 rows/s", "met" if min(pg_rates) >= 20000 else "NOT met")

# 3. Start-up and memory.
floor_runs = [startup([floor_app]) for _ in range(RUNS)]
empty = os.path.join(work, "empty.sqlite")
startup([app, "--database", empty, "--startup-bench"])  # first start: creates the store
empty_runs = [startup([app, "--database", empty, "--startup-bench"]) for _ in range(RUNS)]
warm = startup([app, "--database", big, "--startup-bench"])  # the day's check and backup
big_runs = [startup([app, "--database", big, "--startup-bench"]) for _ in range(RUNS)]
# Opening patients: the one with 200 visits in turn with a typical one (the first opening of a
# patient view also builds its charts), then 50 patients one after another for the memory.
p200 = str(big_summary["patient200"])
env["GRADUS_BENCH_OPEN_PATIENTS"] = ",".join([p200, str(typical[0])] * (RUNS + 1))
out = subprocess.run([app, "--database", big, "--startup-bench"], env=env, capture_output=True,
                     text=True, timeout=600).stdout
opens = [float(m.group(1)) for m in re.finditer(rf"open patient {p200}: ([\d.]+) ms", out)]
env["GRADUS_BENCH_OPEN_PATIENTS"] = ",".join(str(t) for t in typical[:50])
out50 = subprocess.run([app, "--database", big, "--startup-bench"], env=env, capture_output=True,
                       text=True, timeout=600).stdout
env.pop("GRADUS_BENCH_OPEN_PATIENTS")
after50 = re.search(r"after opening (\d+) patients: resident: ([\d.]+) MB", out50)
floor_paint = statistics.median(r[0] for r in floor_runs)
row("start to first paint, empty QMainWindow (floor)", fmt([r[0] for r in floor_runs], "ms"),
    "—", "—", "—")
row("start to first paint, Gradus, empty store", fmt([r[0] for r in empty_runs], "ms"),
    f"{floor_paint:.0f} ms", f"≤ {3 * floor_paint:.0f} ms (3× floor)",
    "met" if statistics.median(r[0] for r in empty_runs) <= 3 * floor_paint else "NOT met")
big_paint = statistics.median(r[0] for r in big_runs)
row("start to first paint, Gradus, big clinic", fmt([r[0] for r in big_runs], "ms"),
    f"{floor_paint:.0f} ms", f"≤ {3 * floor_paint:.0f} ms (3× floor); goal ≤ 500 ms",
    ("met" if big_paint <= 3 * floor_paint else "3× NOT met") +
    ("; ≤ 500 ms met" if big_paint <= 500 else "; 500 ms NOT met"))
row("wall clock, process start to first paint (external), floor / big clinic",
    f"{statistics.median(r[4] for r in floor_runs):.0f} ms / "
    f"{statistics.median(r[4] for r in big_runs):.0f} ms (incl. exit)", "—", "—", "—")
row("first start of the day on the big clinic (integrity check and backup)",
    f"{warm[0]:,.0f} ms to first paint", "—", "—", "measured once")
row("whole patient list in (background), big clinic", fmt([r[2] for r in big_runs], "ms"), "—",
    "UI never blocked (test)", "—")
row("resident memory after start-up, floor / big clinic at first paint",
    f"{statistics.median(r[1] for r in floor_runs):.0f} MB / "
    f"{statistics.median(r[1] for r in big_runs):.0f} MB", "—", "—", "—")
big_rss = statistics.median(r[3] for r in big_runs)
row("resident memory with the whole list in, big clinic", fmt([r[3] for r in big_runs], "MB", 1),
    "—", "≤ 150 MB", "met" if big_rss <= 150 else "NOT met")

row("open the patient with 200 visits (every tab), big clinic, after the first opening",
    fmt(opens[1:], "ms", 1), "—", "≤ 50 ms",
    "met" if statistics.median(opens[1:]) <= 50 else "NOT met")
row("the first opening (builds the patient view's charts)", f"{opens[0]:.1f} ms", "—", "—", "—")
row(f"resident memory after opening {after50.group(1)} patients one after another",
    f"{float(after50.group(2)):.0f} MB", "—", "≤ 250 MB",
    "met" if float(after50.group(2)) <= 250 else "NOT met")

# 4. Opening a patient on a clinic server, directly and with 5 ms added each way.
server = server_open.measure(app, cli, env, pg_url, RUNS)
row(f"open a patient with {server['visits']} visits, PostgreSQL on this machine",
    fmt(server["direct"], "ms", 1), "—", "—", "—")
row("the same with 5 ms added each way (DelayProxy: this kernel has no netem)",
    fmt(server["delayed"], "ms", 1), "—", "≤ 100 ms",
    "met" if statistics.median(server["delayed"]) <= 100 else "NOT met")

# 5. Search floor: a plain LIKE over the big clinic.
db = sqlite3.connect(big)
like = []
for _ in range(RUNS):
    start = time.perf_counter()
    db.execute("SELECT count(*) FROM patient WHERE search_text LIKE '%muller%'").fetchone()
    like.append((time.perf_counter() - start) * 1000)
db.close()
row("search floor: SQLite LIKE '%muller%' over 100,000 patients", fmt(like, "ms", 1), "—",
    "(the app's index: BM_PatientListKeystroke)", "—")

shutil.rmtree(work, ignore_errors=True)
print()
print("| measure | Gradus (median, min–max) | floor | budget | verdict |")
print("|---|---|---|---|---|")
for r in rows_out:
    print("| " + " | ".join(r) + " |")
