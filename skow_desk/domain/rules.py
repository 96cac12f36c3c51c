"""The legal guardrails of docs/legal.md, applied when a measure is decided.

Each rule either refuses (``RuleViolation`` with a Dutch sentence), adds a task with its
deadline, or adds a warning the director must see. Terms that docs/legal.md marks *unconfirmed*
are module constants so they can be corrected in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from skow_desk.domain.dates import add_months, long_date
from skow_desk.domain.enums import Role, Sector, Stage, TaskKind
from skow_desk.domain.errors import RuleViolation
from skow_desk.domain.measures import TWO_STEP, MeasureKind, check_measure_for_role
from skow_desk.domain.school_calendar import SchoolCalendar, default_calendar
from skow_desk.domain.terms import term_end

MAX_PUPIL_SUSPENSION_DAYS = 5  # WPO art. 40c: at most one week
OBJECTION_TERM = timedelta(weeks=6)  # Awb 6:7, 6:8; WPO art. 63
OBJECTION_DECISION_TERM = timedelta(weeks=4)  # WPO art. 63: board decides within 4 weeks
RESPONSE_TERM = timedelta(weeks=3)  # zienswijze on an intended berisping (CAO PO)
STAFF_SUSPENSION_WARN_DAYS = 28  # order suspension normally at most 4 weeks (Holla 2023)
ACCESS_BAN_WARN_MONTHS = 6  # a longer ban needs careful argument (proportionality; practice)
SUMMARY_DISMISSAL_WARN_DAYS = 3  # "onverwijld": warn when the facts are older than this
COURT_TERM_MONTHS = 2  # BW 7:686a lid 4


@dataclass(frozen=True)
class TaskSpec:
    """A task that a decision creates."""

    kind: TaskKind
    title: str
    due_on: date | None
    required: bool = True


@dataclass(frozen=True, kw_only=True)
class MeasureEntry:
    """A measure as the director enters it in the decision form (the fields both the form's
    :class:`~skow_desk.services.measures.MeasureDecision` and :class:`MeasureInput` hold)."""

    kind: MeasureKind
    decided_on: date
    stage: Stage = Stage.DECISION
    notice_on: date | None = None
    reason: str = ""
    start_on: date | None = None
    end_on: date | None = None
    internal: bool = False
    known_since: date | None = None
    delay_reason: str = ""

    def entry(self) -> dict[str, object]:
        """The entered fields by name, to build another view of the same measure."""
        return {f.name: getattr(self, f.name) for f in fields(MeasureEntry)}


@dataclass(frozen=True, kw_only=True)
class MeasureInput(MeasureEntry):
    """Everything the rules need to judge a measure: what the director entered, and what the
    case already holds (the person's role, the voornemen, the hearing, the school)."""

    role: Role
    has_intent: bool = False
    intent_response_due: date | None = None
    response_received: bool = False
    heard: bool = True
    intent_on: date | None = None
    """The date of the intention (voornemen) this decision follows, if any."""
    response_received_on: date | None = None
    response_mode: str = ""
    weighed: bool = False
    sector: Sector | None = None
    calendar: SchoolCalendar | None = None
    """The school's calendar; None counts weekends and public holidays only, without a note."""


@dataclass(frozen=True)
class RuleOutcome:
    """What a valid decision brings with it."""

    tasks: tuple[TaskSpec, ...] = ()
    warnings: tuple[str, ...] = ()
    school_days: int | None = None
    notes: tuple[str, ...] = field(default=())


def school_days(start: date, end: date, calendar: SchoolCalendar | None = None) -> int:
    """School days from ``start`` to ``end`` inclusive: no weekend, public holiday, or (with the
    school's ``calendar``) school holiday or free day."""
    return (calendar or default_calendar()).school_days(start, end)


def school_day_span(
    first_day: date, days: int, calendar: SchoolCalendar | None = None
) -> tuple[date, date]:
    """First and last day of ``days`` school days, starting on ``first_day`` or the next
    school day."""
    return (calendar or default_calendar()).span(first_day, days)


def calendar_notes(m: MeasureInput) -> tuple[str, ...]:
    """The calendar's notes for the days a measure counts (none without a school calendar)."""
    if m.calendar is None or m.start_on is None:
        return ()
    return m.calendar.notes(m.start_on, m.end_on)


def objection_deadline(notice_on: date) -> date:
    """Last day to object: six weeks, counted from the day after notice (Awb 6:8), run on to
    the next working day when it ends on a weekend or holiday (Algemene termijnenwet)."""
    return term_end(notice_on + OBJECTION_TERM)


def response_deadline(notice_on: date) -> date:
    """Last day for a staff member's zienswijze on an intended measure: three weeks from the
    day after the letter is sent. The term is contractual (cao), so the Algemene termijnenwet
    does not bind it; running on past a weekend or holiday anyway gives the person more time,
    the safe side."""
    return term_end(notice_on + RESPONSE_TERM)


def objection_task_title(deadline: date) -> str:
    """The task line of an objection term."""
    return f"Bezwaartermijn loopt tot en met {long_date(deadline)}"


def response_task_title(what: str, deadline: date) -> str:
    """The task line of a zienswijze term on an intended ``what`` (berisping …)."""
    return f"Zienswijze op voorgenomen {what} uiterlijk {long_date(deadline)}"




def assess_measure(m: MeasureInput) -> RuleOutcome:
    """Judge a measure: refuse it, or return the tasks and warnings it brings."""
    check_measure_for_role(m.kind, m.role)
    if m.stage is Stage.INTENT and m.kind not in TWO_STEP[m.role]:
        raise RuleViolation(
            f"Voor een {m.kind.value} bestaat geen voornemen; leg direct het besluit vast."
        )
    if m.role is Role.PUPIL and m.kind is MeasureKind.SUSPENSION:
        return _pupil_suspension(m)
    if m.role is Role.PUPIL and m.kind is MeasureKind.REMOVAL:
        return _pupil_removal(m)
    if m.role is Role.STAFF and m.kind is MeasureKind.SUSPENSION and m.stage is Stage.DECISION:
        return _staff_order_suspension(m)
    if m.role is Role.STAFF and m.kind in TWO_STEP[Role.STAFF]:
        return _staff_two_step(m)
    if m.role is Role.STAFF and m.kind is MeasureKind.SUMMARY_DISMISSAL:
        return _summary_dismissal(m)
    if m.kind is MeasureKind.ACCESS_BAN:
        return _access_ban(m)
    return RuleOutcome(warnings=_hearing_warning(m))


def _notice(m: MeasureInput) -> date:
    return m.notice_on or m.decided_on


def _require_reason(m: MeasureInput, what: str) -> None:
    if not m.reason.strip():
        raise RuleViolation(f"Vul de reden van de {what} in; die is wettelijk verplicht.")


def _hearing_warning(m: MeasureInput) -> tuple[str, ...]:
    if m.heard or m.kind is MeasureKind.CONVERSATION_ONLY:
        return ()
    who = "de leerling en de ouders" if m.role is Role.PUPIL else "de betrokkene"
    return (f"{NOT_HEARD_WARNING}: hoor {who} voordat u de brief verstuurt.",)


NOT_HEARD_WARNING = "Er is nog geen gesprek vastgelegd"
"""How the stored warning about a missing hearing starts (dropped once one is recorded)."""


def _objection_tasks(m: MeasureInput) -> list[TaskSpec]:
    deadline = objection_deadline(_notice(m))
    return [
        TaskSpec(
            TaskKind.OBJECTION_TERM,
            objection_task_title(deadline),
            deadline,
            required=False,
        )
    ]


def _pupil_suspension(m: MeasureInput) -> RuleOutcome:
    what = "interne schorsing" if m.internal else "schorsing"
    _require_reason(m, what)
    if m.start_on is None or m.end_on is None:
        raise RuleViolation(f"Vul de eerste en de laatste dag van de {what} in.")
    if m.end_on < m.start_on:
        raise RuleViolation(f"De laatste dag van de {what} ligt vóór de eerste dag.")
    days = school_days(m.start_on, m.end_on, m.calendar)
    if days == 0:
        raise RuleViolation(
            f"De {what} valt geheel in het weekend, een vakantie of op vrije dagen; kies "
            "schooldagen.")
    if days > MAX_PUPIL_SUSPENSION_DAYS:
        raise RuleViolation(
            f"Een {what} duurt ten hoogste {MAX_PUPIL_SUSPENSION_DAYS} schooldagen (één week, "
            f"WPO art. 40c); u koos {days} schooldagen."
        )
    tasks = _objection_tasks(m)
    if days > 1:
        due = m.start_on
        tasks.insert(
            0,
            TaskSpec(
                TaskKind.INSPECTION_NOTICE,
                # the date is the task's own (its column): one date, said once (issue 13.9)
                f"Melding Inspectie (schorsing van {days} dagen)",
                due,
            ),
        )
    return RuleOutcome(tuple(tasks), _hearing_warning(m) + calendar_notes(m), days)


def _pupil_removal(m: MeasureInput) -> RuleOutcome:
    _require_reason(m, "verwijdering")
    warnings = list(_hearing_warning(m))
    warnings.append(
        "Hoor de groepsleraar of mentor vóór het besluit, en verwijder pas definitief als een "
        "andere school de leerling toelaat (WPO art. 40 lid 11)."
    )
    tasks: list[TaskSpec] = []
    if m.stage is Stage.DECISION and m.intent_on is not None:
        check_decision_after_intent(m)
    if m.stage is Stage.DECISION:
        tasks.append(
            TaskSpec(
                TaskKind.TRUANCY_OFFICER,
                f"Melding leerplichtambtenaar terstond, uiterlijk {long_date(m.decided_on)}",
                m.decided_on,
            )
        )
        if m.sector is not Sector.VO:
            tasks.append(
                TaskSpec(
                    TaskKind.INSPECTION_NOTICE,
                    "Inspectie informeren over de verwijdering (aanbevolen)",
                    m.decided_on,
                    required=False,
                )
            )
        tasks.extend(_objection_tasks(m))
    else:
        tasks.append(
            TaskSpec(
                TaskKind.HEAR_TEACHER,
                "Groepsleraar of mentor horen over de voorgenomen verwijdering",
                m.decided_on,
            )
        )
        if m.sector is Sector.VO:
            # VO: a leerplichtige pupil is removed only after consulting the Inspectie
            # (LEGAL.md; Inrichtingsbesluit WVO art. 14, now WVO 2020): before the decision
            tasks.append(
                TaskSpec(
                    TaskKind.INSPECTION_NOTICE,
                    "Overleg met de Inspectie vóór het besluit tot verwijdering",
                    m.decided_on,
                )
            )
    return RuleOutcome(tuple(tasks), tuple(warnings))


def _staff_two_step(m: MeasureInput) -> RuleOutcome:
    what = m.kind.value
    _require_reason(m, f"voorgenomen {what}" if m.stage is Stage.INTENT else what)
    warnings = list(_hearing_warning(m))
    tasks: list[TaskSpec] = []
    if m.stage is Stage.INTENT:
        due = response_deadline(_notice(m))
        tasks.append(
            TaskSpec(
                TaskKind.RESPONSE_TERM,
                response_task_title(what, due),
                due,
            )
        )
        return RuleOutcome(tuple(tasks), tuple(warnings))
    if not m.has_intent:
        raise RuleViolation(
            f"Een {what} gaat in twee stappen: leg eerst het voornemen vast en geef de "
            "medewerker drie weken voor een zienswijze."
        )
    check_decision_after_intent(m)
    return RuleOutcome(tuple(tasks), tuple(warnings))


def check_decision_after_intent(m: MeasureInput) -> None:
    """A decision that follows an intention: not on the intention's own day, not before the
    zienswijze term ends (unless the zienswijze came earlier), and a received zienswijze is
    weighed first."""
    if m.intent_on is not None and m.decided_on <= m.intent_on:
        raise RuleViolation(
            f"Het besluit kan niet op of vóór de dag van het voornemen "
            f"({long_date(m.intent_on)}) worden genomen: de betrokkene moet eerst een "
            "zienswijze kunnen geven."
        )
    received = m.response_received_on
    if received is not None and m.response_mode != RESPONSE_NONE and received > m.decided_on:
        raise RuleViolation(
            f"De zienswijze is vastgelegd op {long_date(received)}, na de datum van het "
            "besluit. Kies een besluitdatum op of na die dag."
        )
    came_early = m.response_received and received is not None and m.response_mode != RESPONSE_NONE
    if (
        not came_early
        and m.intent_response_due is not None
        and m.decided_on <= m.intent_response_due
    ):
        raise RuleViolation(
            f"De termijn voor de zienswijze loopt nog tot en met "
            f"{long_date(m.intent_response_due)}. Neem het besluit daarna, of leg eerst vast "
            "dat de zienswijze is ontvangen."
        )
    if came_early and not m.weighed:
        raise RuleViolation(
            "Leg eerst vast hoe de school de zienswijze heeft gewogen (in de zaak: "
            "‘Zienswijze vastleggen…’ bij het voornemen); die afweging gaat vóór het besluit."
        )


def _staff_order_suspension(m: MeasureInput) -> RuleOutcome:
    """A staff suspension as an order measure: heard first, never retroactive, ≤ 4 weeks.

    The person is told of the intention and heard (their view goes into the decision letter)
    before the suspension starts; a 3-week written term does not replace that hearing and would
    make the suspension retroactive. Sources: Commissie van Beroep Onderwijsgeschillen 106138
    (12 June 2014) and 107833 (4 January 2018); Holla, "Disciplinaire maatregelen in het
    onderwijs: de schorsing" (2023): cao PO/VO, normally at most four weeks.
    """
    _require_reason(m, "schorsing")
    if m.start_on is None:
        raise RuleViolation("Vul de eerste dag van de schorsing in.")
    if m.start_on < m.decided_on:
        raise RuleViolation(
            f"Een schorsing kan niet ingaan vóór de datum van het besluit "
            f"({long_date(m.decided_on)}); kies als eerste dag die datum of later."
        )
    warnings = list(_hearing_warning(m))
    school_day_count: int | None = None
    if m.end_on is not None:
        if m.end_on < m.start_on:
            raise RuleViolation("De laatste dag van de schorsing ligt vóór de eerste dag.")
        school_day_count = school_days(m.start_on, m.end_on, m.calendar)
        warnings.extend(calendar_notes(m))
        if (m.end_on - m.start_on).days + 1 > STAFF_SUSPENSION_WARN_DAYS:
            warnings.append(
                "Een schorsing als ordemaatregel duurt normaal ten hoogste vier weken; "
                "motiveer een langere duur zorgvuldig."
            )
    else:
        warnings.append(
            "Er is geen laatste dag ingevuld. Een schorsing als ordemaatregel duurt normaal "
            "ten hoogste vier weken; leg een einddatum vast of herzie de schorsing tijdig."
        )
    if m.intent_on is not None:
        check_decision_after_intent(m)
    return RuleOutcome((), tuple(warnings), school_day_count)


RESPONSE_NONE = "geen"
RESPONSE_MODES: dict[str, str] = {
    "schriftelijk": "schriftelijk",
    "mondeling": "in een gesprek",
    "ontvangen": "ontvangen",
    RESPONSE_NONE: "geen zienswijze",
}
"""The ways a zienswijze is recorded, with the words letters use ("ontvangen": how unknown)."""


def check_response(
    intent_on: date, due: date, received_on: date, mode: str, content: str, today: date
) -> None:
    """Judge a recorded zienswijze (or "geen zienswijze") on an intention of ``intent_on``."""
    if mode not in RESPONSE_MODES:
        raise RuleViolation("Kies hoe de zienswijze is gegeven: schriftelijk of in een gesprek.")
    if received_on > today:
        raise RuleViolation(
            f"De datum {long_date(received_on)} ligt in de toekomst; leg een zienswijze vast "
            "op of na de dag dat zij is ontvangen."
        )
    if received_on < intent_on:
        raise RuleViolation(
            f"De datum ligt vóór het voornemen ({long_date(intent_on)}); een zienswijze gaat "
            "over het voornemen en volgt daarop."
        )
    if mode == RESPONSE_NONE:
        if received_on <= due:
            raise RuleViolation(
                f"De termijn voor de zienswijze loopt nog tot en met {long_date(due)}. "
                "‘Geen zienswijze’ kunt u pas na die dag vastleggen."
            )
        return
    if mode != "ontvangen" and not content.strip():
        raise RuleViolation(
            "Vul de inhoud van de zienswijze in, zo veel mogelijk in de eigen woorden van de "
            "betrokkene; de besluitbrief geeft haar weer."
        )


def check_step_date(day: date, today: date, what: str) -> None:
    """A recorded step cannot lie in the future."""
    if day > today:
        raise RuleViolation(
            f"De datum van {what} ({long_date(day)}) ligt in de toekomst; een stap in het "
            "dossier legt u vast als hij is gezet."
        )


def _summary_dismissal(m: MeasureInput) -> RuleOutcome:
    if not m.reason.strip():
        raise RuleViolation(
            "Vul de dringende reden in; die wordt letterlijk in de bevestigingsbrief opgenomen."
        )
    if m.known_since is None:
        raise RuleViolation("Vul in op welke datum de feiten bekend zijn geworden.")
    if m.known_since > m.decided_on:
        raise RuleViolation("De datum 'bekend geworden op' ligt na de datum van het ontslag.")
    warnings = list(_hearing_warning(m))
    gap = (m.decided_on - m.known_since).days
    if gap > SUMMARY_DISMISSAL_WARN_DAYS:
        warnings.append(
            f"De feiten zijn al {gap} dagen bekend. Ontslag op staande voet moet onverwijld "
            "worden gegeven (BW 7:677 lid 1); laat dit juridisch toetsen."
        )
        if not m.delay_reason.strip():
            warnings.append(
                "Leg bij 'Toelichting op de tijd' vast waarom het ontslag niet eerder is "
                "gegeven (bijvoorbeeld: onderzoek naar de feiten, horen van de medewerker); "
                "de brief legt het dan uit."
            )
    court = term_end(add_months(m.decided_on, COURT_TERM_MONTHS))
    tasks = (
        TaskSpec(
            TaskKind.COURT_TERM,
            f"Termijn kantonrechter voor de medewerker loopt tot {long_date(court)}",
            court,
            required=False,
        ),
    )
    return RuleOutcome(tasks, tuple(warnings))


def _access_ban(m: MeasureInput) -> RuleOutcome:
    """A toegangsverbod always has an end date ("tot nader order" is not proportionate)."""
    _require_reason(m, "toegangsverbod")
    if m.end_on is None:
        raise RuleViolation(
            "Vul de laatste dag van het toegangsverbod in; een verbod 'tot nader order' is "
            "niet toegestaan.")
    start = m.start_on or m.decided_on
    if m.end_on < start:
        raise RuleViolation("De laatste dag van het toegangsverbod ligt vóór de eerste dag.")
    warnings = list(_hearing_warning(m))
    if m.end_on > add_months(start, ACCESS_BAN_WARN_MONTHS):
        warnings.append(
            f"Het toegangsverbod duurt langer dan {ACCESS_BAN_WARN_MONTHS} maanden. Motiveer "
            "waarom een kortere duur niet volstaat (evenredigheid), of kies een kortere duur.")
    return RuleOutcome(warnings=tuple(warnings))
