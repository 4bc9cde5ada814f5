"""The closed lists of the domain, with the words a user sees for each value.

Values are stable identifiers stored in the vault and in exports (so they never change once
released); the Dutch and English labels are what screens and PDFs show.
"""

from __future__ import annotations

from enum import StrEnum


class CompetenceKind(StrEnum):
    VAKSPECIFIEK = "vakspecifiek"
    TRANSVERSAAL = "transversaal"
    DIGITAAL = "digitaal"
    TAAL = "taal"
    KENNIS = "kennis"


class LevelScale(StrEnum):
    """How a claim's level is expressed: most competences on 1-4, languages on CEFR,
    some (a driving licence, a safety certificate) only as have / have not."""

    NIVEAU = "niveau"
    CEFR = "cefr"
    BINAIR = "binair"


class SourceKind(StrEnum):
    ZELF = "zelf"
    WERKGEVER = "werkgever"
    OPLEIDER = "opleider"
    SCHOOL = "school"
    VDAB = "vdab"
    LOOPBAANCOACH = "loopbaancoach"
    EVC_ASSESSOR = "evc_assessor"


class LeerbewijsKind(StrEnum):
    DIPLOMA = "diploma"
    GETUIGSCHRIFT = "getuigschrift"
    CERTIFICAAT = "certificaat"
    BEROEPSKWALIFICATIE = "bewijs_beroepskwalificatie"
    DEELCERTIFICAAT = "deelcertificaat"
    EVC_ERVARINGSBEWIJS = "evc_ervaringsbewijs"
    ATTEST = "attest"
    MICROCREDENTIAL = "microcredential"
    OPEN_BADGE = "open_badge"
    TAALCERTIFICAAT = "taalcertificaat"
    SECTORAAL_PERSOONSCERTIFICAAT = "sectoraal_persoonscertificaat"
    ANDER = "ander"


class QualificationRoute(StrEnum):
    SECUNDAIR_ONDERWIJS = "secundair_onderwijs"
    VOLWASSENENONDERWIJS = "volwassenenonderwijs"
    EVC_TRAJECT = "evc_traject"
    GRADUAATSOPLEIDING = "graduaatsopleiding"
    SECTOR_OF_ONDERNEMING = "sector_of_onderneming"


class ExperienceKind(StrEnum):
    WERK = "werk"
    OPLEIDING = "opleiding"
    STAGE = "stage"
    VRIJWILLIGERSWERK = "vrijwilligerswerk"
    INFORMEEL = "informeel"


class ActionKind(StrEnum):
    ZELF_NAGAAN = "zelf_nagaan"
    OPLEIDING = "opleiding"
    WERKPLEKLEREN = "werkplekleren"
    EVC_TRAJECT = "evc_traject"
    BEWIJS_VERZAMELEN = "bewijs_verzamelen"
    LOOPBAANBEGELEIDING = "loopbaanbegeleiding"
    HERNIEUWEN = "hernieuwen"


class PlanStatus(StrEnum):
    OPEN = "open"
    BEZIG = "bezig"
    KLAAR = "klaar"
    GESCHRAPT = "geschrapt"


class OriginKind(StrEnum):
    MANUEEL = "manueel"
    GEIMPORTEERD = "geimporteerd"


class TargetKind(StrEnum):
    BEROEP = "beroep"
    BEROEPSKWALIFICATIE = "beroepskwalificatie"
    DEELKWALIFICATIE = "deelkwalificatie"


class WorkStatus(StrEnum):
    """The person's situation on the labour market, as they give it (``domain.situation``).
    Werknemer, zelfstandige and ambtenaar are the three ways of working."""

    WERKNEMER = "werknemer"
    ZELFSTANDIGE = "zelfstandige"
    AMBTENAAR = "ambtenaar"
    WERKZOEKEND = "werkzoekend"
    STUDENT = "student"
    ANDERS = "anders"


