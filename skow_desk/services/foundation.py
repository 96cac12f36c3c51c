"""The foundation and its schools, and their TOML import/export."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from skow_desk.domain.enums import Denomination, Sector
from skow_desk.domain.errors import DomainError
from skow_desk.domain.mandate import Mandate, parse_mandate_keys
from skow_desk.domain.school_calendar import FreeDay
from skow_desk.store.files import atomic_write
from skow_desk.store.models import Foundation, School, Setting
from skow_desk.store.queries import connection_of
from skow_desk.store.queries.settings import read_setting

_SCHOOL_KEYS = {
    "brin": "brin",
    "naam": "name",
    "adres": "address",
    "postcode": "postcode",
    "plaats": "city",
    "telefoon": "phone",
    "email": "email",
    "directeur": "signatory",
    "functie": "signatory_function",
    "regio": "region",
}
_FOUNDATION_KEYS = {
    "naam": "name",
    "afkorting": "short_name",
    "adres": "address",
    "postcode": "postcode",
    "plaats": "city",
    "bestuurder": "board_member",
    "functie_bestuurder": "board_member_function",
}
_APPEAL_KEYS = {"instantie": "appeal_body", "adres": "appeal_address",
                "termijn_weken": "appeal_weeks"}


@dataclass(frozen=True)
class Confirmation:
    """A citation the foundation's lawyer confirmed: its key in resources/legal
    (``"VO.pupil.suspension"``), the text to print, and the source checked."""

    key: str
    text: str
    source: str


@dataclass
class SchoolInput:
    """A school as entered in settings or read from TOML."""

    brin: str
    name: str
    sector: Sector
    denomination: Denomination
    address: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    signatory: str = ""
    signatory_function: str = "directeur"
    logo: bytes | None = None
    logo_name: str = ""
    region: str = ""
    """Holiday region: noord, midden or zuid ("" = not set)."""
    free_days: list[FreeDay] | None = None
    """The school's own free days; None leaves the stored ones as they are."""


@dataclass
class FoundationInput:
    """The foundation and its schools."""

    name: str
    short_name: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    board_member: str = ""
    board_member_function: str = "bestuurder"
    mandate_measures: tuple[str, ...] = ()
    mandate_decided_on: date | None = None
    mandate_reference: str = ""
    appeal_body: str = ""
    appeal_address: str = ""
    appeal_weeks: int = 0
    confirmations: tuple[Confirmation, ...] = ()
    schools: list[SchoolInput] = field(default_factory=list)


def mandate_of(found: Foundation | None) -> Mandate:
    """The director's mandate as recorded for the foundation (empty before set-up)."""
    if found is None:
        return Mandate()
    keys = frozenset(k for k in found.mandate_measures.split(",") if k.strip())
    return Mandate(keys, found.mandate_decided_on, found.mandate_reference)


def confirmations_of(found: Foundation | None) -> tuple[Confirmation, ...]:
    """The citations the foundation confirmed (stored as JSON on the foundation)."""
    if found is None or not found.legal_confirmations.strip():
        return ()
    return tuple(Confirmation(c["key"], c["text"], c["source"])
                 for c in json.loads(found.legal_confirmations))


def _check_confirmations(items: tuple[Confirmation, ...]) -> None:
    for item in items:
        if not (item.key.strip() and item.text.strip() and item.source.strip()):
            raise DomainError("Een bevestigde wetsverwijzing heeft een sleutel, een tekst en een "
                              f"bron nodig (bij '{item.key or '?'}').")


def get_foundation(session: Session) -> Foundation | None:
    """The foundation, or ``None`` before first-run setup."""
    return session.scalars(select(Foundation).limit(1)).first()


def schools(session: Session) -> list[School]:
    """All schools, by name."""
    return list(session.scalars(select(School).order_by(School.name)))


def school_by_brin(session: Session, brin: str) -> School:
    """The school with this BRIN, or a Dutch error."""
    found = session.scalars(select(School).where(School.brin == brin.strip().upper())).first()
    if found is None:
        raise DomainError(f"Er is geen school met BRIN '{brin.strip()}'.")
    return found


def school_lookup(session: Session) -> dict[str, str]:
    """Lower-cased BRIN and school name → BRIN, for imports."""
    lookup: dict[str, str] = {}
    for school in schools(session):
        lookup[school.brin.lower()] = school.brin
        lookup[school.name.strip().lower()] = school.brin
    return lookup


