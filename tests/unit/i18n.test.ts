import { describe, expect, it } from 'vitest';
import { messages, translate } from '../../src/lib/i18n/core';

describe('messages', () => {
	it('every key exists, non-empty, in both Azerbaijani and English', () => {
		const az = Object.keys(messages.az).sort();
		const en = Object.keys(messages.en).sort();
		expect(az.filter((k) => !en.includes(k))).toEqual([]);
		expect(en.filter((k) => !az.includes(k))).toEqual([]);
		for (const k of en) {
			expect(messages.en[k].trim(), k).not.toBe('');
			expect(messages.az[k].trim(), k).not.toBe('');
		}
	});

	it('uses the same placeholders in both languages', () => {
		const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const k of Object.keys(messages.en)) {
			expect(names(messages.az[k] ?? ''), k).toEqual(names(messages.en[k]));
		}
	});

	it('fills placeholders and falls back to the key when unknown', () => {
		expect(translate('en', 'error.title', { status: 403 })).toBe('Error 403');
		expect(translate('az', 'error.title', { status: 403 })).toBe('Xəta 403');
		expect(translate('az', 'no.such.key')).toBe('no.such.key');
	});
});
