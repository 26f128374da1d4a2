// What a <Form> tells the controls inside it: the values to show (what the user typed, echoed
// back by a failed action, or the stored record) and the errors, both by field name. Field and
// ChoiceGroup read it, so a form names each value and error once instead of once per control.
import { getContext, setContext } from 'svelte';

export type FormValues = Record<string, unknown>;
export type FormErrors = Record<string, string | undefined>;
export type FormState = { values?: FormValues; errors?: FormErrors };

const key = Symbol('form-state');

/** Called by <Form>; a getter so the controls follow the page's reactive form result. */
export function provideFormState(get: () => FormState) {
	setContext(key, get);
}

/** The enclosing form's state, read lazily so that it stays reactive. */
export function useFormState(): () => FormState {
	const get = getContext<(() => FormState) | undefined>(key);
	return () => get?.() ?? {};
}

/** A stored or echoed checkbox value as a boolean ('on' is what a browser posts). */
export function isChecked(value: unknown): boolean {
	return value === true || value === 'on' || value === 'true' || value === '1' || value === 1;
}
