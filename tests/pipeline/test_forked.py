"""Forked maps: results in item order, the workers' CPU time counted in the caller's cost totals."""

from __future__ import annotations

import os

from service.pipeline import costs
from service.pipeline.forked import forked_map, shared, sharing, slices


def _pid_and_square(k: int) -> tuple[int, int]:
    with costs.stage("inner"):
        return os.getpid(), shared["base"][k] ** 2


def test_results_come_in_item_order_from_other_processes():
    with sharing(base=list(range(10))):
        results = forked_map(_pid_and_square, range(10), 2, "work")
    assert [square for _pid, square in results] == [k * k for k in range(10)]
    assert {pid for pid, _square in results} - {os.getpid()}  # the work ran in forked processes
    assert "base" not in shared


def test_one_worker_runs_in_this_process():
    with sharing(base=[3]):
        assert forked_map(_pid_and_square, [0], 4, "work") == [(os.getpid(), 9)]
        assert forked_map(_pid_and_square, [0, 0], 1, "work") == [(os.getpid(), 9)] * 2


def test_the_workers_cpu_time_counts_here():
    costs.take()
    with sharing(base=list(range(4))):
        forked_map(_pid_and_square, range(4), 2, "work")
    totals = costs.take()
    assert set(totals) >= {"work", "inner"}
    assert all(seconds >= 0 for seconds in totals.values())


def test_slices_cover_the_range_without_gaps():
    assert slices(10, 3) == [(0, 3), (3, 6), (6, 10)]
    assert slices(1, 4) == [(0, 1)]
    assert slices(0, 2) == []


def _frozen_objects(_item) -> int:
    import gc

    return gc.get_freeze_count()


def test_the_workers_never_collect_the_objects_they_inherit():
    import gc

    before = gc.get_freeze_count()
    inherited = forked_map(_frozen_objects, [1, 2], 2, "test")
    assert min(inherited) > 1000  # this process's objects, out of every collection in the children
    assert gc.get_freeze_count() == before  # and collected here again as usual afterwards
