"""The installer build, apart from the application: the plan, running it (``build``), proving it (``smoke``).

Run it with ``python -m installer`` (or ``python build_installer.py``); see ``installer/__main__.py``.
"""
