// Run by the mongo image once, on an empty data volume (/docker-entrypoint-initdb.d), before the replica
// set is initiated: exercise-service's own user, which may read and write its database (exercises) only.
// Name and password come from the container's environment (compose.yaml, from .env).
const user = process.env.ENTENTE_MONGO_USER;
const pwd = process.env.ENTENTE_MONGO_PASSWORD;
if (!user || !pwd) {
  throw new Error('ENTENTE_MONGO_USER and ENTENTE_MONGO_PASSWORD must be set');
}
db.getSiblingDB('admin').createUser({ user, pwd, roles: [{ role: 'readWrite', db: 'exercises' }] });
