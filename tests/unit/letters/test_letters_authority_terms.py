"""Issue 11 items 4, 5, 6, 8, asserted from the PDF's own text: who signs and on whose behalf,
every term counted from the dispatch date, who receives the letter, and no unconfirmed
citation printed as fact."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from skow_desk.domain.enums import Denomination, Role, Salutation, Sector, Stage, TaskKind
from skow_desk.domain.errors import DomainError
from skow_desk.domain.measures import MeasureKind
from skow_desk.services.dispatch import Dispatch, shift_dates
from skow_desk.services.foundation import (
    Confirmation,
)
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.letters import (
    draft_letters,
    finalise_letter,
    letter_pdf,
    redate_letters,
    render,
)
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.services.persons import link_guardian
from skow_desk.store.models import Letter, Task
from tests.factories import make_incident, make_person, make_pupil_with_parents, make_school
from tests.unit.letters.letter_helpers import configure_foundation as _foundation
from tests.unit.letters.letter_helpers import pdf_text


def _suspended_pupil(session, sector=Sector.PO, denomination=Denomination.PUBLIC,
                     decided_on=date(2026, 11, 4), apart=False):
    school = make_school(session, sector=sector, denomination=denomination,
                         name="Openbaar Lyceum" if sector is Sector.VO else "De Regenboog")
    pupil = make_pupil_with_parents(session, school, apart=apart)
    incident = make_incident(session, school, pupil,
                             reported_on=min(decided_on, date(2026, 11, 2)))
    log_conversation(session, incident.id, ConversationInput(
        held_on=decided_on, person_id=pupil.guardians[0].id, present="directeur, ouders",
        summary="Het filmpje besproken."))
    measure = decide_measure(session, incident.id, MeasureDecision(
        person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=decided_on,
        reason="Het filmpje heeft een klasgenoot gekwetst", start_on=date(2026, 11, 5),
        end_on=date(2026, 11, 6)))
    return incident, pupil, measure


def _texts(session, incident, person, measure, on, kind="pupil_schorsing"):
    drafts = draft_letters(session, kind, incident.id, person.id,
                           measure.id if measure else None, letter_date=on)
    return drafts, [pdf_text(render(session, d)) for d in drafts]


# --- 4. authority ---------------------------------------------------------------------------

def test_within_the_mandate_the_director_signs_on_behalf_of_the_board(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s)
        _foundation(s, mandate=("leerling.schorsing",))
        _drafts, [text] = _texts(s, incident, pupil, measure, date(2026, 11, 4))
    assert ("Met vriendelijke groet, namens het bevoegd gezag van Stichting SKOW, "
            "M. van der Knaap directeur") in text
    assert "H. ter Horst" not in text


def test_outside_the_mandate_the_bestuurder_signs(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s)
        _foundation(s, mandate=("leerling.waarschuwing",))
        _drafts, [text] = _texts(s, incident, pupil, measure, date(2026, 11, 4))
    assert ("Met vriendelijke groet, Het bevoegd gezag van Stichting SKOW, H. ter Horst "
            "voorzitter college van bestuur") in text
    assert "M. van der Knaap" not in text.split("Met vriendelijke groet")[1]


def test_the_dialog_is_told_what_is_missing_without_a_bestuurder(db):
    from skow_desk.services.letters import signer_for

    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s)
        _foundation(s, board_member="")
        signer = signer_for(s, incident.id, pupil.id, measure.id)
        assert "geen bestuurder vastgelegd" in signer.problem
        _foundation(s, mandate=("leerling.schorsing",))
        signer = signer_for(s, incident.id, pupil.id, measure.id)
        assert not signer.problem and signer.within_mandate
        assert signer.describe() == ("Ondertekening: M. van der Knaap, directeur — namens het "
                                     "bevoegd gezag van Stichting SKOW (binnen het mandaat).")


def test_the_mandate_round_trips_through_the_foundation_toml(db, tmp_path):
    from skow_desk.services.foundation import export_foundation_toml, read_foundation_toml

    with db.transaction() as s:
        make_school(s)
        _foundation(s, mandate=("leerling.schorsing", "medewerker.waarschuwing"), appeal=True,
                    confirmations=[Confirmation("VO.pupil.suspension", "artikel X", "bron Y")])
        export_foundation_toml(s, tmp_path / "stichting.toml")
    text = (tmp_path / "stichting.toml").read_text("utf-8")
    assert "[mandaat]" in text and "besluit_datum = 2025-09-01" in text
    data = read_foundation_toml(tmp_path / "stichting.toml")
    assert data.mandate_measures == ("leerling.schorsing", "medewerker.waarschuwing")
    assert (data.mandate_decided_on, data.mandate_reference) == (date(2025, 9, 1), "CvB-2025-014")
    assert (data.appeal_weeks, data.appeal_address) == (6, "Postbus 85191, 3508 AD Utrecht")
    assert data.confirmations == (Confirmation("VO.pupil.suspension", "artikel X", "bron Y"),)
    broken = text.replace('"leerling.schorsing"', '"leerling.strafwerk"')
    (tmp_path / "fout.toml").write_text(broken, "utf-8")
    with pytest.raises(DomainError, match="Onbekende maatregel in het mandaat: leerling.strafwerk"):
        read_foundation_toml(tmp_path / "fout.toml")


# --- 5. terms from the dispatch date --------------------------------------------------------

def test_a_draft_counts_the_objection_term_from_its_own_date_not_the_decision(db):
    # the reported bug: a draft of 6 December 2026 about a decision of March 2025 said
    # "uiterlijk op 28 april 2025"
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s, decided_on=date(2025, 3, 17))
        measure.notice_on = date(2025, 3, 17)
        _drafts, [text] = _texts(s, incident, pupil, measure, date(2026, 12, 6))
    # 6 December + 6 weeks = Sunday 17 January 2027: runs on to Monday 18 January
    assert "uiterlijk op 18 januari 2027" in text
    assert "2025" not in text.split("bezwaar maken")[1]


def test_a_term_ending_on_a_holiday_runs_on_to_the_next_working_day(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s, decided_on=date(2026, 11, 4))
        # sent Tuesday 16 March 2027: six weeks end on Koningsdag, Tuesday 27 April 2027
        _drafts, [text] = _texts(s, incident, pupil, measure, date(2027, 3, 16))
    assert "uiterlijk op 28 april 2027" in text


def _intent_reprimand(session):
    school = make_school(session)
    teacher = make_person(session, school, Role.STAFF, "Vries", first_name="Petra",
                          infix="de", group_or_function="leerkracht groep 5")
    incident = make_incident(session, school, teacher)
    log_conversation(session, incident.id, ConversationInput(
        held_on=date(2026, 11, 30), person_id=teacher.id, present="directeur, Petra de Vries",
        summary="Het bericht besproken."))
    measure = decide_measure(session, incident.id, MeasureDecision(
        person_id=teacher.id, kind=MeasureKind.REPRIMAND, stage=Stage.INTENT,
        decided_on=date(2026, 11, 30), reason="Het bericht was kwetsend voor een collega"))
    return incident, teacher, measure


def test_a_voornemen_leaves_three_full_weeks_from_the_letter_and_the_task_follows(db):
    # the reported bug: 19 days left, because the term ran from the decision
    with db.transaction() as s:
        incident, teacher, measure = _intent_reprimand(s)
        [draft] = draft_letters(s, "staff_voornemen_berisping", incident.id, teacher.id,
                                measure.id, letter_date=date(2026, 11, 30))
        # posted on Friday 4 December: three weeks end on Christmas Day; the 26th is a
        # holiday and a Saturday, the 27th a Sunday: Monday 28 December
        [sent] = redate_letters(s, [draft], "staff_voornemen_berisping", incident.id,
                                teacher.id, measure.id, date(2026, 12, 4))
        assert sent.letter_date == date(2026, 12, 4)
        letter = finalise_letter(s, sent, incident.id, teacher.id, measure.id,
                                 dispatch=Dispatch(date(2026, 12, 4), "aangetekend",
                                                   "Mevrouw P. de Vries"))
        text = pdf_text(letter_pdf(s, letter.id))
        task = s.scalars(select(Task).where(Task.measure_id == measure.id,
                                            Task.kind == TaskKind.RESPONSE_TERM)).one()
        stored = (letter.sent_on, letter.sent_via, letter.sent_to)
        from skow_desk.services.dossier import stored_letters

        [shown] = stored_letters(s, incident.id, teacher.id, "staff_voornemen_berisping")
        assert shown.sent == "aangetekend verzonden op 04-12-2026 aan Mevrouw P. de Vries"
    assert "4 december 2026" in text and "28 december 2026" in text
    assert "21 december 2026" not in text  # the draft's own date's term is gone
    assert stored == (date(2026, 12, 4), "aangetekend", "Mevrouw P. de Vries")
    assert task.due_on == date(2026, 12, 28) and "28 december 2026" in task.title


def test_the_objection_task_follows_the_dispatch_and_an_edit_survives_the_new_date(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s, decided_on=date(2026, 11, 4))
        [draft] = draft_letters(s, "pupil_schorsing", incident.id, pupil.id, measure.id,
                                letter_date=date(2026, 11, 4))
        edited = replace(draft, paragraphs=(*draft.paragraphs, "Een zin van de directeur."))
        [sent] = redate_letters(s, [edited], "pupil_schorsing", incident.id, pupil.id,
                                measure.id, date(2026, 11, 9))
        assert sent.paragraphs[-1] == "Een zin van de directeur."
        text = " ".join(sent.paragraphs)
        # 9 November + 6 weeks = Monday 21 December 2026
        assert "uiterlijk op 21 december 2026" in text and "16 december 2026" not in text
        finalise_letter(s, sent, incident.id, pupil.id, measure.id,
                        dispatch=Dispatch(date(2026, 11, 9), "post", "ouders"))
        task = s.scalars(select(Task).where(Task.measure_id == measure.id,
                                            Task.kind == TaskKind.OBJECTION_TERM)).one()
        assert task.due_on == date(2026, 12, 21)


def test_only_a_later_dispatch_moves_the_task_and_the_move_is_logged(db):
    """One letter per parent: the second of the same day, and one sent earlier, leave the
    task as it is (and log nothing about it); a later one moves it, logged as a change."""
    from skow_desk.store.models import AuditEntry

    def send(s, incident, pupil, measure, on):
        [draft] = draft_letters(s, "pupil_schorsing", incident.id, pupil.id, measure.id,
                                letter_date=on)
        [sent] = redate_letters(s, [draft], "pupil_schorsing", incident.id, pupil.id,
                                measure.id, on)
        finalise_letter(s, sent, incident.id, pupil.id, measure.id,
                        dispatch=Dispatch(on, "post", "ouders"))

    def task_state(s, measure):
        task = s.scalars(select(Task).where(Task.measure_id == measure.id,
                                            Task.kind == TaskKind.OBJECTION_TERM)).one()
        logged = s.scalars(select(AuditEntry.summary).where(
            AuditEntry.entity_type == "task", AuditEntry.entity_id == task.id)).all()
        return task.due_on, task.title, len(logged)

    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s, decided_on=date(2026, 11, 4))
        send(s, incident, pupil, measure, date(2026, 11, 9))
        first = task_state(s, measure)
        send(s, incident, pupil, measure, date(2026, 11, 9))  # the other parent's letter
        send(s, incident, pupil, measure, date(2026, 11, 5))  # an earlier one
        again = task_state(s, measure)
        send(s, incident, pupil, measure, date(2026, 11, 16))
        later = task_state(s, measure)
    assert first[:2] == (date(2026, 12, 21), "Bezwaartermijn loopt tot en met 21 december 2026")
    assert again == first
    assert later[:2] == (date(2026, 12, 28), "Bezwaartermijn loopt tot en met 28 december 2026")
    assert later[2] == first[2] + 1


def test_a_letter_is_never_sent_before_the_decision_nor_dated_apart_from_its_dispatch(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s, decided_on=date(2026, 11, 4))
        [draft] = draft_letters(s, "pupil_schorsing", incident.id, pupil.id, measure.id,
                                letter_date=date(2026, 11, 3))
        with pytest.raises(DomainError, match="vóór het besluit van 4 november 2026"):
            finalise_letter(s, draft, incident.id, pupil.id, measure.id,
                            dispatch=Dispatch(date(2026, 11, 3), "post", "ouders"))
        with pytest.raises(DomainError, match="niet gedateerd op de verzenddatum"):
            finalise_letter(s, draft, incident.id, pupil.id, measure.id,
                            dispatch=Dispatch(date(2026, 11, 5), "post", "ouders"))
        with pytest.raises(DomainError, match="Kies hoe de brief wordt verstuurd"):
            finalise_letter(s, draft, incident.id, pupil.id, measure.id,
                            dispatch=Dispatch(date(2026, 11, 3), "duif", "ouders"))


def test_shifting_dates_keeps_weekdays_and_non_breaking_spaces_right():
    moved = shift_dates(("tot maandag 21\u00a0december\u00a02026; of 21 december 2026.",),
                        {date(2026, 12, 21): date(2026, 12, 28)})
    assert moved == ("tot maandag 28\u00a0december\u00a02026; of 28 december 2026.",)


# --- 6. recipients --------------------------------------------------------------------------

def test_a_parent_without_authority_gets_no_letter_and_each_letter_names_the_others(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s, apart=True)
        father = pupil.guardians[1]
        drafts, texts = _texts(s, incident, pupil, measure, date(2026, 11, 4))
        assert len(drafts) == 2
        assert "ook verstuurd aan de heer J. van den Berg" in texts[0]
        assert "ook verstuurd aan mevrouw S. van den Berg" in texts[1]
        pupil.guardian_links[1].has_authority = False
        s.flush()
        drafts, [text] = _texts(s, incident, pupil, measure, date(2026, 11, 4))
        assert "Hoogweg" not in text
        assert father.first_name[0] + "." not in " ".join(drafts[0].recipient_lines)
        assert "ook verstuurd" not in text
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 11, 4), person_id=pupil.id, present="directeur, Daan, moeder",
            summary="Terugkeer besproken."))
        report, _ = _texts(s, incident, pupil, None, date(2026, 11, 4), "gespreksverslag")
        assert len(report) == 1 and "Hoogweg 9" not in report[0].recipient_lines


def test_a_vo_pupil_receives_the_letter_as_well(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s, sector=Sector.VO)
        drafts, texts = _texts(s, incident, pupil, measure, date(2026, 11, 4))
    assert [d.recipient_lines[0] for d in drafts] == [
        "Mevrouw S. van den Berg", "D. van den Berg"]
    assert texts[1].startswith(texts[1].split("Geachte")[0])
    assert "besloten u te schorsen" in texts[1]
    assert "ook verstuurd aan Daan van den Berg" in texts[0]


def test_an_adult_pupil_is_the_only_addressee_and_needs_no_guardian_on_record(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s)
        pupil.birth_date = date(2008, 11, 4)  # 18 on the day of the letter
        pupil.salutation = Salutation.MR
        drafts, [text] = _texts(s, incident, pupil, measure, date(2026, 11, 4))
        assert drafts[0].recipient_lines[0] == "De heer D. van den Berg"
        assert "Molenstraat 4" in drafts[0].recipient_lines
        assert "besloten u te schorsen" in text and "ook verstuurd" not in text
        pupil.parents_informed = True  # the pupil agreed: the parents get it as well
        drafts, texts = _texts(s, incident, pupil, measure, date(2026, 11, 4))
        assert [d.recipient_lines[0] for d in drafts] == [
            "Mevrouw S. van den Berg", "De heer D. van den Berg"]
        assert "ook verstuurd aan de heer D. van den Berg" not in texts[0]
        assert "ook verstuurd aan Daan van den Berg" in texts[0]
        pupil.parents_informed = False
        pupil.birth_date = date(2008, 11, 5)  # one day short of 18: the parents
        drafts, _ = _texts(s, incident, pupil, measure, date(2026, 11, 4))
        assert drafts[0].recipient_lines[0] == "Mevrouw S. van den Berg"


def test_a_pupil_without_guardians_gets_a_letter_when_addressee_and_else_a_clear_refusal(db):
    with db.transaction() as s:
        school = make_school(s, "22CD", Sector.VO, Denomination.PUBLIC, "Openbaar Lyceum")
        pupil = make_person(s, school, Role.PUPIL, "Bakker", first_name="Noor")
        incident = make_incident(s, school, pupil)
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 4),
            reason="Kwetsend bericht"))
        [draft] = draft_letters(s, "pupil_waarschuwing", incident.id, pupil.id, measure.id,
                                letter_date=date(2026, 11, 4))
        assert draft.recipient_lines[0] == "N. Bakker"
        po = make_school(s, "04XY", Sector.PO, Denomination.PUBLIC, "De Regenboog")
        child = make_person(s, po, Role.PUPIL, "Smit", first_name="Bo")
        parent = make_person(s, po, Role.PARENT, "Smit", first_name="Eva")
        link_guardian(s, child.id, parent.id, has_authority=False)
        case = make_incident(s, po, child)
        warning = decide_measure(s, case.id, MeasureDecision(
            person_id=child.id, kind=MeasureKind.WARNING, decided_on=date(2026, 11, 4),
            reason="Kwetsend bericht"))
        with pytest.raises(DomainError, match="geen ouder/verzorger met gezag.*wie het gezag"):
            draft_letters(s, "pupil_waarschuwing", case.id, child.id, warning.id,
                          letter_date=date(2026, 11, 4))


def test_a_dossier_note_is_one_document_per_person_whatever_the_addresses(db):
    with db.transaction() as s:
        incident, pupil, _measure = _suspended_pupil(s, apart=True)
        notes = draft_letters(s, "notitie_dossier", incident.id, pupil.id,
                              letter_date=date(2026, 11, 4))
    assert len(notes) == 1 and notes[0].recipient_lines == ()


# --- 8. current law, confirmed --------------------------------------------------------------

def test_a_vo_letter_prints_no_unconfirmed_or_repealed_article(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s, sector=Sector.VO)
        _drafts, texts = _texts(s, incident, pupil, measure, date(2026, 11, 4))
        assert all("Inrichtingsbesluit" not in t and "artikel 13" not in t for t in texts)
        assert ("op grond van de Wet voortgezet onderwijs 2020 en het Uitvoeringsbesluit WVO "
                "2020.") in texts[0]
        _foundation(s, confirmations=[Confirmation(
            "VO.pupil.suspension", "artikel 99 van het Uitvoeringsbesluit WVO 2020",
            "wetten.overheid.nl, gecontroleerd door de jurist van de stichting")])
        _drafts, texts = _texts(s, incident, pupil, measure, date(2026, 11, 4))
    assert "op grond van artikel 99 van het Uitvoeringsbesluit WVO 2020." in texts[0]


def test_a_suspension_at_a_bijzondere_school_gets_its_own_objection_text(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s, denomination=Denomination.PRIVATE)
        _drafts, [text] = _texts(s, incident, pupil, measure, date(2026, 11, 4))
    assert "klachtenregeling" in text and "beslist binnen vier weken" not in text
    assert "uiterlijk op 16 december 2026" in text


def test_the_staff_appeal_names_body_address_and_term_of_the_foundation(db):
    with db.transaction() as s:
        school = make_school(s)
        teacher = make_person(s, school, Role.STAFF, "Vries", first_name="Petra", infix="de")
        incident = make_incident(s, school, teacher, reported_on=date(2026, 9, 28))
        intent = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, stage=Stage.INTENT,
            decided_on=date(2026, 10, 1), reason="Kwetsend bericht"))
        s.scalars(select(Task).where(Task.measure_id == intent.id)).one().done_on = \
            date(2026, 10, 20)
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.REPRIMAND, decided_on=date(2026, 11, 4),
            reason="Kwetsend bericht", intent_id=intent.id))
        _, [without] = _texts(s, incident, teacher, measure, date(2026, 11, 4),
                              "staff_besluit_berisping")
        _foundation(s, appeal=True)
        _, [text] = _texts(s, incident, teacher, measure, date(2026, 11, 4),
                           "staff_besluit_berisping")
    assert "voorleggen aan de kantonrechter" in without
    assert ("binnen zes weken na de dag waarop dit besluit aan u is verzonden, dus uiterlijk op "
            "16 december 2026, voorleggen aan de Commissie van Beroep voor het funderend "
            "onderwijs, Postbus 85191, 3508 AD Utrecht") in text
    assert "bezwaar" not in text.lower().split("geachte")[1]


def test_finalised_letters_keep_their_dispatch(db):
    with db.transaction() as s:
        incident, pupil, measure = _suspended_pupil(s)
        [draft] = draft_letters(s, "pupil_schorsing", incident.id, pupil.id, measure.id,
                                letter_date=date(2026, 11, 4))
        letter = finalise_letter(s, draft, incident.id, pupil.id, measure.id)
        assert (letter.sent_on, letter.sent_via) == (date(2026, 11, 4), "")
        assert s.scalars(select(Letter)).one().sent_on == date(2026, 11, 4)
