"""The toegangsverbod, the summary dismissal and the removal say it lawfully (issue 11, item 9):
each sentence asserted from the PDF's own text."""

from __future__ import annotations

from datetime import date

import pytest
from letter_helpers import make_request, pdf_text

from skow_desk.domain.enums import Denomination, Role, Sector
from skow_desk.domain.errors import RuleViolation
from skow_desk.domain.measures import MeasureKind
from skow_desk.domain.rules import MeasureInput, assess_measure
from skow_desk.letters.legal import legal_texts
from skow_desk.letters.render import render_letter
from skow_desk.letters.templating import build_letter, shipped_template


def _text(kind: str, sector: Sector = Sector.PO,
          denomination: Denomination = Denomination.PUBLIC, **changes: object) -> str:
    data = build_letter(make_request(kind, sector, denomination, **changes),
                        shipped_template(kind), legal_texts(sector, denomination), draft=False)
    return " ".join(pdf_text(render_letter(data)).split())


@pytest.mark.parametrize("sector", [Sector.PO, Sector.VO])
@pytest.mark.parametrize("denomination", [Denomination.PUBLIC, Denomination.PRIVATE])
def test_the_access_ban_has_a_basis_an_end_date_a_scope_and_a_route(sector, denomination):
    text = _text("parent_toegangsverbod", sector, denomination,
                 start_on=date(2026, 11, 25), end_on=date(2027, 1, 29))
    assert "met ingang van woensdag 25 november 2026 tot en met vrijdag 29 januari 2027. " \
        "Daarna vervalt het vanzelf." in text
    assert "tot nader order" not in text
    assert "op grond van het huisrecht van het college van bestuur van de SKOW" in text
    assert ("artikel 29 van de Wet op het primair onderwijs" in text) is (sector is Sector.PO)
    assert "voor activiteiten die de school zelf organiseert" in text
    assert "Het geldt niet voor de openbare weg en niet voor activiteiten van anderen." in text
    assert "buiten het schoolgebouw" not in text
    assert "uiterlijk op 5 januari 2027" in text  # objection or complaint, 6 weeks
    assert "klachtenregeling" in text


def test_the_access_ban_rules_refuse_no_end_and_warn_past_six_months():
    base = MeasureInput(
        role=Role.PARENT, kind=MeasureKind.ACCESS_BAN, decided_on=date(2026, 11, 24),
                        reason="Dreigende berichten aan de leerkracht",
                        start_on=date(2026, 11, 25))
    with pytest.raises(RuleViolation, match="tot nader order"):
        assess_measure(base)
    from dataclasses import replace

    assert assess_measure(replace(base, end_on=date(2027, 5, 25))).warnings == ()
    long = assess_measure(replace(base, end_on=date(2027, 5, 26)))
    assert any("langer dan 6 maanden" in w for w in long.warnings)


def test_summary_dismissal_applies_onverwijld_to_the_notice_and_explains_a_gap():
    text = _text("staff_ontslag_op_staande_voet", known_since=date(2026, 11, 17),
                 delay_reason="In die dagen hebben wij de berichten veiliggesteld en u "
                 "op 20 november gehoord.")
    assert "Wij hebben u het ontslag onverwijld gegeven, en u daarbij direct de dringende " \
        "reden meegedeeld, zoals artikel 7:677 lid 1 van het Burgerlijk Wetboek voorschrijft." \
        in text
    assert "Uw arbeidsovereenkomst is op 24 november 2026 geëindigd." in text
    assert "onverwijld geëindigd" not in text
    assert "Deze feiten zijn ons op 17 november 2026 bekend geworden. Tussen dat moment en het " \
        "ontslag lagen 7 dagen. In die dagen hebben wij de berichten veiliggesteld" in text
    assert "Hoogachtend," in text and "Met vriendelijke groet" not in text


def test_summary_dismissal_without_a_gap_does_not_explain_one():
    text = _text("staff_ontslag_op_staande_voet", known_since=date(2026, 11, 24))
    assert "Deze feiten zijn ons op dezelfde dag bekend geworden." in text
    assert "Tussen dat moment" not in text


def test_summary_dismissal_rules_ask_for_the_delay_reason():
    m = MeasureInput(
        role=Role.STAFF, kind=MeasureKind.SUMMARY_DISMISSAL, decided_on=date(2026, 11, 24),
                     reason="Bedreiging", known_since=date(2026, 11, 14))
    assert any("Toelichting op de tijd" in w for w in assess_measure(m).warnings)


@pytest.mark.parametrize("sector", [Sector.PO, Sector.VO])
def test_the_removal_names_the_search_and_the_geschillencommissie_with_its_term(sector):
    text = _text("pupil_besluit_verwijdering", sector, Denomination.PRIVATE,
                 receiving_school="")
    assert "De verwijdering wordt pas definitief nadat wij ervoor hebben gezorgd dat een " \
        "andere school bereid is de leerling toe te laten" in text
    assert ("aantoonbaar gedurende acht weken zonder succes" in text) is (sector is Sector.VO)
    assert "Geschillencommissie passend onderwijs (Stichting Onderwijsgeschillen in Utrecht, " \
        "www.onderwijsgeschillen.nl). U doet dat binnen zes weken na de dag waarop dit besluit " \
        "aan u is bekendgemaakt, dus uiterlijk op 5 januari 2027." in text
    assert "binnen tien weken een oordeel" in text
    assert "Wij gaan op zoek naar een school" in text  # no search on record


@pytest.mark.parametrize("sector", [Sector.PO, Sector.VO])
def test_the_removal_quotes_the_recorded_start_of_the_search(sector):
    from dataclasses import replace

    from skow_desk.domain.letter_data import CaseSteps

    request = make_request("pupil_besluit_verwijdering", sector, Denomination.PUBLIC,
                           receiving_school="")
    request = replace(request, steps=CaseSteps(search_started_on=date(2026, 11, 10)))
    data = build_letter(request, shipped_template("pupil_besluit_verwijdering"),
                        legal_texts(sector, Denomination.PUBLIC), draft=False)
    text = " ".join(pdf_text(render_letter(data)).split())
    assert "Sinds 10 november 2026 zoeken wij naar een school die Nadia wil toelaten" in text
    assert ("de termijn van acht weken loopt tot en met 5 januari 2027" in text) is (
        sector is Sector.VO)
