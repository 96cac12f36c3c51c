"""The protocol's steps as a row of cards: Melding → Overleg → Gesprekken → Maatregelen → Brief →
Afgerond, each done (✓ and its date) or open, each with the button that does that step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from skow_desk.services.case_queries import Step, StepKey

DONE_COLOUR = "#2e7d32"
NEXT_COLOUR = "#1f5f99"
OPEN_COLOUR = "#8a8a8a"


def next_step(steps: tuple[Step, ...]) -> StepKey | None:
    """What the director does next, as the record says.

    None for a closed case; a step under way (a voornemen waiting for its besluit: open, but
    dated) comes first; otherwise the first open step after the last done one.
    """
    if any(s.key is StepKey.CLOSED and s.done for s in steps):
        return None
    for step in steps:
        if not step.done and step.on is not None:
            return step.key
    last_done = max((i for i, s in enumerate(steps) if s.done and s.key is not StepKey.CLOSED),
                    default=-1)
    for step in steps[last_done + 1:]:
        if not step.done:
            return step.key
    return None


class StepCard(QFrame):
    """One step: a ✓ or its number, the title, the state and the step's button."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setObjectName("stepCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.mark = QLabel(self)
        self.mark.setFixedSize(26, 26)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setAutoDefault(False)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.detail, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_step(self, step: Step, button_text: str, is_next: bool) -> None:
        """Show ``step``; the next step to do gets a blue edge."""
        colour = DONE_COLOUR if step.done else NEXT_COLOUR if is_next else OPEN_COLOUR
        self.mark.setText("✓" if step.done else str(self.number))
        filled = step.done or is_next
        self.mark.setStyleSheet(
            f"border: 2px solid {colour}; border-radius: 13px; font-weight: bold; "
            + (f"background: {colour}; color: white;" if filled else f"color: {colour};"))
        self.title.setText(step.title)
        self.detail.setText(step.detail)
        edge = colour if (step.done or is_next) else "#d0d0d0"
        self.setStyleSheet(
            f"#stepCard {{ border: 1px solid #d0d0d0; border-top: 4px solid {edge}; "
            "border-radius: 4px; background: palette(base); }")
        self.button.setText(button_text)
        self.button.setAccessibleName(button_text.replace("…", ""))
        state = self.tr("gedaan") if step.done else self.tr("open")
        self.setAccessibleName(self.tr("Stap {0}: {1}, {2}").format(self.number, step.title, state))
        self.setAccessibleDescription(step.detail)
        self.setProperty("done", step.done)


class CaseTimeline(QWidget):
    """The six steps side by side; ``step_clicked`` names the step whose button was pressed."""

    step_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseTimeline")
        self.setAccessibleName(self.tr("Stappen van de zaak"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.cards: dict[StepKey, StepCard] = {}
        for number, key in enumerate(StepKey, start=1):
            card = StepCard(number, self)
            card.button.clicked.connect(
                lambda _checked=False, k=key: self.step_clicked.emit(k.value))
            layout.addWidget(card, 1)
            self.cards[key] = card

    def set_steps(self, steps: tuple[Step, ...], buttons: dict[StepKey, str]) -> None:
        """Show the steps' states with the given button texts."""
        upcoming = next_step(steps)
        for step in steps:
            self.cards[step.key].show_step(step, buttons[step.key], step.key is upcoming)
