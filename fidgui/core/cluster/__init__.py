"""Feature extraction spread over a Dask cluster, merged exactly: the engine side of ``--cluster``.

Dask is an optional install (``fidgui[cluster]``): only :mod:`connection` and the worker-side modules
import it, and only once a run asks for a cluster, so fidgui without it behaves as before.
"""
