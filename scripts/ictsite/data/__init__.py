"""The article's data: load, validate, and look things up.

Every later stage imports `load_dataset` from here; nothing else reads data/ directly.
"""
from .load import Dataset, load_dataset

__all__ = ["Dataset", "load_dataset"]
