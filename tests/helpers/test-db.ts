// A fresh in-memory database migrated from drizzle/migrations, for each test that needs one.
import { openDatabase, type DB } from '../../src/lib/server/db/connect';

export function createTestDb(): DB {
	return openDatabase(':memory:');
}
