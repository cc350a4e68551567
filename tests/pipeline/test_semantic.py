"""The embedding model loads from the installed package alone and places paraphrases close together."""

import socket

import numpy as np
import pytest

from service.pipeline import semantic


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(semantic, "_model", None)


def test_the_model_loads_offline_from_the_package_files(no_network):
    vectors = semantic.embed(["North Korea sent 11,000 troops", "Pyongyang deployed eleven thousand soldiers"])
    assert vectors.shape == (2, semantic.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


def test_paraphrases_are_closer_than_unrelated_sentences():
    claim = "Casualties are averaging about 1,200 per day"
    close = semantic.similarity(claim, "Russian casualties average 1,200 a day")
    far = semantic.similarity(claim, "The wildfire burned 1,200 hectares of forest")
    assert close > far + 0.2


def test_vectors_pack_to_half_precision():
    (vector,) = semantic.embed(["ATACMS can strike targets 300 km away"])
    packed = semantic.pack(vector)
    assert len(packed) == semantic.VECTOR_BYTES
    assert np.allclose(semantic.unpack(packed), vector, atol=1e-3)
    assert semantic.embed([]).shape == (0, semantic.DIMENSIONS)


def test_counted_nouns_of_one_kind_are_similar():
    assert semantic.word_similarity("troops", "soldiers") > semantic.word_similarity("troops", "residents")
