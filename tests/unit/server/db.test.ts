import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../src/lib/server/db/connect';
import { auditLog } from '../../../src/lib/server/db/schema';
import { writeAudit } from '../../../src/lib/server/audit';
import { createTestDb } from '../../helpers/test-db';

describe('database', () => {
	it('opens a file database in WAL mode with synchronous=FULL and foreign keys on', () => {
		const dir = mkdtempSync(join(tmpdir(), 'nap-db-'));
		try {
			const db = openDatabase(join(dir, 'x.db'));
			expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
			expect(db.$client.pragma('synchronous', { simple: true })).toBe(2);
			expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
			db.$client.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses to update or delete audit rows', () => {
		const db = createTestDb();
		writeAudit(
			db,
			{ id: null, role: 'system' },
			{ entity: 'x', entityId: 1, operation: 'create', after: { a: 1 } }
		);
		expect(db.select().from(auditLog).all()).toHaveLength(1);
		expect(() => db.$client.exec("UPDATE audit_log SET operation = 'tampered'")).toThrow(
			/append-only/
		);
		expect(() => db.$client.exec('DELETE FROM audit_log')).toThrow(/append-only/);
		expect(db.select().from(auditLog).get()?.operation).toBe('create');
	});
});
