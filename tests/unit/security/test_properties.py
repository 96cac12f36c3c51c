"""Bad input: the TOML settings reader and the passphrase rules never crash, never half-store."""

from __future__ import annotations

import string
import unicodedata
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from skow_desk.domain.errors import DomainError
from skow_desk.services.foundation import import_foundation_toml, read_foundation_toml
from skow_desk.store.keys import (
    MIN_PASSPHRASE_LENGTH,
    create_keys,
    passphrase_problem,
    unlock,
)
from skow_desk.store.models import Foundation, School

VALID_FOUNDATION = {"naam": "Stichting SKOW", "afkorting": "SKOW", "adres": "Voorbeeldstraat 1",
                    "postcode": "2671 AA", "plaats": "Naaldwijk", "bestuurder": "H. ter Horst"}
VALID_SCHOOL = {"brin": "04XY", "naam": "De Regenboog", "sector": "PO",
                "denominatie": "bijzonder", "adres": "Schoolstraat 12", "postcode": "2671 BB",
                "plaats": "Naaldwijk", "telefoon": "0174 123456", "email": "info@x.example",
                "directeur": "M. van der Knaap", "functie": "directeur"}

# Values that are awkward in every way a file from a colleague might be.
awkward_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "PO", "vo", "Openbaar", "bijzonder ", "04XY", "04xy",
                     "x" * 11, "..", "/", "\x00", "a\x00b", "logo.png", "/etc/passwd", "~"]),
)
scalar = st.one_of(awkward_text, st.integers(), st.booleans(), st.floats(allow_nan=False),
                   st.dates(), st.datetimes())
value = st.one_of(scalar, st.lists(scalar, max_size=3),
                  st.dictionaries(st.text(max_size=6), scalar, max_size=2))


def mutated(valid: dict[str, object], extra_keys: list[str]) -> st.SearchStrategy[dict]:
    """The valid table with a value or two replaced, a key dropped, or an unknown key added.

    Small changes on purpose: a table broken in five places is refused at its first fault,
    and the checks further on would never be reached.
    """
    keys = list(valid) + extra_keys
    return st.dictionaries(st.sampled_from(keys), value, max_size=2).flatmap(
        lambda changes: st.sets(st.sampled_from(list(valid)), max_size=1).map(
            lambda dropped: {**{k: v for k, v in valid.items() if k not in dropped},
                             **changes}))


document = st.fixed_dictionaries(
    {"stichting": st.one_of(mutated(VALID_FOUNDATION, ["onbekend"]), value)},
    optional={"school": st.one_of(st.lists(mutated(VALID_SCHOOL, ["logo", "extra"]),
                                           max_size=3), value),
              "nog_iets": value},
)
raw_files = st.one_of(
    st.binary(max_size=300),
    st.text(alphabet=string.printable + "é\u00a0\x00[]=\"'", max_size=200).map(
        lambda s: s.encode("utf-8")),
)

QUICK = settings(max_examples=300, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(path: Path) -> None:
    try:
        read_foundation_toml(path)
    except DomainError as error:
        assert error.message.strip()


@QUICK
@given(document)
def test_reading_any_document_gives_a_result_or_a_dutch_refusal(tmp_path, doc):
    path = tmp_path / "stichting.toml"
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    _read(path)


@QUICK
@given(raw_files)
def test_reading_any_bytes_gives_a_result_or_a_dutch_refusal(tmp_path, raw):
    path = tmp_path / "stichting.toml"
    path.write_bytes(raw)
    _read(path)


@QUICK
@given(st.sampled_from([*VALID_SCHOOL, "logo"]), awkward_text)
def test_any_one_school_field_with_any_text(tmp_path, key, text):
    path = tmp_path / "stichting.toml"
    school = {**VALID_SCHOOL, key: text}
    path.write_text(tomli_w.dumps({"stichting": VALID_FOUNDATION, "school": [school]}), "utf-8")
    _read(path)


def test_a_logo_name_with_a_nul_character_is_refused(tmp_path):
    school = {**VALID_SCHOOL, "logo": "a\x00b.png"}
    path = tmp_path / "s.toml"
    path.write_text(tomli_w.dumps({"stichting": VALID_FOUNDATION, "school": [school]}), "utf-8")
    with pytest.raises(DomainError, match="logo"):
        read_foundation_toml(path)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(mutated(VALID_SCHOOL, ["logo"]), min_size=1, max_size=3))
def test_an_import_stores_all_or_nothing(db, tmp_path, schools):
    path = tmp_path / "stichting.toml"
    path.write_text(tomli_w.dumps({"stichting": VALID_FOUNDATION, "school": schools}), "utf-8")
    with db.transaction() as s:
        before = (s.scalar(select(func.count()).select_from(School)),
                  s.scalar(select(func.count()).select_from(Foundation)))
    try:
        with db.transaction() as s:
            import_foundation_toml(s, path)
    except DomainError:
        with db.transaction() as s:
            after = (s.scalar(select(func.count()).select_from(School)),
                     s.scalar(select(func.count()).select_from(Foundation)))
        assert after == before


@given(st.text(max_size=40))
def test_passphrase_problem_never_raises_and_is_dutch(passphrase):
    problem = passphrase_problem(passphrase)
    assert problem is None or (problem.endswith(".") and problem[0].isupper())
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        assert problem is not None
    assert passphrase_problem(passphrase) == problem


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=MIN_PASSPHRASE_LENGTH, max_size=30))
def test_every_accepted_passphrase_works_in_any_unicode_form(tmp_path_factory, passphrase):
    if passphrase_problem(passphrase) is not None:
        with pytest.raises(DomainError):
            create_keys(tmp_path_factory.mktemp("k"), passphrase)
        return
    folder = tmp_path_factory.mktemp("k")
    keys = create_keys(folder, passphrase)
    for form in ("NFC", "NFD"):
        assert unlock(folder, unicodedata.normalize(form, passphrase)) == keys.data_key


def test_a_passphrase_with_undecodable_bytes_is_refused_not_crashed():
    assert passphrase_problem("geheim-wachtwoord-\udcff") is not None
