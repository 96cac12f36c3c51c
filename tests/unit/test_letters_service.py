"""The letters service and the dossier: drafts, finalising, corrections, templates, export."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from skow_desk.domain.errors import DomainError
from skow_desk.domain.letter_data import LetterData
from skow_desk.domain.measures import MeasureKind
from skow_desk.letters.templating import TemplateError, shipped_template
from skow_desk.pdf.dossier import export_dossier_pdf
from skow_desk.services.dossier import (
    PDF_REMOVED,
    load_dossier,
    record_dossier_view,
    stored_letters,
)
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.letters import (
    draft_letters,
    finalise_letter,
    letter_pdf,
    restore_template,
    save_template,
    template_source,
    write_case_letters,
)
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import AuditAction, AuditEntry, Letter
from tests.factories import make_incident, make_pupil_with_parents, make_school
from tests.unit.letters.letter_helpers import pdf_text

ON = date(2026, 11, 24)


def _case(db, apart: bool = False) -> tuple[int, int, int]:
    """A pupil (parents together or apart) suspended for 3 days; (incident, pupil, measure)."""
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_pupil_with_parents(s, school, apart=apart)
        incident = make_incident(s, school, pupil)
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 11, 3), person_id=pupil.guardians[0].id,
            present="directeur, Daan, ouders", summary="Het filmpje besproken."))
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Het filmpje heeft een klasgenoot gekwetst", start_on=date(2026, 11, 5),
            end_on=date(2026, 11, 6)))
        return incident.id, pupil.id, measure.id


def _finalise(db, incident_id: int, pupil_id: int, measure_id: int) -> list[int]:
    with db.transaction() as s:
        drafts = draft_letters(s, "pupil_schorsing", incident_id, pupil_id, measure_id,
                               letter_date=ON)
        return [finalise_letter(s, d, incident_id, pupil_id, measure_id).id for d in drafts]


def test_finalise_numbers_renders_stores_and_logs(db):
    incident_id, pupil_id, measure_id = _case(db)
    [letter_id] = _finalise(db, incident_id, pupil_id, measure_id)
    with db.transaction() as s:
        letter = s.get(Letter, letter_id)
        assert (letter.number, letter.version, letter.replaces_id) == ("2026-0001", 1, None)
        assert letter.dossier == "leerlingendossier" and letter.is_final
        assert hashlib.sha256(letter.pdf).hexdigest() == letter.sha256
        data = LetterData.from_json(letter.data_json)
        assert not data.draft and data.number == "2026-0001"
        text = pdf_text(letter_pdf(s, letter_id))
        assert "Geachte heer en mevrouw Van den Berg," in text
        assert "Kopie: leerlingendossier" in text and "CONCEPT" not in text
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.FINALISE)).one()
        assert (entry.entity_type, entry.entity_id, entry.person_id) == (
            "letter", letter_id, pupil_id)
        assert "2026-0001" in (entry.summary or "")


def test_parents_apart_get_one_letter_each_and_the_cli_writes_both(db, tmp_path):
    incident_id, pupil_id, measure_id = _case(db, apart=True)
    with db.transaction() as s:
        drafts = draft_letters(s, "pupil_schorsing", incident_id, pupil_id, measure_id,
                               letter_date=ON)
    assert [d.recipient_lines[-2] for d in drafts] == ["Molenstraat 4", "Hoogweg 9"]
    _finalise(db, incident_id, pupil_id, measure_id)
    with db.transaction() as s:
        kenmerk = s.get(Letter, 1).incident.kenmerk
    paths = write_case_letters(db, kenmerk, tmp_path / "uit")
    assert sorted(p.name.rsplit("-", 1)[1] for p in paths) == ["1.pdf", "2.pdf"]


def test_number_after_a_removed_letter_is_not_reused(db):
    incident_id, pupil_id, measure_id = _case(db)
    first = _finalise(db, incident_id, pupil_id, measure_id)[0]
    _finalise(db, incident_id, pupil_id, measure_id)
    with db.transaction() as s:
        s.delete(s.get(Letter, first))
    third = _finalise(db, incident_id, pupil_id, measure_id)[0]
    with db.transaction() as s:
        assert s.get(Letter, third).number == "2026-0003"


def test_number_follows_the_highest_serial_of_the_year_only(db):
    incident_id, pupil_id, measure_id = _case(db)
    first, second, third = (_finalise(db, incident_id, pupil_id, measure_id)[0]
                            for _ in range(3))
    with db.transaction() as s:  # numbers the app never gives, and other years
        s.get(Letter, first).number = "2026-12x"
        s.get(Letter, second).number = "2025-0500"
        s.get(Letter, third).number = "2026-"
    assert _finalise(db, incident_id, pupil_id, measure_id) == [4]
    with db.transaction() as s:
        assert s.get(Letter, 4).number == "2026-0001"
        s.get(Letter, third).number = "2026-10000"  # past four digits, compared as a number
    [fifth] = _finalise(db, incident_id, pupil_id, measure_id)
    with db.transaction() as s:
        assert s.get(Letter, fifth).number == "2026-10001"


def test_correction_is_a_new_version_and_the_cli_writes_only_the_newest(db, tmp_path):
    incident_id, pupil_id, measure_id = _case(db)
    [old_id] = _finalise(db, incident_id, pupil_id, measure_id)
    with db.transaction() as s:
        old = s.get(Letter, old_id)
        data = LetterData.from_json(old.data_json)
        fixed = LetterData.from_json(old.data_json.replace("gekwetst", "erg gekwetst"))
        new = finalise_letter(s, fixed, incident_id, pupil_id, measure_id, replaces_id=old_id)
        assert (new.version, new.replaces_id, new.number) == (2, old_id, "2026-0002")
        assert data.paragraphs != LetterData.from_json(new.data_json).paragraphs
        assert [x.number for x in stored_letters(s, incident_id, pupil_id,
                                                 "pupil_schorsing")] == ["2026-0002"]
        kenmerk = old.incident.kenmerk
    [path] = write_case_letters(db, kenmerk, tmp_path / "uit")
    assert "2026-0002" in path.name and "erg gekwetst" in pdf_text(path.read_bytes())


def test_only_a_final_letter_of_the_same_person_can_be_corrected(db):
    incident_id, pupil_id, measure_id = _case(db)
    [old_id] = _finalise(db, incident_id, pupil_id, measure_id)
    with db.transaction() as s:
        data = LetterData.from_json(s.get(Letter, old_id).data_json)
        other = s.get(Letter, old_id).person.guardians[0].id
        with pytest.raises(DomainError, match="dezelfde persoon"):
            finalise_letter(s, data, incident_id, other, None, replaces_id=old_id)
        with pytest.raises(DomainError, match="geen tekst"):
            finalise_letter(s, replace(data, paragraphs=(" ",)), incident_id, pupil_id)


def test_save_template_names_the_line_and_restore_forgets_the_edit(db):
    lines = shipped_template("pupil_waarschuwing").split("\n")
    lines[3] += " {{ persoon.achternam }}"
    with db.transaction() as s, pytest.raises(TemplateError) as refused:
        save_template(s, "pupil_waarschuwing", "\n".join(lines))
    assert str(refused.value) == "Regel 4: onbekend veld 'persoon.achternam'."
    assert refused.value.problem.line == 4
    with db.transaction() as s, pytest.raises(TemplateError) as several:
        save_template(s, "pupil_waarschuwing", "{{ persoon.x }}\n{{ zaak.y }}")
    assert "Regel 1:" in str(several.value) and "Regel 2:" in str(several.value)
    with db.transaction() as s:
        save_template(s, "pupil_waarschuwing", "Een eigen tekst over {{ persoon.naam }}.")
        assert template_source(s, "pupil_waarschuwing").startswith("Een eigen tekst")
        restore_template(s, "pupil_waarschuwing")
        assert template_source(s, "pupil_waarschuwing") == shipped_template("pupil_waarschuwing")


def test_editing_the_template_never_changes_a_final_letter(db):
    incident_id, pupil_id, measure_id = _case(db)
    [letter_id] = _finalise(db, incident_id, pupil_id, measure_id)
    with db.transaction() as s:
        before = (s.get(Letter, letter_id).pdf, s.get(Letter, letter_id).sha256)
        save_template(s, "pupil_schorsing", "Een heel andere tekst voor {{ persoon.naam }}.")
    with db.transaction() as s:
        letter = s.get(Letter, letter_id)
        assert (letter.pdf, letter.sha256) == before
        assert letter_pdf(s, letter_id) == before[0]
        new = draft_letters(s, "pupil_schorsing", incident_id, pupil_id, measure_id)
        assert new[0].paragraphs == ("Een heel andere tekst voor Daan van den Berg.",)


def test_missing_dates_give_a_calm_message_not_a_template_line(db):
    incident_id, pupil_id, measure_id = _case(db)
    with db.transaction() as s:
        from skow_desk.store.models import Measure

        s.get(Measure, measure_id).start_on = None
        with pytest.raises(DomainError, match="kan nog niet worden gemaakt") as refused:
            draft_letters(s, "pupil_schorsing", incident_id, pupil_id, measure_id)
    assert "eerste en laatste dag" in refused.value.message


def test_dossier_lists_newest_first_and_exports_one_pdf(db):
    incident_id, pupil_id, measure_id = _case(db, apart=True)
    ids = _finalise(db, incident_id, pupil_id, measure_id)
    with db.transaction() as s:
        dossier = load_dossier(s, pupil_id)
        assert dossier.dossier_name == "leerlingendossier"
        assert [x.number for x in dossier.letters] == ["2026-0002", "2026-0001"]
        assert [i.part for i in dossier.incidents] == ["veroorzaker"]
        assert [m.kind for m in dossier.measures] == ["schorsing"]
        assert len(dossier.conversations) == 1  # with a parent, about the pupil's case
        assert dossier.tasks
        record_dossier_view(s, pupil_id)
        pdf = export_dossier_pdf(s, pupil_id, ON)
        letters = [s.get(Letter, i).pdf for i in ids]
    reader = PdfReader(io.BytesIO(pdf))
    overview_pages = len(reader.pages) - sum(len(PdfReader(io.BytesIO(x)).pages)
                                              for x in letters)
    assert overview_pages >= 1
    text = pdf_text(pdf)
    assert "Leerlingendossier — Daan van den Berg" in text
    assert text.count("Kopie: leerlingendossier") == 2
    assert [o.title for o in reader.outline][0].startswith("Overzicht")
    with db.transaction() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.person_id == pupil_id, AuditEntry.action.in_(
                [AuditAction.VIEW, AuditAction.EXPORT])))]
        assert actions == [AuditAction.VIEW, AuditAction.EXPORT]


def test_export_leaves_out_a_letter_whose_pdf_was_removed(db):
    incident_id, pupil_id, measure_id = _case(db)
    [first] = _finalise(db, incident_id, pupil_id, measure_id)
    _finalise(db, incident_id, pupil_id, measure_id)
    with db.transaction() as s:
        s.get(Letter, first).pdf = None
    with db.transaction() as s:
        states = {x.number: x.pdf_state for x in load_dossier(s, pupil_id).letters}
        assert states["2026-0001"] == PDF_REMOVED
        text = pdf_text(export_dossier_pdf(s, pupil_id, ON))
    assert "verwijderd (bewaartermijn)" in text and "2026-0002" in text
