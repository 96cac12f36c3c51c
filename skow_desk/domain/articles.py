"""The protocol's articles (A1–A7, B1–B4, C1–C3) and to whom each applies.

Texts are quoted from ``protocol-sociale-media-skow.txt``. Section A is for all users, but A1
names only staff and pupils and A6 concerns staff only; B and C concern staff only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from skow_desk.domain.enums import Role
from skow_desk.domain.errors import DomainError

ALL_ROLES = frozenset(Role)
AWARENESS_ONLY = frozenset({"A3", "A4"})
"""Articles that describe responsibility or awareness, not conduct that can be breached."""
STAFF_ONLY = frozenset({Role.STAFF})


@dataclass(frozen=True)
class ProtocolArticle:
    """One article of the protocol."""

    code: str
    section: str
    text: str
    applies_to: frozenset[Role]

    @property
    def staff_only(self) -> bool:
        return self.applies_to == STAFF_ONLY

    @property
    def breachable(self) -> bool:
        """Whether conduct can breach it: A3 (who is responsible) and A4 ("dient zich ervan
        bewust te zijn") state awareness, not a rule; a measure cannot rest on them alone."""
        return self.code not in AWARENESS_ONLY


SECTIONS: dict[str, str] = {
    "A": "Voor alle gebruikers (medewerkers, leerlingen en ouders/verzorgers)",
    "B": "Voor medewerkers tijdens werksituaties",
    "C": "Voor medewerkers buiten werksituaties",
}

_A = SECTIONS["A"]
_B = SECTIONS["B"]
_C = SECTIONS["C"]

ARTICLES: tuple[ProtocolArticle, ...] = (
    ProtocolArticle(
        "A1",
        _A,
        "Het is medewerkers en leerlingen niet toegestaan om tijdens de lessen actief te zijn op "
        "sociale media tenzij door de schoolleiding respectievelijk leraren hiervoor toestemming "
        "is gegeven.",
        frozenset({Role.STAFF, Role.PUPIL}),
    ),
    ProtocolArticle(
        "A2",
        _A,
        "Het is betrokkenen toegestaan om kennis en informatie te delen, mits het geen "
        "vertrouwelijke of persoonlijke informatie betreft en andere betrokkenen niet schaadt.",
        ALL_ROLES,
    ),
    ProtocolArticle(
        "A3",
        _A,
        "De betrokkene is persoonlijk verantwoordelijk voor de inhoud welke hij of zij publiceert "
        "op de sociale media of indien betrokkenen minderjarig is, de verantwoordelijke ouder(s) "
        "en/of verzorger(s).",
        ALL_ROLES,
    ),
    ProtocolArticle(
        "A4",
        _A,
        "Elke betrokkene dient zich ervan bewust te zijn dat de gepubliceerde teksten en "
        "uitlatingen voor onbepaalde tijd openbaar zullen zijn, ook na verwijdering van het "
        "bericht.",
        ALL_ROLES,
    ),
    ProtocolArticle(
        "A5",
        _A,
        "Het is voor betrokkenen niet toegestaan om foto-, film- en geluidsopnamen van "
        "schoolgerelateerde situaties op de sociale media te zetten tenzij betrokkenen hier "
        "uitdrukkelijk toestemming voor plaatsing hebben gegeven.",
        ALL_ROLES,
    ),
    ProtocolArticle(
        "A6",
        _A,
        "Het is medewerkers niet toegestaan om 'vrienden' te worden met leerlingen op sociale "
        "media, die daar expliciet de mogelijkheid voor bieden, uitsluitend op basis van de "
        "relatie medewerker SKOW – leerling.",
        STAFF_ONLY,
    ),
    ProtocolArticle(
        "A7",
        _A,
        "Alle betrokkenen nemen de fatsoensnormen in acht. Als fatsoensnormen worden overschreden "
        "(bijvoorbeeld: mensen pesten, kwetsen, stalken, bedreigen, zwartmaken of anderszins "
        "beschadigen) dan neemt de onderwijsinstelling passende maatregelen.",
        ALL_ROLES,
    ),
    ProtocolArticle(
        "B1",
        _B,
        "Medewerkers hebben een bijzondere verantwoordelijkheid bij het gebruik van sociale media: "
        "privémeningen van medewerkers kunnen eenvoudig verward worden met de officiële "
        "standpunten van de onderwijsinstelling. Indien een medewerker deelneemt aan een discussie "
        "die (op enigerlei wijze) te maken heeft met een school / de scholen van de SKOW dient de "
        "medewerker te vermelden dat hij/zij medewerker is van de SKOW.",
        STAFF_ONLY,
    ),
    ProtocolArticle(
        "B2",
        _B,
        "Als online communicatie dreigt te ontsporen dient de medewerker direct contact op te "
        "nemen met zijn/haar leidinggevende om de te volgen strategie te bespreken.",
        STAFF_ONLY,
    ),
    ProtocolArticle(
        "B3",
        _B,
        "Bij twijfel of een publicatie in strijd is met deze richtlijnen neemt de medewerker "
        "contact op met zijn/haar leidinggevende.",
        STAFF_ONLY,
    ),
    ProtocolArticle(
        "B4",
        _B,
        "Het is medewerkers niet toegestaan in discussie te gaan met een leerling of ouder op "
        "sociale media (over medewerker, leerling en/of ouders).",
        STAFF_ONLY,
    ),
    ProtocolArticle(
        "C1",
        _C,
        "Het is de medewerker toegestaan om schoolgerelateerde onderwerpen te publiceren mits het "
        "geen vertrouwelijke of persoonsgebonden informatie over de school, zijn medewerkers, "
        "leerlingen, ouders/verzorgers en andere betrokkenen betreft. Tevens mag de publicatie de "
        "naam van de school niet schaden.",
        STAFF_ONLY,
    ),
    ProtocolArticle(
        "C2",
        _C,
        "Indien de medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft "
        "met de onderwijsinstelling dient medewerker te vermelden dat hij/zij medewerker is van de "
        "SKOW en publiceert op persoonlijke titel.",
        STAFF_ONLY,
    ),
    ProtocolArticle(
        "C3",
        _C,
        "Indien de medewerker over (één van) de scholen van de SKOW publiceert, dient hij/zij het "
        "bericht te voorzien van het bericht dat de standpunten en meningen in dit bericht de "
        "eigen persoonlijke mening zijn en los staan van eventuele officiële standpunten van de "
        "SKOW. Verder meldt de medewerker dat hij of zij niet verantwoordelijk is voor de inhoud "
        "en uitlatingen van derden.",
        STAFF_ONLY,
    ),
)

BY_CODE: dict[str, ProtocolArticle] = {a.code: a for a in ARTICLES}
CODES: tuple[str, ...] = tuple(a.code for a in ARTICLES)

_SPLIT = re.compile(r"[\s,;/+]+")


def article(code: str) -> ProtocolArticle:
    """Return the article with ``code`` (case-insensitive), or refuse with a Dutch message."""
    found = BY_CODE.get(code.strip().upper())
    if found is None:
        raise DomainError(
            f"Onbekend protocolartikel '{code.strip()}'. Kies uit {', '.join(CODES)}."
        )
    return found


def parse_codes(text: str) -> list[str]:
    """Parse a list like ``"A5, A7"`` into sorted, distinct, known codes."""
    parts = [p for p in _SPLIT.split(text.strip()) if p]
    codes = {article(p).code for p in parts}
    return sorted(codes, key=CODES.index)


def check_articles_for_role(codes: Iterable[str], role: Role) -> None:
    """Refuse articles that do not apply to a person of ``role``."""
    wrong = [article(c) for c in codes if role not in article(c).applies_to]
    if wrong:
        names = ", ".join(a.code for a in wrong)
        who = "medewerkers" if all(a.staff_only for a in wrong) else "medewerkers en leerlingen"
        raise DomainError(
            f"Artikel {names} geldt alleen voor {who}; het kan niet worden vastgelegd voor "
            f"een betrokkene met de rol '{role.label.lower()}'."
        )
