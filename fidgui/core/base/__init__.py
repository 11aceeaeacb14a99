"""The base every layer stands on: errors as codes, shared types, atomic writes, per-user folders."""
