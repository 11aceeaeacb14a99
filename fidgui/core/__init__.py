"""The engine: files to features to statistics to metrics. Imports no Qt (import-linter checks it)."""
