"""What the measure form says while it is filled in: the rules' refusal, or what will follow.

Pure text building (no widgets), so it is easy to read and to test.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from skow_desk.domain.enums import Role, Stage
from skow_desk.domain.measures import TWO_STEP, MeasureKind
from skow_desk.domain.rules import MAX_PUPIL_SUSPENSION_DAYS, RuleOutcome
from skow_desk.gui.common.translate import tr


@dataclass(frozen=True)
class Preview:
    """The verdict shown under the form; ``refused`` disables Opslaan."""

    refused: bool
    html: str
    plain: str


def hints(role: Role, kind: MeasureKind) -> list[str]:
    """Short reminders of the law for this measure, shown whatever is filled in."""
    result: list[str] = []
    if kind is MeasureKind.SUSPENSION and role is Role.PUPIL:
        result.append(tr("Maximaal {0} schooldagen (WPO art. 40c); bij meer dan één dag volgt "
                         "een melding aan de Inspectie.").format(MAX_PUPIL_SUSPENSION_DAYS))
    if kind is MeasureKind.SUSPENSION and role is Role.STAFF:
        result.append(tr("Een schorsing als ordemaatregel duurt normaal ten hoogste vier weken."))
    if kind in TWO_STEP[role] and role is Role.STAFF:
        result.append(tr("Gaat in twee stappen: eerst het voornemen, dan drie weken voor de "
                         "zienswijze van de medewerker, daarna het besluit."))
    if kind is MeasureKind.SUMMARY_DISMISSAL:
        result.append(tr("Onverwijld: direct nadat de feiten bekend zijn. De reden komt letterlijk "
                         "in de bevestigingsbrief."))
    if kind is MeasureKind.REMOVAL:
        result.append(tr("Definitief pas als een andere school de leerling toelaat."))
    if kind is MeasureKind.ACCESS_BAN:
        result.append(tr("Altijd met een laatste dag (nooit ‘tot nader order’); langer dan zes "
                         "maanden vraagt een motivering. Het verbod geldt alleen voor het gebouw, "
                         "het terrein en de eigen activiteiten van de school."))
    return result


def _items(lines: list[str]) -> str:
    return "".join(f"<li>{escape(line)}</li>" for line in lines)


def refused(message: str, reminders: list[str]) -> Preview:
    """The rules refuse the measure as filled in."""
    head = tr("Zo kan het niet worden vastgelegd:")
    html = (f"<p style='color:#a4262c'><b>{escape(head)}</b> {escape(message)}</p>"
            + (f"<ul>{_items(reminders)}</ul>" if reminders else ""))
    plain = "\n".join([f"{head} {message}", *reminders])
    return Preview(True, html, plain)


def still_to_fill(preview: Preview) -> Preview:
    """A refusal shown calmly on a form that is still as it was opened: what is needed, in
    plain colours (red comes once the director has changed something)."""
    head = tr("Nog in te vullen:")
    html = preview.html.replace("<p style='color:#a4262c'>", "<p>").replace(
        escape(tr("Zo kan het niet worden vastgelegd:")), escape(head))
    return Preview(True, html, preview.plain)


def accepted(outcome: RuleOutcome, stage: Stage, reminders: list[str]) -> Preview:
    """The measure can be saved; list the tasks and warnings it will bring."""
    head = (tr("Dit voornemen kan zo worden vastgelegd.") if stage is Stage.INTENT
            else tr("Dit besluit kan zo worden vastgelegd."))
    lines: list[str] = []
    if outcome.school_days is not None:
        lines.append(tr("Duur: {0} schooldagen.").format(outcome.school_days)
                     if outcome.school_days != 1 else tr("Duur: 1 schooldag."))
    for task in outcome.tasks:
        kind = tr("verplicht") if task.required else tr("aanbevolen")
        lines.append(tr("Er wordt een taak ‘{0}’ aangemaakt ({1}).").format(task.title, kind))
    warnings = [tr("Let op: {0}").format(w) for w in outcome.warnings]
    if not outcome.tasks:
        lines.append(tr("Er worden geen taken aangemaakt."))
    html = f"<p><b>{escape(head)}</b></p><ul>{_items(lines)}</ul>"
    if warnings:
        html += f"<ul style='color:#8a4b00'>{_items(warnings)}</ul>"
    if reminders:
        html += f"<ul>{_items(reminders)}</ul>"
    plain = "\n".join([head, *lines, *warnings, *reminders])
    return Preview(False, html, plain)
