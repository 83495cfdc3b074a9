"""The run summary `newswire demo` prints: what is in the warehouse now."""

from __future__ import annotations

from newswire.warehouse.connection import connect


def warehouse_summary(dsn: str | None = None, top: int = 5) -> dict:
    with connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*), coalesce(sum(version_count), 0) FROM stories")
        stories, versions = cur.fetchone()
        cur.execute("SELECT count(*) FROM entities")
        entities = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM mentions")
        mentions = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM quotes")
        quotes = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM quarantine")
        quarantined = cur.fetchone()[0]
        cur.execute(
            """SELECT e.canonical_name, count(*) AS n,
                      (array_agg(q.quote ORDER BY length(q.quote) DESC, q.story_id, q.start_char))[1]
               FROM quotes q JOIN entities e ON e.entity_id = q.speaker_entity_id
               WHERE e.label = 'PERSON'
               GROUP BY e.canonical_name ORDER BY n DESC, e.canonical_name LIMIT %s""",
            (top,),
        )
        most_quoted = [{"person": p, "quotes": n, "example": q} for p, n, q in cur.fetchall()]
    return {
        "stories": stories, "versions": int(versions), "entities": entities, "mentions": mentions,
        "quotes": quotes, "quarantined": quarantined, "most_quoted": most_quoted,
    }


def format_summary(s: dict) -> str:
    lines = [
        "newswire warehouse summary",
        f"  stories loaded : {s['stories']} ({s['versions']} versions)",
        f"  entities       : {s['entities']} ({s['mentions']} mentions)",
        f"  quotes         : {s['quotes']}",
        f"  quarantined    : {s['quarantined']}",
        "  most quoted people:",
    ]
    for row in s["most_quoted"]:
        example = row["example"] if len(row["example"]) <= 110 else row["example"][:107] + "..."
        lines.append(f"    {row['quotes']:>3}  {row['person']}: {example}")
    return "\n".join(lines)
