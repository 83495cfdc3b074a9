"""How discovery splits an interval's stories into batches (the mapped tasks)."""

from __future__ import annotations

import pytest

from newswire.pipeline import MIN_BATCH, batch_bounds


def sizes(n: int, batch_size: int, parallel: int) -> list[int]:
    bounds = batch_bounds(n, batch_size, parallel)
    if not bounds:
        assert n == 0
        return []
    # Contiguous, in order, every item exactly once.
    assert [b[0] for b in bounds] == [0] + [b[1] for b in bounds[:-1]]
    assert bounds[-1][1] == n
    return [end - start for start, end in bounds]


def test_large_runs_use_batches_of_the_configured_size():
    assert sizes(1000, 250, 2) == [250] * 4
    assert sizes(2000, 250, 2) == [250] * 8
    assert sizes(1010, 250, 2) == [202] * 5  # never above the size; evened out


def test_a_small_run_is_still_split_over_every_slot():
    assert sizes(250, 250, 2) == [125, 125]
    assert sizes(300, 250, 4) == [75] * 4
    assert sizes(500, 250, 2) == [250, 250]


def test_tiny_runs_stay_whole():
    assert sizes(0, 250, 2) == []
    assert sizes(1, 250, 2) == [1]
    assert sizes(2 * MIN_BATCH - 1, 250, 4) == [2 * MIN_BATCH - 1]
    assert sizes(3 * MIN_BATCH, 250, 4) == [MIN_BATCH] * 3  # as many slots as batches of MIN_BATCH allow


@pytest.mark.parametrize("n", [1, 7, 49, 50, 99, 250, 251, 999, 1000, 4321])
@pytest.mark.parametrize("batch_size,parallel", [(250, 2), (100, 8), (500, 1), (10, 2)])
def test_batches_are_bounded_even_and_stable(n, batch_size, parallel):
    got = sizes(n, batch_size, parallel)
    assert max(got) <= batch_size and max(got) - min(got) <= 1
    assert batch_bounds(n, batch_size, parallel) == batch_bounds(n, batch_size, parallel)
