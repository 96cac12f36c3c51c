"""The argument parser (Dutch help texts) and the quick path that starts the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from skow_desk import __version__
from skow_desk.cli.commands import (
    cmd_audit,
    cmd_backup,
    cmd_config,
    cmd_demo,
    cmd_erase,
    cmd_import,
    cmd_import_template,
    cmd_inzage,
    cmd_letters,
    cmd_overview,
    cmd_purge,
    cmd_restore,
)
from skow_desk.cli.dutch_argparse import install as speak_dutch
from skow_desk.cli.window import cmd_selftest


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options before any command (all the window itself takes)."""
    parser.add_argument("--version", action="version", version=f"SKOW Desk {__version__}",
                        help="toon de versie en stop")
    parser.add_argument("--data-dir", metavar="MAP", help="gegevensmap (standaard: per gebruiker)")
    parser.add_argument(
        "--quit-after-start",
        action="store_true",
        help="sluit zodra het hoofdvenster met de meldingen getekend is (voor metingen)",
    )


def _window_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The window's options when ``argv`` names no command and asks no help, else None.

    Starting the window is the common case: it skips building the parser of every command
    (~12 ms of start-up, argparse checks each argument's help as it is added).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if any(arg in ("-h", "--help") for arg in args):
        return None
    light = argparse.ArgumentParser(prog="skow-desk", add_help=False)
    _add_window_options(light)
    known, rest = light.parse_known_args(args)
    return None if rest else known


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (Dutch help texts, and argparse's own words in Dutch)."""
    speak_dutch()
    parser = argparse.ArgumentParser(
        prog="skow-desk",
        description="SKOW Desk: meldingen en maatregelen bij het protocol sociale media.",
    )
    parser._positionals.title = "opdrachten"
    _add_window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    config = sub.add_parser("config", help="instellingen van stichting en scholen (TOML)")
    config.add_argument("action", choices=["import", "export"], metavar="{import,export}")
    config.add_argument("file", metavar="BESTAND.toml")
    config.set_defaults(func=cmd_config)

    demo = sub.add_parser("demo", help="vul een lege gegevensmap met demogegevens")
    demo.add_argument("--incidents", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(func=cmd_demo)

    imp = sub.add_parser("import", help="lees een bestaand register in (CSV of XLSX)")
    imp.add_argument("file", metavar="BESTAND")
    imp.set_defaults(func=cmd_import)

    template = sub.add_parser("import-template", help="schrijf een leeg importbestand")
    template.add_argument("file", metavar="BESTAND.xlsx|BESTAND.csv")
    template.set_defaults(func=cmd_import_template)

    letters = sub.add_parser("letters", help="schrijf de brieven van een melding als PDF")
    letters.add_argument("--kenmerk", required=True, metavar="KENMERK",
                         help="het kenmerk van de melding, zoals in het register")
    letters.add_argument("--out", metavar="MAP",
                         help="schrijf de brieven (concepten gemarkeerd CONCEPT) in MAP")
    letters.add_argument("--check", action="store_true",
                         help="druk de rechtmatigheidstoets af; afsluitcode 1 als iets blokkeert")
    letters.set_defaults(func=cmd_letters)

    overview = sub.add_parser("overview", help="jaaroverzicht als CSV, XLSX of PDF")
    overview.add_argument("--schooljaar", required=True, metavar="2025-2026")
    overview.add_argument("--school", metavar="BRIN")
    overview.add_argument("--out", required=True, metavar="BESTAND")
    overview.set_defaults(func=cmd_overview)

    audit = sub.add_parser("audit", help="controleer het logboek (de hashketen)")
    audit.add_argument("action", choices=["verify"])
    audit.set_defaults(func=cmd_audit)

    backup = sub.add_parser("backup", help="schrijf een versleutelde back-up")
    backup.add_argument("--out", required=True, metavar="BESTAND")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="zet een back-up terug (de huidige gegevens "
                             "blijven bewaard in voor-herstel-…)")
    restore.add_argument("file", metavar="BESTAND")
    restore.add_argument("--andere-stichting", dest="other_foundation", action="store_true",
                         help="zet ook een back-up van een andere stichting terug")
    restore.set_defaults(func=cmd_restore)

    purge = sub.add_parser("purge", help="toon (of anonimiseer) wat buiten de bewaartermijn valt")
    purge.add_argument("--uitvoeren", dest="apply", action="store_true",
                       help="anonimiseer echt (zonder: alleen tonen)")
    purge.set_defaults(func=cmd_purge)

    inzage = sub.add_parser("inzage", help="alle gegevens over één persoon (AVG art. 15)")
    inzage.add_argument("--persoon", required=True, type=int, metavar="NUMMER")
    inzage.add_argument("--out", required=True, metavar="MAP")
    inzage.add_argument("--verzoek", metavar="DD-MM-JJJJ", help="datum van het verzoek")
    inzage.set_defaults(func=cmd_inzage)

    erase = sub.add_parser("verwijderen", help="verwijder een persoon op verzoek (AVG art. 17), "
                           "met reden; zonder --uitvoeren alleen tonen wat verdwijnt")
    erase.add_argument("--persoon", required=True, type=int, metavar="NUMMER",
                       help="het nummer van de persoon (zoals bij inzage)")
    erase.add_argument("--reden", required=True, metavar="TEKST",
                       help="waarom (komt in het logboek), bijvoorbeeld het verzoek en zijn datum")
    erase.add_argument("--uitvoeren", dest="apply", action="store_true",
                       help="verwijder echt (zonder: alleen tonen wat verdwijnt en wat blijft)")
    erase.set_defaults(func=cmd_erase)

    selftest = sub.add_parser("selftest", help="open elk scherm en elke dialoog en sluit weer")
    selftest.set_defaults(func=cmd_selftest)
    return parser
