"""Benchmarks with same-run baselines: ``make bench`` (see README, "Performance")."""
