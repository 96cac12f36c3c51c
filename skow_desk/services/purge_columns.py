"""Which text columns the retention purge clears, and which never hold text about a person.

Every ``String``/``Text`` column of the model is in exactly one of the two lists below; a test
(tests/unit/security/test_purge_columns.py) fails when a new column is in neither, so a new
free-text field cannot silently survive the purge. Clearing does not depend on recognising a
name: a director may type the name of someone who was never registered (a classmate, a
parent's new partner), so every column that may hold such text is emptied, not scrubbed.

- ``CLEARED``: emptied by :func:`clear_text` on the purged person's own rows (conversation,
  measure, task, letter) and, once nobody identifiable is left in a case, on the case's rows
  (incident, evidence, consultation, conversation, task). The person row itself is anonymised
  by ``services/retention.py``.
- ``KEPT``: codes, vocabulary, derived values, organisation data and the audit trail's own
  columns, each with why it is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ANONYMOUS = "geanonimiseerd"


def _blank(value: str) -> str:
    """"geanonimiseerd" where there was text (so a reader sees something was there), else ""."""
    return ANONYMOUS if value.strip() else ""


def _empty(_value: str) -> str:
    return ""


CLEARED: dict[str, dict[str, Callable[[str], str]]] = {
    "person": {column: _empty for column in (
        "first_name", "initials", "infix", "last_name", "group_or_function", "address",
        "postcode", "city", "email")},
    "incident": {"description": lambda _v: ANONYMOUS, "letter_facts": _blank,
                 "reported_by": _blank, "police_report_number": _empty},
    "evidence": {"filename": lambda _v: ANONYMOUS, "url": _empty, "note": _empty},
    "consultation": {"with_whom": _blank, "advice": _blank},
    "conversation": {column: _blank for column in (
        "present", "summary", "own_view", "agreements", "refusal_reason")},
    "measure": {column: _blank for column in (
        "reason", "receiving_school", "response_text", "weighing", "urgent_exception",
        "warnings", "status_reason", "delay_reason")},
    "task": {"title": _blank, "note": _empty},  # the title becomes the task's kind
    "letter": {"recipient": _blank, "sent_to": _blank, "data_json": lambda _v: "{}"},
}

KEPT: dict[tuple[str, str], str] = {
    # organisation data: the foundation, its schools and their office holders, never a case
    **{("foundation", c): "gegevens van de stichting" for c in (
        "name", "short_name", "address", "postcode", "city", "board_member",
        "board_member_function", "mandate_measures", "mandate_reference", "appeal_body",
        "appeal_address", "legal_confirmations")},
    **{("school", c): "gegevens van de school" for c in (
        "brin", "name", "address", "postcode", "city", "phone", "email", "logo_name",
        "signatory", "signatory_function", "region")},
    ("school_free_day", "description"): "schoolkalender (studiedag), niet over een persoon",
    # codes, vocabulary and derived values
    ("incident", "kenmerk"): "code van de melding; telt mee in het jaaroverzicht",
    ("incident", "platform"): "naam van het platform (TikTok …); telt mee in het jaaroverzicht",
    ("incident", "search_text"): "afgeleid van de melding en de namen; volgt vanzelf",
    ("incident_article", "code"): "artikelcode van het protocol",
    ("incident_category", "name"): "categorie uit de vaste lijst",
    ("evidence", "media_type"): "soort bestand",
    ("evidence", "sha256"): "vingerafdruk van de (verwijderde) inhoud",
    ("measure", "response_mode"): "vaste waarde (schriftelijk, mondeling, geen)",
    ("letter", "kind"): "soort brief (code)",
    ("letter", "dossier"): "soort dossier (code)",
    ("letter", "number"): "briefnummer; blijft bestaan",
    ("letter", "sha256"): "vingerafdruk van de (verwijderde) PDF",
    ("letter", "sent_via"): "vaste waarde (post, aangetekend …)",
    ("letter_enclosure", "kind"): "soort brief (code)",
    ("letter_template", "kind"): "soort brief (code)",
    ("letter_template", "source"): "sjabloon voor alle brieven, niet over één persoon",
    ("setting", "key"): "naam van een instelling",
    ("setting", "value"): "bewaarde concepten worden verwijderd of opgeschoond "
                          "(services/purge_scrub.py)",
    # the audit trail: append-only; summaries about the person are redacted (store/audit.py)
    ("audit_entry", "actor"): "gebruiker van het programma",
    ("audit_entry", "entity_type"): "soort record (code)",
    ("audit_entry", "summary"): "samenvattingen over de persoon worden ingekort (redact)",
    ("audit_entry", "summary_sha256"): "hash in de keten",
    ("audit_entry", "state"): "verzegelde rijstatus (hashes), geen tekst",
    ("audit_entry", "redaction"): "zegel van een inkorting",
    ("audit_entry", "prev_hash"): "hash in de keten",
    ("audit_entry", "hash"): "hash in de keten",
}


def clear_text(row: Any) -> None:
    """Empty every free-text column of ``row`` that :data:`CLEARED` lists for its table."""
    for column, cleared in CLEARED.get(str(row.__tablename__), {}).items():
        value = getattr(row, column)
        if isinstance(value, str):
            setattr(row, column, cleared(value))
