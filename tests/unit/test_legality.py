"""The rechtmatigheidstoets (domain/legality.py): every item passes and fails on its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skow_desk.domain.enums import Role, Sector, Stage
from skow_desk.domain.legality import (
    LegalityFacts,
    authority_item,
    blocking,
    check_letter,
    contest_clause_item,
    hearing_item,
    maximum_item,
    names_in,
    notifications_item,
    privacy_item,
    reason_item,
    recipients_item,
    response_item,
)
from skow_desk.domain.measures import MeasureKind

CLAUSE = ("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag waarop "
          "dit besluit aan u is bekendgemaakt, dus uiterlijk op 5 januari 2027, schriftelijk uw "
          "bezwaren kenbaar maken bij het college van bestuur van de SKOW, Postbus 100, "
          "3440 AC Woerden.")

GOOD = LegalityFacts(
    letter_kind="pupil_schorsing", role=Role.PUPIL, sector=Sector.PO,
    measure_kind=MeasureKind.SUSPENSION, stage=Stage.DECISION, decided_on=date(2026, 11, 20),
    reason="Het bericht kwetste een klasgenoot", article_codes=("A7",),
    heard_on=date(2026, 11, 19), start_on=date(2026, 11, 23), end_on=date(2026, 11, 25),
    school_days=3, signatory="M. Jansen", tasks=("melding Inspectie", "bezwaartermijn"),
    guardians_with_authority=2,
    paragraphs=("Wij hebben besloten uw kind Daan te schorsen.", CLAUSE),
    other_names=("Lotte", "Vries"), today=date(2026, 11, 24))


def test_a_complete_letter_passes_every_item():
    items = check_letter(GOOD)
    assert [i.key for i in items] == ["hearing", "reason", "response", "maximum", "authority",
                                      "contest", "notifications", "recipients", "privacy"]
    assert blocking(items) == []


def test_hearing_missing_blocks_and_says_where():
    item = hearing_item(replace(GOOD, heard_on=None))
    assert item.blocks and "geen gesprek met de leerling en de ouders" in item.detail
    assert "Gesprek vastleggen" in item.where
    after = hearing_item(replace(GOOD, heard_on=date(2026, 11, 21)))
    assert after.blocks and "ná het besluit" in after.detail


def test_urgent_exception_passes_the_hearing_item_as_exception():
    item = hearing_item(replace(GOOD, heard_on=None,
                                urgent_exception="Direct gevaar voor een klasgenoot."))
    assert item.ok and item.excepted and item.mark == "uitzondering"


def test_reason_needs_text_and_a_breachable_article():
    assert reason_item(replace(GOOD, reason=" ")).blocks
    aware = reason_item(replace(GOOD, article_codes=("A3", "A4")))
    assert aware.blocks and "A3 en A4" in aware.detail
    assert reason_item(replace(GOOD, article_codes=("A4", "A5"))).detail == "artikel A5"


STAFF_DECISION = replace(GOOD, letter_kind="staff_besluit_berisping", role=Role.STAFF,
                         measure_kind=MeasureKind.REPRIMAND, article_codes=("B4",),
                         intent_on=date(2026, 11, 3), response_due=date(2026, 11, 24))


def test_zienswijze_must_be_handled_on_a_two_step_decision():
    assert "niet van toepassing" in response_item(GOOD).detail
    no_intent = response_item(replace(STAFF_DECISION, intent_on=None))
    assert no_intent.blocks and "geen voornemen" in no_intent.detail
    open_term = response_item(STAFF_DECISION)
    assert open_term.blocks and "24 november 2026" in open_term.detail
    unweighed = response_item(replace(STAFF_DECISION, response_on=date(2026, 11, 12),
                                      response_mode="schriftelijk"))
    assert unweighed.blocks and "afweging" in unweighed.detail
    assert response_item(replace(STAFF_DECISION, response_on=date(2026, 11, 12),
                                 response_mode="schriftelijk", weighing="Gewogen.")).ok
    assert response_item(replace(STAFF_DECISION, response_on=date(2026, 11, 25),
                                 response_mode="geen")).ok


def test_pupil_suspension_over_five_school_days_blocks():
    assert maximum_item(GOOD).ok
    assert maximum_item(replace(GOOD, school_days=6)).blocks


def test_staff_suspension_past_four_weeks_warns_without_blocking():
    staff = replace(GOOD, role=Role.STAFF, letter_kind="staff_besluit_schorsing",
                    start_on=date(2026, 11, 20), end_on=date(2026, 12, 31))
    item = maximum_item(staff)
    assert not item.ok and not item.blocks and item.mark == "let op"


def test_authority_needs_a_signatory():
    item = authority_item(replace(GOOD, signatory=""))
    assert item.blocks and "Instellingen" in item.where
    mandate = authority_item(replace(GOOD, signer_problem="Leg de bestuurder vast."))
    assert mandate.blocks and mandate.detail == "Leg de bestuurder vast."


@pytest.mark.parametrize(("text", "missing"), [
    ("Bent u het niet eens, dan kunt u bezwaar maken bij het college van bestuur, Postbus 100,"
     " 3440 AC Woerden.", "termijn"),
    ("Bent u het niet eens, dan kunt u het voorleggen aan de Commissie van Beroep of aan de "
     "kantonrechter.", "adres, termijn"),
    ("U kunt uiterlijk op 5 januari 2027 bezwaar maken, Postbus 100.", "instantie"),
])
def test_contest_clause_names_body_address_and_term(text, missing):
    item = contest_clause_item(replace(GOOD, paragraphs=(text,)))
    assert item.blocks and item.detail == f"ontbreekt: {missing}"


def test_contest_clause_court_only_needs_no_address_and_no_clause_blocks():
    court = ("Wilt u dit ontslag aantasten, dan kunt u binnen twee maanden een verzoek indienen "
             "bij de kantonrechter.")
    assert contest_clause_item(replace(GOOD, letter_kind="staff_ontslag_op_staande_voet",
                                       paragraphs=(court,))).ok
    assert contest_clause_item(replace(GOOD, paragraphs=("Geen clausule.",))).blocks
    assert "niet van toepassing" in contest_clause_item(
        replace(GOOD, letter_kind="pupil_waarschuwing")).detail


def test_notifications_inspectie_and_leerplicht_tasks():
    assert notifications_item(replace(GOOD, tasks=())).blocks
    removal = replace(GOOD, measure_kind=MeasureKind.REMOVAL,
                      letter_kind="pupil_besluit_verwijdering",
                      tasks=("melding leerplichtambtenaar",))
    assert notifications_item(removal).ok
    vo = replace(removal, sector=Sector.VO)
    assert notifications_item(vo).blocks  # the Inspectie consultation is not recorded
    assert notifications_item(replace(vo, inspection_on=date(2026, 11, 19))).ok
    assert notifications_item(replace(vo, inspection_on=date(2026, 11, 21))).blocks


def test_recipients_need_a_guardian_with_authority():
    assert recipients_item(replace(GOOD, guardians_with_authority=0)).blocks
    assert recipients_item(replace(GOOD, role=Role.STAFF, guardians_with_authority=0)).ok


def test_no_other_involved_persons_name_in_the_letter():
    named = replace(GOOD, paragraphs=("Er is een filmpje van Lotte de Vries geplaatst.",))
    item = privacy_item(named)
    assert item.blocks and "‘Lotte’" in item.detail and "‘Vries’" in item.detail
    assert names_in(("Vriesland is een provincie.",), ("Vries",)) == []
    assert privacy_item(GOOD).ok


def test_checklist_line_says_what_and_where():
    line = hearing_item(replace(GOOD, heard_on=None)).line()
    assert line.startswith("[ONTBREEKT] Hoorgesprek vastgelegd: er is geen gesprek")
    assert "(Zaak → Gesprekken" in line


def test_an_intention_needs_no_hearing_first():
    item = hearing_item(replace(GOOD, stage=Stage.INTENT, heard_on=None,
                                letter_kind="pupil_voornemen_verwijdering"))
    assert item.ok and "voornemen" in item.detail
