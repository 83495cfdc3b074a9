"""The Newswire FastAPI app: HTML pages and the same data as JSON under ``/api``.

Mounted by ``plugins/newswire_plugin.py`` at ``/newswire`` in the Airflow API
server. Every route requires the ``authenticate`` dependency (Airflow's login,
``newswire.ui.auth.airflow_user``, unless a caller passes another); the pages
send an unauthenticated browser to the login page, the JSON endpoints answer
401/403.

Pages escape everything they show (Jinja2 autoescaping; the SVG charts escape
their own text) and forbid scripts outright with a Content-Security-Policy:
quotes and headlines are arbitrary text from the wire.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from newswire.ui import charts, queries

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self'; "
       "base-uri 'none'; form-action 'self'")
VOLUME_DAYS = 30
WEEK_DAYS = 7
_RAW_KEY = re.compile(r"^[0-9a-f]{64}$")


class LoginRequired(HTTPException):
    """Not (or no longer) authenticated: the API answers with ``status_code``,
    a page redirects to ``login_url``."""

    def __init__(self, status_code: int, detail: Any = None, login_url: str | None = None):
        super().__init__(status_code, detail)
        self.login_url = login_url


# -- formatting helpers used by the templates -------------------------------------
def fmt_time(value: datetime | None) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if value else "–"


def fmt_duration(seconds: float | None) -> str:
    """Publication-to-warehouse latency, readable at a glance: 45 s, 12 min, 5.2 h, 3 d."""
    if seconds is None:
        return "–"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.0f} d"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links leave the page (a wire URL could say ``javascript:``)."""
    if url and url.split(":", 1)[0].lower() in ("http", "https"):
        return url
    return None


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    env.filters.update(time=fmt_time, duration=fmt_duration, safe_url=safe_url, run_status=queries.run_status)
    return env


def _pages(total: int, per_page: int) -> int:
    return max(1, math.ceil(total / per_page))


