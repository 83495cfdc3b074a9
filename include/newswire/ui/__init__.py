"""The Newswire monitoring pages served inside the Airflow UI.

``queries`` reads the warehouse, ``charts`` draws SVG on the server, ``app``
is the FastAPI application (HTML pages and ``/api/...`` JSON), ``auth`` ties
it to Airflow's login. Only ``auth`` imports Airflow, so everything else is
testable without it; ``plugins/newswire_plugin.py`` mounts the app at
``/newswire`` in the Airflow API server.
"""
