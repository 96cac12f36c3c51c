"""Realistic demo data: a foundation, four schools, people and three school years of cases.

Rows are generated in Python and written with bulk inserts (``session.execute(insert(M),
rows)``), so 100,000 incidents take seconds, not minutes. Measures pass the same legal rules
as in the window (``assess_measure``), and their tasks come from those rules.
"""

from __future__ import annotations

import random
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from skow_desk.domain.articles import ARTICLES
from skow_desk.domain.enums import (
    Denomination,
    IncidentStatus,
    Part,
    Role,
    Salutation,
    Sector,
    SignatureStatus,
    Stage,
    TaskKind,
)
from skow_desk.domain.errors import DomainError
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.names import initials_of
from skow_desk.domain.rules import (
    MeasureInput,
    RuleOutcome,
    assess_measure,
    response_deadline,
    school_day_span,
)
from skow_desk.domain.schoolyear import SchoolYear, kenmerk
from skow_desk.domain.search import Name, search_text
from skow_desk.resources import resources_dir
from skow_desk.services.foundation import FoundationInput, SchoolInput, save_foundation
from skow_desk.services.incidents import DEFAULT_CATEGORIES, PLATFORMS
from skow_desk.store.db import Database
from skow_desk.store.models import (
    Consultation,
    Conversation,
    Guardianship,
    Incident,
    IncidentArticle,
    IncidentCategory,
    Involvement,
    Measure,
    Person,
    School,
    Task,
)

DEMO_SCHOOLS = (
    SchoolInput("04XY", "Basisschool De Regenboog", Sector.PO, Denomination.PRIVATE,
                "Schoolstraat 12", "2671 BB", "Naaldwijk", "0174 123456",
                "info@deregenboog.example", "M. van der Knaap", "directeur"),
    SchoolInput("12AB", "Openbare Basisschool De Windroos", Sector.PO, Denomination.PUBLIC,
                "Zijtwende 3", "2691 KL", "'s-Gravenzande", "0174 654321",
                "info@dewindroos.example", "R. Öztürk", "directeur"),
    SchoolInput("22CD", "Westland College", Sector.VO, Denomination.PRIVATE,
                "Tuinbouwlaan 40", "2671 DP", "Naaldwijk", "0174 777000",
                "info@westlandcollege.example", "drs. A. El Amrani", "rector"),
    SchoolInput("31EF", "Openbaar Lyceum Westland", Sector.VO, Denomination.PUBLIC,
                "Hoogweg 9", "2295 AL", "Kwintsheul", "0174 888111",
                "info@lyceumwestland.example", "J. Wiśniewski", "directeur"),
)

DESCRIPTIONS: dict[Role, tuple[str, ...]] = {  # {n}: the causer's first name, {p}: platform
    Role.PUPIL: (
        "{n} heeft een filmpje van een klasgenoot in de gymles op {p} gezet zonder toestemming.",
        "{n} heeft in een groepsapp op {p} een klasgenoot herhaaldelijk uitgescholden.",
        "{n} plaatste op {p} een foto van een leerkracht met een kwetsende tekst.",
        "{n} heeft tijdens de les op {p} berichten geplaatst en filmpjes gemaakt.",
        "{n} dreigde op {p} een medeleerling na schooltijd 'op te wachten'.",
    ),
    Role.PARENT: (
        "{n} heeft op {p} de groepsleerkracht met naam beschuldigd en zwartgemaakt.",
        "{n} plaatste op {p} een foto van de klas met andere kinderen zonder toestemming.",
        "{n} voerde op {p} een openbare discussie over een andere leerling.",
    ),
    Role.STAFF: (
        "{n} is op {p} in discussie gegaan met een ouder over een leerling.",
        "{n} heeft leerlingen als 'vriend' toegevoegd op {p}.",
        "{n} deelde op {p} vertrouwelijke informatie over de school.",
        "{n} reageerde op {p} op een bericht over de school zonder te vermelden dat het een "
        "persoonlijke mening betreft.",
    ),
    Role.OTHER: (
        "Een oud-leerling plaatste op {p} kwetsende berichten over de school.",
        "Een externe begeleider deelde op {p} foto's van een schoolreis.",
    ),
}


