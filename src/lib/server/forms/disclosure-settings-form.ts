// The disclosure settings form: the small-count threshold and the public page switch.
import type { FormResult } from './fields';

export interface DisclosureSettings {
	disclosureThreshold: number;
	publicPageEnabled: boolean;
}

export function parseDisclosureSettingsForm(fd: FormData): FormResult<DisclosureSettings> {
	const raw = fd.get('threshold');
	const text = typeof raw === 'string' ? raw.trim() : '';
	const publicPageEnabled = fd.get('publicPage') === 'on';
	const values = { threshold: text, publicPage: publicPageEnabled ? 'on' : '' };
	if (!/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 20)
		return { ok: false, errors: { threshold: 'settings.threshold_invalid' }, values };
	return { ok: true, data: { disclosureThreshold: Number(text), publicPageEnabled } };
}
