#!/usr/bin/env python3
"""The load proof's driver (scripts/loadtest runs it once per engine).

N clients run at once, each a sequence of real gradus-cli processes against one store: add a
visit, add a measure, add or remove a programme exercise, edit a patient with --if-version
(sometimes from a version the client knows to be stale), and read lists. Every client records
what the program acknowledged. Afterwards the driver checks, through gradus-cli itself, that

  * every acknowledged visit, measure and programme change is in the store (lost = 0),
  * each patient's version rose exactly once per acknowledged edit, so every refused edit wrote
    nothing and no acknowledged one was lost; every knowingly stale edit was refused,
  * refused conflicts = edits that were stale when written (knowingly stale + raced),
  * `db check` finds no damage, each episode has at most one active programme and each
    programme lineage at most one draft, and the visit count of every patient is the count of
    acknowledged visits.

Prints one JSON object with the figures; exit status 0 when every check holds, 1 otherwise.
"""
import argparse
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cli", required=True, help="the gradus-cli binary")
    p.add_argument("--database", required=True, help="SQLite file or postgresql:// URL")
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--ops", type=int, default=1000, help="operations per client")
    p.add_argument("--seed", type=int, default=1)
    return p.parse_args()


class Cli:
    def __init__(self, binary, database):
        self.binary = binary
        self.database = database
        self.home = tempfile.mkdtemp(prefix="gradus-load-")
        self.env = dict(os.environ)
        self.env["XDG_DATA_HOME"] = os.path.join(self.home, "data")
        self.env["XDG_CONFIG_HOME"] = os.path.join(self.home, "config")
        self.env["LANGUAGE"] = "en"
        self.env.pop("GRADUS_DATABASE", None)

    def run(self, *args):
        r = subprocess.run([self.binary, "--database", self.database, *args], env=self.env,
                           capture_output=True, text=True, timeout=300)
        return r.returncode, r.stdout, r.stderr

    def ok(self, *args):
        code, out, err = self.run(*args)
        if code != 0:
            raise RuntimeError(f"gradus-cli {' '.join(args)} failed ({code}): {err.strip()}")
        return out

    def json(self, *args):
        return json.loads(self.ok(*args, "--json"))


