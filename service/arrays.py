"""Array helpers shared by the pipeline and the index (numpy only, no framework, no index)."""

import numpy as np


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of integers by sorting: numpy 2's hash-table ``np.unique`` is 3-40 times slower on int64
    arrays of thousands to millions of items."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values