def _check_school(data: SchoolInput) -> None:
    if not data.brin.strip():
        raise DomainError("Vul de BRIN-code van de school in.")
    if len(data.brin.strip()) > 10:
        raise DomainError(f"De BRIN-code '{data.brin}' is te lang (ten hoogste 10 tekens).")
    if not data.name.strip():
        raise DomainError(f"Vul de naam van de school met BRIN {data.brin} in.")
    from skow_desk.services.school_calendar import parse_region

    region = parse_region(data.region)
    data.region = region.value if region else ""


def save_school(session: Session, data: SchoolInput) -> School:
    """Create or update the school with this BRIN."""
    _check_school(data)
    brin = data.brin.strip().upper()
    school = session.scalars(select(School).where(School.brin == brin)).first()
    if school is None:
        school = School(brin=brin, name=data.name, sector=data.sector,
                        denomination=data.denomination)
        session.add(school)
    for attr in (*_SCHOOL_KEYS.values(), "sector", "denomination"):
        if attr != "brin":
            setattr(school, attr, getattr(data, attr))
    school.name = data.name.strip()
    if data.logo is not None:
        school.logo, school.logo_name = data.logo, data.logo_name
    if data.free_days is not None:
        from skow_desk.services.school_calendar import set_free_days

        set_free_days(school, data.free_days)
    session.flush()
    return school


def save_foundation(session: Session, data: FoundationInput) -> Foundation:
    """Create or update the foundation and its schools in one go."""
    if not data.name.strip():
        raise DomainError("Vul de naam van de stichting in.")
    found = get_foundation(session)
    if found is None:
        found = Foundation(name=data.name)
        session.add(found)
    for attr in _FOUNDATION_KEYS.values():
        setattr(found, attr, getattr(data, attr).strip())
    found.board_member_function = found.board_member_function or "bestuurder"
    found.mandate_measures = ",".join(sorted(parse_mandate_keys(data.mandate_measures)))
    found.mandate_decided_on = data.mandate_decided_on
    found.mandate_reference = data.mandate_reference.strip()
    if data.appeal_weeks < 0 or (data.appeal_body.strip() and data.appeal_weeks == 0):
        raise DomainError("Vul bij de beroepsinstantie voor personeel de termijn in weken in "
                          "(een positief getal).")
    if data.appeal_body.strip() and not data.appeal_address.strip():
        raise DomainError("Vul het adres van de beroepsinstantie voor personeel in.")
    found.appeal_body = data.appeal_body.strip()
    found.appeal_address = data.appeal_address.strip()
    found.appeal_weeks = data.appeal_weeks
    _check_confirmations(data.confirmations)
    found.legal_confirmations = json.dumps(
        [{"key": c.key.strip(), "text": " ".join(c.text.split()), "source": c.source.strip()}
         for c in data.confirmations], ensure_ascii=False) if data.confirmations else ""
    for school in data.schools:
        save_school(session, school)
    session.flush()
    return found