CEFR_LEVELS: tuple[str, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")

_LABELS: dict[StrEnum, tuple[str, str]] = {
    CompetenceKind.VAKSPECIFIEK: ("Vakspecifiek", "Job-specific"),
    CompetenceKind.TRANSVERSAAL: ("Transversaal", "Transversal"),
    CompetenceKind.DIGITAAL: ("Digitaal", "Digital"),
    CompetenceKind.TAAL: ("Taal", "Language"),
    CompetenceKind.KENNIS: ("Kennis", "Knowledge"),
    LevelScale.NIVEAU: ("Niveau 1-4", "Level 1-4"),
    LevelScale.CEFR: ("ERK (A1-C2)", "CEFR (A1-C2)"),
    LevelScale.BINAIR: ("Heb ik / heb ik niet", "Have / have not"),
    SourceKind.ZELF: ("Zelf", "Myself"),
    SourceKind.WERKGEVER: ("Werkgever", "Employer"),
    SourceKind.OPLEIDER: ("Opleider", "Trainer"),
    SourceKind.SCHOOL: ("School", "School"),
    SourceKind.VDAB: ("VDAB", "VDAB"),
    SourceKind.LOOPBAANCOACH: ("Loopbaancoach", "Career coach"),
    SourceKind.EVC_ASSESSOR: ("EVC-assessor", "RPL assessor"),
    LeerbewijsKind.DIPLOMA: ("Diploma", "Diploma"),
    LeerbewijsKind.GETUIGSCHRIFT: ("Getuigschrift", "Certificate of study"),
    LeerbewijsKind.CERTIFICAAT: ("Certificaat", "Certificate"),
    LeerbewijsKind.BEROEPSKWALIFICATIE: (
        "Bewijs van beroepskwalificatie",
        "Proof of professional qualification",
    ),
    LeerbewijsKind.DEELCERTIFICAAT: ("Deelcertificaat", "Partial certificate"),
    LeerbewijsKind.EVC_ERVARINGSBEWIJS: ("EVC-ervaringsbewijs", "RPL certificate of experience"),
    LeerbewijsKind.ATTEST: ("Attest", "Attestation"),
    LeerbewijsKind.MICROCREDENTIAL: ("Microcredential", "Microcredential"),
    LeerbewijsKind.OPEN_BADGE: ("Open badge", "Open badge"),
    LeerbewijsKind.TAALCERTIFICAAT: ("Taalcertificaat", "Language certificate"),
    LeerbewijsKind.SECTORAAL_PERSOONSCERTIFICAAT: (
        "Sectoraal persoonscertificaat",
        "Sector person certificate",
    ),
    LeerbewijsKind.ANDER: ("Ander", "Other"),
    QualificationRoute.SECUNDAIR_ONDERWIJS: ("Secundair onderwijs", "Secondary education"),
    QualificationRoute.VOLWASSENENONDERWIJS: ("Volwassenenonderwijs", "Adult education"),
    QualificationRoute.EVC_TRAJECT: ("EVC-traject", "RPL procedure"),
    QualificationRoute.GRADUAATSOPLEIDING: ("Graduaatsopleiding", "Graduate programme"),
    QualificationRoute.SECTOR_OF_ONDERNEMING: ("Sector of onderneming", "Sector or company"),
    ExperienceKind.WERK: ("Werk", "Work"),
    ExperienceKind.OPLEIDING: ("Opleiding", "Education"),
    ExperienceKind.STAGE: ("Stage", "Internship"),
    ExperienceKind.VRIJWILLIGERSWERK: ("Vrijwilligerswerk", "Volunteering"),
    ExperienceKind.INFORMEEL: ("Informeel", "Informal"),
    ActionKind.ZELF_NAGAAN: ("Kan je dit al? Voeg het toe", "Can you do this? Add it"),
    ActionKind.OPLEIDING: ("Opleiding", "Training"),
    ActionKind.WERKPLEKLEREN: ("Werkplekleren", "Work-based learning"),
    ActionKind.EVC_TRAJECT: ("EVC-traject", "RPL procedure"),
    ActionKind.BEWIJS_VERZAMELEN: ("Bewijs verzamelen", "Gather evidence"),
    ActionKind.LOOPBAANBEGELEIDING: ("Loopbaanbegeleiding", "Career guidance"),
    ActionKind.HERNIEUWEN: ("Hernieuwen", "Renew"),
    PlanStatus.OPEN: ("Open", "Open"),
    PlanStatus.BEZIG: ("Bezig", "In progress"),
    PlanStatus.KLAAR: ("Klaar", "Done"),
    PlanStatus.GESCHRAPT: ("Geschrapt", "Dropped"),
    OriginKind.MANUEEL: ("Zelf ingevoerd", "Entered by hand"),
    OriginKind.GEIMPORTEERD: ("Geïmporteerd", "Imported"),
    TargetKind.BEROEP: ("Beroep", "Occupation"),
    TargetKind.BEROEPSKWALIFICATIE: ("Beroepskwalificatie", "Professional qualification"),
    TargetKind.DEELKWALIFICATIE: ("Deelkwalificatie", "Partial qualification"),
    WorkStatus.WERKNEMER: ("Werkend, als werknemer", "Working, as an employee"),
    WorkStatus.ZELFSTANDIGE: ("Werkend, als zelfstandige", "Working, self-employed"),
    WorkStatus.AMBTENAAR: ("Werkend, als ambtenaar", "Working, as a civil servant"),
    WorkStatus.WERKZOEKEND: (
        "Werkzoekend, ingeschreven bij de VDAB",
        "Looking for work, registered with VDAB",
    ),
    WorkStatus.STUDENT: ("Student", "Student"),
    WorkStatus.ANDERS: ("Iets anders", "Something else"),
}

WILLEN_LABELS: dict[int, tuple[str, str]] = {
    1: ("Wil ik niet meer", "Don't want to any more"),
    2: ("Neutraal", "Neutral"),
    3: ("Wil ik graag", "Keen to"),
}

LEVEL_LABELS: dict[int, tuple[str, str]] = {
    1: ("1 – basis", "1 – basic"),
    2: ("2 – zelfstandig", "2 – independent"),
    3: ("3 – gevorderd", "3 – advanced"),
    4: ("4 – expert", "4 – expert"),
}


def label(value: StrEnum, lang: str = "nl") -> str:
    """The word a user sees for an enum value."""
    nl, en = _LABELS[value]
    return en if lang == "en" else nl


def willen_label(value: int, lang: str = "nl") -> str:
    nl, en = WILLEN_LABELS[value]
    return en if lang == "en" else nl
