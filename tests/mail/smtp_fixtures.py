"""Fixtures (a pytest plugin, see tests/conftest.py): a real SMTP server on loopback, per test."""

from __future__ import annotations

import pytest

from tests.mail.smtp_server import SmtpTestServer


@pytest.fixture
def smtp_server_factory(tmp_path):
    servers: list[SmtpTestServer] = []

    def start(security: str = "none", auth: bool = True, **options) -> SmtpTestServer:
        folder = tmp_path / f"smtp-{len(servers)}"
        folder.mkdir()
        server = SmtpTestServer(folder, security, auth, **options)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def smtp_server(smtp_server_factory) -> SmtpTestServer:
    """Plain SMTP with AUTH on 127.0.0.1 (allowed: a loopback host)."""
    return smtp_server_factory("none")
