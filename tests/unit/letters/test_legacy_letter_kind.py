"""``staff_voornemen_schorsing``: kept for the records older versions made, never drafted again.

A staff suspension is an order measure (ordemaatregel): the employee is heard first and the
decision follows; a 3-week zienswijze on a voornemen made the suspension retroactive by the time
it was decided (issue 11). Older databases still hold such an intention and the voornemen letter
that was sent for it. These tests build that old record as the old version left it — the letter
rendered through the shipped template and finalised — and check what the application does with
it now: the letter stays listed, filed and printable; no new one is drafted; the intention is
decided as an order measure after a hearing and after the term the old letter promised, and the
decision letter names the earlier letter.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from skow_desk.domain.enums import Role, Stage
from skow_desk.domain.errors import DomainError, RuleViolation
from skow_desk.domain.measures import MeasureKind
from skow_desk.letters.kinds import LETTER_KINDS, STAFF_DOSSIER, letter_kinds_for
from skow_desk.letters.legal import legal_texts
from skow_desk.letters.templating import build_letter, shipped_template
from skow_desk.services.incidents import ConversationInput, log_conversation
from skow_desk.services.letters import (
    draft_letters,
    finalise_letter,
    letter_kinds_for_measure,
    letter_pdf,
    letters_of_person,
    render,
)
from skow_desk.services.measures import MeasureDecision, decide_measure
from skow_desk.store.models import Measure
from tests.factories import make_incident, make_person, make_school
from tests.unit.letters.letter_helpers import make_request, pdf_text

KIND = "staff_voornemen_schorsing"
SENT_ON = date(2026, 10, 6)


def _old_record(session: Any) -> tuple[Any, Any, Measure, int]:
    """A teacher's case with a staff suspension intention and its final voornemen letter, as a
    database of an older version holds them (today's rules no longer record the intention)."""
    school = make_school(session)
    teacher = make_person(session, school, Role.STAFF, "Berg", first_name="Jan", infix="van der",
                          group_or_function="leerkracht groep 5")
    incident = make_incident(session, school, teacher, articles=("B4",),
                             reported_on=date(2026, 10, 5))
    intent = Measure(incident=incident, person=teacher, kind=MeasureKind.SUSPENSION,
                     stage=Stage.INTENT, decided_on=SENT_ON, notice_on=SENT_ON,
                     reason="Onderzoek naar de berichten", start_on=date(2026, 10, 8),
                     end_on=date(2026, 10, 21))
    session.add(intent)
    session.flush()
    # the letter the old version sent: the shipped template, rendered and finalised
    request = replace(make_request(KIND, decided_on=SENT_ON, notice_on=SENT_ON,
                                   start_on=intent.start_on, end_on=intent.end_on,
                                   school_days=None), letter_date=SENT_ON)
    request = replace(request, case=replace(request.case, kenmerk=incident.kenmerk,
                                            reported_on=incident.reported_on,
                                            occurred_on=incident.occurred_on))
    data = build_letter(request, shipped_template(KIND), legal_texts(school.sector,
                                                                       school.denomination))
    letter = finalise_letter(session, replace(data, draft=False), incident.id, teacher.id,
                             intent.id)
    return incident, teacher, intent, letter.id


def test_an_old_voornemen_schorsing_stays_listed_filed_and_printable(db: Any) -> None:
    with db.transaction() as s:
        _incident, teacher, _intent, letter_id = _old_record(s)
    with db.transaction() as s:
        [letter] = letters_of_person(s, teacher.id)
        assert letter.id == letter_id and letter.kind == KIND
        assert LETTER_KINDS[letter.kind].title == "Voornemen schorsing medewerker"
        assert letter.dossier == STAFF_DOSSIER
        text = " ".join(pdf_text(letter_pdf(s, letter.id)).split())
    assert "Met deze brief laten wij u weten dat wij voornemens zijn u te schorsen" in text
    assert "met ingang van donderdag 8 oktober 2026 tot en met woensdag 21 oktober 2026" in text
    assert "zienswijze op dit voornemen geven" in text and "uiterlijk op 27 oktober 2026" in text


def test_no_new_voornemen_schorsing_is_offered_or_drafted(db: Any) -> None:
    with db.transaction() as s:
        incident, teacher, intent, _letter_id = _old_record(s)
        # not offered for the old intention, nor for any role, measure or stage
        assert letter_kinds_for_measure(s, intent.id) == []
        assert all(KIND not in letter_kinds_for(role, kind, stage)
                   for role in Role for kind in MeasureKind for stage in (*Stage, None))
        # asked for by name (a script, an old shortcut), it is refused with what to do instead
        with pytest.raises(DomainError) as refused:
            draft_letters(s, KIND, incident.id, teacher.id, intent.id,
                          letter_date=date(2026, 12, 1))
        message = refused.value.message
        assert "ordemaatregel" in message and "Hoor de medewerker eerst" in message
        assert "na de termijn die daarin is genoemd" in message and "trek het dan in" in message
        # and today's rules record no new intention to suspend a member of staff
        with pytest.raises(RuleViolation, match="geen voornemen"):
            decide_measure(s, incident.id, MeasureDecision(
                person_id=teacher.id, kind=MeasureKind.SUSPENSION, stage=Stage.INTENT,
                decided_on=date(2026, 12, 1), reason="Onderzoek",
                start_on=date(2026, 12, 2), end_on=date(2026, 12, 4)))


def test_the_old_intention_is_decided_as_an_order_measure_after_a_hearing(db: Any) -> None:
    with db.transaction() as s:
        incident, teacher, intent, _letter_id = _old_record(s)
        log_conversation(s, incident.id, ConversationInput(
            held_on=date(2026, 10, 7), person_id=teacher.id,
            present="M. van der Knaap (directeur), Jan van der Berg", summary="Besproken.",
            own_view="Ik wist niet dat het bericht openbaar was"))
        # the old letter promised three weeks for a zienswijze: the board keeps its word
        early = MeasureDecision(
            person_id=teacher.id, kind=MeasureKind.SUSPENSION, decided_on=date(2026, 10, 8),
            reason="Onderzoek naar de berichten", start_on=date(2026, 10, 8),
            end_on=date(2026, 10, 21), intent_id=intent.id)
        with pytest.raises(RuleViolation, match="loopt nog tot en met 27 oktober 2026"):
            decide_measure(s, incident.id, early)
        decision = decide_measure(s, incident.id, replace(
            early, decided_on=date(2026, 10, 28), start_on=date(2026, 10, 28),
            end_on=date(2026, 11, 10)))
        assert letter_kinds_for_measure(s, decision.id) == ["staff_besluit_schorsing"]
        [draft] = draft_letters(s, "staff_besluit_schorsing", incident.id, teacher.id,
                                decision.id, letter_date=date(2026, 10, 28))
        text = " ".join(pdf_text(render(s, draft)).replace(" CONCEPT ", " ").split())
    # the decision letter tells the truth about the old record: the letter sent, the hearing
    assert "Bij brief van 6 oktober 2026 hebben wij u laten weten dat wij voornemens" in text
    assert "Op 7 oktober 2026 hebben wij u over deze zaak gehoord." in text
    assert "Wij hebben besloten u te schorsen met ingang van woensdag 28 oktober 2026" in text
