"""The built-in metrics, one declaration module each; ``registry`` imports them in display order."""
