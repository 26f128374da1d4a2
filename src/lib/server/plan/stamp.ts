// Optimistic locking for admin edits of plan rows, which have no version column: the edit form
// carries a hash of the row as it was loaded, and a save is refused if the row changed since.
import { createHash } from 'node:crypto';

export function rowStamp(row: unknown): string {
	return createHash('sha256').update(JSON.stringify(row)).digest('hex').slice(0, 16);
}
