import { describe, expect, it } from 'vitest';
import {
	CONTENT_TYPES,
	contentDisposition,
	downloadResponse
} from '../../../src/lib/server/download';

describe('download responses', () => {
	it('keep a non-ASCII file name with RFC 5987 and give old clients an ASCII fallback', () => {
		expect(contentDisposition('attachment', 'Hesabat-Ədliyyə 2024.csv')).toBe(
			`attachment; filename="Hesabat-_dliyy_ 2024.csv"; filename*=UTF-8''Hesabat-%C6%8Fdliyy%C9%99%202024.csv`
		);
		// quotes and backslashes cannot break out of the quoted fallback; RFC 5987 escapes ' ( ) *
		expect(contentDisposition('inline', `a"b\\c'(d)*.json`)).toBe(
			`inline; filename="a_b_c'(d)*.json"; filename*=UTF-8''a%22b%5Cc%27%28d%29%2A.json`
		);
	});

	it('are never cached and carry type and length', async () => {
		const text = downloadResponse('ə,1\r\n', { type: CONTENT_TYPES.csv, fileName: 'x.csv' });
		expect(text.headers.get('cache-control')).toBe('private, no-store');
		expect(text.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(text.headers.get('content-length')).toBe('6');
		expect(text.headers.get('content-disposition')).toMatch(/^attachment; filename="x\.csv"/);
		expect(await text.text()).toBe('ə,1\r\n');

		const bytes = downloadResponse(new Uint8Array([1, 2, 3]), {
			type: 'application/pdf',
			fileName: 'a.pdf',
			inline: true,
			headers: { 'Content-Security-Policy': 'sandbox' }
		});
		expect(bytes.headers.get('content-length')).toBe('3');
		expect(bytes.headers.get('content-disposition')).toMatch(/^inline; /);
		expect(bytes.headers.get('content-security-policy')).toBe('sandbox');
		expect(new Uint8Array(await bytes.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
	});
});
