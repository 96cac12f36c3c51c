"""The ``skow-desk`` command. The window is the product; this serves admins and automation.

Exit codes: 0 success; 1 a user error, one clear Dutch line on stderr, no traceback;
2 wrong usage (argparse).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from skow_desk import __version__
from skow_desk.domain.errors import DomainError


class CliError(DomainError):
    """A user error on the command line."""


def read_passphrase(confirm: bool = False) -> str:
    """From ``SKOW_DESK_PASSPHRASE``, or asked at the terminal; otherwise a clear error."""
    from skow_desk.store.keys import PASSPHRASE_ENV

    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            f"Geen wachtwoord: zet de omgevingsvariabele {PASSPHRASE_ENV} of start de opdracht "
            "in een terminal, dan wordt erom gevraagd."
        )
    first = getpass.getpass("Wachtwoord: ")
    if confirm and getpass.getpass("Herhaal het wachtwoord: ") != first:
        raise CliError("De twee wachtwoorden zijn niet gelijk.")
    return first


def _folder(args: argparse.Namespace) -> Path:
    from skow_desk.store.location import data_dir

    return data_dir(args.data_dir)


def _open(args: argparse.Namespace, create: bool = False) -> object:
    """Open the data folder; with ``create``, set it up when empty (shows the recovery key)."""
    from skow_desk.store.vault import create_data, is_set_up, open_data

    folder = _folder(args)
    if create and not is_set_up(folder):
        db, recovery = create_data(folder, read_passphrase(confirm=True))
        print(
            "Nieuwe gegevensmap ingericht. Herstelsleutel (bewaar die op papier; het is de enige "
            f"weg terug als u het wachtwoord vergeet): {recovery}",
            file=sys.stderr,
        )
        return db
    return open_data(folder, read_passphrase())


def cmd_config(args: argparse.Namespace) -> int:
    from skow_desk.services.foundation import (
        export_foundation_toml,
        import_foundation_toml,
        schools,
    )
    from skow_desk.store.db import Database

    db = _open(args, create=args.action == "import")
    assert isinstance(db, Database)
    try:
        with db.transaction() as session:
            if args.action == "import":
                found = import_foundation_toml(session, Path(args.file))
                count = len(schools(session))
                print(f"Stichting '{found.name}' met {count} school/scholen ingelezen.")
            else:
                export_foundation_toml(session, Path(args.file))
                print(f"Instellingen geschreven naar {args.file}")
    finally:
        db.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from skow_desk.services.demo import fill_demo
    from skow_desk.store.vault import folder_problem, is_set_up

    folder = _folder(args)
    if is_set_up(folder) or folder_problem(folder):
        raise CliError(
            f"De map '{folder}' bevat al gegevens; demogegevens gaan alleen in een lege map."
        )
    db = _open(args, create=True)
    from skow_desk.store.db import Database

    assert isinstance(db, Database)
    try:
        summary = fill_demo(db, incidents=args.incidents, seed=args.seed)
    finally:
        db.close()
    print(summary)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from skow_desk.services.register_import import import_register
    from skow_desk.store.db import Database

    db = _open(args)
    assert isinstance(db, Database)
    try:
        report = import_register(db, Path(args.file))
    finally:
        db.close()
    print(report.summary())
    return 0


def cmd_import_template(args: argparse.Namespace) -> int:
    from skow_desk.importing.template import write_import_template

    write_import_template(Path(args.file))
    print(f"Leeg importbestand geschreven naar {args.file}")
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    from skow_desk.services.legality import case_checklists, checklist_text
    from skow_desk.services.letters import write_case_letters
    from skow_desk.store.db import Database

    if not args.check and not args.out:
        print("skow-desk: geef --out MAP (brieven schrijven) of --check (alleen de toets).",
              file=sys.stderr)
        return 2
    db = _open(args)
    assert isinstance(db, Database)
    try:
        if args.out:
            for path in write_case_letters(db, args.kenmerk, Path(args.out)):
                print(path)
        with db.transaction() as session:
            checks = case_checklists(session, args.kenmerk)
    finally:
        db.close()
    for title, items in checks:
        print(checklist_text(title, items))
    blocked = any(item.blocks for _title, items in checks for item in items)
    if args.check and blocked:
        return 1
    return 0


def cmd_overview(args: argparse.Namespace) -> int:
    from skow_desk.domain.schoolyear import SchoolYear
    from skow_desk.reports.export import export_overview, format_of
    from skow_desk.store.db import Database

    format_of(Path(args.out))  # refuse a wrong extension before asking for the passphrase
    SchoolYear.parse(args.schooljaar)
    db = _open(args)
    assert isinstance(db, Database)
    try:
        export_overview(db, args.schooljaar, args.school, Path(args.out))
    finally:
        db.close()
    print(f"Jaaroverzicht geschreven naar {args.out}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from skow_desk.services.audit import verify, verify_message
    from skow_desk.store.db import Database

    db = _open(args)
    assert isinstance(db, Database)
    try:
        report = verify(db)
    finally:
        db.close()
    if not report.ok:
        raise CliError(verify_message(report))
    print(verify_message(report))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from skow_desk.store.backup import backup_to
    from skow_desk.store.db import Database

    db = _open(args)
    assert isinstance(db, Database)
    try:
        info = backup_to(db, Path(args.out))
    finally:
        db.close()
    print(f"Back-up geschreven naar {info.path} ({info.audit_entries} logboekregels).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from skow_desk.store.backup import restore_backup

    backup_file = Path(args.file)
    if not backup_file.is_file():
        raise CliError(f"De back-up '{backup_file}' bestaat niet.")
    result = restore_backup(_folder(args), backup_file, read_passphrase(),
                            other_foundation=args.other_foundation)
    made = result.backup.manifest.get("gemaakt_op", "?")
    kept = f" De vorige gegevens staan in {result.previous}." if result.previous else ""
    whose = f" van stichting '{result.foundation}'" if result.foundation else ""
    print(f"Back-up{whose} van {made} (UTC) teruggezet.{kept} Open SKOW Desk met het "
          "wachtwoord dat gold toen de back-up werd gemaakt.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from datetime import date

    from skow_desk.services.purge_ledger import ELSEWHERE_WARNING, settle_purge
    from skow_desk.services.retention import due_for_purge, purge
    from skow_desk.store.db import Database
    from skow_desk.store.purge_ledger import add_purge

    db = _open(args)
    assert isinstance(db, Database)
    try:
        with db.transaction() as session:
            candidates = due_for_purge(session, date.today())
            for c in candidates:
                print(f"{c.person_id}\t{c.role.value}\t{c.name}\t{c.due_on:%d-%m-%Y}\t"
                      f"{len(c.incident_ids)} meldingen\t{c.reason}")
            if not args.apply:
                print(f"{len(candidates)} personen vallen buiten de bewaartermijn. Voeg "
                      "--uitvoeren toe om ze te anonimiseren.")
                return 0
            report = purge(session, candidates, date.today())
            add_purge(db.path.parent, date.today(), report.person_ids)
        if report.person_ids:
            settle_purge(db)
    finally:
        db.close()
    print(report.summary())
    if report.person_ids:
        print(ELSEWHERE_WARNING)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from skow_desk.services.erasure import ELSEWHERE, erase_person, erasure_preview, erasure_texts
    from skow_desk.store.db import Database

    texts = erasure_texts()
    db = _open(args)
    assert isinstance(db, Database)
    try:
        with db.transaction() as session:
            preview = erasure_preview(session, args.persoon)
        print(f"Verwijderen op verzoek (AVG art. 17): {preview.name} ({preview.role.value})")
        print("Wordt verwijderd:")
        for line in preview.removed_lines():
            print(f"  - {line}")
        print("Blijft bewaard:")
        for line in preview.kept_lines():
            print(f"  - {line}")
        print(f"Wat de wet laat bewaren: {texts['kept_by_law']}")
        if preview.open_cases:
            print(f"Let op: nog niet afgeronde meldingen: {', '.join(preview.open_cases)}.")
        if not args.apply:
            print("Er is niets verwijderd. Voeg --uitvoeren toe om definitief te verwijderen.")
            return 0
        summary = erase_person(db, args.persoon, args.reden)
    finally:
        db.close()
    print(f"Verwijderd; in het logboek: {summary}")
    print(ELSEWHERE)
    return 0


def cmd_inzage(args: argparse.Namespace) -> int:
    from datetime import date

    from skow_desk.domain.dates import parse_date
    from skow_desk.services.inzage import export_person
    from skow_desk.store.db import Database

    requested = parse_date(args.verzoek) if args.verzoek else date.today()
    db = _open(args)
    assert isinstance(db, Database)
    try:
        for path in export_person(db, args.persoon, Path(args.out), requested):
            print(path)
    finally:
        db.close()
    return 0


NO_DISPLAY = (
    "SKOW Desk heeft een beeldscherm nodig, maar hier is er geen (DISPLAY en WAYLAND_DISPLAY "
    "zijn leeg). Start het programma in een grafische sessie; voor een proef zonder scherm: "
    "installeer xvfb en de Qt-bibliotheken (libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 "
    "libfontconfig1; zie tools/system-deps.sh) en start met 'xvfb-run skow-desk'.")


def display_problem(environ: Mapping[str, str] | None = None,
                    platform: str | None = None) -> str | None:
    """A Dutch sentence when the window cannot be shown (Linux without a screen), else None."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def cmd_gui(args: argparse.Namespace) -> int:
    import time

    problem = display_problem()
    if problem:
        print(f"skow-desk: {problem}", file=sys.stderr)
        return 1

    from skow_desk.gui.early_unlock import EarlyUnlock

    started = time.perf_counter()
    folder = _folder(args)
    # A known passphrase is stretched on another core while Qt loads. SQLAlchemy is not
    # imported here: the first screen reads through a plain connection, and the window loads
    # SQLAlchemy off the GUI thread once it has painted (gui/app.py).
    early = EarlyUnlock(folder)
    from skow_desk.gui.app import run_gui

    return int(run_gui(folder, quit_after_start=args.quit_after_start, early=early,
                       started=started))