def _text(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise DomainError(f"{where}: '{key}' moet tekst zijn.")
    return value.strip()


def _school_from_toml(table: Mapping[str, Any], number: int, base: Path) -> SchoolInput:
    where = f"School {number}"
    for key in table:
        if key not in (*_SCHOOL_KEYS, "sector", "denominatie", "logo", "vrije_dagen"):
            raise DomainError(f"{where}: onbekende sleutel '{key}'.")
    values = {attr: _text(table, key, where) for key, attr in _SCHOOL_KEYS.items()}
    sector_text = _text(table, "sector", where).upper()
    denomination_text = _text(table, "denominatie", where).lower()
    try:
        sector = Sector(sector_text)
    except ValueError:
        raise DomainError(
            f"{where}: sector moet PO, VO of SO zijn, niet '{sector_text}'."
        ) from None
    try:
        denomination = Denomination(denomination_text)
    except ValueError:
        raise DomainError(
            f"{where}: denominatie moet 'openbaar' of 'bijzonder' zijn, niet '{denomination_text}'."
        ) from None
    logo: bytes | None = None
    logo_name = _text(table, "logo", where)
    if logo_name:
        try:
            logo = (base / logo_name).resolve().read_bytes()
        except (OSError, ValueError):  # ValueError: a NUL character in the name
            raise DomainError(f"{where}: het logo '{logo_name}' is niet gevonden.") from None
    data = SchoolInput(sector=sector, denomination=denomination, logo=logo,
                       logo_name=logo_name, free_days=_free_days_from_toml(table, where),
                       **values)
    if not data.signatory_function:
        data.signatory_function = "directeur"
    _check_school(data)
    return data


def _free_days_from_toml(table: Mapping[str, Any], where: str) -> list[FreeDay] | None:
    """``vrije_dagen = [2026-03-04, {datum = 2026-06-19, omschrijving = "studiedag"}]``."""
    from datetime import date

    if "vrije_dagen" not in table:
        return None
    items = table["vrije_dagen"]
    if not isinstance(items, list):
        raise DomainError(f"{where}: 'vrije_dagen' moet een lijst van datums zijn.")
    result: list[FreeDay] = []
    for item in items:
        day, text = (item.get("datum"), item.get("omschrijving", "")) if isinstance(
            item, dict) else (item, "")
        if not isinstance(day, date) or not isinstance(text, str):
            raise DomainError(f"{where}: '{item}' in 'vrije_dagen' is geen datum (schrijf "
                              "jjjj-mm-dd, zonder aanhalingstekens).")
        result.append(FreeDay(day, text.strip()))
    return result


def read_foundation_toml(path: Path) -> FoundationInput:
    """Parse the foundation TOML file; refuse anything unclear with a Dutch message."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DomainError(
            f"Het bestand '{path}' kan niet worden gelezen: {exc.strerror}."
        ) from None
    except UnicodeDecodeError:
        raise DomainError(f"Het bestand '{path}' is geen UTF-8-tekst.") from None
    except tomllib.TOMLDecodeError as exc:
        raise DomainError(f"Het bestand '{path.name}' is geen geldige TOML: {exc}.") from None
    for key in raw:
        if key not in ("stichting", "school", "mandaat", "beroep_personeel", "bevestiging"):
            raise DomainError(f"Onbekende sectie '{key}' in '{path.name}'.")
    foundation = raw.get("stichting")
    if not isinstance(foundation, dict):
        raise DomainError(f"'{path.name}' mist de sectie [stichting].")
    for key in foundation:
        if key not in _FOUNDATION_KEYS:
            raise DomainError(f"[stichting]: onbekende sleutel '{key}'.")
    values = {attr: _text(foundation, key, "[stichting]") for key, attr in _FOUNDATION_KEYS.items()}
    school_tables = raw.get("school", [])
    if not isinstance(school_tables, list) or not all(isinstance(t, dict) for t in school_tables):
        raise DomainError("Schrijf elke school als een [[school]]-blok.")
    result = FoundationInput(
        name=values["name"],
        short_name=values["short_name"],
        address=values["address"],
        postcode=values["postcode"],
        city=values["city"],
        board_member=values["board_member"],
        board_member_function=values["board_member_function"] or "bestuurder",
    )
    _mandate_from_toml(raw.get("mandaat", {}), result)
    _appeal_from_toml(raw.get("beroep_personeel", {}), result)
    _confirmations_from_toml(raw.get("bevestiging", []), result)
    result.schools = [
        _school_from_toml(t, n, path.parent) for n, t in enumerate(school_tables, start=1)
    ]
    brins = [s.brin.upper() for s in result.schools]
    duplicates = sorted({b for b in brins if brins.count(b) > 1})
    if duplicates:
        raise DomainError(f"BRIN {', '.join(duplicates)} staat meer dan eens in het bestand.")
    if not result.name:
        raise DomainError("[stichting]: vul de naam van de stichting in.")
    return result


def _mandate_from_toml(table: Any, result: FoundationInput) -> None:
    if not isinstance(table, dict):
        raise DomainError("Schrijf het mandaat als een [mandaat]-blok.")
    for key in table:
        if key not in ("maatregelen", "besluit_datum", "kenmerk"):
            raise DomainError(f"[mandaat]: onbekende sleutel '{key}'.")
    measures = table.get("maatregelen", [])
    if not isinstance(measures, list) or not all(isinstance(m, str) for m in measures):
        raise DomainError("[mandaat]: 'maatregelen' is een lijst, bijvoorbeeld "
                          "[\"leerling.schorsing\", \"medewerker.waarschuwing\"].")
    result.mandate_measures = tuple(sorted(parse_mandate_keys(measures)))
    decided = table.get("besluit_datum")
    if decided is not None and (not isinstance(decided, date) or isinstance(decided, datetime)):
        raise DomainError("[mandaat]: 'besluit_datum' is een datum, bijvoorbeeld 2025-09-01.")
    result.mandate_decided_on = decided
    result.mandate_reference = _text(table, "kenmerk", "[mandaat]")
    if result.mandate_measures and decided is None:
        raise DomainError("[mandaat]: vul 'besluit_datum' in, de datum van het mandaatbesluit.")


def _appeal_from_toml(table: Any, result: FoundationInput) -> None:
    if not isinstance(table, dict):
        raise DomainError("Schrijf de beroepsinstantie als een [beroep_personeel]-blok.")
    for key in table:
        if key not in _APPEAL_KEYS:
            raise DomainError(f"[beroep_personeel]: onbekende sleutel '{key}'.")
    weeks = table.get("termijn_weken", 0)
    if not isinstance(weeks, int) or isinstance(weeks, bool) or weeks < 0:
        raise DomainError("[beroep_personeel]: 'termijn_weken' is een geheel getal.")
    result.appeal_body = _text(table, "instantie", "[beroep_personeel]")
    result.appeal_address = _text(table, "adres", "[beroep_personeel]")
    result.appeal_weeks = weeks


def _confirmations_from_toml(tables: Any, result: FoundationInput) -> None:
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise DomainError("Schrijf elke bevestigde wetsverwijzing als een [[bevestiging]]-blok.")
    items = []
    for table in tables:
        for key in table:
            if key not in ("sleutel", "tekst", "bron"):
                raise DomainError(f"[[bevestiging]]: onbekende sleutel '{key}'.")
        items.append(Confirmation(_text(table, "sleutel", "[[bevestiging]]"),
                                  _text(table, "tekst", "[[bevestiging]]"),
                                  _text(table, "bron", "[[bevestiging]]")))
    result.confirmations = tuple(items)
    _check_confirmations(result.confirmations)


def import_foundation_toml(session: Session, path: Path) -> Foundation:
    """Read the TOML file and store the foundation and its schools."""
    return save_foundation(session, read_foundation_toml(path))


def export_foundation_toml(session: Session, path: Path) -> None:
    """Write the foundation and schools as TOML; logos are written beside the file."""
    import tomli_w

    found = get_foundation(session)
    if found is None:
        raise DomainError("Er is nog geen stichting ingesteld; er valt niets te exporteren.")
    document: dict[str, Any] = {
        "stichting": {key: getattr(found, attr) for key, attr in _FOUNDATION_KEYS.items()},
        "school": [],
    }
    mandate = mandate_of(found)
    if mandate.measures or mandate.reference:
        document["mandaat"] = {"maatregelen": sorted(mandate.measures),
                               "kenmerk": mandate.reference}
        if mandate.decided_on is not None:
            document["mandaat"]["besluit_datum"] = mandate.decided_on
    if found.appeal_body:
        document["beroep_personeel"] = {key: getattr(found, attr)
                                        for key, attr in _APPEAL_KEYS.items()}
    confirmed = confirmations_of(found)
    if confirmed:
        document["bevestiging"] = [{"sleutel": c.key, "tekst": c.text, "bron": c.source}
                                   for c in confirmed]
    for school in schools(session):
        table = {key: getattr(school, attr) for key, attr in _SCHOOL_KEYS.items()}
        table["sector"] = school.sector.value
        table["denominatie"] = school.denomination.value
        if school.free_days:
            table["vrije_dagen"] = [
                {"datum": f.day, "omschrijving": f.description} if f.description else
                {"datum": f.day} for f in school.free_days]
        if school.logo:
            suffix = Path(school.logo_name).suffix or ".png"
            logo_name = f"logo-{school.brin.lower()}{suffix}"
            atomic_write(path.parent / logo_name, school.logo)
            table["logo"] = logo_name
        document["school"].append(table)
    atomic_write(path, tomli_w.dumps(document))


def get_setting(session: Session, key: str, default: str = "") -> str:
    """A stored setting, or ``default`` (the same read as the start-up's, store/queries)."""
    return read_setting(connection_of(session), key, default)


def set_setting(session: Session, key: str, value: str) -> None:
    """Store a setting."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
