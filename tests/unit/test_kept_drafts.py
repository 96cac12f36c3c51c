"""Drafts kept at an auto-lock (``ontwerp.*``): a purge or an AVG removal of a person removes
the drafts that name them or are about them, and leaves the others; removing a case removes
the drafts of that case."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from skow_desk.services.deletion import delete_incident_avg, delete_person_avg
from skow_desk.services.foundation import get_setting, set_setting
from skow_desk.services.kept_drafts import (
    DIALOGS_KEY,
    concept_key,
    kept_drafts,
    letters_key,
    melding_key,
    read_draft,
)
from skow_desk.services.retention import purge_again
from skow_desk.store.models import Person
from tests.unit.security.helpers import make_case

OTHER_CASE = 999


def _plant(db: Any) -> dict[str, int]:
    with db.transaction() as s:
        ids = make_case(s)
        pupil = s.get(Person, ids["pupil"])
        name = f"{pupil.first_name} {pupil.last_name}"
        set_setting(s, DIALOGS_KEY, json.dumps([
            {"titel": "Gesprek vastleggen", "velden": {"summaryEdit": f"{name} lachte."}},
            {"titel": "Persoon", "argumenten": {"person_id": ids["pupil"]}, "velden": {}},
            {"titel": "Overleg vastleggen", "velden": {"adviceEdit": "Eerst horen."}},
        ]))
        set_setting(s, melding_key(ids["incident"]), json.dumps(
            {"velden": {"descriptionEdit": f"{name} filmde een medeleerling."}}))
        set_setting(s, melding_key(OTHER_CASE), json.dumps(
            {"velden": {"descriptionEdit": "Een filmpje in de klassenapp."}}))
        set_setting(s, letters_key(ids["incident"]), json.dumps(
            {"persoon": ids["pupil"], "tekst": "Beste ouders,"}))
        set_setting(s, letters_key(OTHER_CASE), json.dumps(
            {"persoon": ids["classmate"], "tekst": "Beste Lotte,"}))
    return ids


def _left(db: Any) -> dict[str, Any]:
    with db.sessions() as s:
        return kept_drafts(s)


def test_a_purge_removes_the_drafts_that_name_the_person_and_keeps_the_others(db: Any) -> None:
    ids = _plant(db)
    assert len(_left(db)) == 5
    with db.transaction() as s:
        report = purge_again(s, [ids["pupil"]], date(2032, 1, 1))
    assert report.person_ids == [ids["pupil"]]
    assert report.scrubbed["ontwerp"] == 4  # two dialogs, the Melding, the letter
    left = _left(db)
    assert set(left) == {DIALOGS_KEY, melding_key(OTHER_CASE), letters_key(OTHER_CASE)}
    assert [d["titel"] for d in left[DIALOGS_KEY]] == ["Overleg vastleggen"]


def test_an_avg_removal_of_a_person_removes_their_drafts(db: Any) -> None:
    ids = _plant(db)
    with db.transaction() as s:
        delete_person_avg(s, ids["pupil"], "verzoek van de ouders")
    left = _left(db)
    assert set(left) == {DIALOGS_KEY, melding_key(OTHER_CASE), letters_key(OTHER_CASE)}
    assert len(left[DIALOGS_KEY]) == 1


def test_an_avg_removal_of_a_case_removes_its_drafts(db: Any) -> None:
    ids = _plant(db)
    with db.transaction() as s:
        delete_incident_avg(s, ids["incident"], "dubbel ingevoerd")
        assert read_draft(s, melding_key(ids["incident"])) is None
        assert read_draft(s, letters_key(ids["incident"])) is None
        assert read_draft(s, melding_key(OTHER_CASE)) is not None


def test_an_avg_removal_takes_the_saved_letter_concepts_of_the_person_and_the_case(
        db: Any) -> None:
    ids = _plant(db)
    with db.transaction() as s:
        for person in ("pupil", "classmate"):
            set_setting(s, concept_key(ids["incident"], "pupil_schorsing", ids[person]),
                        '{"versie": 1}')
        set_setting(s, concept_key(OTHER_CASE, "pupil_schorsing", ids["classmate"]),
                    '{"versie": 1}')
    with db.transaction() as s:
        delete_person_avg(s, ids["pupil"], "verzoek van de ouders")
        assert get_setting(s, concept_key(ids["incident"], "pupil_schorsing",
                                          ids["pupil"])) == ""
        assert get_setting(s, concept_key(ids["incident"], "pupil_schorsing",
                                          ids["classmate"])) != ""
    with db.transaction() as s:
        delete_incident_avg(s, ids["incident"], "dubbel ingevoerd")
        assert get_setting(s, concept_key(ids["incident"], "pupil_schorsing",
                                          ids["classmate"])) == ""
        assert get_setting(s, concept_key(OTHER_CASE, "pupil_schorsing",
                                          ids["classmate"])) != ""
