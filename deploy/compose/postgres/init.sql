-- Run by the postgres image once, on an empty data volume (/docker-entrypoint-initdb.d), as the superuser:
-- the role the services connect as, and its two databases, which it owns (so Flyway can migrate them).
-- Name and password come from the container's environment (compose.yaml, from .env); psql 15+ reads them
-- with \getenv, and quotes them with :"..." (an identifier) and :'...' (a literal).
\getenv app_user ENTENTE_DB_USER
\getenv app_password ENTENTE_DB_PASSWORD

CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
CREATE DATABASE alliances OWNER :"app_user";   -- alliance-service
CREATE DATABASE agreements OWNER :"app_user";  -- agreement-service
-- the databases are for that role only
REVOKE ALL ON DATABASE alliances, agreements FROM PUBLIC;