def create_app(
    dsn: str | Callable[[], str | None] | None = None,
    lake_url: str | Callable[[], str | None] | None = None,
    authenticate: Callable | None = None,
) -> FastAPI:
    """``dsn``/``lake_url``: the warehouse and the lake, or callables resolving
    them per request (the plugin reads the ``newswire_warehouse`` connection);
    None means the package defaults. ``authenticate``: a FastAPI dependency
    that returns the user or raises (default: the Airflow login)."""
    if authenticate is None:
        from newswire.ui.auth import airflow_user as authenticate

    def warehouse() -> str | None:
        """Dependency: the warehouse DSN, resolved once per request (FastAPI caches it)."""
        return dsn() if callable(dsn) else dsn

    db_dep = Depends(warehouse)

    def lake():
        from newswire.lake import Lake

        return Lake(lake_url() if callable(lake_url) else lake_url)

    templates = _templates()
    app = FastAPI(title="Newswire monitoring", docs_url=None, redoc_url=None, openapi_url=None)
    user_dep = Depends(authenticate)

    @app.exception_handler(StarletteHTTPException)
    async def login_redirect(request: Request, exc: StarletteHTTPException):
        route = request.scope.get("route")
        is_page = route is not None and not getattr(route, "path", "").startswith("/api/")
        if isinstance(exc, LoginRequired) and exc.login_url and is_page:
            return RedirectResponse(exc.login_url, status_code=303)
        return await http_exception_handler(request, exc)

    def as_of_param(as_of: str | None = Query(None, description="window end: YYYY-MM-DD or ISO time"), db=db_dep):
        try:
            return queries.resolve_as_of(db, queries.parse_as_of(as_of))
        except ValueError as err:
            raise HTTPException(422, f"as_of: {err}") from err

    def render(request: Request, template: str, **context) -> HTMLResponse:
        html = templates.get_template(template).render(base=request.scope.get("root_path", ""), **context)
        return HTMLResponse(html, headers={"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"})

    # -- data (shared by the JSON endpoints and the pages) ---------------------
    def volumes_data(db: str | None, as_of: datetime, days: int = VOLUME_DAYS) -> dict:
        rows = queries.daily_volumes(db, as_of, days)
        return {"days": days, "series": rows,
                "totals": {k: sum(r[k] for r in rows) for k in ("stories", "quotes", "entities")}}

    def volume_charts(volumes: dict) -> list[Markup]:
        rows = volumes["series"]
        return [
            Markup(charts.bar_chart([(r["day"], r[key]) for r in rows], title, unit, css_class=f"bars-{key}"))
            for key, title, unit in (("stories", "Stories published per day", "stories"),
                                     ("quotes", "Quotes per day", "quotes"),
                                     ("entities", "Distinct entities mentioned per day", "entities"))
        ]

    # -- JSON ------------------------------------------------------------------------
    @app.get("/api/health", dependencies=[user_dep])
    def api_health(runs: int = Query(10, ge=1, le=100), db=db_dep):
        return {"sources": queries.source_health(db, runs_per_source=runs)}

    @app.get("/api/volumes", dependencies=[user_dep])
    def api_volumes(as_of=Depends(as_of_param), days: int = Query(VOLUME_DAYS, ge=1, le=366), db=db_dep):
        return {"as_of": as_of[0], "as_of_source": as_of[1], **volumes_data(db, as_of[0], days)}

    @app.get("/api/most-quoted", dependencies=[user_dep])
    def api_most_quoted(as_of=Depends(as_of_param), days: int = Query(WEEK_DAYS, ge=1, le=366),
                        limit: int = Query(10, ge=1, le=100), db=db_dep):
        top = queries.most_quoted(db, as_of[0], days, limit)
        return {"as_of": as_of[0], "as_of_source": as_of[1], "days": days, "people": top["PERSON"],
                "organizations": top["ORG"]}

    @app.get("/api/quotes", dependencies=[user_dep])
    def api_quotes(as_of=Depends(as_of_param), entity_id: int | None = None, page: int = Query(1, ge=1),
                   per_page: int = Query(20, ge=1, le=200), db=db_dep):
        return {"as_of": as_of[0], "as_of_source": as_of[1], "entity_id": entity_id,
                **queries.quotes(db, as_of[0], entity_id, page, per_page)}

    @app.get("/api/quarantine", dependencies=[user_dep])
    def api_quarantine(page: int = Query(1, ge=1), per_page: int = Query(50, ge=1, le=500),
                       source: str | None = None, stage: str | None = None, db=db_dep):
        return queries.quarantine(db, page, per_page, source or None, stage or None)

    # -- pages -------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, dependencies=[user_dep])
    def overview(request: Request, as_of=Depends(as_of_param), db=db_dep):
        volumes = volumes_data(db, as_of[0])
        return render(
            request, "overview.html", page="overview", as_of=as_of,
            health=queries.source_health(db, runs_per_source=1),
            volumes=volumes, charts=volume_charts(volumes),
            most_quoted=queries.most_quoted(db, as_of[0], WEEK_DAYS, 10), week_days=WEEK_DAYS,
            latest=queries.quotes(db, as_of[0], per_page=10),
            quarantine_summary=queries.quarantine_summary(db),
        )

    @app.get("/sources", response_class=HTMLResponse, dependencies=[user_dep])
    def sources(request: Request, source: str | None = None, db=db_dep):
        return render(request, "sources.html", page="sources", as_of=None, selected=source,
                      health=queries.source_health(db, runs_per_source=30))

    @app.get("/quotes", response_class=HTMLResponse, dependencies=[user_dep])
    def quotes_page(request: Request, as_of=Depends(as_of_param), entity_id: int | None = None,
                    page: int = Query(1, ge=1), db=db_dep):
        result = queries.quotes(db, as_of[0], entity_id, page, per_page=25)
        speaker = queries.entity(db, entity_id) if entity_id is not None else None
        return render(request, "quotes.html", page="quotes", as_of=as_of, result=result, speaker=speaker,
                      entity_id=entity_id, pages=_pages(result["total"], 25))

    @app.get("/quarantine", response_class=HTMLResponse, dependencies=[user_dep])
    def quarantine_page(request: Request, page: int = Query(1, ge=1), source: str | None = None,
                        stage: str | None = None, db=db_dep):
        result = queries.quarantine(db, page, 50, source or None, stage or None)
        return render(request, "quarantine.html", page="quarantine", as_of=None, result=result,
                      source=source or "", stage=stage or "", sources=queries.quarantine_sources(db),
                      stages=queries.QUARANTINE_STAGES, pages=_pages(result["total"], 50))

    @app.get("/raw/{raw_key}", dependencies=[user_dep])
    def raw_payload(raw_key: str):
        """A quarantined item's raw payload, as plain text (never rendered as HTML)."""
        if not _RAW_KEY.match(raw_key):
            raise HTTPException(404, "not a raw payload key")
        try:
            payload = lake().get_raw(raw_key)
        except FileNotFoundError as err:
            raise HTTPException(404, "no such payload in the raw zone") from err
        return Response(payload, media_type="text/plain; charset=utf-8",
                        headers={"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox"})

    @app.get("/static/newswire.css")
    def stylesheet():
        return Response((HERE / "static" / "newswire.css").read_bytes(), media_type="text/css",
                        headers={"Cache-Control": "max-age=300"})

    return app
