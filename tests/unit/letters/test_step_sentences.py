"""Every step sentence of a letter follows the case record, read back from the PDF's own text.

A matrix: each letter kind whose step sentences changed, drafted from a real database case with
and without each recorded step (voornemen, zienswijze given / "geen zienswijze", weighing,
hearing with the person's own words, teacher heard, leerplicht, Inspectie, search). A sentence
appears, with its date, exactly when its step is recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from skow_desk.domain.enums import Denomination, Role, Sector, Stage, TaskKind
from skow_desk.domain.measures import MeasureKind
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.letters import draft_letters, render
from skow_desk.services.measures import MeasureDecision, decide_measure, record_response
from skow_desk.services.tasks import complete_task
from skow_desk.store.models import Measure
from tests.factories import make_incident, make_person, make_pupil_with_parents, make_school
from tests.unit.letters.letter_helpers import pdf_text

INTENT_ON = date(2026, 11, 3)
SPIJT = "Ik heb spijt en heb het bericht meteen verwijderd"
WEGING = "Wij waarderen de spijt, maar de discussie met ouders was openbaar."
BOOS = "Ik was boos op die ouder"


def _letter(session: Any, kind: str, incident_id: int, person_id: int, measure_id: int) -> str:
    drafts = draft_letters(session, kind, incident_id, person_id, measure_id,
                           letter_date=date(2026, 11, 30))
    # the draft's CONCEPT mark is drawn across the text; it may fall inside a sentence
    text = pdf_text(render(session, drafts[0])).replace(" CONCEPT ", " ")
    assert "CONCEPT" in pdf_text(render(session, drafts[0]), furniture=True)
    return text


def _teacher_case(session: Any, *, heard: bool) -> tuple[Any, Any]:
    school = make_school(session)
    teacher = make_person(session, school, Role.STAFF, "Berg", first_name="Jan", infix="van der",
                          group_or_function="leerkracht groep 5")
    incident = make_incident(session, school, teacher, articles=("B4",))
    if heard:
        log_conversation(session, incident.id, ConversationInput(
            held_on=date(2026, 11, 2), person_id=teacher.id,
            present="M. van der Knaap (directeur), Jan van der Berg", summary="Besproken.",
            own_view=BOOS))
    return incident, teacher


@pytest.mark.parametrize("heard", [True, False])
@pytest.mark.parametrize("response", ["schriftelijk", "mondeling", "geen"])
def test_reprimand_decision_states_the_recorded_zienswijze(db: Any, response: str,
                                                           heard: bool) -> None:
    with db.transaction() as s:
        incident, teacher = _teacher_case(s, heard=heard)
        intent = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, stage=Stage.INTENT,
            decided_on=INTENT_ON, reason="Discussie met ouders op Facebook"))
        on = date(2026, 11, 25) if response == "geen" else date(2026, 11, 12)
        record_response(s, intent.id, on, response, SPIJT, WEGING, today=on)
        decision = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, decided_on=on.replace(day=26),
            reason="Discussie met ouders op Facebook"))
        text = _letter(s, "staff_besluit_berisping", incident.id, teacher.id, decision.id)
    assert ("Bij brief van 3 november 2026 hebben wij u laten weten dat wij voornemens waren u "
            "een schriftelijke berisping op te leggen.") in text
    if response == "geen":
        assert ("U heeft van de gelegenheid om uw zienswijze te geven geen gebruik gemaakt; de "
                "termijn daarvoor liep tot en met 24 november 2026.") in text
        assert "uw zienswijze gegeven" not in text and SPIJT not in text
    else:
        how = "schriftelijk" if response == "schriftelijk" else "in een gesprek"
        assert f"Op 12 november 2026 heeft u {how} uw zienswijze gegeven." in text
        assert f"U gaf aan: ‘{SPIJT}’." in text
        assert f"Wij hebben uw zienswijze gewogen. {WEGING}" in text
        assert "geen gebruik gemaakt" not in text
    if heard:
        assert "Op 2 november 2026 hebben wij u over deze zaak gehoord." in text
        assert f"U gaf toen aan: ‘{BOOS}’." in text
    else:
        assert "gehoord" not in text and BOOS not in text


def test_reprimand_imported_without_intention_claims_no_earlier_steps(db: Any) -> None:
    """The issue's second case: a berisping imported without a voornemen."""
    with db.transaction() as s:
        incident, teacher = _teacher_case(s, heard=False)
        imported = Measure(incident=incident, person=teacher, kind=MeasureKind.REPRIMAND,
                           stage=Stage.DECISION, decided_on=date(2026, 11, 20),
                           notice_on=date(2026, 11, 20), reason="Discussie met ouders")
        s.add(imported)
        s.flush()
        text = _letter(s, "staff_besluit_berisping", incident.id, teacher.id, imported.id)
    assert "voornemens" not in text and "Eerder" not in text
    assert "zienswijze" not in text and "gehoord" not in text
    assert "Wij hebben besloten u een schriftelijke berisping op te leggen." in text