def cmd_selftest(args: argparse.Namespace) -> int:
    from skow_desk.gui.selftest import run_selftest

    return int(run_selftest(_folder(args)))


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
    """The argument parser (Dutch help texts)."""
    parser = argparse.ArgumentParser(
        prog="skow-desk",
        description="SKOW Desk: meldingen en maatregelen bij het protocol sociale media.",
    )
    parser._positionals.title = "opdrachten"
    parser._optionals.title = "opties"
    for action in parser._actions:
        if action.dest == "help":
            action.help = "toon deze hulp en stop"
    _add_window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    config = sub.add_parser("config", help="instellingen van stichting en scholen (TOML)")
    config.add_argument("action", choices=["import", "export"])
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
    letters.add_argument("--kenmerk", required=True)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code."""
    from skow_desk import diagnostics

    diagnostics.start()  # the log, the crash log and the exception hooks (cheap)
    args = _window_args(argv) or build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except DomainError as error:
        print(f"skow-desk: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("skow-desk: afgebroken.", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"skow-desk: {os_error_text(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # damage found by a read after the open's checks
        from skow_desk.store.connection import DAMAGED, is_damage

        cause = error.__cause__ or error.__context__
        if not (is_damage(error) or (cause is not None and is_damage(cause))):
            raise
        print(f"skow-desk: {DAMAGED}", file=sys.stderr)
        return 1


def os_error_text(error: OSError) -> str:
    """A Dutch sentence for a file-system error (the system's own text is English)."""
    where = f"'{error.filename}'" if error.filename else "het bestand"
    if isinstance(error, FileNotFoundError):
        return f"{where} bestaat niet."
    if isinstance(error, IsADirectoryError):
        return f"{where} is een map; geef een bestandsnaam op."
    if isinstance(error, NotADirectoryError):
        return f"{where} is geen map."
    if isinstance(error, PermissionError):
        return f"Geen toestemming om {where} te lezen of te schrijven."
    if isinstance(error, FileExistsError):
        return f"{where} bestaat al."
    return f"{where} kan niet worden gelezen of geschreven ({error.strerror or error})."
