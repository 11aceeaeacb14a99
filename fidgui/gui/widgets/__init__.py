"""Reusable pieces of the window: drop zones, charts, the result view, the settings panel."""
