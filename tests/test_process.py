"""Process hardening: core dumps off, passphrases out of the environment, no keyring when
the passphrase comes from the environment.

The real checks run in a child process started the way ``portfolio`` and ``portfolio-app``
start (their ``main``), with core dumps allowed beforehand, so that they can fail: the test
process itself may already have them off.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from portfolio_app.process import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    env_passphrases_taken,
    take_env_passphrases,
)
from tests.conftest import PASSPHRASE, REPO_ROOT

resource = pytest.importorskip("resource")
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

# Reports, from inside the command, what a child process started then would inherit.
REPORT = """
import json, os, resource, subprocess, sys
from portfolio_app import process

def report(seen):
    code = "import os, json; print(json.dumps(sorted(k for k in os.environ if 'PASSPHRASE' in k)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seen["child_env"] = json.loads(out.stdout)
    seen["core_soft"] = resource.getrlimit(resource.RLIMIT_CORE)[0]
    seen["dumpable"] = process.is_dumpable()
"""

CLI_CHILD = (
    REPORT
    + """
from portfolio_app import cli
from portfolio_app.commands import vault as commands

seen = {"core_soft_at_start": resource.getrlimit(resource.RLIMIT_CORE)[0]}
status = commands.cmd_status

def cmd_status(ctx):
    report(seen)
    return status(ctx)

commands.cmd_status = cmd_status
sys.argv = ["portfolio", *sys.argv[1:]]
seen["exit"] = cli.main()
seen["keyring_loaded"] = "keyring" in sys.modules
print("REPORT " + json.dumps(seen))
"""
)

APP_CHILD = (
    REPORT
    + """
from PySide6.QtCore import QCoreApplication, QTimer
from portfolio_app.ui import app

seen = {"core_soft_at_start": resource.getrlimit(resource.RLIMIT_CORE)[0]}
build = app.build

def build_and_report(argv=None):
    made = build(argv)
    def done():
        report(seen)
        QCoreApplication.quit()
    QTimer.singleShot(0, done)
    return made

app.build = build_and_report
seen["exit"] = app.main(["portfolio-app"])
print("REPORT " + json.dumps(seen))
"""
)


# The passphrase typed at the prompt (getpass stands in for the terminal).
PROMPT_CHILD = """
import getpass, io, json, sys
from portfolio_app import cli

class Terminal(io.StringIO):
    def isatty(self):
        return True

sys.stdin = Terminal()
getpass.getpass = lambda prompt="": sys.argv[1]
code = cli.main(sys.argv[2:])
print("REPORT " + json.dumps({"exit": code, "keyring_loaded": "keyring" in sys.modules}))
"""


def _run_prompt_child(*argv: str, home: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if "PASSPHRASE" not in k}
    done = subprocess.run(
        [sys.executable, "-c", PROMPT_CHILD, PASSPHRASE, *argv],
        env={**env, "PORTFOLIO_HOME": str(home)},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"no report (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
    report: dict[str, object] = json.loads(lines[-1].removeprefix("REPORT "))
    return report


def test_no_keyring_when_the_passphrase_is_typed(isolated_home: Path) -> None:
    """``init`` without --remember writes down that nothing is remembered; a command that
    then asks for the passphrase does not load the keyring. A vault the device does not know
    yet (made before this record) asks the keyring once."""
    vault = isolated_home / "portfolio.vault"
    assert _run_prompt_child("init", home=isolated_home)["exit"] == 0
    assert vault.is_file()
    seen = _run_prompt_child("competence", "list", home=isolated_home)
    assert seen == {"exit": 0, "keyring_loaded": False}

    (isolated_home / "keyring.json").unlink()  # as on a device that never saw this vault
    assert _run_prompt_child("competence", "list", home=isolated_home)["keyring_loaded"] is True
    seen = _run_prompt_child("competence", "list", home=isolated_home)
    assert seen == {"exit": 0, "keyring_loaded": False}


def _allow_core_dumps() -> None:
    """In the child, before Python starts: the soft core limit as high as allowed."""
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _run_child(script: str, *argv: str, home: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "PORTFOLIO_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        PASSPHRASE_ENV: PASSPHRASE,
        NEW_PASSPHRASE_ENV: "groene tafel zingt luid",
    }
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *argv],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_allow_core_dumps,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"no report (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
    seen: dict[str, object] = json.loads(lines[-1].removeprefix("REPORT "))
    if seen["core_soft_at_start"] == 0:
        pytest.skip("core dumps cannot be allowed here (hard limit 0): the test could not fail")
    return seen


@linux
def test_cli_turns_core_dumps_off_and_hides_the_passphrase(
    vault_path: Path, isolated_home: Path
) -> None:
    seen = _run_child(CLI_CHILD, "--vault", str(vault_path), "status", home=isolated_home)
    assert seen["exit"] == 0
    assert seen["core_soft"] == 0
    assert seen["dumpable"] is False
    assert seen["child_env"] == []
    assert seen["keyring_loaded"] is False


@linux
def test_app_turns_core_dumps_off_and_hides_the_passphrase(isolated_home: Path) -> None:
    seen = _run_child(APP_CHILD, home=isolated_home)
    assert seen["exit"] == 0
    assert seen["core_soft"] == 0
    assert seen["dumpable"] is False
    assert seen["child_env"] == []


def test_passphrases_are_taken_once() -> None:
    env = {PASSPHRASE_ENV: "een twee drie vier", NEW_PASSPHRASE_ENV: "", "HOME": "/home/an"}
    taken = take_env_passphrases(env)
    assert taken.passphrase == "een twee drie vier"
    assert taken.new_passphrase is None  # empty is not given
    assert env == {"HOME": "/home/an"}
    assert "een twee" not in repr(taken)


def test_taken_for_one_command_then_put_back() -> None:
    env = {PASSPHRASE_ENV: "een twee drie vier"}
    with env_passphrases_taken(env) as taken:
        assert taken.passphrase == "een twee drie vier" and env == {}
    assert env == {PASSPHRASE_ENV: "een twee drie vier"}
