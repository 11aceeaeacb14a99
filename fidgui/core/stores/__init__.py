"""What fidgui remembers on disk: feature cache, history, reference library, on one SQLite base."""
