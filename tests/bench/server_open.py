"""Opening a patient on a PostgreSQL clinic, directly and one network hop away.

A clinic of 2,000 patients and 40,000 visits on the test server, one patient brought to 200
visits; the app opens that patient in turn with a typical one (`gradus --startup-bench` with
GRADUS_BENCH_OPEN_PATIENTS), first straight to the server, then through DelayProxy, which adds
5 ms each way (the stand-in for netem, which this kernel lacks). Called by scale.py; run on its
own with: python3 tests/bench/server_open.py BUILD POSTGRES-URL
"""
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from delay_proxy import DelayProxy  # noqa: E402


def _psql(url, sql, env):
    return subprocess.run(["psql", url, "-Atqc", sql], check=True, env=env, capture_output=True,
                          text=True).stdout.strip()


def measure(app, cli, env, pg_url, runs):
    """Returns {"direct": [ms...], "delayed": [ms...], "patient": id, "visits": n}."""
    base = pg_url.rsplit("/", 1)[0]
    name = f"gradus_open_{os.getpid()}"
    _psql(pg_url, f"CREATE DATABASE {name}", env)
    url = f"{base}/{name}"
    try:
        subprocess.run([cli, "--database", url, "demo", "--patients", "2000", "--visits",
                        "40000", "--json"], env=env, check=True, capture_output=True)
        pid, count = _psql(url, "SELECT v.patient_id, count(*) FROM visit v JOIN episode e ON "
                                "e.id = v.episode_id WHERE e.closed_on IS NULL GROUP BY "
                                "v.patient_id ORDER BY count(*) DESC LIMIT 1", env).split("|")
        today = _psql(url, "SELECT current_date", env)
        for i in range(200 - int(count)):
            day = _psql(url, f"SELECT date '{today}' - {i + 1}", env)
            subprocess.run([cli, "--database", url, "visit", "add", pid, "--date", day, "--pain",
                            str(2 + i % 6), "--clinician", "Bench"], env=env, check=True,
                           capture_output=True)
        typical = _psql(url, "SELECT patient_id FROM visit GROUP BY patient_id HAVING count(*) "
                             "BETWEEN 15 AND 30 LIMIT 1", env)
        visits = int(_psql(url, f"SELECT count(*) FROM visit WHERE patient_id = {pid}", env))
        run_env = dict(env, GRADUS_BENCH_OPEN_PATIENTS=",".join([pid, typical] * (runs + 1)))

        def opens(database):
            out = subprocess.run([app, "--database", database, "--startup-bench"], env=run_env,
                                 capture_output=True, text=True, timeout=600).stdout
            times = [float(m.group(1))
                     for m in re.finditer(rf"open patient {pid}: ([\d.]+) ms", out)]
            if not times:
                raise RuntimeError(f"no opening timed in: {out!r}")
            return times[1:]  # the first builds the patient view

        direct = opens(url)
        port = int(re.search(r":(\d+)/", url).group(1))
        with DelayProxy("127.0.0.1", port, 0.005) as proxy:
            delayed = opens(url.replace(f":{port}/", f":{proxy.port}/"))
        return {"direct": direct, "delayed": delayed, "patient": int(pid), "visits": visits}
    finally:
        subprocess.run(["psql", pg_url, "-qc", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
                       env=env, capture_output=True)


if __name__ == "__main__":
    build, pg_url = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="gradus-server-open-")
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_CONFIG_HOME=os.path.join(work, "config"), QT_QPA_PLATFORM="offscreen")
    result = measure(os.path.join(build, "app", "gradus"),
                     os.path.join(build, "app", "gradus-cli"), env, pg_url, 5)
    print(json.dumps(result))
    for key in ("direct", "delayed"):
        print(key, statistics.median(result[key]), min(result[key]), max(result[key]))
