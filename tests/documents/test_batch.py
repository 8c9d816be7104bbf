"""Building on a process pool: every job built once, in chunks too, and Cancel stops."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.documents.batch import build_many, chunk_size
from desktop.documents.layout import Built


def touch(job: tuple[int, Path]) -> Built:
    """A stand-in builder (module level: the workers unpickle it): writes its number."""
    number, target = job
    target.write_text(f"{number} {os.getpid()}")
    return Built(target, 1, [], None)


def test_chunk_size_keeps_every_worker_busy():
    assert chunk_size(1000, 2) == 8
    assert chunk_size(40, 2) == 2  # at least 8 tasks a worker
    assert chunk_size(10, 2) == 1
    assert chunk_size(0, 4) == 1


def test_every_job_is_built_once_whatever_the_chunk(tmp_path):
    for chunk in (None, 1, 3, 8):
        folder = tmp_path / f"chunk-{chunk}"
        folder.mkdir()
        jobs = [(n, folder / f"{n}.txt") for n in range(45)]
        built = [b.path for b in build_many(jobs, workers=2, builder=touch, chunk=chunk)]
        assert sorted(built) == sorted(target for _n, target in jobs)
        assert all((folder / f"{n}.txt").read_text().startswith(f"{n} ") for n in range(45))


def test_cancel_stops_before_the_remaining_chunks(tmp_path):
    jobs = ((n, tmp_path / f"{n}.txt") for n in range(400))  # a generator, as the batch's
    seen: list[Path] = []
    for built in build_many(jobs, 2, lambda: len(seen) >= 1, builder=touch, chunk=4):
        seen.append(built.path)
    # at most the window in flight when Cancel came: 2 workers x 2 chunks of 4 jobs
    assert 1 <= len(seen) <= 16
    assert len(list(tmp_path.iterdir())) <= 16


WARMED: list[int] = []  # pids of the processes warm_up ran in


def warm_up() -> None:
    WARMED.append(os.getpid())


def report_warmth(job: tuple[int, Path]) -> Built:
    """Writes whether this worker inherited the parent's warm-up."""
    number, target = job
    target.write_text(f"{number} {os.getpid()} {[os.getppid()] == WARMED}")
    return Built(target, 1, [], None)


def test_forked_workers_inherit_the_warm_up_done_once_in_this_process(tmp_path):
    import multiprocessing

    WARMED.clear()
    jobs = [(n, tmp_path / f"{n}.txt") for n in range(12)]
    list(build_many(jobs, workers=2, builder=report_warmth, warm_up=warm_up))
    texts = [(tmp_path / f"{n}.txt").read_text() for n in range(12)]
    if multiprocessing.get_context().get_start_method() == "fork":
        assert [os.getpid()] == WARMED  # once, here
        assert all(text.endswith(" True") for text in texts)
    else:  # spawned workers would not inherit it: not done at all
        assert WARMED == []
    WARMED.clear()
