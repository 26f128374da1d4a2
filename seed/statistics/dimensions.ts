// Disaggregation dimensions and their categories, with the UNODC GLOTIP category each maps onto
// (GLOTIP counts persons as women / men / girls / boys = sex × age, see layout.ts glotipPerson).
type Cat = [code: string, en: string, az: string, glotip?: string];
export interface DimensionSeed {
	code: string;
	en: string;
	az: string;
	categories: Cat[];
}

const COUNTRIES: Cat[] = [
	['AZ', 'Azerbaijan', 'Azərbaycan'],
	['RU', 'Russia', 'Rusiya'],
	['UA', 'Ukraine', 'Ukrayna'],
	['TJ', 'Tajikistan', 'Tacikistan'],
	['UZ', 'Uzbekistan', 'Özbəkistan'],
	['TR', 'Türkiye', 'Türkiyə'],
	['AE', 'United Arab Emirates', 'Birləşmiş Ərəb Əmirlikləri'],
	['MY', 'Malaysia', 'Malayziya'],
	['PK', 'Pakistan', 'Pakistan'],
	['OTHER', 'Other country', 'Digər ölkə']
];

export const DIMENSIONS: DimensionSeed[] = [
	{
		code: 'article',
		en: 'Criminal Code article',
		az: 'Cinayət Məcəlləsinin maddəsi',
		categories: [
			[
				'144-1',
				'Art. 144-1 trafficking in persons',
				'Maddə 144-1 insan alveri',
				'trafficking_in_persons'
			],
			['144-2', 'Art. 144-2 forced labour', 'Maddə 144-2 məcburi əmək', 'forced_labour'],
			[
				'144-3',
				'Art. 144-3 illegal actions with documents for trafficking',
				'Maddə 144-3 insan alveri məqsədilə sənədlərlə qanunsuz hərəkətlər'
			]
		]
	},
	{
		code: 'sex',
		en: 'Sex',
		az: 'Cins',
		categories: [
			['female', 'Female', 'Qadın', 'female'],
			['male', 'Male', 'Kişi', 'male']
		]
	},
	{
		code: 'age',
		en: 'Age group',
		az: 'Yaş qrupu',
		categories: [
			['adult', 'Adult (18 and over)', 'Yetkin (18 və yuxarı)', 'adult'],
			['child', 'Child (under 18)', 'Uşaq (18 yaşadək)', 'child']
		]
	},
	{
		code: 'citizenship',
		en: 'Citizenship',
		az: 'Vətəndaşlıq',
		categories: [
			['national', 'Citizen of Azerbaijan', 'Azərbaycan vətəndaşı', 'national'],
			['foreign', 'Foreigner or stateless', 'Əcnəbi və ya vətəndaşlığı olmayan', 'foreign']
		]
	},
	{
		code: 'exploitation',
		en: 'Form of exploitation',
		az: 'İstismar forması',
		categories: [
			['sexual', 'Sexual exploitation', 'Cinsi istismar', 'sexual_exploitation'],
			['forced_labour', 'Forced labour', 'Məcburi əmək', 'forced_labour'],
			// GLOTIP's forced criminal activity, begging, forced marriage, organ removal, mixed/other
			['other', 'Other forms', 'Digər formalar', 'other']
		]
	},
	{
		code: 'age_band',
		en: 'Age band (CTDC)',
		az: 'Yaş intervalı (CTDC)',
		categories: ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'].map(
			(b) => [b, `${b} years`, `${b} yaş`] as Cat
		)
	},
	{
		// the National Coordinator's annual report publishes victims' ages in its own bands, as
		// written there (the bands share their limits): a classification of its own beside CTDC's
		code: 'age_national',
		en: 'Age band (national report)',
		az: 'Yaş intervalı (milli hesabat)',
		categories: [
			['18-25', '18–25 years', '18–25 yaş'],
			['25-35', '25–35 years', '25–35 yaş'],
			['over_35', 'Over 35 years', '35 yaşdan yuxarı']
		]
	},
	{
		code: 'country',
		en: 'Country of citizenship',
		az: 'Vətəndaşlıq ölkəsi',
		categories: COUNTRIES
	},
	{
		code: 'exploited_in',
		en: 'Country of exploitation',
		az: 'İstismar ölkəsi',
		categories: COUNTRIES
	},
	{
		code: 'route',
		en: 'Internal or transnational',
		az: 'Daxili və ya transmilli',
		categories: [
			['internal', 'Internal (within Azerbaijan)', 'Daxili (Azərbaycan daxilində)'],
			['transnational', 'Transnational', 'Transmilli']
		]
	},
	{
		code: 'sentence',
		en: 'Sentence',
		az: 'Cəza',
		categories: [
			['imprisonment', 'Imprisonment', 'Azadlıqdan məhrum etmə'],
			['conditional', 'Conditional (probation)', 'Şərti məhkum etmə'],
			['postponed', 'Postponed', 'Cəzanın çəkilməsinin təxirə salınması']
		]
	},
	{
		code: 'assistance_type',
		en: 'Type of assistance',
		az: 'Yardım növü',
		categories: [
			['one_time_allowance', 'One-time allowance', 'Birdəfəlik müavinət'],
			['shelter', 'Shelter placement', 'Sığınacağa yerləşdirmə'],
			['vocational_training', 'Vocational training', 'Peşə hazırlığı'],
			['employment', 'Employment', 'Məşğulluq'],
			['documents', 'Identity documents', 'Şəxsiyyət sənədləri'],
			['social_assistance', 'Social assistance', 'Sosial yardım'],
			['family_reunification', 'Family reunification', 'Ailəyə qovuşdurma'],
			['psychological', 'Psychological help', 'Psixoloji yardım'],
			['legal', 'Legal help', 'Hüquqi yardım']
		]
	}
];
