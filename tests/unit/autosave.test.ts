// The draft autosave's timing (src/lib/autosave.svelte.ts) with fake timers: a save 4 s after the
// last keystroke, never two at once, a Save/Submit that waits for the one on its way and sends the
// version it moved to, and the answers that stop it or wait for the next keystroke.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@sveltejs/kit';
import { Autosave, AUTOSAVE_MS, type DraftAnswer } from '../../src/lib/autosave.svelte';

type Entries = [string, string | Blob][];
const RealFormData = FormData;
// no DOM in the unit tests: a "form" is its entries, read the way new FormData(form) reads one
class FormFormData extends RealFormData {
	constructor(form?: { entries: Entries }) {
		super();
		for (const [k, v] of form?.entries ?? []) this.append(k, v);
	}
}

type Sent = { body: FormData; answer: (r: ActionResult) => void };

function setup(read: (r: ActionResult) => DraftAnswer = readDefault) {
	const sent: Sent[] = [];
	let version = 3;
	const auto = new Autosave({
		action: '?/save',
		version: (): number => auto.version ?? version,
		read,
		post: (_action, body) => new Promise((answer) => sent.push({ body, answer }))
	});
	const form = { entries: [['note', 'typed']] as Entries };
	auto.form = form as unknown as HTMLFormElement;
	return { auto, sent, form, setVersion: (v: number) => (version = v) };
}

function readDefault(r: ActionResult): DraftAnswer {
	if (r.type === 'success') return { version: Number(r.data?.version), count: 1 };
	if (r.type === 'failure') return r.status === 409 ? 'conflict' : 'invalid';
	return 'failed';
}

const ok = (version: number): ActionResult => ({ type: 'success', status: 200, data: { version } });
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('FormData', FormFormData);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('autosave', () => {
	it('saves 4 s after the last keystroke, with the version stamp, and is clean after', async () => {
		const { auto, sent } = setup();
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 1);
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 1);
		expect(sent).toHaveLength(0);
		expect(auto.dirty).toBe(true);
		await vi.advanceTimersByTimeAsync(1);
		expect(sent).toHaveLength(1);
		expect(auto.status).toBe('saving');
		expect(sent[0].body.get('version')).toBe('3');
		expect(sent[0].body.get('note')).toBe('typed');
		sent[0].answer(ok(4));
		await flush();
		expect(auto.status).toBe('saved');
		expect(auto.version).toBe(4);
		expect(auto.savedAt).toBeInstanceOf(Date);
		expect(auto.dirty).toBe(false);
		expect(auto.counted).toBe(1);
	});

	it('stays dirty when typing went on while the draft was on its way', async () => {
		const { auto, sent } = setup();
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		auto.changed();
		sent[0].answer(ok(4));
		await flush();
		expect(auto.status).toBe('saved');
		expect(auto.dirty).toBe(true);
	});

	it('never sends two drafts at once: the next waits and sends the version the first moved to', async () => {
		const { auto, sent } = setup();
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		expect(sent).toHaveLength(1);
		sent[0].answer(ok(4));
		await flush();
		expect(sent).toHaveLength(2);
		expect(sent[1].body.get('version')).toBe('4');
	});

	it('a Save or Submit waits for the draft on its way and sends its version; no draft after it', async () => {
		const { auto, sent } = setup();
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		auto.changed();
		const submit = new RealFormData();
		submit.set('version', '3');
		let sentOff = false;
		const waiting = auto.submitting(submit).then(() => (sentOff = true));
		await flush();
		expect(sentOff).toBe(false);
		expect(auto.busy).toBe(true);
		sent[0].answer(ok(4));
		await waiting;
		expect(submit.get('version')).toBe('4');
		// the keystroke before the submit scheduled no draft that could race it
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
		expect(sent).toHaveLength(1);
		auto.submitted(true);
		expect(auto.busy).toBe(false);
		expect(auto.dirty).toBe(false);
		expect(auto.version).toBe(null);
		expect(auto.status).toBe(null);
	});

	it('a submit with no draft on its way keeps the form version', async () => {
		const { auto } = setup();
		const submit = new RealFormData();
		submit.set('version', '3');
		await auto.submitting(submit);
		expect(submit.get('version')).toBe('3');
	});

	it('a conflict stops autosaving until a save succeeds; wrong input waits for the next keystroke', async () => {
		const { auto, sent } = setup();
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		sent[0].answer({ type: 'failure', status: 400, data: {} });
		await flush();
		expect(auto.status).toBe('invalid');
		expect(auto.stopped).toBe(false);
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		expect(sent).toHaveLength(2);
		sent[1].answer({ type: 'failure', status: 409, data: {} });
		await flush();
		expect(auto.status).toBe('conflict');
		expect(auto.stopped).toBe(true);
		expect(auto.dirty).toBe(true);
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
		expect(sent).toHaveLength(2);
		// a refused save by hand leaves it stopped; a saved one starts it again
		auto.submitted(false);
		expect(auto.stopped).toBe(true);
		auto.submitted(true);
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		expect(sent).toHaveLength(3);
	});

	it('offline: said, and tried again after the next keystroke', async () => {
		const sent: number[] = [];
		const auto = new Autosave({
			action: '?/save',
			version: () => 1,
			read: readDefault,
			post: () => (sent.push(1), Promise.reject(new TypeError('Failed to fetch')))
		});
		auto.form = { entries: [] } as unknown as HTMLFormElement;
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		expect(auto.status).toBe('failed');
		expect(auto.dirty).toBe(true);
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		expect(sent).toHaveLength(2);
	});

	it('a draft carries no chosen file, and choosing one is not typing', async () => {
		const { auto, sent, form } = setup();
		form.entries.push(['file', new File(['x'], 'a.pdf')]);
		auto.changed({ target: { type: 'file' } } as unknown as Event);
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		expect(auto.dirty).toBe(false);
		expect(sent).toHaveLength(0);
		auto.changed({ target: { type: 'text' } } as unknown as Event);
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		expect(sent[0].body.has('file')).toBe(false);
		expect(sent[0].body.get('note')).toBe('typed');
	});

	it('holds back while the page says so (a conflict shown)', async () => {
		let paused = true;
		const sent: number[] = [];
		const auto = new Autosave({
			action: '?/autosave',
			version: () => 1,
			read: readDefault,
			paused: () => paused,
			post: () => (sent.push(1), new Promise(() => {}))
		});
		auto.form = { entries: [] } as unknown as HTMLFormElement;
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		expect(sent).toHaveLength(0);
		paused = false;
		auto.changed();
		await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
		expect(sent).toHaveLength(1);
	});
});
