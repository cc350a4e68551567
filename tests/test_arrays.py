import numpy as np
import pytest

from service.arrays import sorted_unique, unique_inverse


@pytest.mark.parametrize("size", [0, 1, 7, 5_000])
def test_sorted_unique_equals_numpy_unique(size):
    values = np.random.default_rng(size).integers(0, max(size // 3, 1), size=size, dtype=np.int64)
    got = sorted_unique(values)
    assert got.dtype == values.dtype
    np.testing.assert_array_equal(got, np.unique(values))


def test_sorted_unique_leaves_its_input_alone():
    values = np.array([3, 1, 3, 2], dtype=np.int64)
    sorted_unique(values)
    assert values.tolist() == [3, 1, 3, 2]


@pytest.mark.parametrize("size", [0, 1, 7, 5_000])
@pytest.mark.parametrize("dtype", [np.int32, np.int64])
def test_unique_inverse_equals_numpy_unique(size, dtype):
    values = np.random.default_rng(size).integers(0, max(size // 3, 1), size=size).astype(dtype)
    unique, inverse = unique_inverse(values)
    expected, expected_inverse = np.unique(values, return_inverse=True)
    assert unique.dtype == values.dtype
    np.testing.assert_array_equal(unique, expected)
    np.testing.assert_array_equal(inverse, expected_inverse)
