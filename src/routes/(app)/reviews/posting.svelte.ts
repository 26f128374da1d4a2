// A form's submit function that tells the page while its post runs, so that the page can disable
// the submit button (a second click would post twice: two snapshots, two decisions). Rune state,
// hence a .svelte.ts module. Without JavaScript the browser's own navigation does the same.
import type { SubmitFunction } from '@sveltejs/kit';

export function posting() {
	let busy = $state(false);
	const submit: SubmitFunction = () => {
		busy = true;
		return async ({ update }) => {
			await update();
			busy = false;
		};
	};
	return {
		get busy() {
			return busy;
		},
		submit
	};
}
