"""Turns the files of an ESCO CSV download into a ``LanguageData``.

Both layouts are read: ESCO 1.1.x (relation files without a language suffix) and 1.2
(``occupationSkillRelations_en.csv`` and friends, with extra label columns, which are simply
not used). Labels come per language from ``skills_nl.csv`` / ``skills_en.csv`` and the same for
occupations; whichever of the two is present is used, and both when both are.

Types follow ESCO: the language collection gives "taal", the transversal collection and reuse
level give "transversaal", skill type "knowledge" gives "kennis", the rest "vaardigheid". The
digital (and DigComp) and green collections set the flags of the same names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from portfolio_app.language.data import LanguageData
from portfolio_app.language.errors import ImportFailed
from portfolio_app.language.esco_csv import CsvFile, Problems, Reporter, index_folder
from portfolio_app.language.model import Concept, ConceptType, Occupation

LANGS = ("nl", "en")
_ALT_SPLIT = re.compile(r"\n| \| ")
_GROUP_TYPES = {"K": ConceptType.KENNIS, "T": ConceptType.TRANSVERSAAL, "L": ConceptType.TAAL}
_COLLECTIONS = {
    "digitalskillscollection": "digital",
    "digcompskillscollection": "digital",
    "greenskillscollection": "green",
    "transversalskillscollection": "transversal",
    "languageskillscollection": "language",
}


@dataclass
class _Entry:
    """A skill, skill group or occupation while its languages are read one by one."""

    labels: dict[str, str] = field(default_factory=dict)
    alts: list[str] = field(default_factory=list)
    descriptions: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def pick(values: dict[str, str]) -> str:
        return values.get("nl") or values.get("en") or ""


@dataclass
class EscoStats:
    layout: str = "1.1"
    languages: tuple[str, ...] = ()
    skills: int = 0
    skill_groups: int = 0
    occupations: int = 0
    relations: int = 0
    broader: int = 0
    isco_groups: int = 0


def _find(files: dict[str, Path], stem: str) -> dict[str, Path]:
    """Files named ``stem_<lang>.csv`` for the languages the app shows."""
    return {lang: files[f"{stem}_{lang}.csv"] for lang in LANGS if f"{stem}_{lang}.csv" in files}


def _find_any(files: dict[str, Path], stem: str) -> tuple[Path, bool] | None:
    """A language-independent file: ``stem.csv`` (1.1) or ``stem_<lang>.csv`` (1.2)."""
    if f"{stem}.csv" in files:
        return files[f"{stem}.csv"], False
    for name in sorted(files):
        if re.fullmatch(rf"{stem}_[a-z]{{2,3}}\.csv", name):
            return files[name], True
    return None


def _split_alts(value: str) -> list[str]:
    return [a.strip() for a in _ALT_SPLIT.split(value) if a.strip()]


class EscoReader:
    def __init__(self, directory: Path, problems: Problems, reporter: Reporter) -> None:
        self.files = index_folder(directory)
        self.problems = problems
        self.reporter = reporter
        self.stats = EscoStats()
        self.skills: dict[str, _Entry] = {}
        self.groups: dict[str, _Entry] = {}
        self.occupations: dict[str, _Entry] = {}

    def _require(self, stem: str) -> dict[str, Path]:
        found = _find(self.files, stem)
        if not found:
            raise ImportFailed(
                f"In deze map staat geen {stem}_nl.csv of {stem}_en.csv. "
                "Kies de map van de ESCO-download (CSV).",
                f"This folder holds no {stem}_nl.csv or {stem}_en.csv. "
                "Choose the folder of the ESCO download (CSV).",
            )
        return found

    def _read_entries(
        self, path: Path, lang: str, into: dict[str, _Entry], extra: tuple[str, ...], stage: str
    ) -> None:
        csv_file = CsvFile(path, ("conceptUri", "preferredLabel"))
        cols = csv_file.columns
        uri_at, label_at = cols["conceptUri"], cols["preferredLabel"]
        alt_at, desc_at = cols.get("altLabels"), cols.get("description")
        extra_at = {name: cols[name] for name in extra if name in cols}
        seen: set[str] = set()
        for line, row in csv_file.rows(self.problems, self.reporter, stage):
            uri, label = row[uri_at].strip(), row[label_at].strip()
            if not uri or not label:
                self.problems.add(
                    csv_file.name, line, "URI of label ontbreekt", "URI or label missing"
                )
                continue
            if uri in seen:
                self.problems.add(csv_file.name, line, f"dubbele URI {uri}", f"duplicate URI {uri}")
                continue
            seen.add(uri)
            entry = into.setdefault(uri, _Entry())
            entry.labels[lang] = label
            if alt_at is not None:
                entry.alts.extend(a for a in _split_alts(row[alt_at]) if a != label)
            if desc_at is not None and row[desc_at].strip():
                entry.descriptions[lang] = row[desc_at].strip()
            for name, at in extra_at.items():
                entry.extra.setdefault(name, row[at].strip())

    def _collections(self) -> dict[str, set[str]]:
        members: dict[str, set[str]] = {kind: set() for kind in set(_COLLECTIONS.values())}
        for stem, kind in _COLLECTIONS.items():
            found = _find(self.files, stem) or {}
            for path in list(found.values())[:1]:
                try:
                    csv_file = CsvFile(path, ("conceptUri",))
                except ImportFailed as exc:
                    self.problems.add(path.name, 1, exc.message("nl"), exc.message("en"))
                    continue
                at = csv_file.columns["conceptUri"]
                for line, row in csv_file.rows(self.problems, self.reporter, "Collecties lezen"):
                    uri = row[at].strip()
                    if uri in self.skills:
                        members[kind].add(uri)
                    else:
                        self.problems.add(
                            path.name, line, f"onbekende competentie {uri}",
                            f"unknown skill {uri}",
                        )  # fmt: skip
        return members

    def _relations(
        self, path: Path, starter: LanguageData
    ) -> dict[str, tuple[list[str], list[str]]]:
        csv_file = CsvFile(path, ("occupationUri", "relationType", "skillUri"))
        cols = csv_file.columns
        occ_at, rel_at, skill_at = cols["occupationUri"], cols["relationType"], cols["skillUri"]
        known_occupations = self.occupations.keys() | starter.occupations.keys()
        known_skills = self.skills.keys() | starter.concepts.keys()
        found: dict[str, tuple[list[str], list[str]]] = {}
        name = csv_file.name
        for line, row in csv_file.rows(self.problems, self.reporter, "Relaties lezen"):
            occupation, skill = row[occ_at].strip(), row[skill_at].strip()
            relation = row[rel_at].strip().lower()
            if relation not in ("essential", "optional"):
                self.problems.add(
                    name, line, f"onbekend relatietype '{relation}'",
                    f"unknown relation type '{relation}'",
                )  # fmt: skip
            elif occupation not in known_occupations:
                self.problems.add(
                    name, line, f"onbekend beroep {occupation}", f"unknown occupation {occupation}"
                )
            elif skill not in known_skills:
                self.problems.add(
                    name, line, f"onbekende competentie {skill}", f"unknown skill {skill}"
                )
            else:
                essential, optional = found.setdefault(occupation, ([], []))
                (essential if relation == "essential" else optional).append(skill)
                self.stats.relations += 1
        return found

    def _broader(self) -> dict[str, list[str]]:
        found_file = _find_any(self.files, "broaderrelationsskillpillar")
        if found_file is None:
            return {}
        csv_file = CsvFile(found_file[0], ("conceptUri", "broaderUri"))
        cols = csv_file.columns
        child_at, parent_at = cols["conceptUri"], cols["broaderUri"]
        types_at = [cols[c] for c in ("conceptType", "broaderType") if c in cols]
        known = self.skills.keys() | self.groups.keys()
        found: dict[str, list[str]] = {}
        for line, row in csv_file.rows(self.problems, self.reporter, "Hiërarchie lezen"):
            child, parent = row[child_at].strip(), row[parent_at].strip()
            if child in known and parent in known:
                found.setdefault(child, []).append(parent)
                self.stats.broader += 1
            elif self.groups or not any(row[at] == "SkillGroup" for at in types_at):
                # Without a skill-groups file, links to groups are expected to miss.
                unknown = child if child not in known else parent
                self.problems.add(
                    csv_file.name, line, f"onbekend begrip {unknown}", f"unknown concept {unknown}"
                )
        return found

    def _isco(self) -> dict[str, tuple[str, str]]:
        labels: dict[str, dict[str, str]] = {}
        for lang, path in _find(self.files, "iscogroups").items():
            try:
                csv_file = CsvFile(path, ("code", "preferredLabel"))
            except ImportFailed as exc:
                self.problems.add(path.name, 1, exc.message("nl"), exc.message("en"))
                continue
            code_at, label_at = csv_file.columns["code"], csv_file.columns["preferredLabel"]
            for _, row in csv_file.rows(self.problems, self.reporter, "ISCO-groepen lezen"):
                labels.setdefault(row[code_at].strip(), {})[lang] = row[label_at].strip()
        return {code: (v.get("nl", ""), v.get("en", "")) for code, v in labels.items() if code}

    def read(self, starter: LanguageData) -> LanguageData:
        """The ESCO language in the folder. ``starter`` only serves to accept relations
        to starter URIs; merging is up to the caller."""
        skill_files = self._require("skills")
        occupation_files = self._require("occupations")
        relation_file = _find_any(self.files, "occupationskillrelations")
        if relation_file is None:
            raise ImportFailed(
                "In deze map staat geen occupationSkillRelations.csv.",
                "This folder holds no occupationSkillRelations.csv.",
            )
        self.stats.layout = "1.2" if relation_file[1] else "1.1"
        self.stats.languages = tuple(
            lang for lang in LANGS if lang in skill_files or lang in occupation_files
        )
        for lang, path in skill_files.items():
            self._read_entries(
                path, lang, self.skills, ("skillType", "reuseLevel"), "Competenties lezen"
            )
        for lang, path in _find(self.files, "skillgroups").items():
            self._read_entries(path, lang, self.groups, ("code",), "Competentiegroepen lezen")
        for lang, path in occupation_files.items():
            self._read_entries(path, lang, self.occupations, ("iscoGroup",), "Beroepen lezen")
        members = self._collections()
        broader = self._broader()
        relations = self._relations(relation_file[0], starter)
        data = LanguageData(isco_groups=self._isco())
        for uri, entry in self.groups.items():
            code = entry.extra.get("code", "")
            ctype = _GROUP_TYPES.get(code[:1], ConceptType.KENNIS)
            data.concepts[uri] = self._concept(uri, entry, ctype, broader, frozenset())
            data.groups.add(uri)
        for uri, entry in self.skills.items():
            if uri in members["language"]:
                ctype = ConceptType.TAAL
            elif uri in members["transversal"] or entry.extra.get("reuseLevel") == "transversal":
                ctype = ConceptType.TRANSVERSAAL
            elif entry.extra.get("skillType") == "knowledge":
                ctype = ConceptType.KENNIS
            else:
                ctype = ConceptType.VAARDIGHEID
            flags = frozenset(f for f in ("digital", "green") if uri in members[f])
            data.concepts[uri] = self._concept(uri, entry, ctype, broader, flags)
        for uri, entry in self.occupations.items():
            essential, optional = relations.get(uri, ([], []))
            data.occupations[uri] = Occupation(
                uri=uri,
                label_nl=entry.labels.get("nl", ""),
                label_en=entry.labels.get("en", ""),
                alt_labels=tuple(dict.fromkeys(entry.alts)),
                description=entry.pick(entry.descriptions),
                isco_code=entry.extra.get("iscoGroup", ""),
                essential=tuple(dict.fromkeys(essential)),
                optional=tuple(u for u in dict.fromkeys(optional) if u not in essential),
            )
        self.stats.skills = len(self.skills)
        self.stats.skill_groups = len(self.groups)
        self.stats.occupations = len(self.occupations)
        self.stats.isco_groups = len(data.isco_groups)
        return data

    @staticmethod
    def _concept(
        uri: str,
        entry: _Entry,
        ctype: ConceptType,
        broader: dict[str, list[str]],
        flags: frozenset[str],
    ) -> Concept:
        return Concept(
            uri=uri,
            type=ctype,
            label_nl=entry.labels.get("nl", ""),
            label_en=entry.labels.get("en", ""),
            alt_labels=tuple(dict.fromkeys(entry.alts)),
            description=entry.pick(entry.descriptions),
            broader=tuple(dict.fromkeys(broader.get(uri, ()))),
            flags=flags,
            nl_origin="esco" if "nl" in entry.labels else "",
        )
