import { describe, expect, it } from 'vitest';
import { safePath } from '../../../src/lib/server/safe-path';

describe('safePath (no open redirects)', () => {
	it('keeps same-site paths', () => {
		expect(safePath('/plan?aim=4.1')).toBe('/plan?aim=4.1');
		expect(safePath('/')).toBe('/');
	});
	it('refuses other sites, including the backslash and control-character tricks', () => {
		for (const bad of [
			'//evil.example',
			'/\\evil.example',
			'https://evil.example',
			'evil',
			'/\t/evil.example',
			'',
			null,
			5
		]) {
			expect(safePath(bad, '/home')).toBe('/home');
		}
	});
});
