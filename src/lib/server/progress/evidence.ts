// Evidence for progress reports: uploaded files (type checked by their content, size limited,
// stored under DATA_DIR/uploads, never under static/) and links, each with a sensitivity level.
import { randomUUID, createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDurably } from '../durable-write';
import { and, asc, eq } from 'drizzle-orm';
import { attachment, SENSITIVITIES } from '../db/schema';
import { writeAudit, type Tx } from '../audit';
import { canEditReport } from './access';
import { getReport, type Me } from './reports';
import { sniffFileType, FILE_TYPES, type FileType } from '../file-type';
import type { DB } from '../db/connect';

export type Sensitivity = (typeof SENSITIVITIES)[number];
export type EvidenceError =
	| 'not_found'
	| 'forbidden'
	| 'not_editable'
	| 'empty'
	| 'too_large'
	| 'bad_type'
	| 'type_mismatch'
	| 'bad_url';

export interface UploadLimits {
	uploadsDir: string;
	maxBytes: number;
}

function check(db: Pick<DB, 'select'>, me: Me, reportId: number): EvidenceError | null {
	const r = getReport(db, reportId);
	if (!r) return 'not_found';
	if (!(me.role === 'focal_point' && me.institutionId === r.institutionId)) return 'forbidden';
	if (!canEditReport(me, r)) return 'not_editable';
	return null;
}

/** A file name safe to show and to send in Content-Disposition. */
export function safeFileName(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? 'file';
	const cleaned = base
		.replace(/[\u0000-\u001f"<>:|?*]/g, '_')
		.trim()
		.slice(-120);
	return cleaned === '' || cleaned.startsWith('.') ? `file${cleaned}` : cleaned;
}

type AttachmentRow = typeof attachment.$inferSelect;

// one evidence row of a progress report and its audit entry, in the caller's transaction
function insertEvidence(
	tx: Tx,
	me: Me,
	values: Omit<typeof attachment.$inferInsert, 'subjectType' | 'uploadedBy' | 'createdAt'>,
	operation: 'upload' | 'link',
	audited: (row: AttachmentRow) => Record<string, unknown>,
	now: Date
): number {
	const row = tx
		.insert(attachment)
		.values({ ...values, subjectType: 'progress', uploadedBy: me.id, createdAt: now })
		.returning()
		.get();
	writeAudit(
		tx,
		me,
		{ entity: 'attachment', entityId: row.id, operation, after: audited(row) },
		now
	);
	return row.id;
}

export async function addFile(
	db: DB,
	me: Me,
	input: {
		reportId: number;
		fileName: string;
		bytes: Uint8Array;
		sensitivity: Sensitivity;
		label: string | null;
	},
	limits: UploadLimits,
	now: Date
): Promise<{ ok: true; id: number } | { ok: false; error: EvidenceError }> {
	const denied = check(db, me, input.reportId);
	if (denied) return { ok: false, error: denied };
	if (input.bytes.byteLength === 0) return { ok: false, error: 'empty' };
	if (input.bytes.byteLength > limits.maxBytes) return { ok: false, error: 'too_large' };
	const type = await sniffFileType(input.bytes);
	if (type === null) return { ok: false, error: 'bad_type' };
	const fileName = safeFileName(input.fileName);
	const ext = fileName.toLowerCase().split('.').pop() ?? '';
	if (!(FILE_TYPES[type].extensions as readonly string[]).includes(ext))
		return { ok: false, error: 'type_mismatch' };

	const storagePath = join(
		'reports',
		String(input.reportId),
		`${randomUUID()}.${FILE_TYPES[type].extensions[0]}`
	);
	const full = join(limits.uploadsDir, storagePath);
	writeDurably(full, input.bytes);
	try {
		return db.transaction((tx) => {
			const denied2 = check(tx, me, input.reportId);
			if (denied2) throw new Error(denied2);
			const id = insertEvidence(
				tx,
				me,
				{
					subjectId: input.reportId,
					kind: 'file',
					fileName,
					mimeType: FILE_TYPES[type].mime,
					size: input.bytes.byteLength,
					sha256: createHash('sha256').update(input.bytes).digest('hex'),
					storagePath,
					label: input.label,
					sensitivity: input.sensitivity
				},
				'upload',
				(row) => ({
					reportId: input.reportId,
					fileName,
					size: row.size,
					mimeType: row.mimeType,
					sensitivity: row.sensitivity,
					sha256: row.sha256
				}),
				now
			);
			return { ok: true, id } as const;
		});
	} catch (e) {
		rmSync(full, { force: true });
		const msg = (e as Error).message as EvidenceError;
		if (['not_found', 'forbidden', 'not_editable'].includes(msg)) return { ok: false, error: msg };
		throw e;
	}
}

export function isSafeUrl(url: string): boolean {
	try {
		const u = new URL(url);
		return u.protocol === 'https:' || u.protocol === 'http:';
	} catch {
		return false;
	}
}

export function addLink(
	db: DB,
	me: Me,
	input: { reportId: number; url: string; label: string | null; sensitivity: Sensitivity },
	now: Date
): { ok: true; id: number } | { ok: false; error: EvidenceError } {
	if (!isSafeUrl(input.url)) return { ok: false, error: 'bad_url' };
	return db.transaction((tx) => {
		const denied = check(tx, me, input.reportId);
		if (denied) return { ok: false, error: denied } as const;
		const id = insertEvidence(
			tx,
			me,
			{
				subjectId: input.reportId,
				kind: 'link',
				url: input.url,
				label: input.label,
				sensitivity: input.sensitivity
			},
			'link',
			() => ({ reportId: input.reportId, url: input.url, sensitivity: input.sensitivity }),
			now
		);
		return { ok: true, id } as const;
	});
}

export function removeEvidence(
	db: DB,
	me: Me,
	attachmentId: number,
	uploadsDir: string,
	now: Date
): { ok: true } | { ok: false; error: EvidenceError } {
	const res = db.transaction((tx) => {
		const a = getAttachment(tx, attachmentId);
		if (!a || a.subjectType !== 'progress') return { ok: false, error: 'not_found' } as const;
		const denied = check(tx, me, a.subjectId);
		if (denied) return { ok: false, error: denied } as const;
		tx.delete(attachment).where(eq(attachment.id, attachmentId)).run();
		const { storagePath, fileName, url, sensitivity, sha256 } = a;
		writeAudit(
			tx,
			me,
			{
				entity: 'attachment',
				entityId: a.id,
				operation: 'remove',
				before: { reportId: a.subjectId, fileName, url, sensitivity, sha256 }
			},
			now
		);
		return { ok: true, storagePath } as const;
	});
	if (!res.ok) return res;
	// the row is gone for good; the file goes after the commit
	if (res.storagePath) rmSync(join(uploadsDir, res.storagePath), { force: true });
	return { ok: true };
}

export function getAttachment(db: Pick<DB, 'select'>, id: number) {
	return db.select().from(attachment).where(eq(attachment.id, id)).get() ?? null;
}

export function listEvidence(db: Pick<DB, 'select'>, reportId: number) {
	return db
		.select()
		.from(attachment)
		.where(and(eq(attachment.subjectType, 'progress'), eq(attachment.subjectId, reportId)))
		.orderBy(asc(attachment.createdAt), asc(attachment.id))
		.all();
}

export type { FileType };
