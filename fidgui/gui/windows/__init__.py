"""Top-level windows and dialogs, each presenting one task and delegating the work."""
