#!/usr/bin/env bash
# The one-shot `init` service of docker-compose.yml: everything the long-running
# services need before they start, safe to run again (`docker compose run --rm init`).
#   1. Airflow's metadata database: `airflow db migrate`
#   2. the warehouse: `newswire db upgrade` (through the newswire_warehouse connection)
#   3. the admin login of Airflow's simple auth manager (password from .env)
#   4. a check that every connection the DAGs use resolves
set -euo pipefail

echo "init: migrating Airflow's metadata database"
airflow db migrate

echo "init: migrating the warehouse"
newswire db upgrade

echo "init: admin user '${AIRFLOW_ADMIN_USER:-admin}'"
python - <<'PY'
import json
import os
from pathlib import Path

path = Path(os.environ["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"])
path.parent.mkdir(parents=True, exist_ok=True)
passwords = json.loads(path.read_text() or "{}") if path.exists() else {}
passwords[os.environ.get("AIRFLOW_ADMIN_USER", "admin")] = os.environ["AIRFLOW_ADMIN_PASSWORD"]
path.write_text(json.dumps(passwords) + "\n")
path.chmod(0o600)
PY

echo "init: connections"
for conn_id in newswire_warehouse newswire_events newswire_wire_api; do
  python -c "import sys; from airflow.sdk import BaseHook; c = BaseHook.get_connection(sys.argv[1]); print(f'  {c.conn_id}: {c.conn_type} {c.host or \"\"}')" "$conn_id"
done
echo "init: done"