class Client(threading.Thread):
    def __init__(self, index, cli, patients, ops, seed):
        super().__init__(name=f"client-{index}")
        self.index = index
        self.cli = cli
        self.patients = patients  # [{id, programme}]
        self.ops = ops
        self.random = random.Random(seed * 1000 + index)
        self.visits = {}  # patient id -> [visit ids acknowledged]
        self.measures = {}
        self.net_additions = {}  # programme lineage (active id) -> acknowledged adds - removes
        self.drafts = {}  # active programme id -> draft id printed
        self.edits_ok = {}  # patient id -> acknowledged edits
        self.edits_refused = 0
        self.knowingly_stale = 0
        self.stale_acknowledged = 0
        self.reads = 0
        self.done = 0
        self.failures = []

    def fail(self, what, code, err):
        self.failures.append(f"{what}: exit {code}: {err.strip()[:300]}")

    def run(self):
        for n in range(self.ops):
            patient = self.random.choice(self.patients)
            pid = str(patient["id"])
            roll = self.random.random()
            if roll < 0.25:
                day = datetime.date.today() - datetime.timedelta(days=self.random.randint(0, 90))
                code, out, err = self.cli.run("visit", "add", pid, "--date", day.isoformat(),
                                              "--pain", str(self.random.randint(0, 10)))
                if code == 0:
                    self.visits.setdefault(pid, []).append(int(out.strip()))
                else:
                    self.fail("visit add", code, err)
            elif roll < 0.40:
                code, out, err = self.cli.run("measure", "add", pid, "--type", "psfs",
                                              "--answers", "3,4,2", "--activities",
                                              "Sitting;Lifting;Walking")
                if code == 0:
                    self.measures.setdefault(pid, []).append(int(out.strip()))
                else:
                    self.fail("measure add", code, err)
            elif roll < 0.65:
                self.programme_change(patient)
            elif roll < 0.80:
                self.edit(patient)
            else:
                what = self.random.choice(["patients", "visits", "programme"])
                if what == "patients":
                    code, _, err = self.cli.run("patient", "list", "--json")
                elif what == "visits":
                    code, _, err = self.cli.run("visit", "list", pid, "--json")
                else:
                    code, _, err = self.cli.run("programme", "show", str(patient["programme"]),
                                                "--json")
                if code == 0:
                    self.reads += 1
                else:
                    self.fail("read " + what, code, err)
            self.done = n + 1

    def programme_change(self, patient):
        active = patient["programme"]
        net = self.net_additions.get(active, 0)
        # A client removes only what it added itself, so the net count never goes below zero.
        if net > 0 and self.random.random() < 0.4:
            code, out, err = self.cli.run("programme", "remove", str(self.drafts[active]),
                                          "bird_dog")
            if code == 0:
                self.net_additions[active] = net - 1
            else:
                self.fail("programme remove", code, err)
            return
        code, out, err = self.cli.run("programme", "add", str(active), "bird_dog", "--sets", "2",
                                      "--reps", str(self.random.randint(5, 12)),
                                      "--days-per-week", "3")
        if code == 0:
            self.net_additions[active] = net + 1
            self.drafts[active] = int(out.strip().splitlines()[-1])
        else:
            self.fail("programme add", code, err)

    def edit(self, patient):
        pid = str(patient["id"])
        code, out, err = self.cli.run("patient", "show", pid, "--json")
        if code != 0:
            self.fail("patient show", code, err)
            return
        version = json.loads(out)["version"]
        stale = version > 1 and self.random.random() < 0.2
        based_on = version - 1 if stale else version
        if stale:
            self.knowingly_stale += 1
        code, out, err = self.cli.run("patient", "edit", pid, "--phone",
                                      f"0100 {self.index:03d} {self.done:04d}", "--if-version",
                                      str(based_on))
        if code == 0:
            self.edits_ok[pid] = self.edits_ok.get(pid, 0) + 1
            if stale:
                self.stale_acknowledged += 1
        elif code == 1 and "Nothing was written" in err:
            self.edits_refused += 1
        else:
            self.fail("patient edit", code, err)


