"""The build's cost report: CPU seconds per stage, nested stages counted apart."""

import time

from service.pipeline import costs


def _spin(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_nested_stages_are_counted_apart_and_add_up():
    costs.take()
    started = time.process_time()
    with costs.stage("outer"):
        _spin(0.03)
        with costs.stage("inner"):
            _spin(0.05)
    spent = time.process_time() - started
    totals = costs.take()
    assert set(totals) == {"outer", "inner"}
    assert totals["inner"] >= 0.05
    assert 0.03 <= totals["outer"] < 0.05  # the inner stage is not counted twice
    assert abs(sum(totals.values()) - spent) < 0.01


def test_take_restarts_from_zero_and_a_failing_stage_still_counts():
    costs.take()
    try:
        with costs.stage("failing"):
            _spin(0.01)
            raise ValueError("boom")
    except ValueError:
        pass
    assert costs.take()["failing"] >= 0.01
    assert costs.take() == {}


def test_add_sums_per_stage():
    assert costs.add({"a": 1.0}, {"a": 0.5, "b": 2.0}) == {"a": 1.5, "b": 2.0}
