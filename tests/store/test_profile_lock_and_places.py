"""One window per profile, commands beside each other; risky places for a live database."""

from pathlib import Path

from desktop.store import location_checks
from desktop.store.location_checks import cloud_service, location_warning
from desktop.store.profile_lock import ProfileLock


def test_the_window_excludes_commands_and_commands_share(tmp_path):
    window, command, other = (ProfileLock(tmp_path) for _ in range(3))
    assert window.acquire(exclusive=True, role="window")
    assert not command.acquire(exclusive=False, role="import")
    holder = command.holder()
    assert holder.role == "window" and holder.pid > 0
    window.release()
    assert command.acquire(exclusive=False, role="import")
    assert other.acquire(exclusive=False, role="demo")  # two commands together
    assert not window.acquire(exclusive=True, role="window")  # but no window beside them
    command.release()
    other.release()
    assert window.acquire(exclusive=True, role="window")
    window.release()


def test_cloud_folders_are_recognised(monkeypatch):
    monkeypatch.delenv("OneDrive", raising=False)
    assert cloud_service(Path("/home/ana/Dropbox/FreelanceDesk")) == "Dropbox"
    assert cloud_service(Path("C:/Users/ana/OneDrive - Agence/fd")) == "OneDrive"
    assert (
        cloud_service(Path("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/fd"))
        == "iCloud Drive"
    )
    assert cloud_service(Path("/Users/ana/Library/CloudStorage/GoogleDrive-ana@x.fr/My Drive"))
    assert cloud_service(Path("/home/ana/.local/share/FreelanceDesk")) is None
    monkeypatch.setenv("OneDrive", "/mnt/c/Users/ana/Documents partagés")
    assert cloud_service(Path("/mnt/c/Users/ana/Documents partagés/fd")) == "OneDrive"


def test_network_shares_are_recognised(monkeypatch, tmp_path):
    monkeypatch.setattr(location_checks.sys, "platform", "linux")
    monkeypatch.setattr(
        location_checks,
        "_mount_table",
        lambda: [(str(tmp_path / "share"), "cifs"), ("/", "ext4")],
    )
    (tmp_path / "share" / "fd").mkdir(parents=True)
    warning = location_warning(tmp_path / "share" / "fd")
    assert warning is not None and "network share (cifs)" in str(warning)
    assert location_warning(tmp_path) is None
