"""Letter form from the database: earlier incidents in words, enclosures from chosen evidence."""

from __future__ import annotations

from datetime import date

from skow_desk.domain.enums import Part
from skow_desk.domain.measures import MeasureKind
from skow_desk.services.enclosures import enclosure_choices, enclosure_texts
from skow_desk.services.incidents import (
    IncidentInput,
    add_evidence,
    involve_person,
    record_incident,
)
from skow_desk.services.letters import draft_letters, render
from skow_desk.services.measures import MeasureDecision, decide_measure
from tests.factories import make_incident, make_pupil_with_parents, make_school
from tests.unit.letters.letter_helpers import pdf_text


def _earlier(session, school, pupil, reported_on: date, platform: str):
    incident = record_incident(session, IncidentInput(
        school_id=school.id, reported_on=reported_on, occurred_on=reported_on,
        platform=platform, description="Eerder bericht van Lotte.", articles=["A7"]))
    involve_person(session, incident.id, pupil.id, Part.CAUSER)
    return incident


def test_earlier_incidents_are_told_in_words_only_when_they_led_to_a_measure(db) -> None:
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_pupil_with_parents(s, school)
        warned = _earlier(s, school, pupil, date(2026, 10, 1), "Instagram")
        decide_measure(s, warned.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.WARNING, decided_on=date(2026, 10, 3),
            reason="Kwetsend bericht"))
        talked = _earlier(s, school, pupil, date(2026, 10, 12), "Snapchat")
        decide_measure(s, talked.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.CONVERSATION_ONLY,
            decided_on=date(2026, 10, 13), reason="Besproken"))
        _earlier(s, school, pupil, date(2026, 10, 20), "WhatsApp")  # no measure at all
        incident = make_incident(s, school, pupil)
        measure = decide_measure(s, incident.id, MeasureDecision(
            person_id=pupil.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 11, 4),
            reason="Het filmpje heeft een klasgenoot gekwetst", start_on=date(2026, 11, 5),
            end_on=date(2026, 11, 5)))
        data = draft_letters(s, "pupil_schorsing", incident.id, pupil.id, measure.id,
                             letter_date=date(2026, 11, 4))[0]
        text = pdf_text(render(s, data))
    assert ("Daarbij wegen wij mee wat eerder is voorgevallen. Op 3 oktober 2026 is naar "
            "aanleiding van een melding over Instagram besloten tot een waarschuwing.") in text
    for kenmerk_or_platform in (warned.kenmerk, talked.kenmerk, "Snapchat", "WhatsApp"):
        assert kenmerk_or_platform not in text
    assert "op donderdag 5 november 2026" in text  # a one-day suspension


def test_the_chosen_evidence_is_enclosed_by_what_it_is_not_by_its_file_name(db) -> None:
    with db.transaction() as s:
        school = make_school(s)
        pupil = make_pupil_with_parents(s, school)
        incident = make_incident(s, school, pupil)
        shot = add_evidence(s, incident.id, "screenshot_lotte_de_vries.png",
                            b"\x89PNG\r\n\x1a\n" + b"0" * 40, note="van Lotte")
        add_evidence(s, incident.id, "chat.pdf", b"%PDF-1.4 test", note="")
        choices = enclosure_choices(s, incident.id)
        assert [c.label for c in choices] == ["screenshot_lotte_de_vries.png — van Lotte",
                                              "chat.pdf"]
        chosen = enclosure_texts(choices, {shot.id})
        assert chosen == (f"schermafbeelding van {choices[0].text.split(' van ', 1)[1]}",)
        assert len(enclosure_texts(choices, {c.evidence_id for c in choices})) == 2
        data = draft_letters(s, "notitie_dossier", incident.id, pupil.id, enclosures=chosen)[0]
        text = pdf_text(render(s, data))
    assert f"Bijlage: {chosen[0]}" in text
    assert "lotte" not in text.lower()
