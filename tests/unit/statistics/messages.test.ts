// Every statistics message key the code can produce exists in both languages: literal keys found
// in the sources, and the keys the pages build from states, actions and facts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../../src/lib/i18n/core';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(f) ? [p] : [];
	});
}

describe('statistics messages', () => {
	it('has every literal key used in the statistics code', () => {
		const sources = [
			...files('src/lib/server/statistics'),
			...files('src/lib/components/statistics'),
			...files('src/routes/(app)/statistics'),
			...files('src/routes/(app)/admin/metrics'),
			'src/lib/server/forms/stat-values-form.ts',
			'src/lib/server/forms/metric-form.ts'
		];
		const used = new Set<string>();
		for (const f of sources)
			for (const m of readFileSync(f, 'utf8').matchAll(
				/'((?:stat|error|common)\.[a-z_]+(?:\.[a-z_]+)*)'/g
			))
				used.add(m[1]);
		expect(used.size).toBeGreaterThan(60);
		for (const key of used) {
			expect(messages.en[key], `en ${key}`).toBeTruthy();
			expect(messages.az[key], `az ${key}`).toBeTruthy();
		}
	});

	it('has the keys built from states, actions, facts and GLOTIP persons', () => {
		const built = [
			...['open', 'closed'].map((s) => `stat.period.${s}`),
			...['submit', 'approve', 'return', 'reopen'].map((a) => `stat.done.${a}`),
			...['approve', 'return', 'reopen'].map((a) => `stat.action.${a}`),
			...[
				'forbidden',
				'not_found',
				'not_editable',
				'period_closed',
				'invalid_cells',
				'invalid',
				'empty',
				'invalid_transition',
				'reason_required'
			].map((e) => `stat.error.${e}`),
			...['women', 'men', 'girls', 'boys'].map((g) => `stat.glotip.${g}`)
		];
		for (const key of built) {
			expect(messages.en[key], key).toBeTruthy();
			expect(messages.az[key], key).toBeTruthy();
		}
	});
});
