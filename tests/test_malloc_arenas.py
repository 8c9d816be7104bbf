"""The arena cap: set on Linux with glibc, never over a value the user or packager chose."""

from __future__ import annotations

import os
import sys

from desktop import malloc_arenas


def test_a_value_chosen_in_the_environment_is_kept(monkeypatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "8")
    called = []
    monkeypatch.setattr("ctypes.CDLL", lambda *args: called.append(args))
    assert malloc_arenas.limit_malloc_arenas() is False
    assert called == []


def test_other_systems_are_left_alone(monkeypatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert malloc_arenas.limit_malloc_arenas() is False


def test_a_c_library_other_than_glibc_is_left_alone(monkeypatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")

    def no_such_name(name: str) -> str:
        raise ValueError(name)

    monkeypatch.setattr("os.confstr", no_such_name)
    assert malloc_arenas.limit_malloc_arenas() is False


def test_glibc_takes_the_cap(monkeypatch) -> None:
    """The CI and the Linux bundle run on glibc: the cap is taken there, and only there."""
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    try:
        glibc = sys.platform.startswith("linux") and bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (ValueError, OSError):
        glibc = False
    assert malloc_arenas.limit_malloc_arenas() is glibc
