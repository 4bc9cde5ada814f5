"""A whole competence language in memory, between a source (the bundled starter files, an
ESCO download) and the SQLite file it is written to.

Sources fill a ``LanguageData`` and the builder writes one; merging two of them is a plain
dictionary update, which is how "ESCO wins on equal URIs" is kept simple and visible.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from portfolio_app.language.model import Concept, Occupation, Qualification


@dataclass
class LanguageData:
    concepts: dict[str, Concept] = field(default_factory=dict)
    occupations: dict[str, Occupation] = field(default_factory=dict)
    qualifications: dict[str, Qualification] = field(default_factory=dict)
    # Concepts that only group others (ESCO skill groups): browsable, never suggested.
    groups: set[str] = field(default_factory=set)
    # ISCO-08 code -> (Dutch label, English label).
    isco_groups: dict[str, tuple[str, str]] = field(default_factory=dict)
    # The ESCO version the data holds ("" when none): the bundled extract's or an import's.
    esco_version: str = ""

    def merge(self, other: LanguageData) -> None:
        """Take everything from ``other``; where both hold a URI, ``other`` wins."""
        self.concepts.update(other.concepts)
        self.occupations.update(other.occupations)
        self.qualifications.update(other.qualifications)
        self.groups -= other.concepts.keys()
        self.groups |= other.groups
        self.isco_groups.update(other.isco_groups)
        self.esco_version = other.esco_version or self.esco_version

    def skill_count(self) -> int:
        return len(self.concepts) - len(self.groups)
