#!/bin/sh
# First start of the postgres image: make the three roles (infra/database-rollen.sql).
set -e
psql -v ON_ERROR_STOP=1 -U postgres -d postgres \
  -v eigenaar_ww="'$EIGENAAR_WW'" -v api_ww="'$API_WW'" -v rapportage_ww="'$RAPPORTAGE_WW'" \
  -f /database-rollen.sql
