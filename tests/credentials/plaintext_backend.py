"""A keyring backend that keeps passwords in a file, base64-encoded, as keyrings.alt's
PlaintextKeyring does (measured on these machines): what the credentials module must
refuse, whichever way it is chosen. Defined here so that no test depends on keyrings.alt."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class PlaintextFileKeyring(KeyringBackend):
    priority = 0.5  # keyrings.alt's PlaintextKeyring priority

    @property
    def file_path(self) -> Path:
        return Path(os.environ.get("XDG_DATA_HOME", "/tmp")) / "plaintext-keyring.json"

    def _load(self) -> dict:
        return json.loads(self.file_path.read_text()) if self.file_path.exists() else {}

    def get_password(self, service, username):
        value = self._load().get(f"{service}/{username}")
        return base64.b64decode(value).decode() if value else None

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}/{username}"] = base64.b64encode(password.encode()).decode()
        self.file_path.parent.mkdir(parents=True, exist_ok=True)
        self.file_path.write_text(json.dumps(data))

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self.file_path.write_text(json.dumps(data))
