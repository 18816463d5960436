-- The three roles of "Eén plan voor elk thuis" on an external PostgreSQL (13 or newer).
-- Run once as a superuser (or a role with CREATEROLE and CREATEDB), e.g.:
--   psql "postgres://postgres@db/postgres" -v eigenaar_ww="'...'" -v api_ww="'...'" -v rapportage_ww="'...'" -f infra/database-rollen.sql
-- Then start the app with
--   DATABASE_MIGRATIE_URL=postgres://eenplan_eigenaar:...@db/eenplan   (migrations; owns every table)
--   DATABASE_URL=postgres://eenplan_api:...@db/eenplan                 (the API: no ownership, append-only on audit)
--   DATABASE_RAPPORTAGE_URL=postgres://eenplan_rapportage:...@db/eenplan (reports: the rapportage views only)
-- The app grants eenplan_api and eenplan_rapportage their rights itself after each migration run
-- (apps/api/src/database/rollen.ts), and refuses to start when DATABASE_URL or
-- DATABASE_RAPPORTAGE_URL is a superuser or owns tables. The role names are fixed.

CREATE ROLE eenplan_eigenaar LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :eigenaar_ww;
CREATE ROLE eenplan_api LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :api_ww;
CREATE ROLE eenplan_rapportage LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :rapportage_ww;

-- The owner of the database owns its public schema (PostgreSQL 15+) and may create the pg_trgm
-- extension (a trusted extension) that the name search uses.
CREATE DATABASE eenplan OWNER eenplan_eigenaar ENCODING 'UTF8';
\connect eenplan
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- PostgreSQL 13/14: public belongs to the superuser; hand it to the owner.
ALTER SCHEMA public OWNER TO eenplan_eigenaar;
