"""Small input widgets of the case wizard: choice rows, choice grids, check lists, notes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from tipdesk.models.vocab import Vocabulary
from tipdesk.ui.keyboard import first_shown, forward_focus, plain, tab_to_chosen

WARNING_STYLE = (
    "background: #fff4e5; color: #5f3700; border: 1px solid #f0b45a; border-radius: 4px;"
    " padding: 6px;"
)
INFO_STYLE = (
    "background: #e8f1fb; color: #0b3a66; border: 1px solid #9cc2ea; border-radius: 4px;"
    " padding: 6px;"
)


def label(vocabulary: Vocabulary, code: str | None) -> str:
    """The translated label of a vocabulary code (context "vocab")."""
    return QCoreApplication.translate("vocab", vocabulary.label(code or ""))


def options(vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """(code, translated label) of every term of a vocabulary."""
    return [(t.code, QCoreApplication.translate("vocab", t.label)) for t in vocabulary]


def note(text: str = "", style: str = INFO_STYLE) -> QLabel:
    """A word-wrapped notice box (INFO_STYLE, WARNING_STYLE or ERROR_STYLE)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setStyleSheet(style)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def text_box(accessible_name: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    """A plain-text box a few lines high; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit()
    box.setAccessibleName(plain(accessible_name))
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ChoiceRow(QWidget):
    """One exclusive choice shown as radio buttons in a row; `value()` is a code or None.

    It is one Tab stop (the arrow keys move between its buttons, Space chooses), and a
    caption's Alt+letter focuses the chosen button, or the first. Too narrow for its buttons
    side by side (a small screen, longer translated labels), it puts them one under another;
    `vertical=True` always does.
    """

    changed = Signal()

    def __init__(
        self,
        accessible_name: str,
        choices: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        vertical: bool = False,
    ) -> None:
        super().__init__(parent)
        accessible_name = plain(accessible_name)
        self.setAccessibleName(accessible_name)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.always_vertical = vertical
        self._box = QBoxLayout(
            QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight,
            self,
        )
        self._box.setContentsMargins(0, 0, 0, 0)
        for code, text in choices:
            button = QRadioButton(text)
            button.setAccessibleName(f"{accessible_name}: {text.replace('&', '')}")
            self.group.addButton(button)
            self.buttons[code] = button
            self._box.addWidget(button)
        self._box.addStretch(1)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        tab_to_chosen(self.group)
        forward_focus(self, self.focus_target)

    def _side_by_side_width(self) -> int:
        shown = [b for b in self.buttons.values() if not b.isHidden()]
        spacing = self._box.spacing() * max(len(shown) - 1, 0)
        return sum(b.sizeHint().width() for b in shown) + spacing

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as its widest button: the buttons go one under another to fit."""
        widest = max((b.sizeHint().width() for b in self.buttons.values()), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        stacked = self.always_vertical or self.width() < self._side_by_side_width()
        direction = (
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        if self._box.direction() != direction:
            self._box.setDirection(direction)

    def focus_target(self) -> QRadioButton | None:
        """The chosen button if shown, else the first shown one."""
        chosen = self.group.checkedButton()
        return chosen if chosen and not chosen.isHidden() else first_shown(self.buttons.values())

    def value(self) -> str | None:
        return next((code for code, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, code: str | None) -> None:
        if code in self.buttons:
            self.buttons[code].setChecked(True)
            return
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)


def yes_no(accessible_name: str, *, unsure: bool = False) -> ChoiceRow:
    """Yes / No (/ Not sure) as a ChoiceRow with codes "yes", "no", "unsure"."""
    translate = QCoreApplication.translate
    choices = [("yes", translate("CaseWizard", "Yes")), ("no", translate("CaseWizard", "No"))]
    if unsure:
        choices.append(("unsure", translate("CaseWizard", "Not sure")))
    return ChoiceRow(accessible_name, choices)


class ChoiceGrid(QWidget):
    """Rows of one exclusive choice each, with column headings: a compact grid of radios.

    The last column may be the "not set" choice (code None), which `value()` leaves out.
    """

    changed = Signal()

    def __init__(
        self,
        rows: Sequence[tuple[str, str]],
        columns: Sequence[tuple[str | None, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        for column, (_, heading) in enumerate(columns, start=1):
            title = QLabel(heading)
            title.setStyleSheet("font-weight: bold;")
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(title, 0, column)
        self._columns = [code for code, _ in columns]
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[tuple[str, str | None], QRadioButton] = {}
        for row, (row_code, row_text) in enumerate(rows, start=1):
            name = QLabel(row_text)
            grid.addWidget(name, row, 0)
            group = QButtonGroup(self)
            self._groups[row_code] = group
            for column, (code, heading) in enumerate(columns, start=1):
                button = QRadioButton()
                button.setAccessibleName(f"{row_text}: {' '.join(heading.split())}")
                button.setToolTip(" ".join(heading.split()))
                group.addButton(button)
                self._buttons[(row_code, code)] = button
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
            self._buttons[(row_code, self._columns[-1])].setChecked(True)
            group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
            tab_to_chosen(group)
        grid.setColumnStretch(0, 1)
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "CaseWizard", "One row each: Tab goes to the next row, the arrow keys choose."
            )
        )
        first = next(iter(self._groups.values()), None)
        forward_focus(self, lambda: first.checkedButton() if first else None)

    def button(self, row: str, column: str | None) -> QRadioButton:
        return self._buttons[(row, column)]

    def value(self) -> dict[str, str]:
        chosen = {}
        for row in self._groups:
            for code in self._columns:
                if code is not None and self._buttons[(row, code)].isChecked():
                    chosen[row] = code
        return chosen

    def set_value(self, values: dict[str, str]) -> None:
        for row in self._groups:
            code = values.get(row)
            self._buttons[(row, code if code in self._columns else self._columns[-1])].setChecked(
                True
            )


class CheckList(QWidget):
    """Check boxes for the terms of a vocabulary, in columns; `values()` are the codes ticked.

    Tab goes down the columns; a caption's Alt+letter focuses the first box. On a narrow
    window (a small or scaled screen, longer translated labels) the boxes take fewer columns
    rather than being cut off.
    """

    changed = Signal()

    def __init__(
        self, vocabulary: Vocabulary, columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self.max_columns = columns
        self.columns = 0  # as arranged now
        self.boxes: dict[str, QCheckBox] = {}
        for code, text in options(vocabulary):
            box = QCheckBox(text, self)
            box.toggled.connect(lambda *_: self.changed.emit())
            self.boxes[code] = box
        self._arrange(columns)
        forward_focus(self, lambda: first_shown(self.boxes.values()))

    def _column_width(self) -> int:
        widest = max((box.sizeHint().width() for box in self.boxes.values()), default=0)
        return widest + self._grid.horizontalSpacing()

    def _arrange(self, columns: int) -> None:
        """Put the boxes in `columns` columns, down each column (Tab follows the same order)."""
        columns = max(1, min(columns, self.max_columns, len(self.boxes)))
        if columns == self.columns:
            return
        self.columns = columns
        per_column = -(-len(self.boxes) // columns)
        for index, box in enumerate(self.boxes.values()):
            self._grid.removeWidget(box)
            self._grid.addWidget(box, index % per_column, index // per_column)
        for column in range(self.max_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """One column wide: the list may be narrower than all its columns side by side."""
        return QSize(self._column_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(self.width() // max(self._column_width(), 1))

    def values(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_values(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)


def vocab_combo(
    vocabulary: Vocabulary, accessible_name: str, empty: str | None = None
) -> QComboBox:
    """A combo box of a vocabulary (item data: the code); `empty` adds a first "none" item."""
    combo = shrinkable(QComboBox())
    combo.setAccessibleName(plain(accessible_name))
    if empty is not None:
        combo.addItem(empty, None)
    for code, text in options(vocabulary):
        combo.addItem(text, code)
    return combo


def shrinkable(combo: QComboBox) -> QComboBox:
    """A combo box that may be narrower than its longest choice (the popup shows it whole):
    long translated choices do not widen the page past a small screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def set_combo(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))