@pytest.mark.parametrize("heard", [True, False])
def test_staff_order_suspension_letter(db: Any, heard: bool) -> None:
    with db.transaction() as s:
        incident, teacher = _teacher_case(s, heard=heard)
        decision = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Onderzoek naar de berichten", start_on=date(2026, 11, 4),
            end_on=date(2026, 11, 18)))
        text = _letter(s, "staff_besluit_schorsing", incident.id, teacher.id, decision.id)
    assert "voornemens" not in text and "zienswijze" not in text
    assert "Wij hebben besloten u te schorsen met ingang van woensdag 4 november 2026" in text
    assert ("Op 2 november 2026 hebben wij u over deze zaak gehoord." in text) is heard


@pytest.fixture(params=[Sector.PO, Sector.VO])
def sector(request: pytest.FixtureRequest) -> Iterator[Sector]:
    yield request.param


@pytest.mark.parametrize("recorded", [True, False])
def test_removal_decision_states_each_recorded_step(db: Any, sector: Sector,
                                                    recorded: bool) -> None:
    with db.transaction() as s:
        school = make_school(s, sector=sector, denomination=Denomination.PUBLIC)
        pupil = make_pupil_with_parents(s, school)
        incident = make_incident(s, school, pupil)
        if recorded:
            log_conversation(s, incident.id, ConversationInput(
                held_on=date(2026, 11, 2), person_id=pupil.id, present="Daan, zijn ouders",
                summary="Besproken.", own_view="Het was maar een grapje"))
        intent = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.REMOVAL, stage=Stage.INTENT,
            decided_on=INTENT_ON, reason="Herhaald ernstig bedreigen",
            search_started_on=date(2026, 11, 4) if recorded else None))
        if recorded:
            teacher_task = next(t for t in incident.tasks if t.kind is TaskKind.HEAR_TEACHER)
            complete_task(s, teacher_task.id, date(2026, 11, 9), "gesproken, geen bezwaren")
            record_response(s, intent.id, date(2026, 11, 10), "mondeling",
                            "Daan heeft spijt en wil blijven", "Spijt weegt niet op tegen "
                            "de herhaalde bedreigingen.", today=date(2026, 11, 10))
        decided = date(2026, 11, 12) if recorded else date(2026, 11, 25)
        decision = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.REMOVAL, decided_on=decided,
            reason="Herhaald ernstig bedreigen", intent_id=intent.id,
            search_started_on=date(2026, 11, 4) if recorded else None))
        if recorded:
            for task in list(incident.tasks):
                if task.kind in (TaskKind.TRUANCY_OFFICER, TaskKind.INSPECTION_NOTICE):
                    complete_task(s, task.id, date(2026, 11, 11)
                                  if task.kind is TaskKind.INSPECTION_NOTICE
                                  else date(2026, 11, 12))
        text = _letter(s, "pupil_besluit_verwijdering", incident.id, pupil.id, decision.id)
    assert ("Bij brief van 3 november 2026 hebben wij u laten weten dat wij voornemens waren "
            "uw kind Daan van school te verwijderen.") in text
    assert "vooraf" not in text
    teacher = "de mentor" if sector is Sector.VO else "de groepsleerkracht"
    steps = {
        "zienswijze": "Op 10 november 2026 heeft u in een gesprek uw zienswijze gegeven. U gaf "
                      "aan: ‘Daan heeft spijt en wil blijven’.",
        "weging": "Wij hebben uw zienswijze gewogen. Spijt weegt niet op",
        "gehoord": "Op 2 november 2026 is hierover gesproken met Daan en zijn ouders. Daan gaf "
                   "toen aan: ‘Het was maar een grapje’.",
        "leerkracht": f"Op 9 november 2026 hebben wij {teacher} gehoord.",
        "zoektocht": "Sinds 4 november 2026 zoeken wij naar een school die Daan wil toelaten",
        "leerplicht": "Op 12 november 2026 hebben wij de leerplichtambtenaar van uw gemeente "
                      "over de verwijdering geïnformeerd",
        "inspectie": ("Op 11 november 2026 hebben wij over de verwijdering overlegd met de "
                      "Inspectie van het Onderwijs." if sector is Sector.VO else
                      "Op 11 november 2026 hebben wij de Inspectie van het Onderwijs over de "
                      "verwijdering geïnformeerd."),
    }
    for name, sentence in steps.items():
        assert (sentence in text) is recorded, name
    if not recorded:
        assert "geen gebruik gemaakt" not in text  # the term has not been recorded as passed
        assert "leerplichtambtenaar" not in text and "gehoord" not in text
        assert "Wij gaan op zoek naar een school die Daan wil toelaten" in text


