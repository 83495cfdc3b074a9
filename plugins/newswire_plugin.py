"""The Newswire plugin: monitoring pages inside the Airflow UI.

``fastapi_apps`` mounts the FastAPI app of ``newswire.ui.app`` in the Airflow
API server at ``/newswire`` (HTML pages, JSON under ``/newswire/api/``);
``external_views`` adds a "Newswire" entry to the UI's navigation that shows
those pages inside the UI (``url_route``: an iframe at ``/plugin/newswire``).
The pages use the UI's login (``newswire.ui.auth``) and read the warehouse
named by the ``newswire_warehouse`` connection.
"""

from __future__ import annotations

import os

from airflow.plugins_manager import AirflowPlugin

from newswire.ui.app import create_app

URL_PREFIX = "/newswire"


def _warehouse_dsn() -> str:
    # Resolved per request, so a connection edited in the UI applies at once.
    from newswire.dagkit import warehouse_dsn

    return warehouse_dsn()


def _lake_url() -> str | None:
    return os.environ.get("NEWSWIRE_LAKE_URL")


class NewswirePlugin(AirflowPlugin):
    name = "newswire"
    fastapi_apps = [
        {"app": create_app(dsn=_warehouse_dsn, lake_url=_lake_url), "url_prefix": URL_PREFIX, "name": "Newswire"},
    ]
    external_views = [
        {
            "name": "Newswire",
            "href": f"{URL_PREFIX}/",
            "url_route": "newswire",
            "destination": "nav",
            "nav_top_level": True,
        },
    ]
