"""Tests of data/ and of ictsite.data: the validator, the claims ledger, the data package."""
