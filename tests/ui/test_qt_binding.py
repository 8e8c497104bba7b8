"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 loses a reference to None on every
call of a C++ method that returns nothing, so any real session ends in "Fatal Python error:
none_dealloc" (pyproject pins PySide6-Essentials below 6.12 for it). This test names the
problem plainly instead of an abort at interpreter exit."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qapp):
    label = QLabel()
    label.setText("warm up")
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        label.setVisible(False)
    lost = before - sys.getrefcount(None)
    assert lost < 50, (
        f"PySide6 dropped {lost} references to None in 400 calls: this binding crashes "
        "TIPDesk. Install a PySide6-Essentials version that pyproject.toml allows."
    )
