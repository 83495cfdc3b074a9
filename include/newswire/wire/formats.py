"""Small text helpers shared by the wire server's renderers: escaping and dates."""

from __future__ import annotations

import email.utils
import html
import json
from datetime import datetime, timezone

_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def esc(text: str) -> str:
    """Escape text content for HTML or XML (``&``, ``<``, ``>``)."""
    return html.escape(text, quote=False)


def esc_attr(text: str) -> str:
    """Escape an attribute value for HTML or XML (also both quote characters)."""
    return html.escape(text, quote=True)


def script_json(value: object) -> str:
    """JSON safe to embed in ``<script>``: a ``</script>`` in a headline cannot end the element."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def utc(when: datetime) -> datetime:
    return when.astimezone(timezone.utc)


def iso(when: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``: ``2024-08-23T22:30:00Z``."""
    return utc(when).isoformat().replace("+00:00", "Z")


def http_date(when: datetime) -> str:
    """RFC 822/1123 date as RSS ``pubDate`` and HTTP headers want it."""
    return email.utils.format_datetime(utc(when), usegmt=True)


def ap_datetime(when: datetime) -> str:
    """How the page shows a time, AP style: ``Aug. 23, 2024, 10:30 PM UTC``."""
    when = utc(when)
    hour = when.hour % 12 or 12
    return f"{_AP_MONTHS[when.month - 1]} {when.day}, {when.year}, {hour}:{when.minute:02d} {when.strftime('%p')} UTC"


def parse_iso(value: str) -> datetime:
    """An ISO 8601 timestamp or date as an aware UTC datetime (no zone means UTC).

    Raises ValueError. A ``+`` offset that arrives as a space means the client
    did not URL-encode it; that is the client's bug, so it is refused too.
    """
    when = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return utc(when)
