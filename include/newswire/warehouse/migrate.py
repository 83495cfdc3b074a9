"""Schema migrations: the numbered SQL files of include/sql, each applied once.

``newswire db upgrade`` runs them; the DAG's first load does too (idempotent),
so nobody applies SQL by hand.
"""

from __future__ import annotations

from pathlib import Path

from newswire import config
from newswire.warehouse.connection import connect

MIGRATIONS_DIR = config.REPO_ROOT / "include" / "sql"
# A fixed advisory-lock key: two processes upgrading at once take turns.
_LOCK_KEY = 727_274_001


def migration_files(directory: Path = MIGRATIONS_DIR) -> list[Path]:
    return sorted(p for p in directory.glob("[0-9][0-9][0-9]_*.sql"))


def upgrade(dsn: str | None = None) -> list[str]:
    """Apply pending migrations; returns the names applied now."""
    applied_now = []
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        cur.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        cur.execute("SELECT name FROM schema_migrations")
        done = {row[0] for row in cur.fetchall()}
        for path in migration_files():
            if path.name in done:
                continue
            cur.execute(path.read_text(encoding="utf-8"))
            cur.execute("INSERT INTO schema_migrations (name) VALUES (%s)", (path.name,))
            applied_now.append(path.name)
    return applied_now
