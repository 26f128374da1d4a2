// `use:enhance={pending((b) => (busy = b))}` (or <Form submit={…}>) for a form whose button is
// disabled while it is sent: a sign-in or an upload that takes a while must not be posted twice.
import type { SubmitFunction } from '@sveltejs/kit';

export const pending =
	(set: (busy: boolean) => void, options: { reset?: boolean } = {}): SubmitFunction =>
	() => {
		set(true);
		return async ({ update }) => {
			await update(options);
			set(false);
		};
	};
