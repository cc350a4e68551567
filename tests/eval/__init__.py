"""The labelled evaluation sets and their scoring script (``evaluate.py``, also run by ``make eval``)."""

import importlib.util
import sys
from pathlib import Path

EVALUATE = Path(__file__).resolve().parent / "evaluate.py"


def load_evaluate():
    """``evaluate.py`` as a module (it is a script, not a package module), loaded once per process."""
    name = "claimdex_evaluation"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, EVALUATE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module