def setup(cli, clients, seed):
    """Patients shared by several clients (so that edits race), each with an active programme
    whose changes go into one shared draft."""
    count = max(2, clients // 4)
    patients = []
    for i in range(count):
        pid = int(cli.ok("patient", "add", "--given", f"Load{i}", "--family", "Fictional",
                         "--dob", "1980-01-01").strip())
        programme = int(cli.ok("programme", "create", str(pid), "--name", "Load").strip())
        cli.ok("programme", "add", str(programme), "walking", "--minutes", "10")
        cli.ok("programme", "activate", str(programme))
        patients.append({"id": pid, "programme": programme})
    return patients


def sql(database, query):
    if database.startswith("postgres"):
        r = subprocess.run(["psql", database, "-At", "-F", "|", "-c", query], capture_output=True,
                           text=True, check=True)
        return [line.split("|") for line in r.stdout.splitlines() if line]
    import sqlite3
    with sqlite3.connect(database) as db:
        return db.execute(query).fetchall()


def verify(cli, patients, clients):
    problems = []
    lost = 0
    for patient in patients:
        pid = str(patient["id"])
        visits = {v["id"] for v in cli.json("visit", "list", pid)}
        acked = [v for c in clients for v in c.visits.get(pid, [])]
        missing = [v for v in acked if v not in visits]
        lost += len(missing)
        if missing:
            problems.append(f"patient {pid}: acknowledged visits missing: {missing[:10]}")
        if len(visits) != len(acked):
            problems.append(f"patient {pid}: {len(visits)} visits stored, {len(acked)} "
                            "acknowledged")
        measures = {m["id"] for m in cli.json("measure", "list", pid)}
        acked = [m for c in clients for m in c.measures.get(pid, [])]
        missing = [m for m in acked if m not in measures]
        lost += len(missing)
        if missing:
            problems.append(f"patient {pid}: acknowledged measures missing: {missing[:10]}")

        shown = cli.json("patient", "show", pid)
        edits = sum(c.edits_ok.get(pid, 0) for c in clients)
        if shown["version"] != 1 + edits:
            lost += max(0, 1 + edits - shown["version"])
            problems.append(f"patient {pid}: version {shown['version']} after {edits} "
                            "acknowledged edits")

        active = patient["programme"]
        drafts = {c.drafts[active] for c in clients if active in c.drafts}
        if len(drafts) > 1:
            problems.append(f"programme {active}: changes went into several drafts {drafts}")
        net = sum(c.net_additions.get(active, 0) for c in clients)
        if drafts:
            draft = cli.json("programme", "show", str(drafts.pop()))
            birds = sum(1 for s in draft["sections"] for item in s["items"]
                        if item.get("exercise_id") == "bird_dog" or
                        item.get("exercise") == "bird_dog" or
                        item.get("stable_id") == "bird_dog")
            if birds != net:
                lost += max(0, net - birds)
                problems.append(f"programme {active}: {birds} additions in the draft, {net} "
                                "acknowledged (adds - removes)")

    # The invariants, read from the tables themselves.
    for row in sql(cli.database, "SELECT patient_id, coalesce(episode_id, 0), count(*) FROM "
                   "programme WHERE status = 'active' GROUP BY patient_id, coalesce(episode_id, 0) "
                   "HAVING count(*) > 1"):
        problems.append(f"patient {row[0]}: {row[2]} active programmes in episode {row[1]}")
    for row in sql(cli.database, "SELECT lineage, count(*) FROM programme WHERE status = 'draft' "
                   "GROUP BY lineage HAVING count(*) > 1"):
        problems.append(f"programme lineage {row[0]}: {row[1]} drafts")

    code, out, err = cli.run("db", "check")
    if code != 0:
        problems.append(f"db check: exit {code}: {(out + err).strip()[:300]}")
    return lost, problems


def main():
    args = parse_args()
    cli = Cli(args.cli, args.database)
    patients = setup(cli, args.clients, args.seed)
    clients = [Client(i, cli, patients, args.ops, args.seed) for i in range(args.clients)]
    started = time.monotonic()
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    seconds = time.monotonic() - started
    lost, problems = verify(cli, patients, clients)

    failures = [f for c in clients for f in c.failures]
    problems += failures[:20]
    edits = sum(sum(c.edits_ok.values()) + c.edits_refused for c in clients)
    refused = sum(c.edits_refused for c in clients)
    knowingly = sum(c.knowingly_stale for c in clients)
    stale_acked = sum(c.stale_acknowledged for c in clients)
    if stale_acked:
        problems.append(f"{stale_acked} knowingly stale edits were acknowledged")
    # Every edit either raised its patient's version by one or was refused: so the refusals
    # are exactly the edits that were stale when they were written.
    stale_at_write = edits - sum(sum(c.edits_ok.values()) for c in clients)
    if refused != stale_at_write or refused < knowingly:
        problems.append(f"{refused} edits refused, {stale_at_write} stale when written, "
                        f"{knowingly} knowingly stale")
    ops = sum(c.done for c in clients)
    report = {
        "database": "sqlite" if not args.database.startswith("postgres") else "postgresql",
        "clients": args.clients,
        "ops_per_client": args.ops,
        "ops": ops,
        "processes": ops + sum(sum(c.edits_ok.values()) + c.edits_refused for c in clients),
        "seconds": round(seconds, 1),
        "ops_per_second": round(ops / seconds, 1) if seconds else None,
        "visits": sum(len(v) for c in clients for v in c.visits.values()),
        "measures": sum(len(v) for c in clients for v in c.measures.values()),
        "patient_edits": edits,
        "conflicts_refused": refused,
        "knowingly_stale": knowingly,
        "raced": refused - knowingly,
        "failed_operations": len(failures),
        "lost": lost,
        "problems": problems,
    }
    print(json.dumps(report, indent=2))
    return 0 if not problems and lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
