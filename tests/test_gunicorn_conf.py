"""The gunicorn hooks freeze what the master and each worker load into the collector's permanent generation."""

from __future__ import annotations

import gc
import importlib


def _conf(monkeypatch, tmp_path):
    # importing the settings chooses a metrics directory: this test's own
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    return importlib.import_module("service.gunicorn_conf")


def test_the_master_freezes_before_each_fork_and_each_worker_once_its_app_is_loaded(monkeypatch, tmp_path):
    conf = _conf(monkeypatch, tmp_path)
    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append("freeze"))
    conf.pre_fork(server=object(), worker=object())
    assert frozen == ["freeze"]
    conf.post_worker_init(worker=object())
    assert frozen == ["freeze", "freeze"]


def test_frozen_objects_leave_the_collected_generations(monkeypatch, tmp_path):
    """What the hooks call really moves objects to the permanent generation (and back, for the rest of the run)."""
    conf = _conf(monkeypatch, tmp_path)
    loaded = [[i] for i in range(1_000)]  # container objects, tracked by the collector
    try:
        conf.post_worker_init(worker=object())
        assert gc.get_freeze_count() >= len(loaded)
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0
