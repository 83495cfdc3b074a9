"""The Newswire pages use the Airflow UI's own login.

In Airflow 3 the API server issues a JWT at login; the UI keeps it in the
``_token`` cookie, API clients send it as ``Authorization: Bearer``. Airflow's
``get_user`` dependency (``airflow.api_fastapi.core_api.security``) validates
either one with the configured auth manager (signature, expiry, revocation),
and the auth manager then decides whether that user may see a plugin view
(``is_authorized_custom_view``). This module only calls those two, so any
auth manager (simple, FAB, Keycloak) works unchanged.
"""

from __future__ import annotations

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from newswire.ui.app import LoginRequired

RESOURCE_NAME = "Newswire"  # what the auth manager is asked about (a custom view)
_bearer = HTTPBearer(auto_error=False)


async def airflow_user(request: Request, bearer: HTTPAuthorizationCredentials | None = Depends(_bearer)):
    """FastAPI dependency: the logged-in Airflow user allowed to read Newswire.

    No or an expired credential: 401, an invalid one: 403 (Airflow's answers),
    both as ``LoginRequired`` so the HTML pages redirect to Airflow's login
    page instead; a valid user the auth manager refuses: a plain 403."""
    from airflow.api_fastapi.app import get_auth_manager
    from airflow.api_fastapi.core_api.security import get_user

    try:
        # get_user's second argument only exists to document the OAuth2 form in /docs.
        user = await get_user(request, None, bearer)
    except HTTPException as err:
        login = get_auth_manager().get_url_login(next_url=str(request.url))
        raise LoginRequired(err.status_code, err.detail, login_url=login) from err
    if not get_auth_manager().is_authorized_custom_view(method="GET", resource_name=RESOURCE_NAME, user=user):
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"{user.get_name()} may not read {RESOURCE_NAME}")
    return user
