"""``make bench``: every dataset on SQLite and PostgreSQL, each workload beside its baseline.

For each database a template is migrated and seeded once; each dataset starts from a copy of
it, is filled by ``generate_load_data``, and is served by gunicorn with the production settings
on loopback while ``bench.run`` measures. Results go to ``bench/results.json`` and a summary to
``bench/results.md`` and the terminal. PostgreSQL and Redis are started by ``scripts/bench.sh``.

Environment: BENCH_BACKENDS (postgres,sqlite), BENCH_DATASETS (xs,city,country), BENCH_ONLY
(workloads, see bench/run.py), BENCH_WORK (scratch directory), BENCH_PG_URL, BENCH_REDIS_URL.
"""

from __future__ import annotations

import json
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
# officials, units, programs
DATASETS = {"xs": (1_000, 20, 1), "city": (13_000, 57, 3), "country": (500_000, 2_000, 3)}
PORT = int(os.environ.get("BENCH_PORT", "8090"))
WORKERS = int(os.environ.get("BENCH_WEB_WORKERS", "4"))


def log(message: str) -> None:
    print(f"\n=== {message}", flush=True)


def environment(work: Path, backend: str, database: str) -> dict[str, str]:
    env = dict(os.environ)
    pg = os.environ.get("BENCH_PG_URL", "postgres://lms@127.0.0.1:55450/")
    redis = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:56450")
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        SECRET_KEY=(work / "secret_key").read_text().strip(),
        DATABASE_URL=f"{pg}{database}" if backend == "postgres" else f"sqlite:///{work / backend / database}.sqlite3",
        CELERY_BROKER_URL=f"{redis}/0",
        CACHE_URL=f"{redis}/1",
        EMAIL_URL=f"file://{work / 'mail'}",
        LMS_VAR_DIR=str(work / backend / f"var-{database}"),
        LMS_STATIC_ROOT=str(work / "static"),
        # The country-scale import is one file of 500,000 rows, far above an upload's limit.
        LMS_MAX_UPLOAD_BYTES=str(512 * 1024 * 1024),
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{PORT}",
        # As deployed (deploy/lms.env.example): each worker keeps its database connection.
        DB_CONN_MAX_AGE="60",
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def psql(sql: str) -> None:
    pg = os.environ.get("BENCH_PG_URL", "postgres://lms@127.0.0.1:55450/")
    quiet = {**os.environ, "PGOPTIONS": "-c client_min_messages=warning"}
    subprocess.run(["psql", f"{pg}postgres", "-qtAc", sql], check=True, stdout=subprocess.DEVNULL, env=quiet)


def template(work: Path, backend: str) -> None:
    log(f"{backend}: migrating and seeding the template database")
    (work / backend).mkdir(parents=True, exist_ok=True)
    if backend == "postgres":
        psql("DROP DATABASE IF EXISTS bench_template")
        psql("CREATE DATABASE bench_template")
    env = environment(work, backend, "bench_template")
    manage(env, "migrate", "--noinput")
    manage(env, "createcachetable")
    manage(env, "seed_demo")


def dataset_database(work: Path, backend: str, name: str) -> str:
    database = f"bench_{name}"
    if backend == "postgres":
        psql(f"DROP DATABASE IF EXISTS {database}")
        psql(f"CREATE DATABASE {database} TEMPLATE bench_template")
    else:
        shutil.copyfile(work / backend / "bench_template.sqlite3", work / backend / f"{database}.sqlite3")
    return database


def flush_cache() -> None:
    redis = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:56450")
    port = redis.rsplit(":", 1)[1]
    subprocess.run(["redis-cli", "-p", port, "flushall"], check=True, stdout=subprocess.DEVNULL)


def serve(env: dict[str, str], log_path: Path) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            str(Path(PY).parent / "gunicorn"),
            "lms.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(WORKERS),
            "--backlog",
            "4096",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=env,
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/_bench/bare", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer; see {log_path}")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def summary(results: list[dict], meta: dict) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"{meta['finished_at']} on {meta['cpus']} CPUs, Python {meta['python']}, {meta['duration_s']} s in all.",
        "Every ratio is to a baseline measured in the same run, on the same data and server.",
        "",
        "| workload | backend | ratio | budget | met | figures |",
        "|---|---|---|---|---|---|",
    ]
    for item in results:
        figures = {k: v for k, v in item.items() if k not in {"name", "ratio", "budget", "met", "backend", "dataset"}}
        shown = ", ".join(f"{k}={v}" for k, v in figures.items() if not isinstance(v, dict))
        nested = "; ".join(
            f"{k}: p50 {v['p50_ms']} ms, p95 {v['p95_ms']} ms, {v['throughput_rps']}/s, {v['errors']} errors"
            for k, v in figures.items()
            if isinstance(v, dict)
        )
        met = {True: "yes", False: "**no**", None: "n/a"}[item["met"]]
        lines.append(
            f"| {item['name']} | {item['backend']} | {item['ratio']} | {item['budget']} | {met} | "
            f"{'; '.join(part for part in (shown, nested) if part)} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    started = time.monotonic()
    work = Path(os.environ.get("BENCH_WORK", ROOT / "var" / "bench"))
    if work.exists():
        shutil.rmtree(work)
    (work / "mail").mkdir(parents=True)
    (work / "secret_key").write_text(secrets.token_urlsafe(64))
    backends = os.environ.get("BENCH_BACKENDS", "postgres,sqlite").split(",")
    datasets = os.environ.get("BENCH_DATASETS", "xs,city,country").split(",")
    only = os.environ.get("BENCH_ONLY", "")
    results: list[dict] = []
    log("Collecting static files")
    manage(environment(work, backends[0], "bench_template"), "collectstatic", "--noinput")
    for backend in backends:
        template(work, backend)
        for name in datasets:
            officials, units, programs = DATASETS[name]
            database = dataset_database(work, backend, name)
            env = environment(work, backend, database)
            log(f"{backend} / {name}: generate_load_data --officials {officials} --units {units} --programs {programs}")
            began = time.monotonic()
            manage(
                env,
                "generate_load_data",
                f"--officials={officials}",
                f"--units={units}",
                f"--programs={programs}",
                "--prefix=LOAD",
            )
            print(f"  generated in {time.monotonic() - began:.1f} s", flush=True)
            flush_cache()
            server = serve(env, work / f"gunicorn-{backend}-{name}.log")
            out = work / f"results-{backend}-{name}.json"
            try:
                subprocess.run(
                    [
                        PY,
                        "-m",
                        "bench.run",
                        f"--backend={backend}",
                        f"--dataset={name}",
                        f"--port={PORT}",
                        f"--out={out}",
                        f"--only={only}",
                    ],
                    cwd=ROOT,
                    env=env,
                    check=True,
                )
            finally:
                stop(server)
            results += json.loads(out.read_text())
            if backend == "postgres":
                psql(f"DROP DATABASE IF EXISTS {database}")
            else:
                (work / backend / f"{database}.sqlite3").unlink()
    meta = {
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "machine": platform.platform(),
        "duration_s": round(time.monotonic() - started),
        "web_workers": WORKERS,
    }
    (ROOT / "bench" / "results.json").write_text(
        json.dumps({"run": meta, "workloads": results}, ensure_ascii=False, indent=2) + "\n"
    )
    text = summary(results, meta)
    (ROOT / "bench" / "results.md").write_text(text)
    log("Summary")
    print(text)
    missed = [item["name"] + " on " + item["backend"] for item in results if item["met"] is False]
    print(f"{len(results)} workloads, {len(missed)} budgets missed" + (": " + ", ".join(missed) if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
