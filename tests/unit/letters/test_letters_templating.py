"""Templates: checks and errors that name the line, the sandbox, paragraphs, kinds, build rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from letter_helpers import make_request

from skow_desk.domain.enums import Denomination, Role, Sector, Stage
from skow_desk.domain.errors import DomainError, RuleViolation
from skow_desk.domain.measures import MeasureKind
from skow_desk.letters.engine import split_paragraphs
from skow_desk.letters.legal import legal_texts
from skow_desk.letters.templating import (
    LETTER_KINDS,
    TemplateError,
    build_letter,
    check_template,
    letter_kinds_for,
    postal_line,
    shipped_template,
    templates_dir,
)

PO = legal_texts(Sector.PO, Denomination.PUBLIC)


@pytest.mark.parametrize("kind", list(LETTER_KINDS))
def test_shipped_templates_are_clean(kind: str) -> None:
    assert check_template(shipped_template(kind), kind) == []


def test_every_kind_has_a_template_and_nothing_else_is_shipped() -> None:
    shipped = {p.name.removesuffix(".txt.j2") for p in templates_dir().glob("*.txt.j2")}
    assert shipped == set(LETTER_KINDS)


def test_unknown_field_names_the_line() -> None:
    source = "Regel een.\n\nRegel drie.\nBeste {{ persoon.achternam }},\n"
    problems = check_template(source)
    assert [str(p) for p in problems] == ["Regel 4: onbekend veld 'persoon.achternam'."]
    with pytest.raises(TemplateError, match=r"^Regel 4: onbekend veld 'persoon\.achternam'\.$"):
        build_letter(make_request("pupil_schorsing"), source, PO)


def test_unknown_field_in_a_branch_not_taken_is_still_found() -> None:
    source = "{% if false %}\n{{ zaak.kenmerkk }}\n{% endif %}\n"
    assert [str(p) for p in check_template(source)] == ["Regel 2: onbekend veld 'zaak.kenmerkk'."]


def test_unknown_field_on_a_loop_item() -> None:
    source = "{% for a in artikelen %}\n- {{ a.cod }}\n{% endfor %}\n"
    assert [str(p) for p in check_template(source)] == ["Regel 2: onbekend veld 'a.cod'."]


def test_unknown_top_level_name() -> None:
    assert [str(p) for p in check_template("a\n{{ leerling.naam }}")] == [
        "Regel 2: onbekend veld 'leerling'."
    ]


def test_syntax_error_names_the_line() -> None:
    source = "a\nb\nc\nd\ne\nf\n{% if maatregel %}\n"
    assert [str(p) for p in check_template(source)] == [
        "Regel 7: syntaxfout: onverwacht einde van het sjabloon; ontbreekt er een {% endif %} "
        "of {% endfor %}?"
    ]
    source = "a\nb\nc\nd\ne\nf\n{{ persoon.naam }\n"
    [problem] = check_template(source)
    assert str(problem).startswith("Regel 7: syntaxfout:")
    with pytest.raises(TemplateError, match=r"^Regel 7: syntaxfout"):
        build_letter(make_request("pupil_schorsing"), source, PO)


def test_unknown_filter_is_reported() -> None:
    [problem] = check_template("x\n{{ zaak.gemeld_op|datumm }}")
    assert str(problem) == "Regel 2: syntaxfout: onbekend filter 'datumm'."


def test_filter_misuse_names_the_line() -> None:
    [problem] = check_template("x\n\n{{ persoon.naam|datum }}")
    assert str(problem).startswith("Regel 3: het filter 'datum' verwacht een datum")


def test_empty_field_is_false_in_if_and_an_error_when_printed() -> None:
    request = make_request("notitie_dossier")
    ok = build_letter(request, "{% if maatregel %}ja{% else %}nee{% endif %}", PO)
    assert ok.paragraphs == ("nee",)
    with pytest.raises(TemplateError, match="Regel 2: bij deze brief hoort geen maatregel"):
        build_letter(request, "x\n{{ maatregel.soort }}", PO)
    no_date = make_request("pupil_schorsing", start_on=None)
    with pytest.raises(TemplateError, match="Regel 1: het veld 'maatregel.eerste_dag' is niet"):
        build_letter(no_date, "{{ maatregel.eerste_dag|datum }}", PO)


def test_sandbox_refuses_internals() -> None:
    [problem] = check_template("{{ persoon.naam.__class__.__mro__ }}")
    assert "niet toegestaan" in str(problem) and problem.line == 1


def test_dates_print_the_dutch_way_even_without_filter() -> None:
    data = build_letter(make_request("pupil_schorsing"),
                        "{{ brief.datum }} / {{ maatregel.eerste_dag|dagdatum }}", PO)
    assert data.paragraphs == ("24 november 2026 / woensdag 25 november 2026",)


def test_paragraph_rules() -> None:
    text = (
        "Een zin\nloopt door\n, en sluit aan.\n- punt een\n- punt\ntwee\n\n\n"
        "# Kop\ntekst\n> citaat"
    )
    assert split_paragraphs(text) == (
        "Een zin loopt door, en sluit aan.\n- punt een\n- punt twee",
        "# Kop\ntekst\n> citaat",
    )


def test_block_tags_on_a_line_of_text_keep_the_line_break() -> None:
    data = build_letter(
        make_request("pupil_schorsing"),
        "Bij brief van{% if maatregel.voornemen_op %} 3 november{% endif %}\nhebben wij\n"
        "{% if true %}\nu\n{% endif %}\ngeschreven.",
        PO,
    )
    assert data.paragraphs == ("Bij brief van 3 november hebben wij u geschreven.",)


def test_filters() -> None:
    source = (
        "{{ 3|aantal('schooldag', 'schooldagen') }}; {{ 1|aantal('dag', 'dagen') }}; "
        "{{ 6|getal }}; {{ ['a', 'b', 'c']|lijst }}; {{ 'klein'|zin }}; {{ 'x'|hoofdletter }}"
    )
    data = build_letter(make_request("pupil_schorsing"), source, PO)
    assert data.paragraphs == ("drie schooldagen; één dag; zes; a, b en c; Klein.; X",)


def test_letter_kinds_for_roles_and_stages() -> None:
    assert letter_kinds_for(Role.STAFF, MeasureKind.REPRIMAND, Stage.INTENT) == [
        "staff_voornemen_berisping", "gespreksverslag", "notitie_dossier"]
    assert letter_kinds_for(Role.STAFF, MeasureKind.REPRIMAND, Stage.DECISION)[0] == (
        "staff_besluit_berisping")
    assert letter_kinds_for(Role.PUPIL, MeasureKind.SUSPENSION)[0] == "pupil_schorsing"
    assert letter_kinds_for(Role.PARENT, MeasureKind.ACCESS_BAN)[0] == "parent_toegangsverbod"
    assert letter_kinds_for(Role.PUPIL, None) == ["gespreksverslag", "notitie_dossier"]
    for code, kind in LETTER_KINDS.items():
        assert kind.dossier in (None, "personeelsdossier", "leerlingendossier"), code


def test_build_refuses_wrong_role_and_missing_measure() -> None:
    with pytest.raises(DomainError, match="niet bedoeld voor een leerling"):
        build_letter(make_request("staff_waarschuwing", role=Role.PUPIL),
                     shipped_template("staff_waarschuwing"), PO)
    request = make_request("pupil_schorsing")
    with pytest.raises(DomainError, match="maatregel 'schorsing'"):
        build_letter(replace(request, measure=None), shipped_template("pupil_schorsing"), PO)
    with pytest.raises(DomainError, match="Onbekende briefsoort"):
        shipped_template("brief_aan_de_koning")


def test_build_refuses_a_suspension_over_five_school_days() -> None:
    request = make_request("pupil_schorsing", school_days=None, start_on=date(2026, 11, 23),
                           end_on=date(2026, 11, 30))
    with pytest.raises(RuleViolation, match="ten hoogste 5 schooldagen"):
        build_letter(request, shipped_template("pupil_schorsing"), PO)


def test_guardians_with_one_surname_and_tussenvoegsel() -> None:
    request = make_request("pupil_waarschuwing")
    mother, father = request.addressees
    same = (replace(mother, infix="de", last_name="Vries"),
            replace(father, infix="de", last_name="Vries"))
    data = build_letter(replace(request, addressees=same), shipped_template("pupil_waarschuwing"),
                        PO)
    assert data.salutation == "Geachte heer en mevrouw De Vries,"
    assert data.recipient_lines[:2] == ("Mevrouw A. de Vries", "De heer Ş. de Vries")


def test_postal_line() -> None:
    assert postal_line("3441ab", "Woerden") == "3441 AB  WOERDEN"
    assert postal_line(" 3441 AB ", "'s-Hertogenbosch") == "3441 AB  'S-HERTOGENBOSCH"
    assert postal_line("B-2000", "Antwerpen") == "B-2000  ANTWERPEN"


def test_a_line_that_renders_empty_does_not_end_the_paragraph() -> None:
    source = "Wij schorsen {{ persoon.voornaam }}\n{% if false %}(groep){% endif %}\nvoor een dag."
    data = build_letter(make_request("pupil_schorsing"), source, PO)
    assert data.paragraphs == ("Wij schorsen Nadia voor een dag.",)


@pytest.mark.parametrize(
    "kind",
    ["pupil_waarschuwing", "pupil_schorsing", "pupil_voornemen_verwijdering",
     "pupil_besluit_verwijdering"],
)
def test_pupil_letters_to_an_adult_pupil_address_the_pupil(kind: str) -> None:
    request = replace(make_request(kind, Sector.VO), addressees=())
    vo = legal_texts(Sector.VO, Denomination.PUBLIC)
    data = build_letter(request, shipped_template(kind), vo)
    assert data.salutation == "Geachte mevrouw El Amrani,"
    assert data.recipient_lines[0] == "Mevrouw N. El Amrani"
    text = " ".join(data.paragraphs)
    assert "uw dochter" not in text and "uw kind" not in text


def test_optional_fields_may_stay_empty() -> None:
    for kind in LETTER_KINDS:
        if kind == "gespreksverslag":
            continue
        request = make_request(kind)
        request = replace(request, conversation_on=None, present=(), summary="", own_view="",
                          agreements="", follow_up_on=None, enclosures=(),
                          case=replace(request.case, occurred_on=None))
        if request.measure:
            request = replace(request, measure=replace(
                request.measure, earlier_incidents="", intent_on=None, notice_on=None))
        data = build_letter(request, shipped_template(kind), PO)
        for paragraph in data.paragraphs:
            assert "  " not in paragraph and " ." not in paragraph and " ," not in paragraph
