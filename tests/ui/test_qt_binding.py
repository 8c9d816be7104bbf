"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did)."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_nothing_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    # On 3.11 a leak of one reference per call would abort the app after ~5,000 calls.
    assert sys.getrefcount(None) >= before - 10
