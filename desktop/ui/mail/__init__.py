"""E-mail in the window: the send dialog with its preview, the outbox, the password prompt.

The Settings > E-mail page lives in :mod:`desktop.ui.settings.email`. Any view sends a
registered kind of e-mail with one call: ``send_dialog.send_by_email(parent, profile,
kind, record_id)``.
"""
