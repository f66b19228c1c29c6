"""Shared by the chart unit tests: the dataset, once."""
from functools import cache

from ictsite.data import load_dataset


@cache
def dataset():
    return load_dataset()
