"""Small pieces both report panels share: where files go, and the "saved to" line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

FOLDER_KEY = "reports/folder"


def output_folder(settings: QSettings) -> Path:
    """The folder last written to, else Documents, else the home folder."""
    remembered = settings.value(FOLDER_KEY, "")
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(FOLDER_KEY, str(path.parent))


def with_suffix(chosen: str, allowed: tuple[str, ...], default: str) -> Path:
    """The chosen file name, with `default` added when it ends in none of `allowed`."""
    path = Path(chosen)
    return path if path.suffix.lower() in allowed else path.with_name(path.name + default)


def remove_files(*paths: Path) -> list[Path]:
    """Delete files written by work the user cancelled; returns those that would not go."""
    left = []
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            left.append(path)
    return left


class SavedFileNotice(QWidget):
    """An "Open folder" button beside "Saved to: <path>"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the folder that holds the file"))
        self.open_button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_file(self, path: Path) -> None:
        self.path = path
        self.label.setText(self.tr("Saved to: %1").replace("%1", str(path)))
        self.show()

    def clear(self) -> None:
        self.path = None
        self.hide()

    def open_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
