// The three texts of a progress report, each written in both languages (fields doneAz, doneEn, …),
// in the order the form and the read-only view show them.
import { t } from '$lib/i18n';

type Texts = Record<`${'done' | 'obstacles' | 'nextSteps'}${'Az' | 'En'}`, string | null>;

export function narratives(r: Texts) {
	return [
		{ name: 'done', label: t('progress.done'), az: r.doneAz, en: r.doneEn },
		{ name: 'obstacles', label: t('progress.obstacles'), az: r.obstaclesAz, en: r.obstaclesEn },
		{ name: 'nextSteps', label: t('progress.next_steps'), az: r.nextStepsAz, en: r.nextStepsEn }
	];
}
