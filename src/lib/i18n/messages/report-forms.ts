// Report forms that keep work: uploads that save the text too, the unsaved-changes warning,
// autosave; the statistics submit's empty-cells question and the list's due dates.
export default {
	en: {
		'progress.evidence_saves_text': 'Uploading also saves the text above as a draft.',
		'progress.unsaved_confirm':
			'This report has changes that are not saved. Leave the page anyway?',
		'progress.autosaved': 'Draft saved automatically at {time}.',
		'progress.autosave_conflict':
			'Someone else saved this report meanwhile: automatic saving has stopped. Save to compare the two versions.',
		'progress.autosave_stopped': 'The draft could not be saved automatically. Save it by hand.',
		'stat.confirm_empty':
			'{empty} of {total} cells are empty. Submit anyway? Nothing has been submitted yet.',
		'stat.submit_anyway': 'Submit anyway',
		'stat.unsaved_confirm': 'These figures have changes that are not saved. Leave the page anyway?',
		'stat.autosave.saving': 'Saving the draft…',
		'stat.autosave.saved': 'Draft saved automatically at {time}.',
		'stat.autosave.invalid':
			'Not saved automatically: a figure is not valid. What you typed is kept; "Save draft" marks the cell to correct.',
		'stat.autosave.failed': 'The draft could not be saved automatically; trying again as you type.',
		'stat.autosave.conflict':
			'Someone else saved these figures meanwhile: automatic saving has stopped. Save to see what to do.',
		'stat.autosave.stopped': 'The draft could not be saved automatically. Save it by hand.',
		'stat.due_col': 'Due'
	},
	az: {
		'progress.evidence_saves_text': 'Yükləmə yuxarıdakı mətni də qaralama kimi saxlayır.',
		'progress.unsaved_confirm':
			'Bu hesabatda saxlanılmamış dəyişikliklər var. Səhifəni yenə də tərk edirsiniz?',
		'progress.autosaved': 'Qaralama saat {time} avtomatik saxlanıldı.',
		'progress.autosave_conflict':
			'Bu arada hesabatı başqası saxladı: avtomatik saxlama dayandı. İki versiyanı müqayisə etmək üçün saxlayın.',
		'progress.autosave_stopped': 'Qaralama avtomatik saxlanıla bilmədi. Onu əl ilə saxlayın.',
		'stat.confirm_empty':
			'{total} xanadan {empty} xana boşdur. Yenə də təqdim edilsin? Hələ heç nə təqdim edilməyib.',
		'stat.submit_anyway': 'Yenə də təqdim et',
		'stat.unsaved_confirm':
			'Bu rəqəmlərdə saxlanılmamış dəyişikliklər var. Səhifəni yenə də tərk edirsiniz?',
		'stat.autosave.saving': 'Qaralama saxlanılır…',
		'stat.autosave.saved': 'Qaralama saat {time} avtomatik saxlanıldı.',
		'stat.autosave.invalid':
			'Avtomatik saxlanılmadı: rəqəmlərdən biri düzgün deyil. Yazdıqlarınız qalır; "Qaralamanı saxla" düzəldiləcək xananı göstərir.',
		'stat.autosave.failed': 'Qaralama avtomatik saxlanıla bilmədi; yazdıqca yenidən cəhd ediləcək.',
		'stat.autosave.conflict':
			'Bu arada rəqəmləri başqası saxladı: avtomatik saxlama dayandı. Nə edəcəyinizi görmək üçün saxlayın.',
		'stat.autosave.stopped': 'Qaralama avtomatik saxlanıla bilmədi. Onu əl ilə saxlayın.',
		'stat.due_col': 'Son tarix'
	}
};
