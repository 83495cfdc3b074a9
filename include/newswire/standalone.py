"""`make airflow`: the Airflow UI on this machine with this project's DAGs,
plugins and embedded warehouse, plus the local wire server as the source.

Open http://127.0.0.1:8080 and log in as ``admin``; the password is printed
below (Airflow's simple auth manager keeps it in
``$AIRFLOW_HOME/simple_auth_manager_passwords.json.generated``).
"""

from __future__ import annotations

import os
import subprocess

from newswire.localenv import airflow_bin, airflow_env, airflow_home, migrate_airflow

WIRE_PORT = int(os.environ.get("NEWSWIRE_WIRE_PORT", "8765"))
UI_PORT = int(os.environ.get("AIRFLOW__API__PORT", "8080"))  # Airflow's own setting for the api-server's port


def main() -> int:
    from newswire.airflow_processes import api_server_env
    from newswire.warehouse.migrate import upgrade
    from newswire.warehouse.connection import airflow_conn_to_dsn
    from newswire.wire import make_server

    with make_server(port=WIRE_PORT) as wire:
        wire.start()
        env = airflow_env(wire_url=wire.base_url)
        env.setdefault("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS", "admin:admin")
        # Tasks report to the api-server's execution API: on whatever port it listens.
        env.update({**api_server_env(UI_PORT), "AIRFLOW__API__PORT": str(UI_PORT)})
        # `airflow standalone` starts its components as `airflow ...` from PATH: this venv's, even when not activated.
        env["PATH"] = os.pathsep.join([os.path.dirname(airflow_bin()), env.get("PATH", "")])
        migrate_airflow(env)
        upgrade(airflow_conn_to_dsn(env["AIRFLOW_CONN_NEWSWIRE_WAREHOUSE"]) if "AIRFLOW_CONN_NEWSWIRE_WAREHOUSE" in env else None)
        print(f"wire server on {wire.base_url}; Airflow UI on http://127.0.0.1:{UI_PORT} (user admin)")
        print(f"password file: {airflow_home() / 'simple_auth_manager_passwords.json.generated'}", flush=True)
        try:
            return subprocess.call([airflow_bin(), "standalone"], env=env)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    raise SystemExit(main())
