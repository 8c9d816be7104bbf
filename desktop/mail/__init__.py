"""Building and sending e-mails (no Qt, no database).

:mod:`desktop.mail.message` builds a MIME message with the standard ``email``
package (accents in headers RFC 2047-encoded, attachments named in UTF-8);
:mod:`desktop.mail.smtp` sends it over SSL/TLS or STARTTLS and turns every failure
into a :class:`~desktop.mail.errors.MailError` the user can act on;
:mod:`desktop.mail.templates` fills a subject and a body with named variables.
"""
