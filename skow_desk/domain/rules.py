"""The legal guardrails of docs/legal.md, applied when a measure is decided.

Each rule either refuses (``RuleViolation`` with a Dutch sentence), adds a task with its
deadline, or adds a warning the director must see. Terms that docs/legal.md marks *unconfirmed*
are module constants so they can be corrected in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from skow_desk.domain.dates import add_months, long_date
from skow_desk.domain.enums import Role, Stage, TaskKind
from skow_desk.domain.errors import RuleViolation
from skow_desk.domain.measures import TWO_STEP, MeasureKind, check_measure_for_role
from skow_desk.domain.terms import term_end

MAX_PUPIL_SUSPENSION_DAYS = 5  # WPO art. 40c: at most one week
OBJECTION_TERM = timedelta(weeks=6)  # Awb 6:7, 6:8; WPO art. 63
OBJECTION_DECISION_TERM = timedelta(weeks=4)  # WPO art. 63: board decides within 4 weeks
RESPONSE_TERM = timedelta(weeks=3)  # zienswijze on an intended berisping (CAO PO)
STAFF_SUSPENSION_WARN_DAYS = 28  # order suspension normally at most 4 weeks (Holla 2023)
SUMMARY_DISMISSAL_WARN_DAYS = 3  # "onverwijld": warn when the facts are older than this
COURT_TERM_MONTHS = 2  # BW 7:686a lid 4


@dataclass(frozen=True)
class TaskSpec:
    """A task that a decision creates."""

    kind: TaskKind
    title: str
    due_on: date | None
    required: bool = True


@dataclass(frozen=True)
class MeasureInput:
    """Everything the rules need to judge a measure as the director entered it."""

    role: Role
    kind: MeasureKind
    decided_on: date
    stage: Stage = Stage.DECISION
    notice_on: date | None = None
    reason: str = ""
    start_on: date | None = None
    end_on: date | None = None
    internal: bool = False
    known_since: date | None = None
    has_intent: bool = False
    intent_response_due: date | None = None
    response_received: bool = False
    heard: bool = True


@dataclass(frozen=True)
class RuleOutcome:
    """What a valid decision brings with it."""

    tasks: tuple[TaskSpec, ...] = ()
    warnings: tuple[str, ...] = ()
    school_days: int | None = None
    notes: tuple[str, ...] = field(default=())


def school_days(start: date, end: date) -> int:
    """School days (Monday–Friday) from ``start`` to ``end`` inclusive."""
    if end < start:
        return 0
    days = (end - start).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(rest):
        if (start + timedelta(days=weeks * 7 + offset)).weekday() < 5:
            count += 1
    return count


def school_day_span(first_day: date, days: int) -> tuple[date, date]:
    """First and last day of ``days`` school days, starting on ``first_day`` or the next
    school day when that falls in a weekend."""
    start = first_day
    while start.weekday() >= 5:
        start += timedelta(days=1)
    end, left = start, days - 1
    while left > 0:
        end += timedelta(days=1)
        if end.weekday() < 5:
            left -= 1
    return start, end


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
    if m.role is Role.STAFF and m.kind in TWO_STEP[Role.STAFF]:
        return _staff_two_step(m)
    if m.role is Role.STAFF and m.kind is MeasureKind.SUMMARY_DISMISSAL:
        return _summary_dismissal(m)
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
    return (
        f"Er is nog geen gesprek vastgelegd: hoor {who} voordat u de brief verstuurt.",
    )


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
    days = school_days(m.start_on, m.end_on)
    if days == 0:
        raise RuleViolation(f"De {what} valt geheel in het weekend; kies schooldagen.")
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
                f"Melding Inspectie (schorsing van {days} dagen) vóór {long_date(due)}",
                due,
            ),
        )
    return RuleOutcome(tuple(tasks), _hearing_warning(m), days)


def _pupil_removal(m: MeasureInput) -> RuleOutcome:
    _require_reason(m, "verwijdering")
    warnings = list(_hearing_warning(m))
    warnings.append(
        "Hoor de groepsleraar of mentor vóór het besluit, en verwijder pas definitief als een "
        "andere school de leerling toelaat (WPO art. 40 lid 11)."
    )
    tasks: list[TaskSpec] = []
    if m.stage is Stage.DECISION:
        tasks.append(
            TaskSpec(
                TaskKind.TRUANCY_OFFICER,
                f"Melding leerplichtambtenaar terstond, uiterlijk {long_date(m.decided_on)}",
                m.decided_on,
            )
        )
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
    if (
        not m.response_received
        and m.intent_response_due is not None
        and m.decided_on <= m.intent_response_due
    ):
        raise RuleViolation(
            f"De termijn voor de zienswijze loopt nog tot en met "
            f"{long_date(m.intent_response_due)}. Neem het besluit daarna, of leg eerst vast "
            "dat de zienswijze is ontvangen."
        )
    school_day_count: int | None = None
    if m.kind is MeasureKind.SUSPENSION and m.start_on and m.end_on:
        if m.end_on < m.start_on:
            raise RuleViolation("De laatste dag van de schorsing ligt vóór de eerste dag.")
        school_day_count = school_days(m.start_on, m.end_on)
        if (m.end_on - m.start_on).days + 1 > STAFF_SUSPENSION_WARN_DAYS:
            warnings.append(
                "Een schorsing als ordemaatregel duurt normaal ten hoogste vier weken; "
                "motiveer een langere duur zorgvuldig."
            )
    return RuleOutcome(tuple(tasks), tuple(warnings), school_day_count)


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
