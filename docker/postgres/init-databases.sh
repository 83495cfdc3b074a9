#!/usr/bin/env bash
# Runs once, when the postgres service initialises an empty data directory
# (/docker-entrypoint-initdb.d). Two databases with their own roles:
#   ${AIRFLOW_DB_NAME}   Airflow's metadata (and the Celery result backend), owned by ${AIRFLOW_DB_USER}
#   ${NEWSWIRE_DB_NAME}  the warehouse; ${NEWSWIRE_DB_USER} is the least-privilege
#                        loader of README.md (no superuser): CONNECT, and USAGE +
#                        CREATE on schema public so `newswire db upgrade` can migrate.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v airflow_user="$AIRFLOW_DB_USER" -v airflow_password="$AIRFLOW_DB_PASSWORD" -v airflow_db="$AIRFLOW_DB_NAME" \
  -v newswire_user="$NEWSWIRE_DB_USER" -v newswire_password="$NEWSWIRE_DB_PASSWORD" -v newswire_db="$NEWSWIRE_DB_NAME" <<'SQL'
CREATE ROLE :"airflow_user" LOGIN PASSWORD :'airflow_password';
CREATE DATABASE :"airflow_db" OWNER :"airflow_user";

CREATE ROLE :"newswire_user" LOGIN PASSWORD :'newswire_password';
CREATE DATABASE :"newswire_db";
GRANT CONNECT ON DATABASE :"newswire_db" TO :"newswire_user";
\connect :"newswire_db"
GRANT USAGE, CREATE ON SCHEMA public TO :"newswire_user";
SQL
