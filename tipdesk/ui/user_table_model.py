"""The accounts of the office as a table: user, name, role, state, password change, last sign-in."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from tipdesk.services.users import UserSummary
from tipdesk.ui.home_page import role_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time_text(at: datetime | None) -> str:
    """A stored (naive UTC) time as local time, minutes precision; empty for None."""
    if at is None:
        return ""
    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class UserTableModel(QAbstractTableModel):
    """A small, fully loaded list of `UserSummary` rows (an office has tens of accounts)."""

    USER, NAME, ROLE, STATE, MUST_CHANGE, LAST_SIGN_IN = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserSummary] = []

    def set_users(self, users: list[UserSummary]) -> None:
        """Replace every row (after any change, the tab reloads the list from the service)."""
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserSummary:
        return self._users[row]

    def row_of(self, username: str) -> int | None:
        for row, user in enumerate(self._users):
            if user.username == username:
                return row
        return None

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Account"),
            self.tr("Must change password"),
            self.tr("Last sign-in"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(user, column)
        if role == SORT_ROLE:
            return self._sort_key(user, column)
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LAST_SIGN_IN:
            return None if user.last_sign_in_at else self.tr("This account has never signed in.")
        return None

    def _display(self, user: UserSummary, column: int) -> str:
        if column == self.USER:
            return user.username
        if column == self.NAME:
            return user.display_name
        if column == self.ROLE:
            return role_label(user.role)
        if column == self.STATE:
            return self.tr("Active") if user.active else self.tr("Disabled")
        if column == self.MUST_CHANGE:
            return self.tr("Yes") if user.must_change_password else self.tr("No")
        if column == self.LAST_SIGN_IN:
            return local_time_text(user.last_sign_in_at) or self.tr("Never")
        return ""

    def _sort_key(self, user: UserSummary, column: int) -> object:
        if column == self.LAST_SIGN_IN:
            return user.last_sign_in_at.isoformat() if user.last_sign_in_at else ""
        return self._display(user, column).casefold()
