"""The baseline of the bundle measurements: a bare PySide6 window, bundled the same way as
the app (packaging/baseline/baseline.spec) by packaging/compare_bundles.py.

Quits as soon as the window is shown when FREELANCE_DESK_QUIT_WHEN_SHOWN is set, like
the app, so that both start-up times end at the same point.
"""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.show()
if os.environ.get("FREELANCE_DESK_QUIT_WHEN_SHOWN"):
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
