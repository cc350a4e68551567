"""CPU time spent in each stage of the pipeline, for the build's cost report.

``with stage("cleaning"): ...`` adds the CPU time of the block (``time.process_time``, so time spent waiting for a
busy machine's cores is not counted) to the stage's total in this thread. Stages nest: a stage's total excludes the
stages run inside it, so the totals add up to the time measured. ``take()`` returns the totals and starts again
from zero; build workers send theirs with every batch, and the build adds them up.

The cost of measuring is two clock reads per stage entered (stages are entered per article or per batch).
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Iterator

_local = threading.local()


def _state() -> tuple[dict[str, float], list[float]]:
    if not hasattr(_local, "totals"):
        _local.totals, _local.children = {}, []
    return _local.totals, _local.children


@contextmanager
def stage(name: str) -> Iterator[None]:
    totals, children = _state()
    start = time.process_time()
    children.append(0.0)
    try:
        yield
    finally:
        elapsed = time.process_time() - start
        inner = children.pop()
        totals[name] = totals.get(name, 0.0) + elapsed - inner
        if children:
            children[-1] += elapsed


def take() -> dict[str, float]:
    """This thread's totals since the last ``take()``, in seconds; the totals restart from zero."""
    totals, _ = _state()
    out = dict(totals)
    totals.clear()
    return out


def add(into: dict[str, float], more: dict[str, float]) -> dict[str, float]:
    for name, seconds in more.items():
        into[name] = into.get(name, 0.0) + seconds
    return into


def absorb(seconds: dict[str, float]) -> None:
    """Add CPU seconds spent elsewhere on this thread's behalf (in a forked worker) to this thread's totals."""
    add(_state()[0], seconds)