@pytest.mark.parametrize("heard", [True, False])
def test_pupil_suspension_names_the_hearing_and_quotes_the_pupil(db: Any, heard: bool) -> None:
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_pupil_with_parents(s, school)
        incident = make_incident(s, school, pupil)
        if heard:
            log_conversation(s, incident.id, ConversationInput(
                held_on=date(2026, 11, 3), person_id=pupil.guardians[0].id,
                present="directeur, Daan, ouders", summary="Besproken.",
                own_view="Ik wist niet dat het niet mocht"))
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Het filmpje heeft een klasgenoot gekwetst", start_on=date(2026, 11, 5),
            end_on=date(2026, 11, 6)))
        text = _letter(s, "pupil_schorsing", incident.id, pupil.id, measure.id)
    sentence = ("Voordat wij dit besluit namen, hebben wij op 3 november 2026 gesproken met "
                "directeur, Daan en ouders. Daan gaf toen aan: ‘Ik wist niet dat het niet "
                "mocht’.")
    assert (sentence in text) is heard
    if not heard:
        assert "gesproken met" not in text


@pytest.mark.parametrize("heard", [True, False])
def test_intention_and_summary_dismissal_name_the_hearing_only_when_recorded(
        db: Any, heard: bool) -> None:
    with db.transaction() as s:
        incident, teacher = _teacher_case(s, heard=heard)
        intent = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, stage=Stage.INTENT,
            decided_on=INTENT_ON, reason="Discussie met ouders op Facebook"))
        intention = _letter(s, "staff_voornemen_berisping", incident.id, teacher.id, intent.id)
        dismissal = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.SUMMARY_DISMISSAL,
            decided_on=date(2026, 11, 4), known_since=date(2026, 11, 2),
            reason="U heeft een ouder bedreigd via Facebook."))
        summary = _letter(s, "staff_ontslag_op_staande_voet", incident.id, teacher.id,
                          dismissal.id)
    assert ("Op 2 november 2026 hebben wij hierover met u gesproken. U gaf toen aan: "
            f"‘{BOOS}’." in intention) is heard
    assert (f"Op 2 november 2026 hebben wij u daarover gehoord. U gaf toen aan: ‘{BOOS}’."
            in summary) is heard
    if not heard:
        assert BOOS not in intention + summary and "gehoord" not in summary
