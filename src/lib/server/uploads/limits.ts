// Why an upload was refused before it was read to the end. Readers throw a LimitError the moment
// a cap is crossed; the worker host adds the outcomes only it can see (time, memory, queue).
export type LimitCode =
	| 'corrupt' // not a readable archive / XML / text
	| 'unpacked' // more bytes inflated than allowed (counted, not declared)
	| 'entries' // too many files in the archive
	| 'rows' // more rows than the importer accepts
	| 'columns' // data beyond the columns the importer reads
	| 'structure' // too deep, too many cells or strings: a file made to exhaust the reader
	| 'timeout' // the worker ran out of time and was terminated
	| 'memory' // the worker hit its memory limit
	| 'busy'; // too many uploads being read at once

export class LimitError extends Error {
	constructor(readonly code: LimitCode) {
		super(`upload refused: ${code}`);
	}
}

/** Caps for one archive: entry count and the total of inflated bytes, decided before reading. */
export interface ArchiveLimits {
	maxEntries: number;
	maxInflated: number;
}

/** Caps for one worksheet, on top of the archive's. */
export interface SheetLimits extends ArchiveLimits {
	/** highest row number with data that is read (the header is row 1) */
	maxRows: number;
	/** columns A.. that are read; a non-empty cell further right only sets a flag */
	maxColumns: number;
	/** `<c>` elements scanned in the whole sheet */
	maxCells: number;
	maxSharedStrings: number;
	/** characters of one string (Excel's own limit is 32,767) */
	maxStringLength: number;
	maxDepth: number;
}
