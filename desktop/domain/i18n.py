"""Marking user-visible text outside the Qt layer.

The domain and service layers must not import Qt, yet their messages reach the
user. They mark each English text with ``QT_TRANSLATE_NOOP(context, text)``:
``pyside6-lupdate`` extracts these calls by name, and the UI translates the
text at display time with ``QCoreApplication.translate(context, text)``.
The function must keep exactly this name for the extractor to find it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; the call marks it for translation."""
    del context
    return text
