// Work kept on the forms people type long drafts into (the progress report, the statistics grid):
// unsaved changes are marked dirty, a warning stops navigating away from them, and a draft is
// saved a few seconds after typing stops — with the version stamp, so a second tab's autosave is
// refused (a conflict, which stops autosaving) rather than overwriting this one. A Save or Submit
// pressed while a draft save is on its way waits for it and sends the version it moved to.
// Without JavaScript none of this runs: the forms post as they are.
import { onDestroy } from 'svelte';
import { deserialize } from '$app/forms';
import { beforeNavigate } from '$app/navigation';
import type { ActionResult } from '@sveltejs/kit';

type Rec = Record<string, unknown> | undefined;

/** saving, saved, refused input (waits for the next keystroke), failed (offline or a server
 * error: tried again after the next keystroke), conflict and stopped (both need the user) */
export type AutosaveStatus = 'saving' | 'saved' | 'invalid' | 'failed' | 'conflict' | 'stopped';

/** a draft save's answer: the version it moved the record to (and how many values it changed),
 * or why it was refused */
export type DraftAnswer =
	{ version: number; count?: number } | Exclude<AutosaveStatus, 'saving' | 'saved'>;

/** S and F: what the action answers on success and on failure */
export type AutosaveOptions<S extends Rec = Rec, F extends Rec = Rec> = {
	/** the form action a draft is posted to, e.g. '?/autosave' */
	action: string;
	/** the version stamp the page holds now */
	version: () => number;
	/** reads the action's answer */
	read: (result: ActionResult<S, F>) => DraftAnswer;
	/** true while something else on the page (a conflict shown) holds autosaving back */
	paused?: () => boolean;
	/** milliseconds after the last keystroke */
	delay?: number;
	/** posts a draft; by default the form action through fetch, as use:enhance does */
	post?: (action: string, body: FormData) => Promise<ActionResult<S, F>>;
};

export const AUTOSAVE_MS = 4000;

async function postAction<S extends Rec, F extends Rec>(
	action: string,
	body: FormData
): Promise<ActionResult<S, F>> {
	const res = await fetch(action, {
		method: 'POST',
		body,
		headers: { 'x-sveltekit-action': 'true' }
	});
	return deserialize<S, F>(await res.text());
}

export class Autosave<S extends Rec = Rec, F extends Rec = Rec> {
	dirty = $state(false);
	/** a Save or Submit is on its way */
	busy = $state(false);
	status = $state<AutosaveStatus | null>(null);
	savedAt = $state<Date | null>(null);
	/** the version a draft save moved the record to, until the page's data catches up */
	version = $state<number | null>(null);
	/** values changed by draft saves since the last Save or Submit */
	counted = 0;
	/** the form drafts are read from (bind:this) */
	form = $state<HTMLFormElement | undefined>();
	readonly stopped = $derived(this.status === 'conflict' || this.status === 'stopped');

	#options: AutosaveOptions<S, F>;
	#edits = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	// the draft save on its way, if any: on a slow connection it takes seconds, and a save or
	// submit sent meanwhile with the version from before it would conflict with the user's own
	// draft, so they (and a later draft save) wait for it
	#saving: Promise<void> | null = null;

	constructor(options: AutosaveOptions<S, F>) {
		this.#options = options;
	}

	/** the form's input handler */
	changed = (e?: Event) => {
		// a chosen file is not typed text
		if ((e?.target as HTMLInputElement | null)?.type === 'file') return;
		this.dirty = true;
		this.#edits++;
		clearTimeout(this.#timer);
		if (!this.stopped)
			this.#timer = setTimeout(() => this.save(), this.#options.delay ?? AUTOSAVE_MS);
	};

	#held() {
		return !this.dirty || this.busy || this.stopped || (this.#options.paused?.() ?? false);
	}

	/** saves the draft now, after the one on its way */
	save() {
		const form = this.form;
		if (!form || this.#held()) return;
		const run = (this.#saving ?? Promise.resolve())
			.then(() => this.#send(form))
			.catch(() => {
				// offline or a server error: said, and tried again after the next keystroke
				this.status = 'failed';
			})
			.finally(() => {
				if (this.#saving === run) this.#saving = null;
			});
		this.#saving = run;
	}

	async #send(form: HTMLFormElement) {
		if (this.#held()) return;
		const sent = this.#edits;
		const body = new FormData(form);
		// a draft carries the typed text, never a chosen file
		const files = [...body].filter(([, v]) => v instanceof File).map(([k]) => k);
		for (const k of files) body.delete(k);
		body.set('version', String(this.#options.version()));
		this.status = 'saving';
		const result = await (this.#options.post ?? postAction<S, F>)(this.#options.action, body);
		const answer = this.#options.read(result);
		if (typeof answer === 'string') {
			this.status = answer;
			return;
		}
		this.version = answer.version;
		this.counted += answer.count ?? 0;
		this.savedAt = new Date();
		this.status = 'saved';
		if (this.#edits === sent) this.dirty = false;
	}

	/** at the start of use:enhance: no draft save from now on, and the version after the one on
	 * its way */
	async submitting(formData: FormData) {
		this.busy = true;
		clearTimeout(this.#timer);
		if (this.#saving) {
			await this.#saving;
			formData.set('version', String(this.#options.version()));
		}
	}

	/** when the Save or Submit has been answered and the page updated: a saved form is clean and
	 * autosaves again */
	submitted(ok: boolean) {
		this.busy = false;
		if (!ok) return;
		this.dirty = false;
		this.version = null;
		this.status = null;
	}

	destroy() {
		clearTimeout(this.#timer);
	}
}

/** An Autosave for a component: leaving with unsaved changes asks `confirmText()` first (closing
 * the tab gets the browser's own question), and the timer ends with the component. */
export function useAutosave<S extends Rec = Rec, F extends Rec = Rec>(
	options: AutosaveOptions<S, F> & { confirmText: () => string }
) {
	const auto = new Autosave<S, F>(options);
	beforeNavigate((nav) => {
		if (!auto.dirty || nav.type === 'form') return;
		if (nav.type === 'leave') {
			nav.cancel();
			return;
		}
		if (!confirm(options.confirmText())) nav.cancel();
	});
	onDestroy(() => auto.destroy());
	return auto;
}
