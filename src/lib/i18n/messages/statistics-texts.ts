// Strings of the statistics sources and notes in two languages (grid hint, translation page).
export default {
	en: {
		'stat.source_other_language': 'in Azerbaijani only',
		'pack.table_sources': 'Sources: {list}',
		'pack.table_notes': 'Notes on the figures: {list}',
		'stat.texts.link': 'Sources and notes in both languages',
		'stat.texts.title': 'Sources and notes in both languages',
		'stat.texts.intro':
			'Each source or note is typed in the language its author works in. Reviewers add or correct the other language here; every figure of this report with the same text gets it. The round-table pack prints a text missing in its language in the other one, marked.',
		'stat.texts.none': 'No figure of this report has a source or note yet.',
		'stat.texts.kind.source': 'Source',
		'stat.texts.kind.note': 'Note',
		'stat.texts.cells': '{count} figures',
		'stat.texts.missing': 'translation missing',
		'stat.texts.az': 'Azerbaijani',
		'stat.texts.en': 'English',
		'stat.texts.save': 'Save both languages',
		'stat.texts.saved': 'Saved for {count} figures.',
		'stat.texts.error.empty': 'Give the text in at least one language.',
		'stat.texts.error.changed':
			'This text was changed meanwhile (or its figures removed). Reload the page and try again.'
	},
	az: {
		'stat.source_other_language': 'yalnız ingiliscə',
		'pack.table_sources': 'Mənbələr: {list}',
		'pack.table_notes': 'Göstəricilərə dair qeydlər: {list}',
		'stat.texts.link': 'Mənbələr və qeydlər iki dildə',
		'stat.texts.title': 'Mənbələr və qeydlər iki dildə',
		'stat.texts.intro':
			'Hər mənbə və ya qeyd müəllifinin işlədiyi dildə yazılır. Rəyçilər digər dildəki mətni burada əlavə edir və ya düzəldir; bu hesabatın eyni mətnli bütün göstəriciləri onu alır. Dəyirmi masa paketi öz dilində olmayan mətni digər dildə, işarə ilə çap edir.',
		'stat.texts.none': 'Bu hesabatın heç bir göstəricisinin hələ mənbəyi və ya qeydi yoxdur.',
		'stat.texts.kind.source': 'Mənbə',
		'stat.texts.kind.note': 'Qeyd',
		'stat.texts.cells': '{count} göstərici',
		'stat.texts.missing': 'tərcümə yoxdur',
		'stat.texts.az': 'Azərbaycanca',
		'stat.texts.en': 'İngiliscə',
		'stat.texts.save': 'Hər iki dildə saxla',
		'stat.texts.saved': '{count} göstərici üçün saxlanıldı.',
		'stat.texts.error.empty': 'Mətni ən azı bir dildə yazın.',
		'stat.texts.error.changed':
			'Bu mətn bu arada dəyişdirilib (və ya göstəriciləri silinib). Səhifəni yeniləyib yenidən cəhd edin.'
	}
};