@dataclass
class _Rows:
    persons: list[dict[str, Any]] = field(default_factory=list)
    guardians: list[dict[str, Any]] = field(default_factory=list)
    incidents: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    categories: list[dict[str, Any]] = field(default_factory=list)
    involvements: list[dict[str, Any]] = field(default_factory=list)
    consultations: list[dict[str, Any]] = field(default_factory=list)
    conversations: list[dict[str, Any]] = field(default_factory=list)
    measures: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today
        names = tomllib.loads((resources_dir() / "demo" / "namen.toml").read_text("utf-8"))
        self.names = names
        self.rows = _Rows()
        self.next_id: dict[str, int] = defaultdict(lambda: 1)
        self.by_school_role: dict[tuple[int, Role], list[int]] = defaultdict(list)
        self.person_role: dict[int, Role] = {}
        self.person_name: dict[int, Name] = {}
        self.guardians_of: dict[int, list[int]] = defaultdict(list)
        self.numbers: dict[tuple[str, int], int] = defaultdict(int)

    def new_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def address(self, rng: random.Random | None = None) -> tuple[str, str, str]:
        rng = rng or self.rng
        street = f"{rng.choice(self.names['straten'])} {rng.randint(1, 240)}"
        digits, city = rng.choice(self.names["plaatsen"])
        letters = rng.choice("ABCDEGHJKLMNPRST") + rng.choice("ABCEGHKLNRSTVWXZ")
        postcode = f"{digits} {letters}"
        return street, postcode, city

    def person(self, school_id: int, role: Role, surname: tuple[str, str] | None = None,
               where: tuple[str, str, str] | None = None, group: str = "",
               female: bool | None = None, left_on: date | None = None,
               rng: random.Random | None = None) -> int:
        rng = rng or self.rng
        female = rng.random() < 0.5 if female is None else female
        first = rng.choice(self.names["voornamen_v" if female else "voornamen_m"])
        infix, last = surname or tuple(rng.choice(self.names["achternamen"]))
        street, postcode, city = where or self.address(rng)
        pid = self.new_id("person")
        self.rows.persons.append(
            dict(id=pid, school_id=school_id, role=role,
                 salutation=None if role is Role.PUPIL else (
                     Salutation.MRS if female else Salutation.MR),
                 first_name=first, initials=initials_of(first), infix=infix, last_name=last,
                 group_or_function=group, address=street, postcode=postcode, city=city,
                 email="", left_on=left_on, anonymised=False)
        )
        if left_on is None:  # people who have left cause no new incidents
            self.by_school_role[(school_id, role)].append(pid)
        self.person_role[pid] = role
        self.person_name[pid] = (first, infix, last)
        return pid

    def people(self, school_ids: dict[int, School], pupils_per_school: int) -> None:
        rng = self.rng
        for sid, school in school_ids.items():
            for _ in range(max(12, pupils_per_school // 12)):
                self.person(sid, Role.STAFF, group=rng.choice(self.names["functies"]))
            for _ in range(pupils_per_school):
                surname = tuple(rng.choice(self.names["achternamen"]))
                home = self.address()
                group = (f"groep {rng.randint(1, 8)}" if school.sector is Sector.PO
                         else f"{rng.randint(1, 6)} {rng.choice(['havo', 'vwo', 'vmbo'])}")
                pupil = self.person(sid, Role.PUPIL, surname=surname, where=home, group=group)
                apart = rng.random() < 0.25
                first = self.person(sid, Role.PARENT, surname=surname, where=home, female=True)
                self.link(pupil, first)
                if rng.random() < 0.7:
                    other_surname = tuple(rng.choice(self.names["achternamen"]))
                    second = self.person(
                        sid, Role.PARENT, surname=surname if rng.random() < 0.6 else other_surname,
                        where=self.address() if apart else home, female=False)
                    self.link(pupil, second)

    def former(self, school_ids: dict[int, School], per_school: int) -> None:
        """Pupils (with parents) and staff who left before the demo's first school year, so
        the retention view has something to show. A separate random stream keeps the rest
        of the demo the same for a given seed."""
        rng = random.Random(self.seed + 1)
        left = SchoolYear.of(self.today).previous().previous().first_day - timedelta(days=1)
        for sid in school_ids:
            for _ in range(per_school):
                surname = tuple(rng.choice(self.names["achternamen"]))
                home = self.address(rng)
                pupil = self.person(sid, Role.PUPIL, surname=surname, where=home,
                                    group="vertrokken", left_on=left, rng=rng)
                parent = self.person(sid, Role.PARENT, surname=surname, where=home,
                                     female=rng.random() < 0.5, left_on=left, rng=rng)
                self.link(pupil, parent)
            self.person(sid, Role.STAFF, group="oud-medewerker", left_on=left, rng=rng)

    def link(self, pupil: int, guardian: int) -> None:
        self.rows.guardians.append(dict(pupil_id=pupil, guardian_id=guardian, has_authority=True))
        self.guardians_of[pupil].append(guardian)

    def incident(self, school: School, reported_on: date, board_member: str) -> None:
        rng = self.rng
        role = rng.choices([Role.PUPIL, Role.PARENT, Role.STAFF, Role.OTHER],
                           weights=[58, 17, 20, 5])[0]
        pool = self.by_school_role[(school.id, role)] or self.by_school_role[
            (school.id, Role.PUPIL)]
        role = self.person_role[pool[0]]
        causer = rng.choice(pool)
        platform = rng.choice(PLATFORMS)
        valid = [a.code for a in ARTICLES if role in a.applies_to]
        codes = sorted(set(rng.sample(valid, k=min(len(valid), rng.choice([1, 1, 2, 2, 3])))))
        year = SchoolYear.of(reported_on)
        self.numbers[(school.brin, year.start_year)] += 1
        iid = self.new_id("incident")
        occurred = reported_on - timedelta(days=rng.randint(0, 4))
        age = (self.today - reported_on).days
        closed = age > 45 or (age > 10 and rng.random() < 0.6)
        closed_on = min(self.today, reported_on + timedelta(days=rng.randint(5, 40)))
        police = rng.random() < 0.04
        row: dict[str, Any] = dict(
            id=iid, school_id=school.id,
            kenmerk=kenmerk(school.brin, year, self.numbers[(school.brin, year.start_year)]),
            reported_on=reported_on, occurred_on=occurred,
            reported_by=rng.choice(["mentor", "groepsleerkracht", "ouder", "medeleerling",
                                    "collega", "anoniem"]),
            platform=platform,
            description=rng.choice(DESCRIPTIONS[role]).format(
                p=platform, n=self.person_name[causer][0]),
            status=IncidentStatus.CLOSED if closed else IncidentStatus.OPEN,
            closed_on=closed_on if closed else None,
            police_report=police, police_report_on=reported_on if police else None,
            police_report_number=f"PL1500-{reported_on.year}-{rng.randint(100000, 999999)}"
            if police else "",
        )
        self.rows.incidents.append(row)
        self.rows.articles.extend(dict(incident_id=iid, code=c) for c in codes)
        cats = {rng.choice(DEFAULT_CATEGORIES[:-1])}
        if rng.random() < 0.2:
            cats.add(rng.choice(DEFAULT_CATEGORIES[:-1]))
        self.rows.categories.extend(dict(incident_id=iid, name=c) for c in sorted(cats))
        self.involve(iid, causer, Part.CAUSER)
        involved = [causer]
        if role is Role.PUPIL and rng.random() < 0.6:
            victim = rng.choice(self.by_school_role[(school.id, Role.PUPIL)])
            if victim != causer:
                self.involve(iid, victim, Part.HARMED)
                involved.append(victim)
        # Bulk inserts bypass the flush that keeps it right (skow_desk.store.search_text).
        row["search_text"] = search_text(row["kenmerk"], platform, row["description"],
                                         [self.person_name[pid] for pid in involved])
        self.case_steps(iid, causer, role, reported_on, closed, board_member)

    def involve(self, iid: int, pid: int, part: Part) -> None:
        self.rows.involvements.append(
            dict(id=self.new_id("involvement"), incident_id=iid, person_id=pid, part=part))

    def case_steps(self, iid: int, causer: int, role: Role, reported_on: date, closed: bool,
                   board_member: str) -> None:
        rng = self.rng
        talk_on = reported_on + timedelta(days=rng.randint(1, 5))
        if talk_on > self.today:
            return
        kinds = [k for k in _WEIGHTS[role]]
        kind = rng.choices(kinds, weights=[_WEIGHTS[role][k] for k in kinds])[0]
        if kind in (MeasureKind.SUSPENSION, MeasureKind.REMOVAL, MeasureKind.REPRIMAND,
                    MeasureKind.SUMMARY_DISMISSAL, MeasureKind.DISMISSAL):
            self.rows.consultations.append(dict(
                id=self.new_id("consultation"), incident_id=iid, held_on=talk_on,
                with_whom=board_member,
                advice="Eens met het voorgestelde besluit; zorgvuldig horen en schriftelijk "
                       "vastleggen."))
        present = "directeur, betrokkene" + (", ouders" if role is Role.PUPIL else "")
        follow = talk_on + timedelta(days=14) if rng.random() < 0.3 else None
        self.rows.conversations.append(dict(
            id=self.new_id("conversation"), incident_id=iid, person_id=causer, held_on=talk_on,
            present=present,
            summary="Het bericht en de gevolgen ervan zijn besproken; betrokkene erkent de feiten.",
            own_view=rng.choice(["Het was als grap bedoeld.", "Ik had niet door dat het "
                                 "openbaar was.", "Ik ben het niet eens met de weergave.", ""]),
            agreements="Het bericht is verwijderd; bij herhaling volgt een zwaardere maatregel.",
            follow_up_on=follow,
            signature=rng.choice(list(SignatureStatus)),
            refusal_reason="", sent_on=talk_on))
        if follow is not None:
            self.task(iid, None, causer, TaskKind.FOLLOW_UP, "Vervolggesprek", follow, False,
                      closed)
        self.measure(iid, causer, role, kind, talk_on, closed)

    def measure(self, iid: int, pid: int, role: Role, kind: MeasureKind, on: date,
                closed: bool) -> None:
        rng = self.rng
        reason = "Overtreding van het protocol sociale media, zoals besproken in het gesprek."
        start, end = school_day_span(on + timedelta(days=1), rng.choice([1, 1, 2, 3]))
        intent_id = None
        if kind in (MeasureKind.REPRIMAND, MeasureKind.REMOVAL, MeasureKind.DISMISSAL):
            intent_id = self.add_measure(iid, pid, role, kind, Stage.INTENT, on, reason, None,
                                         None, None, closed)
            on = response_deadline(on) + timedelta(days=1)
            if on > self.today:
                return
            # the term passed without a zienswijze: recorded, so the decision letter says so
            intent = self.rows.measures[-1]
            intent.update(response_received_on=on, response_mode="geen")
        elif role is Role.STAFF and kind is MeasureKind.SUSPENSION:
            start, end = school_day_span(on, rng.choice([5, 10]))  # an order measure, heard
        if kind is MeasureKind.ACCESS_BAN:  # always with an end date, here eight weeks
            start, end = on + timedelta(days=1), on + timedelta(weeks=8)
        dated = kind in (MeasureKind.SUSPENSION, MeasureKind.ACCESS_BAN)
        self.add_measure(iid, pid, role, kind, Stage.DECISION, on, reason,
                         start if dated else None, end if dated else None, intent_id, closed)

    def add_measure(self, iid: int, pid: int, role: Role, kind: MeasureKind, stage: Stage,
                    on: date, reason: str, start: date | None, end: date | None,
                    intent_id: int | None, closed: bool) -> int:
        outcome: RuleOutcome = assess_measure(MeasureInput(
            role=role, kind=kind, decided_on=on, stage=stage, notice_on=on, reason=reason,
            start_on=start, end_on=end, known_since=on - timedelta(days=1),
            has_intent=intent_id is not None, response_received=intent_id is not None))
        mid = self.new_id("measure")
        self.rows.measures.append(dict(
            id=mid, incident_id=iid, person_id=pid, kind=kind, stage=stage, intent_id=intent_id,
            decided_on=on, notice_on=on, reason=reason, start_on=start, end_on=end,
            school_days=outcome.school_days, internal=False, known_since=(
                on - timedelta(days=1) if kind is MeasureKind.SUMMARY_DISMISSAL else None),
            receiving_school="", search_started_on=None,
            response_received_on=None, response_mode="", response_text="", weighing="",
            weighed_on=None, urgent_exception="", warnings="\n".join(outcome.warnings)))
        for spec in outcome.tasks:
            self.task(iid, mid, pid, spec.kind, spec.title, spec.due_on, spec.required,
                      closed or (spec.due_on is not None and spec.due_on < self.today
                                 and self.rng.random() < 0.8))
        return mid

    def task(self, iid: int, mid: int | None, pid: int, kind: TaskKind, title: str,
             due: date | None, required: bool, done: bool) -> None:
        self.rows.tasks.append(dict(
            id=self.new_id("task"), incident_id=iid, measure_id=mid, person_id=pid, kind=kind,
            title=title, due_on=due, required=required,
            done_on=min(due or self.today, self.today) if done else None, note=""))


_WEIGHTS: dict[Role, dict[MeasureKind, int]] = {
    Role.PUPIL: {MeasureKind.CONVERSATION_ONLY: 40, MeasureKind.WARNING: 35,
                 MeasureKind.SUSPENSION: 22, MeasureKind.REMOVAL: 3},
    Role.PARENT: {MeasureKind.CONVERSATION_ONLY: 55, MeasureKind.WARNING: 35,
                  MeasureKind.ACCESS_BAN: 10},
    Role.STAFF: {MeasureKind.CONVERSATION_ONLY: 45, MeasureKind.WARNING: 35,
                 MeasureKind.REPRIMAND: 15, MeasureKind.SUSPENSION: 3,
                 MeasureKind.SUMMARY_DISMISSAL: 2},
    Role.OTHER: {MeasureKind.CONVERSATION_ONLY: 70, MeasureKind.ACCESS_BAN: 30},
}


def _report_dates(rng: random.Random, count: int, today: date) -> list[date]:
    """Report dates spread over the current and two previous school years, school days only."""
    first = SchoolYear.of(today).previous().previous().first_day
    span = (today - first).days
    result: list[date] = []
    while len(result) < count:
        day = first + timedelta(days=rng.randint(0, span))
        if day.weekday() < 5 and not (7 <= day.month <= 8 and rng.random() < 0.8):
            result.append(day)
    result.sort()
    return result


def fill_demo(db: Database, incidents: int = 300, seed: int = 1, today: date | None = None) -> str:
    """Fill an empty database with demo data; returns a one-line Dutch summary."""
    if incidents < 0:
        raise DomainError("Het aantal meldingen kan niet negatief zijn.")
    today = today or date.today()
    gen = _Generator(seed, today)
    with db.transaction() as session:
        if session.scalars(select(School).limit(1)).first() is not None:
            raise DomainError("Deze database bevat al gegevens; demogegevens gaan alleen in een "
                              "lege map.")
        save_foundation(session, FoundationInput(
            name="Stichting Katholiek en Openbaar Onderwijs Westland (demo)", short_name="SKOW",
            address="Voorbeeldstraat 1", postcode="2671 AA", city="Naaldwijk",
            board_member="mr. drs. H.J. ter Horst", board_member_function="bestuurder",
            # the director decides the lighter measures for the board; the heavier ones
            # (berisping, schorsing of staff, ontslag, verwijdering, toegangsverbod) are the
            # bestuurder's
            mandate_measures=("leerling.waarschuwing", "leerling.schorsing",
                              "medewerker.waarschuwing", "ouder.waarschuwing",
                              "overig.waarschuwing"),
            mandate_decided_on=date(2025, 9, 1), mandate_reference="CvB-2025-014 (demo)",
            schools=list(DEMO_SCHOOLS)))
        school_rows = {s.id: s for s in session.scalars(select(School).order_by(School.id))}
        gen.people(school_rows, pupils_per_school=max(60, incidents // 8))
        gen.former(school_rows, per_school=3)
        _bulk(session, gen.rows, persons_only=True)
        schools = list(school_rows.values())
        for day in _report_dates(gen.rng, incidents, today):
            gen.incident(gen.rng.choice(schools), day, "mr. drs. H.J. ter Horst")
        _bulk(session, gen.rows, persons_only=False)
    return (f"Demogegevens aangemaakt: {len(school_rows)} scholen, {len(gen.rows.persons)} "
            f"personen, {len(gen.rows.incidents)} meldingen, {len(gen.rows.measures)} "
            f"maatregelen, {len(gen.rows.tasks)} taken.")


def _bulk(session: Session, rows: _Rows, persons_only: bool) -> None:
    order: list[tuple[type[Any], list[dict[str, Any]]]] = (
        [(Person, rows.persons), (Guardianship, rows.guardians)] if persons_only else [
            (Incident, rows.incidents), (IncidentArticle, rows.articles),
            (IncidentCategory, rows.categories), (Involvement, rows.involvements),
            (Consultation, rows.consultations), (Conversation, rows.conversations),
            (Measure, rows.measures), (Task, rows.tasks)])
    for model, batch in order:
        for start in range(0, len(batch), 20_000):
            chunk = batch[start:start + 20_000]
            if chunk:
                session.execute(insert(model), chunk)
    if not persons_only:  # one audit entry for the whole fill, with counts per table
        from skow_desk.services.audit import record_bulk

        record_bulk(session, "Demogegevens aangemaakt")
