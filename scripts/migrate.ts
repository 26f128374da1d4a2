// Creates the database file if needed and applies drizzle/migrations.
import { openDatabase } from '../src/lib/server/db/connect';

const path = process.env.DATABASE_URL || './data/nap-tracker.db';
openDatabase(path).$client.close();
console.log(`migrate: ${path} is up to date`);
