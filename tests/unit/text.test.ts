import { describe, expect, it } from 'vitest';
import { codeSortKey, compareText, foldForSearch, matchesSearch, upper } from '../../src/lib/text';

describe('Azerbaijani text', () => {
	it('upper-cases i to İ and ı to I', () => {
		expect(upper('istismar')).toBe('İSTİSMAR');
		expect(upper('qızlar')).toBe('QIZLAR');
	});
	it('sorts ç after c, ə after e, ı before i, ş after s', () => {
		const words = ['şəhər', 'çay', 'əl', 'ip', 'ılıq', 'can', 'el', 'son'];
		expect([...words].sort((a, b) => compareText(a, b))).toEqual([
			'can',
			'çay',
			'el',
			'əl',
			'ılıq',
			'ip',
			'son',
			'şəhər'
		]);
	});
	it('finds İSTİSMAR with istismar and the reverse', () => {
		expect(matchesSearch(foldForSearch('Cinsi İSTİSMAR halları'), 'istismar')).toBe(true);
		expect(matchesSearch(foldForSearch('cinsi istismar'), 'İSTİSMAR')).toBe(true);
		expect(matchesSearch(foldForSearch('Məcburi əmək'), 'MƏCBURİ')).toBe(true);
		expect(matchesSearch(foldForSearch('Məcburi əmək'), 'icbar')).toBe(false);
	});
	it('orders codes numerically', () => {
		expect(
			['4.1.10', '4.1.9', '4.2.1'].sort((a, b) => codeSortKey(a).localeCompare(codeSortKey(b)))
		).toEqual(['4.1.9', '4.1.10', '4.2.1']);
	});
});
