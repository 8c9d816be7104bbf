"""The look: Fusion everywhere (same on Windows, macOS, Linux) and a light stylesheet."""

STYLESHEET = """
QListWidget#sidebar {
    background: #1f2a37; color: #e5e7eb; border: none; padding-top: 10px;
    font-size: 14px; outline: 0;
}
QListWidget#sidebar::item { padding: 9px 12px; border-radius: 6px; margin: 1px 8px; }
QListWidget#sidebar::item:selected { background: #2f6fde; color: white; }
QListWidget#sidebar::item:hover:!selected { background: #2b3947; }
QLabel#pageTitle { font-size: 20px; font-weight: 600; color: #111827; margin-right: 8px; }
QLabel#countLabel { color: #6b7280; }
QLabel#emptyState { color: #4b5563; font-size: 15px; padding: 40px; }
QLabel#hint { color: #6b7280; }
QLabel#errorBanner {
    background: #fef3f2; color: #b42318; border: 1px solid #fecdca; border-radius: 6px;
    padding: 8px;
}
QLineEdit[invalid="true"], QSpinBox[invalid="true"], QComboBox[invalid="true"],
QPlainTextEdit[invalid="true"], QWidget[invalid="true"] {
    border: 1px solid #d92d20; background: #fffbfa;
}
QFrame#card {
    background: white; border: 1px solid #e5e7eb; border-radius: 10px; min-height: 96px;
}
QFrame#card:hover { border-color: #2f6fde; }
QFrame#card[alert="true"] QLabel#cardValue { color: #b42318; }
QLabel#cardValue { font-size: 26px; font-weight: 600; color: #111827; }
QLabel#cardCaption { color: #374151; font-size: 13px; }
QLabel#cardDetail { color: #6b7280; }
QLabel#welcomeTitle { font-size: 26px; font-weight: 600; color: #111827; }
QLabel#welcomeText { font-size: 15px; color: #374151; }
QTextBrowser#detail { background: white; border: 1px solid #e5e7eb; padding: 8px; }
QTableView { gridline-color: #eef0f3; selection-background-color: #dbe7fb;
             selection-color: #111827; }
QHeaderView::section { padding: 4px 6px; font-weight: 600; }
QToolButton#addFilter, QToolButton#groupBy, QToolButton#savedViews { padding-right: 20px; }
QToolButton#addFilter::menu-indicator, QToolButton#groupBy::menu-indicator,
QToolButton#savedViews::menu-indicator {
    subcontrol-origin: padding; subcontrol-position: center right; right: 3px;
}
"""
