"""gunicorn settings: ``gunicorn -c python:service.gunicorn_conf service.wsgi:app``.

HOST, PORT and WEB_CONCURRENCY (gunicorn's own) choose the bind address and worker count.
"""

import gc
import logging
import os
import shutil
import tempfile
from pathlib import Path

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = 60
graceful_timeout = 20
# The app writes its own JSON access log (CLAIMDEX_ACCESS_LOG); gunicorn's text one stays off.
accesslog = None
# The index is opened lazily in each worker after the fork, never shared from the master.
preload_app = False
# Every query parameter has a length limit in the API schemas, but percent-encoded non-ASCII text can still make a
# valid request line longer than gunicorn's 4 KiB default, which gunicorn would refuse with an HTML 414.
limit_request_line = 0

# Prometheus multiprocess mode: every worker writes its samples under this directory, which must be set before a
# worker imports prometheus_client. An operator may choose it; otherwise it is private to this master process.
METRICS_DIR_OWNED = "PROMETHEUS_MULTIPROC_DIR" not in os.environ
if METRICS_DIR_OWNED:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(Path(tempfile.gettempdir()) / f"claimdex-metrics-{os.getpid()}")


def clean_metrics_dir(path: Path) -> None:
    """Samples of a previous run must not be added to this one's."""
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):
        stale.unlink()


def child_exit(server, worker):
    """A dead worker's live gauges stop counting; its counters and histograms stay summed."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


# Objects that live as long as the process (the master's entity recogniser, a worker's app) are frozen into
# the garbage collector's permanent generation: collections no longer walk them, so they cost no time in a
# worker's full collections, and no page that a worker shares with the master is copied just to count them.
def pre_fork(server, worker):
    """In the master, before each worker is forked: freeze what the master has loaded."""
    gc.freeze()


def post_worker_init(worker):
    """In a worker, once its app is loaded: freeze that too."""
    gc.freeze()


def on_exit(server):
    if METRICS_DIR_OWNED:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)


def on_starting(server):
    """Reset the metrics directory, then bring the index in line with the corpus once, before workers start."""
    clean_metrics_dir(Path(os.environ["PROMETHEUS_MULTIPROC_DIR"]))
    from service.catalog import Catalog
    from service.config import Settings

    _load_recogniser(server)

    settings = Settings.from_env()
    if not settings.reconcile_on_start:
        return
    try:
        result = Catalog(settings).ensure()
        server.log.info("index %s: %s", result["action"],
                        {k: (len(v) if isinstance(v, list) else v) for k, v in result.items() if k != "action"})
    except Exception as error:  # the workers still start and answer /ready with 503
        logging.getLogger(__name__).exception("could not prepare the index: %s", error)


def _load_recogniser(server):
    """Load the statistical entity recogniser once in the master, before the listening socket opens, so that
    forked workers (and build processes) share it and no request pays for loading it."""
    from service.pipeline import recogniser

    if recogniser.available():
        server.log.info("entity recogniser %s loaded", recogniser.MODEL_PACKAGE)
