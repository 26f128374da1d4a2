// Streams XML through saxes (no tree, no DTD, no custom entities: a "billion laughs" file is an
// error, not an expansion) with a depth cap. Element names lose their namespace prefix, so that
// `x:row` and `row` read alike.
import { SaxesParser } from 'saxes';
import { LimitError } from './limits';

export interface XmlHandlers {
	open?: (name: string, attrs: Record<string, string>) => void;
	close?: (name: string) => void;
	text?: (text: string) => void;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Feeds the text in slices, so a handler's LimitError stops the work early. */
export function scanXml(xml: string, h: XmlHandlers, maxDepth: number): void {
	const parser = new SaxesParser({ position: false });
	let depth = 0;
	parser.on('opentag', (tag) => {
		if (++depth > maxDepth) throw new LimitError('structure');
		h.open?.(local(tag.name), tag.attributes as Record<string, string>);
		// saxes reports a self-closing tag's closetag itself
	});
	parser.on('closetag', (tag) => {
		depth--;
		h.close?.(local(tag.name));
	});
	if (h.text) {
		parser.on('text', h.text);
		parser.on('cdata', h.text);
	}
	parser.on('doctype', () => {
		// OOXML parts never carry a DTD; one here is an attack on an XML reader
		throw new LimitError('corrupt');
	});
	try {
		const SLICE = 64 * 1024;
		for (let i = 0; i < xml.length;) {
			let end = Math.min(i + SLICE, xml.length);
			// never split a surrogate pair between two slices
			if (end < xml.length && /[\ud800-\udbff]/.test(xml[end - 1])) end++;
			parser.write(xml.slice(i, end));
			i = end;
		}
		parser.close();
	} catch (err) {
		if (err instanceof LimitError) throw err;
		throw new LimitError('corrupt');
	}
}

/** An attribute by local name (`r:id` and `id` alike). */
export function attr(attrs: Record<string, string>, name: string): string | undefined {
	if (name in attrs) return attrs[name];
	for (const k in attrs) if (local(k) === name) return attrs[k];
	return undefined;
}
