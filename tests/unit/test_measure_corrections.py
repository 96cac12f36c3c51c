"""Correct, don't delete: measures are corrected or withdrawn, the original stays, every step
is audited; the withdrawal letter and a corrected letter say what they replace."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from skow_desk.domain.enums import Role, Stage
from skow_desk.domain.errors import DomainError
from skow_desk.domain.measures import MeasureKind, MeasureStatus
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.letters import (
    draft_letters,
    finalise_letter,
    letter_kinds_for_measure,
    letter_pdf,
    render,
    write_case_letters,
)
from skow_desk.services.measure_corrections import (
    correct_measure,
    decision_of,
    withdraw_measure,
)
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import AuditEntry, Measure, Task
from tests.factories import make_incident, make_person, make_pupil_with_parents, make_school
from tests.unit.letters.letter_helpers import pdf_text

REASON = "Het filmpje heeft een klasgenoot gekwetst"


def _text(pdf: bytes) -> str:
    """The PDF's words on one line, without the draft's CONCEPT mark (drawn across the text)."""
    return " ".join(w for w in pdf_text(pdf).split() if w != "CONCEPT")


def _suspension(db) -> tuple[int, int, int]:
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_pupil_with_parents(s, school)
        incident = make_incident(s, school, pupil)
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 11, 3), person_id=pupil.guardians[0].id,
            present="directeur, ouders", summary="Besproken."))
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason=REASON, start_on=date(2026, 11, 5), end_on=date(2026, 11, 6)))
        return incident.id, pupil.id, measure.id


def test_withdrawing_keeps_the_measure_closes_its_tasks_and_is_audited(db):
    incident_id, pupil_id, measure_id = _suspension(db)
    with db.transaction() as s:
        withdraw_measure(s, measure_id, "Het filmpje bleek door een ander geplaatst.",
                         date(2026, 11, 10))
    with db.transaction() as s:
        m = s.get(Measure, measure_id)
        assert (m.status, m.status_on) == (MeasureStatus.WITHDRAWN, date(2026, 11, 10))
        assert m.status_reason == "Het filmpje bleek door een ander geplaatst."
        tasks = s.scalars(select(Task).where(Task.measure_id == measure_id)).all()
        assert tasks and all(t.done_on == date(2026, 11, 10) for t in tasks)
        assert all("ingetrokken" in t.note for t in tasks)
        summaries = [e.summary or "" for e in s.scalars(select(AuditEntry))]
        assert any("ingetrokken op 10 november 2026; reden: Het filmpje bleek" in x
                   for x in summaries)
        assert letter_kinds_for_measure(s, measure_id) == ["intrekking"]
        with pytest.raises(DomainError, match="al ingetrokken"):
            withdraw_measure(s, measure_id, "nogmaals", date(2026, 11, 11))


def test_a_withdrawal_needs_a_reason_and_a_date_that_can_be_true(db):
    _, _, measure_id = _suspension(db)
    with db.transaction() as s:
        with pytest.raises(DomainError, match="reden van de intrekking"):
            withdraw_measure(s, measure_id, "  ", date(2026, 11, 10))
        with pytest.raises(DomainError, match="toekomst"):
            withdraw_measure(s, measure_id, "reden", date(2999, 1, 1))
        with pytest.raises(DomainError, match="vóór de datum van de maatregel"):
            withdraw_measure(s, measure_id, "reden", date(2026, 11, 1))


def test_the_withdrawal_letter_names_the_measure_the_letter_and_the_reason(db):
    incident_id, pupil_id, measure_id = _suspension(db)
    with db.transaction() as s:
        [first, *_] = draft_letters(s, "pupil_schorsing", incident_id, pupil_id, measure_id,
                                    letter_date=date(2026, 11, 4))
        original = finalise_letter(s, first, incident_id, pupil_id, measure_id)
        number = original.number
        withdraw_measure(s, measure_id, "Het filmpje bleek door een ander geplaatst.",
                         date(2026, 11, 10))
    with db.transaction() as s:
        [data] = draft_letters(s, "intrekking", incident_id, pupil_id, measure_id,
                               letter_date=date(2026, 11, 10))
        text = _text(render(s, data))
    assert "Op 4 november 2026 hebben wij besloten tot de maatregel schorsing voor uw kind Daan" \
        in text
    assert (f"Dat hebben wij u laten weten met onze brief van 4 november 2026 met briefnummer "
            f"{number}.") in text
    assert "dat wij ons besluit hebben ingetrokken, op 10 november 2026" in text
    assert "De maatregel schorsing geldt daarmee niet meer." in text
    assert "De reden van de intrekking is de volgende. Het filmpje bleek door een ander " \
        "geplaatst." in text
    assert f"De brief met briefnummer {number} blijft in het leerlingendossier" in text
    assert "Intrekking maatregel" in text


def test_correcting_replaces_the_measure_and_keeps_the_original_linked(db):
    incident_id, pupil_id, measure_id = _suspension(db)
    with db.transaction() as s:
        data = decision_of(s, measure_id)
        data = replace(data, end_on=date(2026, 11, 5))  # one day instead of two
        new = correct_measure(s, measure_id, data, "De tweede dag was een vergissing.",
                              date(2026, 11, 9))
        new_id = new.id
    with db.transaction() as s:
        old, new = s.get(Measure, measure_id), s.get(Measure, new_id)
        assert (old.status, old.corrected_by_id) == (MeasureStatus.CORRECTED, new_id)
        assert old.status_reason == "De tweede dag was een vergissing."
        assert (new.status, new.school_days, new.end_on) == (
            MeasureStatus.ACTIVE, 1, date(2026, 11, 5))
        old_tasks = s.scalars(select(Task).where(Task.measure_id == measure_id)).all()
        assert all(t.done_on == date(2026, 11, 9) and "gecorrigeerd" in t.note
                   for t in old_tasks)
        new_kinds = {t.kind for t in s.scalars(select(Task).where(Task.measure_id == new_id))}
        assert all(t.done_on is None for t in s.scalars(
            select(Task).where(Task.measure_id == new_id)))
        assert new_kinds  # the corrected measure brings its own tasks (objection term)
        assert letter_kinds_for_measure(s, measure_id) == []
        assert letter_kinds_for_measure(s, new_id) == ["pupil_schorsing"]
        summaries = [e.summary or "" for e in s.scalars(select(AuditEntry))]
        assert any(f"vervangen door maatregel {new_id}" in x for x in summaries)
        with pytest.raises(DomainError, match="al gecorrigeerd"):
            correct_measure(s, measure_id, data, "nog eens", date(2026, 11, 9))


def test_a_correction_stays_with_the_same_person_and_needs_a_reason(db):
    _, pupil_id, measure_id = _suspension(db)
    with db.transaction() as s:
        data = decision_of(s, measure_id)
        with pytest.raises(DomainError, match="reden van de correctie"):
            correct_measure(s, measure_id, data, "", date(2026, 11, 9))
        data = replace(data, person_id=pupil_id + 1000)
        with pytest.raises(DomainError, match="dezelfde persoon"):
            correct_measure(s, measure_id, data, "reden", date(2026, 11, 9))


def test_a_corrected_letter_says_which_letter_it_replaces(db):
    incident_id, pupil_id, measure_id = _suspension(db)
    with db.transaction() as s:
        [data] = draft_letters(s, "pupil_schorsing", incident_id, pupil_id, measure_id,
                               letter_date=date(2026, 11, 4))[:1]
        first = finalise_letter(s, data, incident_id, pupil_id, measure_id)
        second = finalise_letter(s, data, incident_id, pupil_id, measure_id,
                                 replaces_id=first.id)
        third = finalise_letter(s, data, incident_id, pupil_id, measure_id,
                                replaces_id=second.id)
        texts = [_text(letter_pdf(s, x.id)) for x in (first, second, third)]
    assert "vervangt" not in texts[0]
    assert ("Deze brief vervangt onze brief van 4 november 2026 met briefnummer "
            f"{first.number}.") in texts[1]
    assert f"met briefnummer {second.number}." in texts[2]
    assert f"met briefnummer {first.number}." not in texts[2]


def test_the_cli_writes_no_letter_for_a_corrected_measure_and_the_withdrawal_letter(
        db, tmp_path):
    incident_id, _, measure_id = _suspension(db)
    with db.transaction() as s:
        withdraw_measure(s, measure_id, "Vergissing in de persoon.", date(2026, 11, 10))
        kenmerk = s.get(Measure, measure_id).incident.kenmerk
    paths = write_case_letters(db, kenmerk, tmp_path / "uit")
    assert paths and all("-intrekking-" in p.name for p in paths)
    assert "Vergissing in de persoon." in _text(paths[0].read_bytes())


def test_a_staff_dismissal_goes_through_intent_and_decision_letters_via_the_court(db):
    with db.transaction() as s:
        school = make_school(s)
        staff = make_person(s, school, Role.STAFF, "Bakker", first_name="Joris",
                            group_or_function="leerkracht groep 6")
        incident = make_incident(s, school, staff)
        intent = decide_measure(s, incident.id, MeasureDecision(
            person_id=staff.id, kind=MeasureKind.DISMISSAL, decided_on=date(2026, 11, 4),
            stage=Stage.INTENT, reason="Het vertrouwen is ernstig geschaad"))
        assert letter_kinds_for_measure(s, intent.id) == ["staff_voornemen_ontslag"]
        [voornemen] = draft_letters(s, "staff_voornemen_ontslag", incident.id, staff.id,
                                    intent.id, letter_date=date(2026, 11, 4))
        intent_text = _text(render(s, voornemen))
        decision = decide_measure(s, incident.id, MeasureDecision(
            person_id=staff.id, kind=MeasureKind.DISMISSAL, decided_on=date(2026, 11, 30),
            reason="Het vertrouwen is ernstig geschaad"))
        [besluit] = draft_letters(s, "staff_besluit_ontslag", incident.id, staff.id,
                                  decision.id, letter_date=date(2026, 11, 30))
        decision_text = _text(render(s, besluit))
    assert "voornemens zijn uw arbeidsovereenkomst te laten beëindigen" in intent_text
    assert "artikel 7:671b van het Burgerlijk Wetboek" in intent_text
    assert "uiterlijk op 25 november 2026" in intent_text  # 3 weeks after 4 November
    assert "Tot die tijd loopt uw arbeidsovereenkomst gewoon door." in intent_text
    assert "Bij brief van 4 november 2026 hebben wij u laten weten" in decision_text
    assert "besloten de kantonrechter te verzoeken uw arbeidsovereenkomst te ontbinden" in \
        decision_text
    assert "Deze brief beëindigt uw arbeidsovereenkomst niet." in decision_text
    assert "artikel 7:669 lid 3, onder e" in decision_text
    # no zienswijze on record: the letter claims none and denies none
    assert "zienswijze" not in decision_text.split("Wij hebben besloten")[0].replace(
        "voornemens", "")
    assert "op staande voet" not in decision_text


def test_the_letters_command_writes_the_dismissal_letter_and_explains_no_letter(db, tmp_path):
    with db.transaction() as s:
        school = make_school(s)
        staff = make_person(s, school, Role.STAFF, "Bakker", first_name="Joris")
        incident = make_incident(s, school, staff)
        decide_measure(s, incident.id, MeasureDecision(
            person_id=staff.id, kind=MeasureKind.DISMISSAL, decided_on=date(2026, 11, 4),
            stage=Stage.INTENT, reason="Het vertrouwen is ernstig geschaad"))
        other = make_incident(s, school, staff, reported_on=date(2026, 11, 5))
        decide_measure(s, other.id, MeasureDecision(
            person_id=staff.id, kind=MeasureKind.CONVERSATION_ONLY,
            decided_on=date(2026, 11, 5)))
        kenmerken = incident.kenmerk, other.kenmerk
    [path] = write_case_letters(db, kenmerken[0], tmp_path / "a")
    assert "staff_voornemen_ontslag" in path.name
    with pytest.raises(DomainError) as error:
        write_case_letters(db, kenmerken[1], tmp_path / "b")
    assert "krijgt een notitie" not in error.value.message
    assert "gespreksverslag of een notitie voor het dossier" in error.value.message
