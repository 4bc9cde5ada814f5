"""``portfolio``: the core from a terminal, for headless use, scripts and tests.

Every error ends as one line on stderr and a documented exit status (see the README); no
traceback reaches the user. Unexpected errors are logged by class only, without personal data.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

from portfolio_app import logs
from portfolio_app.commands.context import Context
from portfolio_app.errors import ExitCode, PortfolioError
from portfolio_app.paths import AppPaths
from portfolio_app.process import EnvPassphrases, env_passphrases_taken, harden
from portfolio_app.version import version

# Modules under portfolio_app.commands, each with register(subparsers, groups).
COMMAND_MODULES: tuple[str, ...] = (
    "vault",
    "profile",
    "competence",
    "leerbewijs",
    "experience",
    "link",
    "backup",
    "jsonio",
    "export_docs",
    "language",
    "credential",
    "check",
    "plan",
    "signals",
    "rights",
    "desktop",
)

# Commands that several modules extend (``export json``, ``export cv``, ``import credential``).
SHARED_GROUPS: dict[str, tuple[str, str]] = {
    "export": ("Exporteer je portfolio naar een bestand.", "Export your portfolio to a file."),
    "import": ("Importeer gegevens in je portfolio.", "Import data into your portfolio."),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portfolio",
        description="Je competentieportefeuille, versleuteld op je eigen computer.",
    )
    parser.add_argument(
        "--vault", metavar="PAD", help="het portfoliobestand (standaard: in je gegevensmap)"
    )
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de meldingen")
    parser.add_argument("--version", action="version", version=f"portfolio {version()}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", required=True)
    groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}
    for name, (help_nl, _) in SHARED_GROUPS.items():
        group = sub.add_parser(name, help=help_nl, description=help_nl)
        groups[name] = group.add_subparsers(dest=f"{name}_what", metavar="SOORT", required=True)
    for module in COMMAND_MODULES:
        import_module(f"portfolio_app.commands.{module}").register(sub, groups)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The ``portfolio`` command. Core dumps go off and the passphrases leave the
    environment before anything else runs (see ``portfolio_app.process``)."""
    harden()
    with env_passphrases_taken() as env:
        return _run(argv, env)


def _run(argv: Sequence[str] | None, env: EnvPassphrases) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = AppPaths.default()
    ctx = Context(args=args, paths=paths, lang=args.lang, env=env)
    logs.setup(paths)
    try:
        code = int(args.handler(ctx) or 0)
        if code == 0 and ctx.storage_problem is not None:
            logs.record_error(ctx.storage_problem)
            return ctx.storage_problem.exit_code
        return code
    except PortfolioError as exc:
        logs.record_error(exc)
        print(f"portfolio: {exc.message(ctx.lang)}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (``portfolio competence list | head``): not an error.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(ctx.t("portfolio: onderbroken.", "portfolio: interrupted."), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for users
        logs.record_unexpected(exc)
        print(
            ctx.t(
                "portfolio: er ging iets onverwachts mis. Er is niets verloren; "
                f"de details staan in het logbestand in {paths.logs_dir}.",
                "portfolio: something unexpected went wrong. Nothing was lost; "
                f"details are in the log file in {paths.logs_dir}.",
            ),
            file=sys.stderr,
        )
        return ExitCode.GENERAL


if __name__ == "__main__":
    sys.exit(main())
