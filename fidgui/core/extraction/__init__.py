"""Preprocessed batches to features: the prefetching pipeline and the per-image feature buffer."""
