// Strings of the statistics definitions admin (/admin/metrics).
export default {
	en: {
		'stat.admin.title': 'Statistics definitions',
		'stat.admin.intro':
			'Metrics, who reports them, and their disaggregation dimensions and categories. Codes appear in stored figures and files: a code in use cannot be changed.',
		'stat.admin.section_desc':
			'Statistics metrics, who reports them, their dimensions and categories (GLOTIP mapping).',
		'stat.admin.metrics': 'Metrics',
		'stat.admin.years': 'Statistics years',
		'stat.admin.years_help':
			'Institutions enter figures for open years; closed years can be read but not changed (an exception per institution can still be granted).',
		'stat.admin.open_year': 'Open',
		'stat.admin.close_year': 'Close',
		'stat.admin.add_year': 'Add the next year',
		'stat.admin.code': 'Code',
		'stat.admin.code_help': 'Latin letters, digits, _ and -.',
		'stat.admin.name': 'Name',
		'stat.admin.name_az': 'Name (Azerbaijani)',
		'stat.admin.name_en': 'Name (English)',
		'stat.admin.description_az': 'Description (Azerbaijani)',
		'stat.admin.description_en': 'Description (English)',
		'stat.admin.unit': 'Unit',
		'stat.admin.sort': 'Order',
		'stat.admin.sensitive': 'Figures about victims (subject to disclosure control)',
		'stat.admin.active': 'Active (reported)',
		'stat.admin.dimensions': 'Disaggregation dimensions',
		'stat.admin.dimensions_help':
			'Required dimensions are crossed in pairs in the grid (sex × age gives the GLOTIP women / men / girls / boys); optional ones are offered on their own.',
		'stat.admin.dimension': 'Dimension',
		'stat.admin.use': 'Use',
		'stat.admin.dim_none': 'not used',
		'stat.admin.dim_required': 'required',
		'stat.admin.dim_optional': 'optional',
		'stat.admin.reporters': 'Reporting institutions',
		'stat.admin.new_metric': 'New metric',
		'stat.admin.new_dimension': 'New dimension',
		'stat.admin.create': 'Create',
		'stat.admin.created': 'Created. Now choose its dimensions and reporting institutions.',
		'stat.admin.categories': 'Categories',
		'stat.admin.categories_help':
			'The GLOTIP column names the UNODC questionnaire category the category maps onto, if any.',
		'stat.admin.new_category': 'New category',
		'stat.admin.glotip': 'GLOTIP category',
		'stat.admin.add': 'Add',
		'stat.admin.code_invalid':
			'Use Latin letters, digits, _ or - (metrics: lower case, starting with a letter).',
		'stat.admin.code_taken': 'This code is already used.',
		'stat.admin.code_locked': 'Figures are stored under this code; it cannot be changed any more.',
		'stat.admin.unit_invalid': 'Choose a unit from the list.',
		'stat.admin.dimension_invalid': 'Unknown dimension.',
		'stat.admin.dimension_in_use':
			'A dimension you removed is used by stored figures of this metric; it was not removed.',
		'stat.admin.category_in_use': 'Stored figures use this category; it cannot be deleted.',
		'stat.combine.official_required':
			'Choose an institution that reports this metric as the source of its published figure.',
		'stat.combine.not_official':
			'This metric adds its institutions’ figures up; it has no official source to choose.',
		'stat.combine.reason_required': 'Say why this figure is published instead.',
		'stat.combine.reason_too_long': 'At most 500 characters.',
		'stat.combine.title': 'How institutions’ figures combine',
		'stat.combine.help':
			'Add up distinct populations (each shelter’s clients); publish one official source for a fact several bodies report (criminal cases by MIA and PGO). Stored figures never change; the change is recorded in the audit log.',
		'stat.combine.mode': 'Published figure',
		'stat.combine.sum': 'The sum of every institution’s figure',
		'stat.combine.official': 'One official institution’s figure',
		'stat.combine.official_source': 'Official source',
		'stat.combine.save': 'Save how figures combine',
		'stat.combine.mode_invalid': 'Choose how the figures combine.'
	},
	az: {
		'stat.admin.title': 'Statistika tərifləri',
		'stat.admin.intro':
			'Göstəricilər, onları kimin təqdim etdiyi, bölgü ölçüləri və kateqoriyaları. Kodlar saxlanılmış rəqəmlərdə və fayllarda işlənir: istifadədə olan kodu dəyişmək olmaz.',
		'stat.admin.section_desc':
			'Statistika göstəriciləri, onları kimin təqdim etdiyi, ölçüləri və kateqoriyaları (GLOTIP uyğunluğu).',
		'stat.admin.metrics': 'Göstəricilər',
		'stat.admin.years': 'Statistika illəri',
		'stat.admin.years_help':
			'Qurumlar açıq illər üzrə rəqəmləri daxil edir; bağlı illərə baxmaq olar, dəyişmək olmaz (quruma ayrıca istisna verilə bilər).',
		'stat.admin.open_year': 'Aç',
		'stat.admin.close_year': 'Bağla',
		'stat.admin.add_year': 'Növbəti ili əlavə et',
		'stat.admin.code': 'Kod',
		'stat.admin.code_help': 'Latın hərfləri, rəqəmlər, _ və -.',
		'stat.admin.name': 'Ad',
		'stat.admin.name_az': 'Ad (azərbaycanca)',
		'stat.admin.name_en': 'Ad (ingiliscə)',
		'stat.admin.description_az': 'Təsvir (azərbaycanca)',
		'stat.admin.description_en': 'Təsvir (ingiliscə)',
		'stat.admin.unit': 'Vahid',
		'stat.admin.sort': 'Sıra',
		'stat.admin.sensitive': 'Qurbanlar haqqında rəqəmlər (açıqlama nəzarətinə tabedir)',
		'stat.admin.active': 'Aktiv (təqdim edilir)',
		'stat.admin.dimensions': 'Bölgü ölçüləri',
		'stat.admin.dimensions_help':
			'Mütləq ölçülər cədvəldə cüt-cüt çarpazlaşdırılır (cins × yaş GLOTIP-in qadınlar / kişilər / qızlar / oğlanlar bölgüsünü verir); könüllü ölçülər ayrıca təklif olunur.',
		'stat.admin.dimension': 'Ölçü',
		'stat.admin.use': 'İstifadə',
		'stat.admin.dim_none': 'istifadə olunmur',
		'stat.admin.dim_required': 'mütləq',
		'stat.admin.dim_optional': 'könüllü',
		'stat.admin.reporters': 'Təqdim edən qurumlar',
		'stat.admin.new_metric': 'Yeni göstərici',
		'stat.admin.new_dimension': 'Yeni ölçü',
		'stat.admin.create': 'Yarat',
		'stat.admin.created': 'Yaradıldı. İndi onun ölçülərini və təqdim edən qurumlarını seçin.',
		'stat.admin.categories': 'Kateqoriyalar',
		'stat.admin.categories_help':
			'GLOTIP sütunu kateqoriyanın uyğun gəldiyi UNODC sorğu kateqoriyasını göstərir (varsa).',
		'stat.admin.new_category': 'Yeni kateqoriya',
		'stat.admin.glotip': 'GLOTIP kateqoriyası',
		'stat.admin.add': 'Əlavə et',
		'stat.admin.code_invalid':
			'Latın hərfləri, rəqəmlər, _ və ya - işlədin (göstəricilər: kiçik hərflə, hərflə başlayan).',
		'stat.admin.code_taken': 'Bu kod artıq istifadə olunur.',
		'stat.admin.code_locked': 'Bu kodla rəqəmlər saxlanılıb; onu artıq dəyişmək olmaz.',
		'stat.admin.unit_invalid': 'Siyahıdan vahid seçin.',
		'stat.admin.dimension_invalid': 'Naməlum ölçü.',
		'stat.admin.dimension_in_use':
			'Sildiyiniz ölçü bu göstəricinin saxlanılmış rəqəmlərində istifadə olunur; o silinmədi.',
		'stat.admin.category_in_use':
			'Saxlanılmış rəqəmlər bu kateqoriyadan istifadə edir; onu silmək olmaz.',
		'stat.combine.official_required':
			'Dərc olunan rəqəmin mənbəyi kimi bu göstəricini təqdim edən qurumu seçin.',
		'stat.combine.not_official':
			'Bu göstərici qurumların rəqəmlərini toplayır; onun seçiləcək rəsmi mənbəyi yoxdur.',
		'stat.combine.reason_required': 'Bu rəqəmin niyə dərc olunduğunu yazın.',
		'stat.combine.reason_too_long': 'Ən çoxu 500 simvol.',
		'stat.combine.title': 'Qurumların rəqəmləri necə birləşir',
		'stat.combine.help':
			'Fərqli əhali qruplarını toplayın (hər sığınacağın müştəriləri); bir neçə qurumun bildirdiyi eyni fakt üçün bir rəsmi mənbənin rəqəmini dərc edin (DİN və Baş Prokurorluğun cinayət işləri). Saxlanılmış rəqəmlər dəyişmir; dəyişiklik audit jurnalına yazılır.',
		'stat.combine.mode': 'Dərc olunan rəqəm',
		'stat.combine.sum': 'Bütün qurumların rəqəmlərinin cəmi',
		'stat.combine.official': 'Bir rəsmi qurumun rəqəmi',
		'stat.combine.official_source': 'Rəsmi mənbə',
		'stat.combine.save': 'Birləşmə qaydasını saxla',
		'stat.combine.mode_invalid': 'Rəqəmlərin necə birləşdiyini seçin.'
	}
};
