"""The desktop window: presents the core's work and delegates every computation to it."""
