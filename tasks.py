#!/usr/bin/env python3
"""Set up and run the project with nothing but Python 3.11+.

    python3 tasks.py build [kg build options]   # install into .venv, build seeds/ into out/
    python3 tasks.py test [pytest options]      # install into .venv, lint, type-check, run all tests

The virtual environment is created on first use and reinstalled only when
pyproject.toml changes, so repeated runs start at once.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed"


def run(*cmd: str | Path) -> None:
    """Run a command from the project root; stop with its exit status if it fails."""
    print("+", " ".join(str(c) for c in cmd), flush=True)
    status = subprocess.call([str(c) for c in cmd], cwd=ROOT)
    if status:
        sys.exit(status)


def ensure_environment() -> None:
    """Create .venv and install the project with its test extras, unless already current."""
    if sys.version_info < (3, 11):  # noqa: UP036 -- tasks.py may be started by an older python3
        sys.exit(f"tasks.py: Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and (BIN / "kg").exists():
        return
    if not (BIN / "python").exists():
        print(f"tasks.py: creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    run(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(BIN / "python", "-m", "pip", "install", "--quiet", "-e", ".[test]")
    STAMP.write_text(wanted)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in {"build", "test"}:
        sys.exit(__doc__)
    ensure_environment()
    task, rest = argv[0], argv[1:]
    if task == "build":
        run(BIN / "kg", "build", *rest)
    else:
        run(BIN / "ruff", "check", "kg", "tests", "notebooks", "bench", "tasks.py")
        run(BIN / "mypy")
        run(BIN / "python", "-m", "pytest", *rest)


if __name__ == "__main__":
    main(sys.argv[1:])
