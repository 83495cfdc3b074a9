"""warehouse: the PostgreSQL side: connection, migrations, bulk upserts, quarantine, checks.

Kept import-light (no psycopg2 at package import) so DAG files can read the
check definitions while parsing.
"""
