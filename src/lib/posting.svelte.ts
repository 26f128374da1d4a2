// A form's submit function that tells the page while its post runs, so that the page can disable
// the submit button: a second click would post twice (two snapshots, two decisions, two imports)
// and a slow sign-in or upload must not be sent again. Rune state, hence a .svelte.ts module.
// Without JavaScript the browser's own navigation does the same.
import type { SubmitFunction } from '@sveltejs/kit';

/** `reset: false` keeps what the form shows after a successful post (see keep-values.ts). */
export function posting(options: { reset?: boolean } = {}) {
	let busy = $state(false);
	const submit: SubmitFunction = () => {
		busy = true;
		return async ({ update }) => {
			try {
				await update(options);
			} finally {
				busy = false;
			}
		};
	};
	return {
		get busy() {
			return busy;
		},
		submit
	};
}
