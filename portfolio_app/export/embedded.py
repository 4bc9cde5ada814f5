"""Digital credentials carried inside an exported PDF as their original files.

A printed list of badges proves nothing: anyone can type one. An imported Open Badge, Verifiable
Credential or Europass credential, however, keeps its original file unchanged in
``origin.payload``, and that file carries the issuer's signature. Embedded in the PDF (as a
file attachment, PDF 32000-1 §7.11.4, and as an associated file of the document, PDF 2.0
§14.13), it travels with the CV annex or the EVC dossier, and the employer or assessor can
check it with any verifier, without trusting this app.

So the files go in byte for byte as they were imported (a PNG badge decoded from its base64,
text exactly as it was read), each under a name made from the leerbewijs's title, and the
document names each one with what the app could verify offline and when (the stored
``Leerbewijs.verification``; never more than what actually ran).

Only on request (``ExportOptions.embed_credentials``): the files may hold the holder's e-mail
address or name in the clear, which a reader of the PDF then gets too.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, NameObject, NumberObject, TextStringObject
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from portfolio_app.domain import Leerbewijs
from portfolio_app.domain.enums import OriginKind
from portfolio_app.export import fonts
from portfolio_app.export.options import CvOptions, chosen
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    SectionTitle,
    Styles,
    list_table,
    para,
    rich,
    th,
)
from portfolio_app.export.wording import long_date, pick
from portfolio_app.vault import Portfolio

EXTENSIONS = {
    "application/json": ".json",
    "application/jwt": ".jwt",
    "image/png": ".png",
    "image/svg+xml": ".svg",
}
FORMAT_NAMES = (
    ("openbadges-2.0", "Open Badges 2.0"),
    ("openbadges-3.0", "Open Badges 3.0"),
    ("europass-elm", "Europass (European Learning Model)"),
    ("vc-", "W3C Verifiable Credential"),
)
ANCHOR = "credentials"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def is_digital(leerbewijs: Leerbewijs) -> bool:
    """An imported credential whose original file was kept."""
    origin = leerbewijs.origin
    return origin.kind is OriginKind.GEIMPORTEERD and bool(origin.payload)


def original_bytes(leerbewijs: Leerbewijs) -> bytes | None:
    """The file as it was imported: base64 undone for a PNG, text encoded back as UTF-8 (it
    was decoded from UTF-8, byte order mark included); None when the payload is damaged."""
    payload = leerbewijs.origin.payload
    if not payload:
        return None
    if leerbewijs.origin.payload_media_type == "image/png":
        try:
            return base64.b64decode(payload, validate=True)
        except (binascii.Error, ValueError):
            return None
    return payload.encode("utf-8")


def format_name(leerbewijs: Leerbewijs) -> str:
    code = leerbewijs.origin.format
    for prefix, name in FORMAT_NAMES:
        if code.startswith(prefix):
            return name
    return code


@dataclass(frozen=True)
class CredentialFile:
    leerbewijs: Leerbewijs
    name: str
    data: bytes
    media_type: str


def credential_files(leerbewijzen: Iterable[Leerbewijs]) -> list[CredentialFile]:
    """The original files of the digital credentials among ``leerbewijzen``, each with a
    name of its own (a second 'Open badge.json' becomes 'Open badge (2).json')."""
    files: list[CredentialFile] = []
    taken: set[str] = set()
    for leerbewijs in leerbewijzen:
        data = original_bytes(leerbewijs) if is_digital(leerbewijs) else None
        if data is None:
            continue
        media_type = leerbewijs.origin.payload_media_type
        stem, extension = _stem(leerbewijs.title), EXTENSIONS.get(media_type, ".txt")
        name, n = stem + extension, 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem} ({n}){extension}"
        taken.add(name.casefold())
        files.append(CredentialFile(leerbewijs, name, data, media_type))
    return files


def _stem(title: str) -> str:
    """A file name every operating system accepts, from the title as the user knows it."""
    text = unicodedata.normalize("NFC", title)
    text = " ".join(_UNSAFE.sub("-", text).split()).strip(" .-")
    return text[:80].rstrip(" .-") or "leerbewijs"


class EmbeddedCredentials:
    """The credential files of one document: the section that names them, and the step that
    puts them into the finished PDF."""

    def __init__(self, leerbewijzen: Iterable[Leerbewijs], lang: str) -> None:
        self.lang = lang
        self.files = credential_files(leerbewijzen)
        self._names = {f.leerbewijs.id: f.name for f in self.files}

    def name_of(self, leerbewijs_id: str) -> str | None:
        return self._names.get(leerbewijs_id)

    def story(self, styles: Styles) -> list[Flowable]:
        """'Digitale leerbewijzen in deze PDF': each file, its credential, and what was
        verified offline and when."""
        if not self.files:
            return []
        lang = self.lang
        intro = pick(
            lang,
            "Deze PDF bevat de originele bestanden van de digitale leerbewijzen hieronder, "
            "ongewijzigd, als ingesloten bestanden (in de meeste PDF-lezers onder de paperclip "
            "of ‘Bijlagen’). Wie ze wil nagaan, opent ze met een verificatieprogramma voor Open "
            "Badges, Verifiable Credentials of Europass. De app Portfolio controleerde ze "
            "offline bij het importeren; wat toen gecontroleerd werd, staat erbij.",
            "This PDF holds the original files of the digital credentials below, unchanged, as "
            "embedded files (in most PDF readers under the paper clip or ‘Attachments’). To "
            "verify them, open them with a verifier for Open Badges, Verifiable Credentials or "
            "Europass. The Portfolio app checked them offline when they were imported; what was "
            "checked then is listed with each.",
        )
        rows: list[list[object]] = [
            [
                th(pick(lang, "Bestand", "File"), styles),
                th(pick(lang, "Leerbewijs", "Credential"), styles),
                th(pick(lang, "Offline gecontroleerd", "Checked offline"), styles),
            ]
        ]
        for item in self.files:
            rows.append(
                [
                    [para(item.name, styles.cell_strong), para(format_name(item.leerbewijs),
                                                                styles.meta)],
                    [para(item.leerbewijs.title, styles.cell), *self._about(item, styles)],
                    [rich(line, styles.meta) for line in self.checks(item.leerbewijs)],
                ]
            )  # fmt: skip
        widths = [130, CONTENT_WIDTH - 130 - 170, 170]
        return [
            CondPageBreak(150),
            SectionTitle(pick(lang, "Digitale leerbewijzen in deze PDF",
                              "Digital credentials in this PDF"), ANCHOR),
            rich(f'<a name="{ANCHOR}"/>' + escape(intro), styles.body),
            Spacer(1, 8),
            list_table(rows, widths),
        ]  # fmt: skip

    def _about(self, item: CredentialFile, styles: Styles) -> list[Flowable]:
        lb = item.leerbewijs
        parts = [lb.issuer.strip()]
        if lb.issued:
            parts.append(
                pick(self.lang, "uitgereikt op ", "issued ") + long_date(lb.issued, self.lang)
            )
        line = " · ".join(p for p in parts if p)
        return [para(line, styles.meta)] if line else []

    def checks(self, leerbewijs: Leerbewijs) -> list[str]:
        """When, then one line per check ('Handtekening: geslaagd'), as markup."""
        from portfolio_app.credentials.checks import CHECK_LABELS, STATUS_LABELS

        verification = leerbewijs.verification
        if verification is None or not verification.checks:
            return [escape(pick(self.lang, "niets gecontroleerd", "nothing checked"))]
        index = 1 if self.lang == "en" else 0
        when = long_date(verification.checked_at.date(), self.lang)
        lines = [f"<b>{escape(pick(self.lang, f'Op {when}:', f'On {when}:'))}</b>"]
        lines += [
            escape(
                f"{CHECK_LABELS.get(c.code, (c.code, c.code))[index]}: "
                f"{STATUS_LABELS[c.status][index]}"
            )
            for c in verification.checks
        ]
        return lines

    def attach_to(self, writer: PdfWriter) -> None:
        """Add the files to a PDF being written: in the document's list of embedded files,
        and as its associated files, each with a description and its media type."""
        if not self.files:
            return
        associated = ArrayObject()
        for item in self.files:
            embedded = writer.add_attachment(item.name, item.data)
            embedded.alternative_name = TextStringObject(item.name)
            embedded.description = TextStringObject(
                fonts.clean(f"{item.leerbewijs.title} – {format_name(item.leerbewijs)}")
            )
            embedded.subtype = NameObject("/" + (item.media_type or "application/octet-stream"))
            embedded.size = NumberObject(len(item.data))
            embedded.associated_file_relationship = NameObject("/Source")
            associated.append(embedded.pdf_object.indirect_reference)
        writer.root_object[NameObject("/AF")] = associated

    def apply(self, pdf: bytes) -> bytes:
        """The finished PDF with the files in it."""
        if not self.files:
            return pdf
        writer = PdfWriter(clone_from=io.BytesIO(pdf))
        self.attach_to(writer)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def has_digital(leerbewijzen: Iterable[Leerbewijs]) -> bool:
    return any(is_digital(lb) for lb in leerbewijzen)


def for_cv(portfolio: Portfolio, options: CvOptions) -> EmbeddedCredentials | None:
    """The credentials of the leerbewijzen chosen for the CV annex, when asked for."""
    if not options.embed_credentials:
        return None
    shown = [lb for lb in portfolio.leerbewijzen.list() if chosen(options.leerbewijs_ids, lb.id)]
    return EmbeddedCredentials(shown, options.lang)
