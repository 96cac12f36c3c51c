"""Foundation settings: TOML import and export round-trip, clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from skow_desk.domain.enums import Denomination, Sector
from skow_desk.domain.errors import DomainError
from skow_desk.services.foundation import (
    export_foundation_toml,
    get_foundation,
    import_foundation_toml,
    read_foundation_toml,
    schools,
)

EXAMPLE = """
[stichting]
naam = "Stichting Katholiek en Openbaar Onderwijs Westland"
afkorting = "SKOW"
adres = "Voorbeeldstraat 1"
postcode = "2671 AA"
plaats = "Naaldwijk"
bestuurder = "H. ter Horst"

[[school]]
brin = "04XY"
naam = "Basisschool De Regenboog"
sector = "PO"
denominatie = "bijzonder"
adres = "Schoolstraat 12"
postcode = "2671 BB"
plaats = "Naaldwijk"
telefoon = "0174 123456"
email = "info@deregenboog.example"
directeur = "Ayşe Yılmaz"
functie = "directeur"
logo = "regenboog.png"

[[school]]
brin = "31EF"
naam = "Openbaar Lyceum Westland"
sector = "VO"
denominatie = "openbaar"
directeur = "J. Wiśniewski"
"""

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
       b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "regenboog.png").write_bytes(PNG)
    path = tmp_path / "stichting.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_then_export_round_trips(db, tmp_path):
    path = write(tmp_path, EXAMPLE)
    with db.transaction() as s:
        import_foundation_toml(s, path)
    with db.transaction() as s:
        found = get_foundation(s)
        assert found is not None and found.short_name == "SKOW"
        rows = {x.brin: x for x in schools(s)}
        assert rows["04XY"].sector is Sector.PO
        assert rows["04XY"].denomination is Denomination.PRIVATE
        assert rows["04XY"].signatory == "Ayşe Yılmaz"
        assert rows["04XY"].logo == PNG
        assert rows["31EF"].signatory_function == "directeur"
        out = tmp_path / "export" / "uit.toml"
        out.parent.mkdir()
        export_foundation_toml(s, out)
    again = read_foundation_toml(out)
    assert [x.brin for x in again.schools] == ["04XY", "31EF"]
    assert again.schools[0].logo == PNG
    assert again.board_member == "H. ter Horst"


def test_importing_twice_updates_not_duplicates(db, tmp_path):
    path = write(tmp_path, EXAMPLE)
    for _ in range(2):
        with db.transaction() as s:
            import_foundation_toml(s, path)
    with db.transaction() as s:
        assert len(schools(s)) == 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('sector = "PO"', 'sector = "HBO"'), "sector moet PO, VO of SO zijn"),
        (('denominatie = "openbaar"', 'denominatie = "katholiek"'), "denominatie moet"),
        (('logo = "regenboog.png"', 'logo = "weg.png"'), "logo 'weg.png' is niet gevonden"),
        (('brin = "31EF"', 'brin = "04XY"'), "BRIN 04XY staat meer dan eens"),
        (("[stichting]", "[stichtin]"), "Onbekende sectie 'stichtin'"),
        (('afkorting = "SKOW"', 'afkorting = 12'), "'afkorting' moet tekst zijn"),
        (('naam = "Basisschool De Regenboog"', 'naam = "Basisschool'), "geen geldige TOML"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(db, tmp_path, change, message):
    path = write(tmp_path, EXAMPLE.replace(*change))
    with pytest.raises(DomainError, match=message), db.transaction() as s:
        import_foundation_toml(s, path)
    with db.transaction() as s:
        assert get_foundation(s) is None and schools(s) == []
