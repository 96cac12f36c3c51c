"""The commands that work on the data folder (each opens it with :func:`opened`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from skow_desk.cli.common import CliError, folder_of, opened, read_passphrase


def cmd_config(args: argparse.Namespace) -> int:
    from skow_desk.services.foundation import (
        export_foundation_toml,
        import_foundation_toml,
        schools,
    )

    with opened(args, create=args.action == "import") as db, db.transaction() as session:
        if args.action == "import":
            found = import_foundation_toml(session, Path(args.file))
            count = len(schools(session))
            print(f"Stichting '{found.name}' met {count} school/scholen ingelezen.")
        else:
            export_foundation_toml(session, Path(args.file))
            print(f"Instellingen geschreven naar {args.file}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from skow_desk.services.demo import fill_demo
    from skow_desk.store.vault import folder_problem, is_set_up

    folder = folder_of(args)
    if is_set_up(folder) or folder_problem(folder):
        raise CliError(
            f"De map '{folder}' bevat al gegevens; demogegevens gaan alleen in een lege map."
        )
    with opened(args, create=True) as db:
        summary = fill_demo(db, incidents=args.incidents, seed=args.seed)
    print(summary)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from skow_desk.services.register_import import import_register

    with opened(args) as db:
        report = import_register(db, Path(args.file))
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

    if not args.check and not args.out:
        print("skow-desk: geef --out MAP (brieven schrijven) of --check (alleen de toets).",
              file=sys.stderr)
        return 2
    with opened(args) as db:
        if args.out:
            for path in write_case_letters(db, args.kenmerk, Path(args.out)):
                print(path)
        with db.transaction() as session:
            checks = case_checklists(session, args.kenmerk)
    for title, items in checks:
        print(checklist_text(title, items))
    blocked = any(item.blocks for _title, items in checks for item in items)
    if args.check and blocked:
        return 1
    return 0


def cmd_overview(args: argparse.Namespace) -> int:
    from skow_desk.domain.schoolyear import SchoolYear
    from skow_desk.reports.export import export_overview, format_of

    format_of(Path(args.out))  # refuse a wrong extension before asking for the passphrase
    SchoolYear.parse(args.schooljaar)
    with opened(args) as db:
        export_overview(db, args.schooljaar, args.school, Path(args.out))
    print(f"Jaaroverzicht geschreven naar {args.out}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from skow_desk.services.audit import verify, verify_message

    with opened(args) as db:
        report = verify(db)
    if not report.ok:
        raise CliError(verify_message(report))
    print(verify_message(report))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from skow_desk.store.backup import backup_to

    with opened(args) as db:
        info = backup_to(db, Path(args.out))
    print(f"Back-up geschreven naar {info.path} ({info.audit_entries} logboekregels).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from skow_desk.store.backup import restore_backup

    backup_file = Path(args.file)
    if not backup_file.is_file():
        raise CliError(f"De back-up '{backup_file}' bestaat niet.")
    result = restore_backup(folder_of(args), backup_file, read_passphrase(),
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
    from skow_desk.store.purge_ledger import add_purge

    with opened(args) as db:
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
    print(report.summary())
    if report.person_ids:
        print(ELSEWHERE_WARNING)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from skow_desk.services.erasure import ELSEWHERE, erase_person, erasure_preview, erasure_texts

    texts = erasure_texts()
    with opened(args) as db:
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
    print(f"Verwijderd; in het logboek: {summary}")
    print(ELSEWHERE)
    return 0


def cmd_inzage(args: argparse.Namespace) -> int:
    from datetime import date

    from skow_desk.domain.dates import parse_date
    from skow_desk.services.inzage import export_person

    requested = parse_date(args.verzoek) if args.verzoek else date.today()
    with opened(args) as db:
        for path in export_person(db, args.persoon, Path(args.out), requested):
            print(path)
    return 0
