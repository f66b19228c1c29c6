"""The article's data: load, validate, and look things up.

Every later stage imports `load_dataset` from here; nothing else reads data/ directly.
`load_dataset` validates first and raises `DataError` (its `.problems` list every
problem, one line each) rather than hand anyone half-checked numbers.
"""
from .errors import DataError, Problem
from .load import Dataset, load_dataset

__all__ = ["DataError", "Dataset", "Problem", "load_dataset"]
