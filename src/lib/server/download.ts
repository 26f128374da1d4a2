// Every file the app sends (exports, templates, the pack, evidence) is built here: its type, a
// Content-Disposition that keeps a non-ASCII name (RFC 6266 / RFC 5987 `filename*`, with an ASCII
// fallback for old clients), a length, and `Cache-Control: private, no-store` because the files
// hold data a shared cache or the browser's disk must not keep.

export const CONTENT_TYPES = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	png: 'image/png'
} as const;

/** `attachment; filename="Hesabat_2024.csv"; filename*=UTF-8''Hesabat%C4%B1_2024.csv` */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
	const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
	const encoded = encodeURIComponent(fileName).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export interface DownloadOptions {
	type: string;
	fileName: string;
	/** shown in the browser (PDF, images, JSON) instead of saved */
	inline?: boolean;
	/** extra headers, e.g. a sandboxing Content-Security-Policy */
	headers?: Record<string, string>;
}

export function downloadResponse(body: string | Uint8Array, o: DownloadOptions): Response {
	const length = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
	return new Response(body as BodyInit, {
		headers: {
			'Content-Type': o.type,
			'Content-Length': String(length),
			'Content-Disposition': contentDisposition(o.inline ? 'inline' : 'attachment', o.fileName),
			'Cache-Control': 'private, no-store',
			...o.headers
		}
	});
}
