"""Background work for the window: QThread jobs that call the core and report through signals."""
