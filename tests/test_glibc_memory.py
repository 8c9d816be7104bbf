"""glibc tuning: the arena cap on Linux with glibc only, never over a value the user or
packager chose; giving freed memory back, a no-op elsewhere."""

from __future__ import annotations

import os
import sys

from desktop import glibc_memory


def test_a_value_chosen_in_the_environment_is_kept(monkeypatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "8")
    called = []
    monkeypatch.setattr("ctypes.CDLL", lambda *args: called.append(args))
    assert glibc_memory.limit_malloc_arenas() is False
    assert called == []


def test_other_systems_are_left_alone(monkeypatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert glibc_memory.limit_malloc_arenas() is False


def test_a_c_library_other_than_glibc_is_left_alone(monkeypatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")

    def no_such_name(name: str) -> str:
        raise ValueError(name)

    monkeypatch.setattr("os.confstr", no_such_name)
    assert glibc_memory.limit_malloc_arenas() is False


def test_glibc_takes_the_cap(monkeypatch) -> None:
    """The CI and the Linux bundle run on glibc: the cap is taken there, and only there."""
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    try:
        glibc = sys.platform.startswith("linux") and bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (ValueError, OSError):
        glibc = False
    assert glibc_memory.limit_malloc_arenas() is glibc


def test_freed_memory_is_given_back_only_to_glibc(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert glibc_memory.release_freed_memory() is False
