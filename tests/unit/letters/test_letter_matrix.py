"""Issue 11's test matrix: every letter kind, drafted from a real encrypted database through the
services, for PO/VO × openbaar/bijzonder × the roles it exists for, with and without each step
of the case record it may mention. Each sentence is asserted from the PDF's own text.

Per step: the sentence about it appears, quoting its recorded date, exactly when the step is
recorded, and its date appears nowhere when it is not (every step has a date of its own, so a
sentence that claims an unrecorded step is caught even in words this file does not know).
Per letter: no other involved person or the reporter is named, a guardian without gezag gets no
letter, a VO pupil does, a measure letter says on whose authority it is signed, and every term
counts from the letter's own date (the draft's, or the dispatch date once sent).

Size: the school axes (sector × denomination) do not interact with the steps, so they are
combined pairwise: each kind's variants (all steps, no steps, and all steps but one, for each
step) run round-robin over the four schools, with "all" and "none" on every school. That keeps
the matrix near 200 letters instead of the full product.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from skow_desk.domain.dates import long_date
from skow_desk.domain.enums import Denomination, Part, Role, Salutation, Sector, Stage, TaskKind
from skow_desk.domain.errors import RuleViolation
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.rules import objection_deadline, response_deadline, term_end
from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.services.dispatch import Dispatch
from skow_desk.services.enclosures import enclosure_choices, enclosure_texts
from skow_desk.services.incidents import (
    ConversationInput,
    IncidentInput,
    add_evidence,
    involve_person,
    log_conversation,
    record_consultation,
    record_incident,
)
from skow_desk.services.letter_replacement import (
    letters_replaced_by_correction,
    pair_replaced,
    replacement_paragraphs,
)
from skow_desk.services.letters import (
    draft_letters,
    finalise_letter,
    letter_pdf,
    redate_letters,
    render,
)
from skow_desk.services.measure_corrections import (
    correct_measure,
    decision_of,
    withdraw_measure,
)
from skow_desk.services.measures import MeasureDecision, decide_measure, record_response
from skow_desk.services.persons import link_guardian
from skow_desk.services.tasks import complete_task
from skow_desk.store.models import Measure, Person
from tests.factories import make_person, make_school
from tests.unit.letters.letter_helpers import configure_foundation, pdf_text

# --- the dates of the record: each step its own day, so its absence can be asserted ----------
EARLIER_REPORTED, EARLIER_DECIDED = date(2026, 10, 5), date(2026, 10, 6)
EARLIER_TALK = date(2026, 10, 7)
REPORTED = date(2026, 11, 2)
HEARD = date(2026, 11, 3)
INTENT = date(2026, 11, 4)
SEARCH = date(2026, 11, 5)
CONSULTED = date(2026, 11, 6)
TEACHER = date(2026, 11, 9)
RESPONSE = date(2026, 11, 10)
KNOWN = date(2026, 11, 12)
DECIDED = date(2026, 11, 13)  # a measure without an intention
INSPECTION = date(2026, 11, 16)
START, END = date(2026, 11, 17), date(2026, 11, 18)
NO_RESPONSE = date(2026, 11, 26)  # "geen zienswijze", after the term (25 November)
DECIDED_AFTER_INTENT = date(2026, 11, 27)
TRUANCY = date(2026, 11, 30)
DRAFTED = date(2026, 12, 1)
SENT = date(2026, 12, 3)
BAN_END = date(2027, 1, 29)

OWN_WORDS = "Ik deed het zonder na te denken"
#: the person's own words are quoted, never printed as the school's text (issue 11 item 2)
QUOTED_OWN_WORDS = {"notitie_dossier": [f"‘{OWN_WORDS}’."]}
RESPONSE_TEXT = "Ik heb spijt en het bericht is weg"
WEIGHING = "De spijt weegt mee, maar het bericht was openbaar"
WITHDRAW_REASON = "Het bericht bleek door iemand anders te zijn geplaatst"
REASON = "Het bericht heeft een medeleerling gekwetst"
DESCRIPTION = ("Er is een filmpje van Lotte de Vries op TikTok gezet. Gemeld door Ilse Bakker. "
               "Lotte was erg overstuur.")
#: names that may never reach a letter: the harmed pupil, the reporter, a parent without gezag
OTHER_NAMES = ("Lotte", "Vries", "Ilse", "Bakker", "Kees", "Vos")

STAFF_MANDATE = ("medewerker.waarschuwing",)
PUPIL_MANDATE = ("leerling.waarschuwing", "leerling.schorsing", "ouder.waarschuwing")

# --- which steps each kind may mention --------------------------------------------------------
HEARING, EARLIER, ENCLOSED, SENT_STEP, CORRECTED = (
    "gehoord", "eerder", "bijlagen", "verzending", "correctie")
PLAN, GIVEN, NONE_GIVEN, CONSULT = "voornemen", "zienswijze", "geen_zienswijze", "overleg"
TEACHER_STEP, SEARCH_STEP, TRUANCY_STEP, INSPECTION_STEP = (
    "leerkracht", "zoektocht", "leerplicht", "inspectie")
PREVIOUS_LETTER = "eerdere_brief"

_COMMON = {ENCLOSED, SENT_STEP}
_DECISION = {HEARING, CONSULT, EARLIER, CORRECTED, *_COMMON}
STEPS: dict[str, set[str]] = {
    "staff_waarschuwing": {HEARING, EARLIER, CORRECTED, *_COMMON},
    "staff_voornemen_berisping": {HEARING, EARLIER, CORRECTED, *_COMMON},
    "staff_besluit_berisping": {PLAN, GIVEN, NONE_GIVEN, *_DECISION},
    "staff_voornemen_schorsing": {CORRECTED, *_COMMON},
    "staff_besluit_schorsing": {HEARING, CONSULT, CORRECTED, *_COMMON},
    "staff_voornemen_ontslag": {HEARING, EARLIER, CORRECTED, *_COMMON},
    "staff_besluit_ontslag": {PLAN, GIVEN, NONE_GIVEN, *_DECISION},
    "staff_ontslag_op_staande_voet": {HEARING, CONSULT, CORRECTED, *_COMMON},
    "pupil_waarschuwing": {HEARING, CORRECTED, *_COMMON},
    "pupil_schorsing": {INSPECTION_STEP, *_DECISION},
    "pupil_voornemen_verwijdering": {EARLIER, CORRECTED, *_COMMON},
    "pupil_besluit_verwijdering": {GIVEN, NONE_GIVEN, TEACHER_STEP, SEARCH_STEP, TRUANCY_STEP,
                                   INSPECTION_STEP, *_DECISION},
    "parent_waarschuwing": {HEARING, CORRECTED, *_COMMON},
    "parent_toegangsverbod": {*_DECISION},
    "intrekking": {PREVIOUS_LETTER, *_COMMON},
    "gespreksverslag": {ENCLOSED},
    "notitie_dossier": {HEARING, ENCLOSED},
}
#: kinds the services no longer produce (legacy: a staff suspension is an ordemaatregel, no
#: intention); the matrix checks that the measure they were about cannot be recorded
UNREACHABLE = {code for code, kind in LETTER_KINDS.items() if kind.legacy}
#: a removal decision always follows an intention (WPO 40, WVO): it is no step to leave out
ALWAYS = {"pupil_besluit_verwijdering": {PLAN}}
EXCLUSIVE = (GIVEN, NONE_GIVEN)
WAYS = ("aangetekend", "post", "e-mail")
POSTAL_NOTES = {"aangetekend": "Aangetekend", "post": "", "e-mail": "Per e-mail"}
SCHOOLS = [(Sector.PO, Denomination.PUBLIC), (Sector.VO, Denomination.PRIVATE),
           (Sector.PO, Denomination.PRIVATE), (Sector.VO, Denomination.PUBLIC)]


@dataclass(frozen=True)
class Case:
    kind: str
    role: Role
    sector: Sector
    denomination: Denomination
    steps: frozenset[str]
    label: str

    def has(self, step: str) -> bool:
        return step in self.steps

    @property
    def way(self) -> str:
        """How a sent letter went: the three ways taken in turn over the cases."""
        return WAYS[sum(map(ord, self.label)) % len(WAYS)]


def _variants(kind: str) -> list[tuple[str, frozenset[str]]]:
    """All steps, none, and two complementary halves (each step once with and once without
    the others); a decision after an intention also without it, and with "geen zienswijze"."""
    steps = STEPS[kind]
    everything = frozenset(steps - {NONE_GIVEN})
    ordered = sorted(everything)
    half = frozenset(ordered[::2])
    variants = [("alle", everything), ("geen", frozenset()), ("helft-a", half),
                ("helft-b", everything - half)]
    if PLAN in steps:
        variants.append(("zonder-voornemen", everything - {PLAN, GIVEN}))
    if NONE_GIVEN in steps:
        variants.append(("geen-zienswijze", everything - {GIVEN} | {NONE_GIVEN}))
    always = ALWAYS.get(kind, set())
    variants = [(label, frozenset(s | always)) for label, s in variants]
    # a zienswijze is one on an intention: without the intention there is none
    return [(label, s if PLAN in s or PLAN not in steps | always else s - {GIVEN, NONE_GIVEN})
            for label, s in variants]


def _cases() -> list[Case]:
    missing = set(LETTER_KINDS) - set(STEPS)
    assert not missing, f"add the new letter kinds to the matrix: {sorted(missing)}"
    cases = []
    for number, (kind, letter_kind) in enumerate(LETTER_KINDS.items()):
        roles = [r for r in (Role.STAFF, Role.PUPIL, Role.PARENT) if r in letter_kind.roles]
        for offset, role in enumerate(roles):
            variants = _variants(kind) if kind not in UNREACHABLE else _variants(kind)[:1]
            for index, (label, steps) in enumerate(variants):
                # pairwise: each kind's variants go round the four schools
                sector, denomination = SCHOOLS[(number + offset + index) % len(SCHOOLS)]
                cases.append(Case(kind, role, sector, denomination, steps,
                                  f"{kind}-{role.value}-{sector.value}-"
                                  f"{denomination.value}-{label}"))
    return cases


CASES = _cases()


# --- building the case through the services ----------------------------------------------------

@dataclass
class Built:
    incident_id: int
    person: Person
    measure: Measure | None
    guardians_with_authority: list[Person] = field(default_factory=list)
    letter_number: str = ""


def _causer(s: Session, school: Any, role: Role, sector: Sector) -> tuple[Person, list[Person]]:
    if role is Role.STAFF:
        return make_person(s, school, Role.STAFF, "Smit", first_name="Anouk",
                           salutation=Salutation.MRS,
                           group_or_function="leerkracht groep 6"), []
    if role is Role.PARENT:
        return make_person(s, school, Role.PARENT, "Pauw", first_name="Ria",
                           salutation=Salutation.MRS, group_or_function=""), []
    pupil = make_person(s, school, Role.PUPIL, "Berg", first_name="Daan", infix="van den",
                        salutation=Salutation.MR,
                        group_or_function="klas 2b" if sector is Sector.VO else "groep 7",
                        birth_date=date(2013 if sector is Sector.VO else 2016, 3, 1))
    mother = make_person(s, school, Role.PARENT, "Berg", first_name="Sophie", infix="van den",
                         salutation=Salutation.MRS)
    father = make_person(s, school, Role.PARENT, "Hoek", first_name="Jan",
                         salutation=Salutation.MR, address="Hoogweg 9")
    stepfather = make_person(s, school, Role.PARENT, "Vos", first_name="Kees",
                             salutation=Salutation.MR, address="Kerkpad 1")
    link_guardian(s, pupil.id, mother.id)
    link_guardian(s, pupil.id, father.id)
    link_guardian(s, pupil.id, stepfather.id, has_authority=False)
    return pupil, [mother, father]


def _incident(s: Session, school: Any, causer: Person, reported: date, description: str,
              platform: str = "TikTok") -> int:
    articles = ["A7", "B4"] if causer.role is Role.STAFF else ["A5", "A7"]
    incident = record_incident(s, IncidentInput(
        school_id=school.id, reported_on=reported, occurred_on=reported, platform=platform,
        reported_by="Ilse Bakker", description=description, articles=articles,
        categories=[]))
    involve_person(s, incident.id, causer.id, Part.CAUSER)
    return incident.id


def _measure_kind(kind: str) -> MeasureKind | None:
    return next(iter(LETTER_KINDS[kind].measures), None)


def _decision(case: Case, person: Person, kind: MeasureKind, stage: Stage, on: date,
              intent_id: int | None = None) -> MeasureDecision:
    extra: dict[str, Any] = {}
    if kind in (MeasureKind.SUSPENSION,):
        extra.update(start_on=max(on, START), end_on=max(on, END))
    if kind is MeasureKind.ACCESS_BAN:
        extra.update(start_on=START, end_on=BAN_END)
    if kind is MeasureKind.SUMMARY_DISMISSAL:
        extra.update(known_since=KNOWN)
    if kind is MeasureKind.REMOVAL and case.has(SEARCH_STEP):
        extra.update(search_started_on=SEARCH)
    return MeasureDecision(person_id=person.id, kind=kind, decided_on=on, stage=stage,
                           reason=REASON, intent_id=intent_id, **extra)


def _done(s: Session, incident_id: int, kind: TaskKind, on: date) -> None:
    from skow_desk.services.incidents import get_incident

    task = next(t for t in get_incident(s, incident_id).tasks
                if t.kind is kind and t.done_on is None)
    complete_task(s, task.id, on, "gedaan")


def _record_measure(s: Session, case: Case, incident_id: int, person: Person) -> Measure | None:
    letter_kind = LETTER_KINDS[case.kind]
    if letter_kind.withdrawal:
        return decide_measure(s, incident_id, MeasureDecision(
            person_id=person.id, kind=MeasureKind.WARNING, decided_on=DECIDED, reason=REASON))
    kind = _measure_kind(case.kind)
    if kind is None:
        return None
    stage = letter_kind.stage or Stage.DECISION
    if stage is Stage.INTENT:
        return decide_measure(s, incident_id, _decision(case, person, kind, Stage.INTENT, INTENT))
    two_step = case.kind in ("staff_besluit_berisping", "staff_besluit_ontslag",
                             "pupil_besluit_verwijdering")
    if not two_step:
        return decide_measure(s, incident_id, _decision(case, person, kind, stage, DECIDED))
    if not case.has(PLAN):  # read in by the register import: a decision without an intention
        measure = Measure(incident_id=incident_id, person_id=person.id, kind=kind,
                          stage=Stage.DECISION, decided_on=DECIDED_AFTER_INTENT,
                          notice_on=DECIDED_AFTER_INTENT, reason=REASON)
        s.add(measure)
        s.flush()
        return measure
    intent = decide_measure(s, incident_id, _decision(case, person, kind, Stage.INTENT, INTENT))
    if case.has(TEACHER_STEP):
        _done(s, incident_id, TaskKind.HEAR_TEACHER, TEACHER)
    if case.has(INSPECTION_STEP) and case.sector is Sector.VO:
        _done(s, incident_id, TaskKind.INSPECTION_NOTICE, INSPECTION)
    if case.has(GIVEN):
        record_response(s, intent.id, RESPONSE, "schriftelijk", RESPONSE_TEXT, WEIGHING,
                        today=RESPONSE)
    elif case.has(NONE_GIVEN):
        record_response(s, intent.id, NO_RESPONSE, "geen", today=NO_RESPONSE)
    decision = decide_measure(s, incident_id, _decision(case, person, kind, Stage.DECISION,
                                                         DECIDED_AFTER_INTENT, intent.id))
    if case.has(INSPECTION_STEP) and case.sector is Sector.PO:
        _done(s, incident_id, TaskKind.INSPECTION_NOTICE, INSPECTION)
    if case.has(TRUANCY_STEP):
        _done(s, incident_id, TaskKind.TRUANCY_OFFICER, TRUANCY)
    return decision


def build(s: Session, case: Case) -> Built:
    school = make_school(s, sector=case.sector, denomination=case.denomination)
    configure_foundation(s, mandate=STAFF_MANDATE + PUPIL_MANDATE, appeal=True)
    person, guardians = _causer(s, school, case.role, case.sector)
    harmed = make_person(s, school, Role.PUPIL, "Vries", first_name="Lotte", infix="de")
    reporter = make_person(s, school, Role.PARENT, "Bakker", first_name="Ilse")
    earlier = _incident(s, school, person, EARLIER_REPORTED, "Een eerder bericht.",
                        platform="Instagram")
    if case.has(EARLIER):
        decide_measure(s, earlier, MeasureDecision(
            person_id=person.id, kind=MeasureKind.WARNING, decided_on=EARLIER_DECIDED,
            reason="Een eerder bericht"))
    else:  # an earlier incident without a measure: only talked about, never held against
        log_conversation(s, earlier, ConversationInput(
            held_on=EARLIER_TALK, person_id=(guardians[0] if guardians else person).id,
            present="de directeur", summary="Besproken."))
    incident_id = _incident(s, school, person, REPORTED, DESCRIPTION)
    involve_person(s, incident_id, harmed.id, Part.HARMED)
    involve_person(s, incident_id, reporter.id, Part.REPORTER)
    if case.has(HEARING) or case.kind == "gespreksverslag":
        log_conversation(s, incident_id, ConversationInput(
            held_on=HEARD, person_id=(guardians[0] if guardians else person).id,
            present="de directeur, " + ("Daan en zijn ouders" if guardians else person.first_name),
            summary="Het filmpje van Lotte is besproken.", own_view=OWN_WORDS))
    if case.has(CONSULT):
        record_consultation(s, incident_id, CONSULTED, "de directeur-bestuurder",
                            "Een maatregel is passend.")
    if case.has(ENCLOSED):
        add_evidence(s, incident_id, "schermafbeelding.png", b"\x89PNG fake", note="van Lotte")
    measure = _record_measure(s, case, incident_id, person)
    if case.kind == "pupil_schorsing" and case.has(INSPECTION_STEP):
        _done(s, incident_id, TaskKind.INSPECTION_NOTICE, INSPECTION)
    built = Built(incident_id, person, measure, guardians)
    if LETTER_KINDS[case.kind].withdrawal:
        assert measure is not None
        if case.has(PREVIOUS_LETTER):
            [first] = draft_letters(s, "staff_waarschuwing" if case.role is Role.STAFF else
                                    f"{'pupil' if case.role is Role.PUPIL else 'parent'}"
                                    "_waarschuwing", incident_id, person.id, measure.id,
                                    letter_date=DECIDED)[:1]
            built.letter_number = finalise_letter(s, first, incident_id, person.id,
                                                  measure.id).number
        built.measure = withdraw_measure(s, measure.id, WITHDRAW_REASON, DRAFTED)
    return built


def _enclosures(s: Session, case: Case, built: Built) -> tuple[str, ...]:
    if not case.has(ENCLOSED):
        return ()
    choices = enclosure_choices(s, built.incident_id)
    return enclosure_texts(choices, {c.evidence_id for c in choices})


def letters_of(s: Session, case: Case, built: Built) -> tuple[list[str], list[Any]]:
    """The PDF texts as the letter dialog makes them: drafted with the chosen enclosures;
    a correction names the letter it replaces; sent: re-dated and finalised."""
    measure_id = built.measure.id if built.measure is not None else None
    enclosures = _enclosures(s, case, built)
    if case.has(CORRECTED):
        assert built.measure is not None
        [*originals] = draft_letters(s, case.kind, built.incident_id, built.person.id,
                                     measure_id, letter_date=DRAFTED, enclosures=enclosures)
        for data in originals:
            finalise_letter(s, data, built.incident_id, built.person.id, measure_id)
        corrected = correct_measure(s, built.measure.id, decision_of(s, built.measure.id),
                                    "De reden was onvolledig", DRAFTED)
        measure_id = corrected.id
    drafts = draft_letters(s, case.kind, built.incident_id, built.person.id, measure_id,
                           letter_date=DRAFTED, enclosures=enclosures)
    if case.has(CORRECTED):
        assert measure_id is not None
        replaced = letters_replaced_by_correction(s, measure_id, case.kind)
        olds = {x.id: x for x in replaced}
        drafts = [d if old is None else
                  replace(d, paragraphs=replacement_paragraphs(d.paragraphs, olds[old]))
                  for d, old in zip(drafts, pair_replaced(drafts, replaced), strict=True)]
    if not case.has(SENT_STEP):
        texts = []
        for d in drafts:
            pdf = render(s, d)
            assert "CONCEPT" in pdf_text(pdf, furniture=True)
            # the draft's CONCEPT mark is drawn across the text; it may fall inside a sentence
            texts.append(pdf_text(pdf).replace(" CONCEPT ", " "))
        return texts, drafts
    sent = redate_letters(s, drafts, case.kind, built.incident_id, built.person.id, measure_id,
                          SENT)
    texts = []
    for data in sent:
        letter = finalise_letter(s, data, built.incident_id, built.person.id, measure_id,
                                 dispatch=Dispatch(SENT, case.way, "de geadresseerde"))
        texts.append(pdf_text(letter_pdf(s, letter.id)))
    return texts, sent


# --- what each step must make the letter say ----------------------------------------------------

def _d(day: date) -> str:
    return long_date(day)


def _hearing_sentence(case: Case) -> str:
    on = _d(HEARD)
    return {
        "staff_waarschuwing": f"zoals ik ook in ons gesprek van {on} heb gedaan",
        "staff_voornemen_berisping": f"Op {on} hebben wij hierover met u gesproken.",
        "staff_voornemen_ontslag": f"Op {on} hebben wij hierover met u gesproken.",
        "staff_besluit_berisping": f"Op {on} hebben wij u over deze zaak gehoord.",
        "staff_besluit_schorsing": f"Op {on} hebben wij u over deze zaak gehoord.",
        "staff_besluit_ontslag": f"Op {on} hebben wij u over deze zaak gehoord.",
        "staff_ontslag_op_staande_voet": f"Op {on} hebben wij u daarover gehoord.",
        "pupil_waarschuwing": f"Op {on} is hierover gesproken met de directeur en Daan en zijn "
                              "ouders.",
        "pupil_schorsing": f"Voordat wij dit besluit namen, hebben wij op {on} gesproken met",
        "pupil_besluit_verwijdering": f"Op {on} is hierover gesproken met",
        "parent_waarschuwing": f"Op {on} hebben wij hierover met u gesproken.",
        "parent_toegangsverbod": f"Op {on} hebben wij hierover met u gesproken.",
        "notitie_dossier": f"Op {on} is gesproken",
    }[case.kind]


def _teacher(case: Case) -> str:
    return "de mentor" if case.sector is Sector.VO else "de groepsleerkracht"


def expected(case: Case, step: str, letter_date: date, number: str) -> list[str]:
    """The sentences a recorded ``step`` puts in the letter."""
    plan_verb = {"staff_besluit_berisping": "u een schriftelijke berisping op te leggen",
                 "staff_besluit_ontslag": "uw arbeidsovereenkomst te laten beëindigen",
                 "pupil_besluit_verwijdering": "van school te verwijderen"}
    sentences = {
        HEARING: [_hearing_sentence(case), *QUOTED_OWN_WORDS.get(case.kind, [])]
        if step == HEARING else [],
        PLAN: [f"Bij brief van {_d(INTENT)} hebben wij u laten weten dat wij voornemens waren",
               plan_verb.get(case.kind, "")],
        GIVEN: [f"Op {_d(RESPONSE)} heeft u schriftelijk uw zienswijze gegeven.",
                f"U gaf aan: ‘{RESPONSE_TEXT}’.", f"Wij hebben uw zienswijze gewogen. {WEIGHING}."],
        NONE_GIVEN: ["U heeft van de gelegenheid om uw zienswijze te geven geen gebruik gemaakt; "
                     f"de termijn daarvoor liep tot en met {_d(response_deadline(INTENT))}."],
        CONSULT: [f"Op {_d(CONSULTED)} hebben wij over deze zaak overlegd met de "
                  "directeur-bestuurder."],
        EARLIER: [f"Op {_d(EARLIER_DECIDED)} is naar aanleiding van een melding over Instagram "
                  "besloten tot een waarschuwing."],
        TEACHER_STEP: [f"Op {_d(TEACHER)} hebben wij {_teacher(case)} gehoord."],
        SEARCH_STEP: [f"Sinds {_d(SEARCH)} zoeken wij naar een school die"],
        TRUANCY_STEP: [f"Op {_d(TRUANCY)} hebben wij de leerplichtambtenaar van uw gemeente "
                       "over de verwijdering geïnformeerd"],
        INSPECTION_STEP: [
            f"Op {_d(INSPECTION)} hebben wij over de verwijdering overlegd met de Inspectie van "
            "het Onderwijs." if case.sector is Sector.VO else
            f"Op {_d(INSPECTION)} hebben wij de Inspectie van het Onderwijs over de "
            "verwijdering geïnformeerd."] if case.kind == "pupil_besluit_verwijdering" else
        [f"hebben wij haar op {_d(INSPECTION)} met opgave van redenen gemeld aan de Inspectie"],
        ENCLOSED: [f"Bijlage: schermafbeelding van {_d(date.today())}"],
        SENT_STEP: [_d(SENT)],
        CORRECTED: [f"Deze brief vervangt onze brief van {_d(DRAFTED)} met briefnummer"],
        PREVIOUS_LETTER: [f"Dat hebben wij u laten weten met onze brief van {_d(DECIDED)} met "
                          f"briefnummer {number}."],
    }
    return [s for s in sentences[step] if s]


#: what may not be in the letter when the step is not recorded (besides the step's own date)
ABSENT = {
    HEARING: [OWN_WORDS, "gaf toen aan", "over deze zaak gehoord", "met u gesproken"],
    PLAN: ["voornemens waren", "Eerder hebben wij"],
    GIVEN: [RESPONSE_TEXT, "uw zienswijze gegeven", "gewogen", WEIGHING],
    NONE_GIVEN: ["geen gebruik gemaakt"],
    CONSULT: ["overlegd met de directeur-bestuurder"],
    EARLIER: ["Instagram", "eerder is voorgevallen", "niet eerder op dit punt aangesproken",
              _d(EARLIER_TALK)],
    TEACHER_STEP: [f"{_teacher_word} gehoord" for _teacher_word in ("groepsleerkracht",
                                                                    "mentor")],
    SEARCH_STEP: ["Sinds "],
    TRUANCY_STEP: ["geïnformeerd, zoals de Leerplichtwet"],
    INSPECTION_STEP: ["overlegd met de Inspectie", "gemeld aan de Inspectie",
                      "Inspectie van het Onderwijs over de verwijdering geïnformeerd"],
    ENCLOSED: ["Bijlage"],
    SENT_STEP: [],
    CORRECTED: ["vervangt onze brief"],
    PREVIOUS_LETTER: ["met briefnummer"],
}
STEP_DATES = {HEARING: HEARD, PLAN: INTENT, GIVEN: RESPONSE, CONSULT: CONSULTED,
              EARLIER: EARLIER_DECIDED, TEACHER_STEP: TEACHER, SEARCH_STEP: SEARCH,
              TRUANCY_STEP: TRUANCY, INSPECTION_STEP: INSPECTION, SENT_STEP: SENT}


def _deadlines(case: Case, letter_date: date, built: Built) -> tuple[list[date], list[date]]:
    """(terms the letter must name, counted from its date; the same terms counted from the
    decision, which it must not name when they differ)."""
    kind = LETTER_KINDS[case.kind]
    measure = built.measure
    if measure is None or kind.withdrawal or case.kind in ("notitie_dossier", "gespreksverslag"):
        return [], []
    if measure.stage is Stage.INTENT:
        return [response_deadline(letter_date)], [response_deadline(measure.decided_on)]
    if case.kind in ("pupil_schorsing", "pupil_besluit_verwijdering", "parent_toegangsverbod"):
        return [objection_deadline(letter_date)], [objection_deadline(measure.decided_on)]
    if case.kind in ("staff_besluit_berisping", "staff_besluit_schorsing"):
        from skow_desk.domain.dates import add_weeks

        return ([term_end(add_weeks(letter_date, 6))],
                [term_end(add_weeks(measure.decided_on, 6))])
    if case.kind == "staff_ontslag_op_staande_voet":  # BW 7:686a lid 4: from the dismissal
        from skow_desk.domain.dates import add_months

        return [term_end(add_months(measure.decided_on, 2))], []
    return [], []


def _signer(case: Case) -> str | None:
    kind = LETTER_KINDS[case.kind]
    if case.kind in ("notitie_dossier", "gespreksverslag"):
        return None
    measure_kind = _measure_kind(case.kind) or MeasureKind.WARNING
    from skow_desk.domain.mandate import mandate_key

    if mandate_key(case.role, measure_kind) in STAFF_MANDATE + PUPIL_MANDATE:
        return "namens het bevoegd gezag van Stichting SKOW, M. van der Knaap directeur"
    assert kind.measures or kind.withdrawal
    return "Het bevoegd gezag van Stichting SKOW, H. ter Horst voorzitter college van bestuur"


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_every_sentence_follows_the_record(db: Any, case: Case) -> None:
    if case.kind in UNREACHABLE:
        with db.transaction() as s, pytest.raises(RuleViolation):
            build(s, case)
        return
    with db.transaction() as s:
        built = build(s, case)
        texts, datas = letters_of(s, case, built)
        number = built.letter_number
    letter_date = SENT if case.has(SENT_STEP) else DRAFTED
    # -- who it goes to: guardians with gezag, one letter per address, and a VO pupil --------
    if case.role is Role.PUPIL and case.kind != "notitie_dossier":
        expected_count = 2 + (case.sector is Sector.VO)
        assert len(texts) == expected_count, [d.recipient_lines for d in datas]
        recipients = ["\n".join(d.recipient_lines) for d in datas]
        assert any("S. van den Berg" in r for r in recipients), recipients
        assert any("J. Hoek" in r for r in recipients), recipients
        # a VO pupil gets the letter too, addressed by name as the child it is
        assert ((case.sector is Sector.VO)
                is ("D. van den Berg" in [d.recipient_lines[0] for d in datas])), recipients
        if not LETTER_KINDS[case.kind].document_title:  # a report has no "Geachte …,"
            assert ((case.sector is Sector.VO)
                    is any("Geachte Daan van den Berg," in t for t in texts)), texts
        assert not any("heer Van den Berg" in t for t in texts)
    else:
        assert len(texts) == 1
    for text in texts:
        where = f"{case.label}:\n{text}"
        # -- privacy: no other involved person, no reporter, no parent without gezag ---------
        for name in OTHER_NAMES:
            assert name not in text, (name, where)
        assert "gemeld door" not in text.lower(), where
        # an earlier incident without a measure is never held against the person
        assert _d(EARLIER_TALK) not in text and "aangesproken" not in text, where
        # -- authority -----------------------------------------------------------------------
        signer = _signer(case)
        if signer is not None:
            assert signer in text, where
        # -- terms from the letter's own date ------------------------------------------------
        if case.kind != "notitie_dossier":
            assert _d(letter_date) in text, where
        must, must_not = _deadlines(case, letter_date, built)
        for day in must:
            assert _d(day) in text, (day, where)
        for day in must_not:
            if day not in must:
                assert _d(day) not in text, (day, where)
        # -- the note above the address says how it was sent, once it is sent -------------------
        if case.has(SENT_STEP):
            note = POSTAL_NOTES[case.way]
            for other in set(POSTAL_NOTES.values()) - {note, ""}:
                assert other not in text, (case.way, other, where)
            if note:
                assert note in text, (case.way, where)
        # -- each step: its sentence exactly when recorded -----------------------------------
        for step in STEPS[case.kind] | ALWAYS.get(case.kind, set()):
            if case.has(step):
                for sentence in expected(case, step, letter_date, number):
                    assert sentence in text, (step, sentence, where)
            else:
                for words in ABSENT[step]:
                    assert words not in text, (step, words, where)
                day = STEP_DATES.get(step)
                if day is not None:  # "3 november" is no part of "13 november"
                    assert not re.search(rf"(?<!\d){_d(day)}", text), (step, day, where)
