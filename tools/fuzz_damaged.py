"""One-off: damage a demo database 100 ways and run the commands a director or admin would.

Not part of the test suite (tests/unit/security/test_damaged_database.py runs 30 in-process,
with the same damage from tests/damaged_files.py).
Counts the runs that end as required (issue 12 item 9): exit 1, exactly one line
``skow-desk: De database is beschadigd; zet een back-up terug.``, no traceback, never "in orde".

    PYTHONPATH=. python tools/fuzz_damaged.py [--runs 100]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.damaged_files import KINDS, damage  # the same damage as the bounded test

PASSPHRASE = "fuzz beschadigde databases 2026"
COMMANDS = (["audit", "verify"], ["config", "export", "{tmp}/x.toml"],
            ["overview", "--schooljaar", "2025-2026", "--out", "{tmp}/o.csv"],
            ["backup", "--out", "{tmp}/b.skowbackup"], ["purge"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    env = {**os.environ, "SKOW_DESK_PASSPHRASE": PASSPHRASE}
    work = Path(tempfile.mkdtemp(prefix="skow-fuzz-"))
    template = work / "sjabloon"
    subprocess.run([sys.executable, "-m", "skow_desk", "--data-dir", str(template), "demo",
                    "--incidents", "150"], env=env, check=True, capture_output=True)
    handled, failures = 0, []
    for run in range(args.runs):
        rng = random.Random(run)
        folder = work / f"r{run}"
        shutil.copytree(template, folder)
        kind = KINDS[run % len(KINDS)]
        damage(folder / "skow-desk.db", kind, rng)
        command = [part.format(tmp=work) for part in COMMANDS[run % len(COMMANDS)]]
        result = subprocess.run([sys.executable, "-m", "skow_desk", "--data-dir", str(folder),
                                 *command], env=env, capture_output=True, text=True, timeout=300)
        lines = [line for line in result.stderr.splitlines() if line.startswith("skow-desk:")]
        ok = (result.returncode == 1 and "Traceback" not in result.stderr
              and lines == ["skow-desk: De database is beschadigd; zet een back-up terug."]
              and "in orde" not in result.stdout)
        handled += ok
        if not ok:
            failures.append(f"{run} {kind} {command[0]}: rc={result.returncode} "
                            f"{result.stderr.strip()[-300:]!r}")
        shutil.rmtree(folder)
    shutil.rmtree(work)
    print(f"{handled} van {args.runs} beschadigde databases netjes afgehandeld")
    for failure in failures:
        print("  ", failure)
    return 0 if handled == args.runs else 1


if __name__ == "__main__":
    raise SystemExit(main())
