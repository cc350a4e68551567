"""Meaning by embedding: WordLlama's 256-dimensional static token embeddings (MIT licence).

The weights and the tokenizer ship inside the ``wordllama`` wheel, and are loaded from there with downloads
disabled, so nothing is fetched from the network, ever. Vectors are unit length; their dot product is the cosine
similarity. They are stored as float16 (512 bytes per text).

Similarity only proposes candidates and links wordings ("soldiers" and "troops"); polarity and figures still decide
whether a fact supports or contradicts a claim.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from .costs import stage

DIMENSIONS = 256
MODEL_CONFIG = "l2_supercat"
VECTOR_BYTES = DIMENSIONS * 2  # float16

_lock = threading.Lock()
_model = None


def _package_dir() -> Path:
    import wordllama

    return Path(wordllama.__file__).resolve().parent


def load_model():
    """The WordLlama model, loaded once per process from the package's own files."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                from wordllama import WordLlama

                # The package keeps its tokenizer in <package>/tokenizers/, which WordLlama looks for under the
                # cache directory: pointing the cache at the package finds both files without a download.
                _model = WordLlama.load(config=MODEL_CONFIG, dim=DIMENSIONS, cache_dir=_package_dir(),
                                        disable_download=True)
    return _model


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors (float32, one row per text); an empty text gives a zero row."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    model = load_model()
    with stage("embeddings"):
        vectors = np.asarray(model.embed(list(texts), norm=True), dtype=np.float32)
    vectors[~np.isfinite(vectors).all(axis=1)] = 0.0
    return vectors


def pack(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def unpack(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=np.float16).astype(np.float32)


def similarity(a: str, b: str) -> float:
    va, vb = embed([a, b])
    return float(va @ vb)


@lru_cache(maxsize=65536)
def word_similarity(a: str, b: str) -> float:
    """Cosine similarity of two single words (cached: counted nouns repeat)."""
    if a == b:
        return 1.0
    return similarity(a, b)
