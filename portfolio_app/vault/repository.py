"""Create, read, update and delete for the domain objects, stored as validated JSON.

Each object is one row: its id, the JSON of its model, and the few columns an index needs.
Reading validates the JSON again (with the ``stored`` context, see domain.validation), so a
damaged row is reported, never handed to the UI half-filled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from portfolio_app.domain.validation import STORED
from portfolio_app.errors import InvalidInput, NotFound, VaultCorrupt
from portfolio_app.vault.store import Vault

M = TypeVar("M", bound=BaseModel)


class Repository(Generic[M]):
    table: str
    model: type[M]
    what_nl: str
    what_en: str

    def __init__(self, vault: Vault, run: Callable[[str, str], Any]) -> None:
        self._vault = vault
        self._change = run

    # -- reading -------------------------------------------------------------------------

    def find(self, key: str) -> M | None:
        rows = self._vault.query(f"SELECT data FROM {self.table} WHERE id = ?", [key])
        return self._load(rows[0][0]) if rows else None

    def get(self, key: str) -> M:
        found = self.find(key)
        if found is None:
            raise self._not_found()
        return found

    def list(self) -> list[M]:
        rows = self._vault.query(f"SELECT data FROM {self.table} ORDER BY rowid")
        return [self._load(r[0]) for r in rows]

    def count(self) -> int:
        return int(self._vault.scalar(f"SELECT count(*) FROM {self.table}"))

    def exists(self, key: str) -> bool:
        return bool(self._vault.scalar(f"SELECT 1 FROM {self.table} WHERE id = ?", [key]))

    # -- writing -------------------------------------------------------------------------

    def add(self, obj: M) -> M:
        with self._describe("toegevoegd", "added"):
            self._insert(obj)
        return obj

    def add_many(self, objs: Iterable[M]) -> int:
        count = 0
        with self._describe("toegevoegd", "added"):
            for obj in objs:
                self._insert(obj)
                count += 1
        return count

    def update(self, obj: M) -> M:
        with self._describe("gewijzigd", "changed"):
            if not self.exists(self._key(obj)):
                raise self._not_found()
            self._write(obj)
        return obj

    def delete(self, key: str) -> None:
        with self._describe("verwijderd", "deleted"):
            if not self.exists(key):
                raise self._not_found()
            self._before_delete(key)
            self._vault.remove(self.table, key)

    # -- hooks and helpers ---------------------------------------------------------------

    def columns(self, obj: M) -> dict[str, Any]:
        """Indexed columns besides the JSON; subclasses add theirs."""
        return {}

    def _describe(self, verb_nl: str, verb_en: str) -> Any:
        """A change named after this repository's objects: 'Competentie verwijderd'."""
        return self._change(
            f"{self.what_nl.capitalize()} {verb_nl}", f"{self.what_en.capitalize()} {verb_en}"
        )

    def _not_found(self) -> NotFound:
        return NotFound(
            what=self.what_nl.capitalize(), en=f"{self.what_en.capitalize()} not found."
        )

    def _before_delete(self, key: str) -> None:
        """Remove references to the object in the same transaction."""

    def _key(self, obj: M) -> str:
        return str(getattr(obj, "id"))  # noqa: B009 - every stored model has an id

    def _insert(self, obj: M) -> None:
        if self.exists(self._key(obj)):
            raise InvalidInput(
                f"{self.what_nl.capitalize()} met deze sleutel bestaat al.",
                f"{self.what_en.capitalize()} with this key already exists.",
            )
        self._write(obj)

    def _write(self, obj: M) -> None:
        row = {
            "data": obj.model_dump_json(),
            "updated_at": datetime.now().isoformat(timespec="seconds"),
            **self.columns(obj),
        }
        self._vault.put(self.table, self._key(obj), row)

    def _load(self, data: str) -> M:
        try:
            return self.model.model_validate_json(data, context=STORED)
        except ValidationError:
            raise VaultCorrupt() from None
