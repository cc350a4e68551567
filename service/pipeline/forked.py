"""Map a function over items in forked processes that inherit this process's memory.

Large read-only inputs (a corpus of fact views, millions of candidate pairs) are put in ``shared`` before the
processes start, so they reach the workers by fork, copy-on-write, instead of by pickling; only the items (small:
slice bounds, component numbers) and the results cross process boundaries.
"""

from __future__ import annotations

import gc
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Callable, Iterator, Sequence

from . import costs

# What the forked workers read: set by ``sharing`` before they start, cleared after.
shared: dict = {}


@contextmanager
def sharing(**values) -> Iterator[None]:
    """Make ``values`` readable as ``shared[name]`` here and in the workers forked meanwhile."""
    shared.update(values)
    try:
        yield
    finally:
        for name in values:
            shared.pop(name, None)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """While processes forked from this one run: every object this process holds sits in the collector's permanent
    generation, so a collection in a child never writes to those objects' headers and their pages stay shared
    (copy-on-write) instead of being copied into every child (the use ``gc.freeze`` documents). Objects made
    meanwhile are collected as usual once the outermost block ends."""
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()


def forked_map(fn: Callable, items: Sequence, workers: int, stage: str) -> list:
    """``[fn(item) for item in items]``, spread over up to ``workers`` forked processes (``fn`` must be a
    module-level function). One worker, or fewer than two items, runs here, with no process at all.

    The CPU time the workers spend counts in this thread's cost totals: under ``stage``, and under the stages
    entered inside ``fn``."""
    items = list(items)
    if workers <= 1 or len(items) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [fn(item) for item in items]
    context = multiprocessing.get_context("fork")
    out = []
    with frozen_heap(), ProcessPoolExecutor(min(workers, len(items)), mp_context=context) as pool:
        for result, seconds in pool.map(_measured, [(fn, item, stage) for item in items]):
            costs.absorb(seconds)
            out.append(result)
    return out


def _measured(task: tuple) -> tuple:
    fn, item, stage = task
    costs.take()  # the totals inherited from the parent are the parent's
    with costs.stage(stage):
        result = fn(item)
    return result, costs.take()


def slices(total: int, parts: int) -> list[tuple[int, int]]:
    """``parts`` contiguous (start, stop) ranges of nearly equal size covering 0..total (empty ones dropped)."""
    bounds = [total * k // parts for k in range(parts + 1)]
    return [(lo, hi) for lo, hi in zip(bounds[:-1], bounds[1:]) if hi > lo]
