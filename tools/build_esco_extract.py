"""Build the ESCO extract the app ships, from the ESCO CSV download.

    .venv/bin/python tools/build_esco_extract.py [../shared/esco/v1.1.1]

Reads the download (ESCO 1.1 or 1.2 layout, the Dutch and English files side by side) the
same way ``portfolio language import-esco`` does, keeps what the bundled language needs (see
``portfolio_app/language/esco_extract.py``) and writes
``resources/language/esco-v<version>.json.gz``. The ESCO files themselves stay out of the
repository. Run it again after a new ESCO version and commit the new extract (remove the old
one); the data tests then say which project translations and synonyms need a look.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from portfolio_app.language import esco_extract  # noqa: E402
from portfolio_app.language.data import LanguageData  # noqa: E402
from portfolio_app.language.esco_csv import Problems, Reporter, index_folder  # noqa: E402
from portfolio_app.language.esco_import import _version  # noqa: E402
from portfolio_app.language.esco_read import EscoReader  # noqa: E402

DEFAULT_SOURCE = REPO.parent / "shared" / "esco" / "v1.1.1"
TARGET = REPO / "resources" / "language"


def _lines(value: str) -> list[str]:
    return [v.strip() for v in value.replace(" | ", "\n").split("\n") if v.strip()]


def dutch_labels(directory: Path, stem: str) -> dict[str, list[str]]:
    """Dutch alternative and hidden labels per URI from ``<stem>_nl.csv`` (alternative
    first: hidden labels are old spellings and common misspellings, for search only)."""
    path = index_folder(directory).get(f"{stem}_nl.csv")
    if path is None:
        return {}
    found: dict[str, list[str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            label = row["preferredLabel"].strip()
            labels = _lines(row.get("altLabels") or "") + _lines(row.get("hiddenLabels") or "")
            found[row["conceptUri"].strip()] = [a for a in dict.fromkeys(labels) if a != label]
    return found


def reduce(esco: LanguageData, occupations_nl: dict[str, list[str]],
           skills_nl: dict[str, list[str]]) -> LanguageData:  # fmt: skip
    """Only Dutch alternative labels, no English descriptions."""
    out = LanguageData(groups=set(esco.groups), isco_groups=dict(esco.isco_groups))
    for uri, c in esco.concepts.items():
        alts = tuple(skills_nl.get(uri, ())) if c.label_nl else ()
        out.concepts[uri] = replace(c, alt_labels=alts, description="")
    for uri, o in esco.occupations.items():
        alts = tuple(occupations_nl.get(uri, ())) if o.label_nl else ()
        description = o.description if o.label_nl else ""
        out.occupations[uri] = replace(o, alt_labels=alts, description=description)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    problems = Problems()
    reader = EscoReader(args.source, problems, Reporter(None, None))
    esco = reader.read(LanguageData())
    version = _version(args.source) or "unknown"
    data = reduce(
        esco, dutch_labels(args.source, "occupations"), dutch_labels(args.source, "skills")
    )
    files = sorted(path.name for path in index_folder(args.source).values())
    target = args.out / esco_extract.file_name(version)
    esco_extract.write(data, target, version, f"ESCO v{version} CSV: {', '.join(files)}")
    stats = reader.stats
    print(
        f"{target}: {stats.occupations} occupations, {stats.skills} skills, "
        f"{stats.skill_groups} skill groups, {stats.relations} relations, "
        f"{problems.total} rows skipped; {target.stat().st_size / 1e6:.2f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
