import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { createTestDb } from '../../helpers/test-db';
import { makeWorld, reportIn } from '../../factories/progress';
import { sniffFileType } from '../../../src/lib/server/file-type';
import {
	addFile,
	addLink,
	listEvidence,
	removeEvidence,
	safeFileName
} from '../../../src/lib/server/progress/evidence';
import { canSeeEvidence } from '../../../src/lib/server/progress/access';

const NOW = new Date('2024-03-01T10:00:00Z');
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'nap-up-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const me = (u: { id: number; role: string; institutionId: number | null }) => ({
	id: u.id,
	role: u.role,
	institutionId: u.institutionId
});

async function docxBytes() {
	const doc = new Document({ sections: [{ children: [new Paragraph('Hesabat')] }] });
	return new Uint8Array(await Packer.toBuffer(doc));
}
async function xlsxBytes() {
	const wb = new ExcelJS.Workbook();
	wb.addWorksheet('S').addRow([1, 2]);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}
async function plainZip() {
	const z = new JSZip();
	z.file('readme.txt', 'hello');
	return z.generateAsync({ type: 'uint8array' });
}

describe('file type by content', () => {
	it('recognises PDF, PNG, JPEG, DOCX and XLSX', async () => {
		expect(await sniffFileType(PDF)).toBe('pdf');
		expect(await sniffFileType(PNG)).toBe('png');
		expect(await sniffFileType(JPEG)).toBe('jpeg');
		expect(await sniffFileType(await docxBytes())).toBe('docx');
		expect(await sniffFileType(await xlsxBytes())).toBe('xlsx');
	});

	it('refuses text, executables and ZIPs that are not Office documents', async () => {
		expect(await sniffFileType(new TextEncoder().encode('just text, named .pdf'))).toBeNull();
		expect(await sniffFileType(new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toBeNull();
		expect(await sniffFileType(await plainZip())).toBeNull();
		expect(await sniffFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
	});
});

describe('uploading evidence', () => {
	it('stores an accepted file durably under the uploads folder with its hash, and audits it', async () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		const res = await addFile(
			db,
			me(w.fpA),
			{
				reportId: r.id,
				fileName: 'Hesabat 2023.pdf',
				bytes: PDF,
				sensitivity: 'partners',
				label: 'Minutes'
			},
			{ uploadsDir: dir, maxBytes: 1000 },
			NOW
		);
		expect(res.ok).toBe(true);
		const [a] = listEvidence(db, r.id);
		expect(a).toMatchObject({
			fileName: 'Hesabat 2023.pdf',
			mimeType: 'application/pdf',
			size: PDF.byteLength,
			sensitivity: 'partners'
		});
		expect(a.storagePath).toMatch(/^reports\/\d+\/[0-9a-f-]+\.pdf$/);
		expect(readFileSync(join(dir, a.storagePath!))).toEqual(Buffer.from(PDF));
		expect(removeEvidence(db, me(w.fpA), a.id, dir, NOW)).toEqual({ ok: true });
		expect(existsSync(join(dir, a.storagePath!))).toBe(false);
	});

	it('refuses the wrong type, a misleading extension, an empty file and one over the limit', async () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		const up = (fileName: string, bytes: Uint8Array, maxBytes = 1000) =>
			addFile(
				db,
				me(w.fpA),
				{ reportId: r.id, fileName, bytes, sensitivity: 'public', label: null },
				{ uploadsDir: dir, maxBytes },
				NOW
			);
		expect(await up('notes.pdf', new TextEncoder().encode('not a pdf'))).toEqual({
			ok: false,
			error: 'bad_type'
		});
		expect(await up('photo.pdf', PNG)).toEqual({ ok: false, error: 'type_mismatch' });
		expect(await up('empty.pdf', new Uint8Array())).toEqual({ ok: false, error: 'empty' });
		expect(await up('big.pdf', PDF, PDF.byteLength - 1)).toEqual({ ok: false, error: 'too_large' });
		expect(await up('ok.pdf', PDF, PDF.byteLength)).toMatchObject({ ok: true });
		expect(listEvidence(db, r.id)).toHaveLength(1);
	});

	it('only the owning institution adds evidence, and only while the report is editable', async () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		const limits = { uploadsDir: dir, maxBytes: 1000 };
		const file = {
			reportId: r.id,
			fileName: 'a.png',
			bytes: PNG,
			sensitivity: 'public' as const,
			label: null
		};
		expect(await addFile(db, me(w.fpB), file, limits, NOW)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(
			addLink(
				db,
				me(w.fpC),
				{ reportId: r.id, url: 'https://example.org', label: null, sensitivity: 'public' },
				NOW
			)
		).toEqual({ ok: false, error: 'forbidden' });
		const done = reportIn(db, { ...w, instA: w.instB }, 'approved');
		expect(await addFile(db, me(w.fpB), { ...file, reportId: done.id }, limits, NOW)).toEqual({
			ok: false,
			error: 'not_editable'
		});
		expect(
			addLink(
				db,
				me(w.fpA),
				{ reportId: r.id, url: 'javascript:alert(1)', label: null, sensitivity: 'public' },
				NOW
			)
		).toEqual({ ok: false, error: 'bad_url' });
	});

	it('evidence of one institution cannot be removed by another, even with a forged id', async () => {
		const db = createTestDb();
		const w = makeWorld(db);
		const r = reportIn(db, w);
		const res = await addFile(
			db,
			me(w.fpA),
			{ reportId: r.id, fileName: 'a.png', bytes: PNG, sensitivity: 'public', label: null },
			{ uploadsDir: dir, maxBytes: 1000 },
			NOW
		);
		const id = res.ok ? res.id : 0;
		expect(removeEvidence(db, me(w.fpB), id, dir, NOW)).toEqual({ ok: false, error: 'forbidden' });
		expect(removeEvidence(db, me(w.reviewer), id, dir, NOW)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(listEvidence(db, r.id)).toHaveLength(1);
	});

	it('keeps only a safe file name', () => {
		expect(safeFileName('../../etc/passwd')).toBe('passwd');
		expect(safeFileName('C:\\Users\\x\\Şəkil "1".png')).toBe('Şəkil _1_.png');
		expect(safeFileName('.htaccess')).toBe('file.htaccess');
	});
});

describe('who sees evidence', () => {
	const own = { id: 1, role: 'focal_point', institutionId: 10 };
	const partner = { id: 2, role: 'focal_point', institutionId: 20 };
	const stranger = { id: 3, role: 'focal_point', institutionId: 30 };
	const reviewer = { id: 4, role: 'reviewer', institutionId: null };
	const donor = { id: 5, role: 'donor', institutionId: null };
	const linked = [10, 20];
	const approved = { institutionId: 10, state: 'approved' as const };
	const draft = { institutionId: 10, state: 'draft' as const };

	it.each([
		['public', approved, [true, true, false, true, false]],
		['partners', approved, [true, true, false, true, false]],
		['reviewers', approved, [true, false, false, true, false]],
		['public', draft, [true, false, false, true, false]]
	] as const)('%s evidence on a %o report', (sensitivity, report, expected) => {
		const got = [own, partner, stranger, reviewer, donor].map((v) =>
			canSeeEvidence(v, sensitivity, report, linked)
		);
		expect(got).toEqual(expected);
	});
});
