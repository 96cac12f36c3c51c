"""Privacy in letters: no other involved person's name, nor the reporter, reaches any letter.

Every letter kind is drafted from the database for a causer in a case that also holds a harmed
pupil, a witness, a member of staff and a parent who reported it; the description names them all
in the forms directors write ("Lotte", "De Vries'", "d' Ancona", "Cagla Yilmaz"). The PDF's own
text is searched for every part of their names, with and without accents.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from skow_desk.domain.enums import Part, Role, Salutation, Stage
from skow_desk.domain.letter_facts import OtherPerson, names_left, redact
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.names import fold
from skow_desk.letters.kinds import LETTER_KINDS
from skow_desk.letters.templating import shipped_template
from skow_desk.services.case_queries import incident_input
from skow_desk.services.incidents import (
    ConversationInput,
    IncidentInput,
    involve_person,
    log_conversation,
    record_incident,
    update_incident,
)
from skow_desk.services.letter_facts import facts_for_letter, prefilled_facts, set_letter_facts
from skow_desk.services.letters import draft_letters, render
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import Incident
from tests.factories import make_person, make_pupil_with_parents, make_school
from tests.unit.letters.letter_helpers import pdf_text

REPORTED = date(2026, 11, 2)
DESCRIPTION = (
    "Daan heeft een filmpje van Lotte de Vries op TikTok gezet. Lotte's moeder belde dezelfde "
    "dag. Daniël d' Ancona en Cagla Yilmaz stonden erbij; Çağla's telefoon nam het ook op. "
    "Juf Jansen zag het in de pauze. De Vries' vriendinnen lachten. Gemeld door Ilse Bakker.")
OTHER_NAMES = ("Lotte", "Vries", "Daniël", "Ancona", "Çağla", "Yılmaz", "Jansen", "Els", "Ilse",
               "Bakker", "Sem")


def _names_in(text: str) -> list[str]:
    folded = fold(text)
    return [n for n in OTHER_NAMES if re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", folded)]


# --- the redaction itself (pure) --------------------------------------------------------------

LOTTE = OtherPerson("Lotte", "de", "Vries", role=Role.PUPIL)
DANIEL = OtherPerson("Daniël", "d'", "Ancona", role=Role.PUPIL)
CAGLA = OtherPerson("Çağla", "", "Yılmaz", role=Role.PUPIL)
JANSEN = OtherPerson("Els", "", "Jansen", role=Role.STAFF)
MOTHER = OtherPerson("Ilse", "", "Bakker", role=Role.PARENT)


@pytest.mark.parametrize(("text", "expected"), [
    ("een filmpje van Lotte de Vries", "een filmpje van een medeleerling"),
    ("Lotte was boos.", "Een medeleerling was boos."),
    ("Lotte de Vries plaatste het. Daarna was Lotte boos.",
     "Een medeleerling plaatste het. Daarna was de medeleerling boos."),
    ("Lotte's filmpje", "Het filmpje van een medeleerling"),
    ("Lottes foto", "De foto van een medeleerling"),
    ("De Vries' bericht", "Het bericht van een medeleerling"),
    ("L. de Vries", "Een medeleerling"),
    ("met d'Ancona", "met een medeleerling"),
    ("met d' Ancona", "met een medeleerling"),
    ("met D’Ancona", "met een medeleerling"),
    ("met Çağla Yılmaz", "met een medeleerling"),
    ("met Cagla Yilmaz", "met een medeleerling"),
    ("met CAGLA", "met een medeleerling"),
    ("juf Jansen zag het", "Een medewerker zag het"),
    ("mevrouw Bakker belde", "Een ouder belde"),
])
def test_every_written_form_of_a_name_becomes_the_part(text: str, expected: str) -> None:
    assert redact(text, [LOTTE, DANIEL, CAGLA, JANSEN, MOTHER]) == expected


def test_two_pupils_are_told_apart_and_ordinary_words_stay() -> None:
    text = redact("Lotte en Çağla ruzieden; Lotte huilde. De meester was streng.",
                  [LOTTE, CAGLA])
    assert text == ("Een medeleerling en een andere medeleerling ruzieden; de medeleerling "
                    "huilde. De meester was streng.")
    # a name that is also a word is replaced only as a name, with its capital
    assert redact("een bruin jasje", [OtherPerson("Sara", "de", "Bruin", role=Role.PUPIL)]) == (
        "een bruin jasje")
    roos = OtherPerson("Roos", "", "Bakker", role=Role.PUPIL)
    assert redact("Roos kreeg een roos. Later huilde Roos.", [roos]) == (
        "Een medeleerling kreeg een roos. Later huilde de medeleerling.")
    assert names_left("Roos kreeg een roos.", [roos]) == ["Roos"]


def test_the_free_text_reporter_is_left_out() -> None:
    text = redact("Ilse Bakker (moeder van Sem) belde. Bakker was boos.", [],
                  reporter="Ilse Bakker (moeder van Sem)")
    assert _names_in(text) == []
    assert text == "Iemand belde. Iemand was boos."
    # a reporter without a name leaves the text alone
    for reporter in ("groepsleerkracht", "Groepsleerkracht", "Mentor groep 7", "anoniem"):
        assert redact("De groepsleerkracht en de mentor zagen het.", [],
                      reporter=reporter) == "De groepsleerkracht en de mentor zagen het."
    assert redact("Mevrouw Bakker belde; de bakker niet.", [], reporter="Bakker") == (
        "Iemand belde; de bakker niet.")
    # a sentence that only said who reported it goes
    assert redact("Lotte huilde. Gemeld door Ilse Bakker. Daarna niets.", [LOTTE],
                  reporter="Ilse Bakker") == "Een medeleerling huilde. Daarna niets."


# --- every letter kind, from the database ------------------------------------------------------


def _case(session, causer_role: Role):
    school = make_school(session)
    if causer_role is Role.PUPIL:
        causer = make_pupil_with_parents(session, school)
    elif causer_role is Role.STAFF:
        causer = make_person(session, school, Role.STAFF, "Smit", first_name="Kees",
                             salutation=Salutation.MR, group_or_function="leerkracht groep 5")
    else:
        causer = make_person(session, school, Role.PARENT, "Pauw", first_name="Ria",
                             salutation=Salutation.MRS, group_or_function="")
    incident = record_incident(session, IncidentInput(
        school_id=school.id, reported_on=REPORTED, occurred_on=REPORTED, platform="TikTok",
        reported_by="Ilse Bakker (moeder van Sem)", description=DESCRIPTION,
        articles=["A3", "A4", "A7"] if causer_role is not Role.STAFF else ["A4", "A7", "B4"],
        categories=[]))
    involve_person(session, incident.id, causer.id, Part.CAUSER)
    people = [
        (make_person(session, school, Role.PUPIL, "Vries", first_name="Lotte", infix="de"),
         Part.HARMED),
        (make_person(session, school, Role.PUPIL, "Ancona", first_name="Daniël", infix="d'"),
         Part.WITNESS),
        (make_person(session, school, Role.PUPIL, "Yılmaz", first_name="Çağla"), Part.HARMED),
        (make_person(session, school, Role.STAFF, "Jansen", first_name="Els",
                     group_or_function="leerkracht"), Part.WITNESS),
        (make_person(session, school, Role.PARENT, "Bakker", first_name="Ilse"), Part.REPORTER),
    ]
    for person, part in people:
        involve_person(session, incident.id, person.id, part)
    log_conversation(session, incident.id, ConversationInput(
        held_on=date(2026, 11, 3), person_id=causer.id, present="directeur",
        summary="Het filmpje van Lotte besproken; juf Jansen was erbij.",
        own_view="Het was een grap, Çağla vond het ook leuk.",
        agreements="Daan biedt Lotte de Vries excuses aan."))
    return incident, causer


def _measure_for(session, incident, causer, code: str):
    kind = LETTER_KINDS[code]
    if kind.withdrawal:  # a warning, withdrawn with a reason that names another pupil
        from skow_desk.services.measure_corrections import withdraw_measure

        warning = decide_measure(session, incident.id, MeasureDecision(
            person_id=causer.id, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 4),
            reason="Het filmpje van Lotte is zonder toestemming geplaatst"))
        return withdraw_measure(session, warning.id, "Lotte de Vries plaatste het filmpje zelf",
                                date(2026, 11, 10))
    if not kind.measures:
        return None
    measure_kind = next(iter(kind.measures))
    stage = kind.stage or Stage.DECISION
    extra: dict[str, object] = {}
    if (stage is Stage.DECISION and causer.role is Role.STAFF
            and measure_kind in (MeasureKind.REPRIMAND, MeasureKind.DISMISSAL)):
        intent = decide_measure(session, incident.id, MeasureDecision(
            person_id=causer.id, kind=measure_kind, decided_on=date(2026, 11, 4),
            stage=Stage.INTENT, reason="Het filmpje is zonder toestemming geplaatst",
            start_on=date(2026, 12, 2), end_on=date(2026, 12, 2)))
        extra["intent_id"] = intent.id
        decided = date(2026, 12, 1)
    else:
        decided = date(2026, 11, 4)
    if measure_kind in (MeasureKind.SUSPENSION, MeasureKind.ACCESS_BAN):
        day = date(2026, 12, 2) if decided.month == 12 else date(2026, 11, 5)
        extra.update(start_on=day, end_on=day)
    if measure_kind is MeasureKind.SUMMARY_DISMISSAL:
        extra.update(known_since=date(2026, 11, 3))
    return decide_measure(session, incident.id, MeasureDecision(
        person_id=causer.id, kind=measure_kind, decided_on=decided, stage=stage,
        reason="Het filmpje van Lotte is zonder toestemming geplaatst", **extra))


# every kind that can be drafted; a legacy kind is never drafted again (its old letters are
# stored PDFs: tests/unit/letters/test_legacy_letter_kind.py)
CASES = [(code, role) for code, kind in LETTER_KINDS.items() for role in kind.roles
         if role in (Role.PUPIL, Role.STAFF, Role.PARENT) and not kind.legacy]


@pytest.mark.parametrize(("code", "role"), CASES, ids=[f"{c}-{r.value}" for c, r in CASES])
def test_no_letter_names_another_person_or_the_reporter(db, code: str, role: Role) -> None:
    with db.transaction() as s:
        incident, causer = _case(s, role)
        measure = _measure_for(s, incident, causer, code)
        drafts = draft_letters(s, code, incident.id, causer.id,
                               measure.id if measure else None, letter_date=date(2026, 12, 1))
        assert drafts
        for data in drafts:
            text = pdf_text(render(s, data), furniture=True)
            assert _names_in(text) == [], text
            # the reporter (a parent, involved as melder) is not even named by their part
            assert "gemeld door" not in text.lower() and "een ouder" not in text.lower()
            if "zaak.omschrijving" in shipped_template(code):  # the letter states the facts
                assert "een medeleerling" in text or "Een medeleerling" in text
            if role is not Role.STAFF:
                # the person's own name is still there: the letter is about them
                assert causer.first_name in text or causer.last_name in text


def test_another_causer_is_not_named_in_the_first_causers_letter(db) -> None:
    with db.transaction() as s:
        incident, causer = _case(s, Role.PUPIL)
        lotte = next(i.person for i in incident.involvements if i.person.first_name == "Lotte")
        involve_person(s, incident.id, lotte.id, Part.CAUSER)
        # the shared text keeps the causers' names; each causer's letter replaces the other's
        assert "Lotte" in prefilled_facts(incident)
        assert "Lotte" not in facts_for_letter(incident, causer.id)
        assert "Daan" not in facts_for_letter(incident, lotte.id)


def test_the_internal_description_is_kept_and_edited_facts_are_audited(db) -> None:
    with db.transaction() as s:
        incident, causer = _case(s, Role.PUPIL)
        set_letter_facts(s, incident.id, "Daan plaatste een filmpje van Lotte.")
    with db.transaction() as s:
        stored = s.scalars(select(Incident)).one()
        assert stored.description == DESCRIPTION
        assert stored.letter_facts == "Daan plaatste een filmpje van Lotte."
        # even a typed name of another person does not reach the letter
        assert facts_for_letter(stored, causer.id) == (
            "Daan plaatste een filmpje van een medeleerling.")
        from skow_desk.store.models import AuditEntry
        summaries = " ".join(e.summary or "" for e in s.scalars(select(AuditEntry)))
        assert "feiten voor de brief" in summaries
        # saving the form unchanged keeps the facts; the form's pre-filled text stores nothing
        data = incident_input(s, stored.id)
        assert data.letter_facts == "Daan plaatste een filmpje van Lotte."
        data.letter_facts = None
        update_incident(s, stored.id, data)
        assert stored.letter_facts == "Daan plaatste een filmpje van Lotte."


def test_the_prefill_passes_the_name_scan() -> None:
    others = [LOTTE, DANIEL, CAGLA, JANSEN, MOTHER]
    text = redact(DESCRIPTION, others, reporter="Ilse Bakker (moeder van Sem)")
    assert names_left(text, others) == []
    assert _names_in(text) == []
    assert "Daan heeft een filmpje van een medeleerling op TikTok gezet." in text


def test_purge_also_blanks_the_facts_for_letters(db) -> None:
    from skow_desk.services.retention import due_for_purge, purge
    from tests.unit.security.test_retention import TODAY, _case_that_left

    ids = _case_that_left(db)
    with db.transaction() as s:
        set_letter_facts(s, ids["incident"], "Daan plaatste een filmpje.")
    with db.transaction() as s:
        purge(s, due_for_purge(s, TODAY), TODAY)
    with db.transaction() as s:
        assert s.get(Incident, ids["incident"]).letter_facts == "geanonimiseerd"


def test_hyphens_elisions_quotes_and_accents() -> None:
    people = [OtherPerson("Jan-Willem", "van 't", "Hek", role=Role.PUPIL),
              OtherPerson("Zoë", "ter", "Horst", role=Role.STAFF),
              OtherPerson("Anna Maria", "", "Öztürk", role=Role.PARENT)]
    assert redact("Van 't Hek zei: 'Zoe, kom!' Anna schreef; mevrouw Ozturk belde.", people) == (
        "Een medeleerling zei: 'Een medewerker, kom!' Een ouder schreef; de ouder belde.")
    assert redact("Jan-Willems bericht en Ter Horsts foto.", people) == (
        "Het bericht van een medeleerling en de foto van een medewerker.")
    assert redact("Hij riep 'Zoë' naar Thomas' broer.", [
        *people, OtherPerson("Thomas", "", "Bos", role=Role.PUPIL)]) == (
        "Hij riep 'Een medewerker' naar de broer van een medeleerling.")
