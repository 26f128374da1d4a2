// The metrics of the chain a dashboard shows (crimes → cases → defendants → investigations →
// sent to court → convicted → sentence), victims, assistance and the hotline.
export interface MetricSeed {
	code: string;
	en: string;
	az: string;
	descEn?: string;
	descAz?: string;
	sensitive: boolean;
	/** [dimension code, optional] in display order */
	dims: [string, boolean][];
	institutions: string[];
	/**
	 * How several institutions' figures make the published one (DOMAIN.md: the same fact is
	 * often reported by two bodies and is published once): the official institution's code, or
	 * 'sum' for distinct populations.
	 */
	official: string | 'sum';
	/** cross-classifications published: [row dimension, column dimension] */
	crosses?: [string, string][];
}

const SHELTERS = ['VAC', 'NGO_TEMIZ_DUNYA', 'NGO_AUB'];

export const METRICS: MetricSeed[] = [
	{
		code: 'crimes_registered',
		en: 'Crimes registered, by Criminal Code article',
		az: 'Qeydə alınmış cinayətlər (Cinayət Məcəlləsinin maddələri üzrə)',
		sensitive: false,
		dims: [['article', false]],
		institutions: ['MIA'],
		official: 'MIA'
	},
	{
		code: 'criminal_cases_opened',
		en: 'Criminal cases opened',
		az: 'Başlanmış cinayət işləri',
		sensitive: false,
		dims: [],
		institutions: ['MIA', 'PGO'],
		// one fact seen by MIA and PGO: the published figures (2022) are the prosecutors' count
		official: 'PGO'
	},
	{
		code: 'defendants',
		en: 'Defendants (accused persons)',
		az: 'Təqsirləndirilən şəxslər',
		sensitive: false,
		dims: [['sex', false]],
		institutions: ['PGO'],
		official: 'PGO'
	},
	{
		code: 'investigations_completed',
		en: 'Investigations completed',
		az: 'Başa çatdırılmış istintaqlar',
		sensitive: false,
		dims: [],
		institutions: ['MIA', 'PGO'],
		// one fact seen by MIA and PGO: the published figures (2022) are the prosecutors' count
		official: 'PGO'
	},
	{
		code: 'persons_sent_to_court',
		en: 'Persons sent to court',
		az: 'Məhkəməyə göndərilmiş şəxslər',
		sensitive: false,
		dims: [],
		institutions: ['PGO'],
		official: 'PGO'
	},
	{
		code: 'persons_convicted',
		en: 'Persons convicted, by sentence',
		az: 'Məhkum edilmiş şəxslər (cəza növü üzrə)',
		sensitive: false,
		dims: [['sentence', false]],
		institutions: ['PGO', 'SUPREME_COURT'],
		// one fact seen by PGO and the courts: convictions are the courts' figure
		official: 'SUPREME_COURT'
	},
	{
		code: 'victims_identified',
		en: 'Victims identified',
		az: 'Müəyyən edilmiş qurbanlar',
		descEn: 'Persons officially recognised as victims of trafficking in the year.',
		descAz: 'İl ərzində rəsmi olaraq insan alverinin qurbanı kimi tanınmış şəxslər.',
		sensitive: true,
		dims: [
			['sex', false],
			['age', false],
			['citizenship', false],
			['exploitation', false],
			['age_band', true],
			['country', true],
			['exploited_in', true],
			['route', true]
		],
		institutions: ['MIA'],
		official: 'MIA',
		// the National Coordinator publishes victims by form of exploitation and country of
		// exploitation together (e.g. 2020: forced labour in Azerbaijan 9)
		crosses: [['exploitation', 'exploited_in']]
	},
	{
		code: 'potential_victims',
		en: 'Potential victims identified',
		az: 'Müəyyən edilmiş potensial qurbanlar',
		sensitive: true,
		dims: [
			['sex', true],
			['age', true]
		],
		institutions: ['MIA'],
		official: 'MIA'
	},
	{
		code: 'victims_assisted',
		en: 'Victims referred for assistance and assisted',
		az: 'Yardım üçün yönləndirilmiş və yardım almış qurbanlar',
		sensitive: true,
		dims: [
			['sex', true],
			['age', true]
		],
		// IOM publishes the combined figure of the shelters it supports
		institutions: [...SHELTERS, 'IOM'],
		// IOM's figure already is the shelters' total: adding theirs would count them twice
		official: 'IOM'
	},
	{
		code: 'at_risk_assisted',
		en: 'Persons vulnerable to trafficking assisted',
		az: 'Yardım almış insan alverinə həssas şəxslər',
		sensitive: true,
		dims: [],
		institutions: [...SHELTERS, 'IOM'],
		// IOM's figure already is the shelters' total: adding theirs would count them twice
		official: 'IOM'
	},
	{
		code: 'assistance_provided',
		en: 'Assistance provided, by type (services)',
		az: 'Göstərilmiş yardım (növlər üzrə, xidmətlər)',
		descEn:
			'Services given; one person may receive several, so the total counts services, not persons.',
		descAz:
			'Göstərilmiş xidmətlər; bir şəxs bir neçə xidmət ala bilər, ona görə cəmi şəxsləri yox, xidmətləri sayır.',
		sensitive: true,
		dims: [['assistance_type', false]],
		institutions: SHELTERS,
		// each shelter's services are its own: they add up
		official: 'sum'
	},
	{
		code: 'hotline_calls',
		en: 'Hotline calls',
		az: 'Qaynar xəttə müraciətlər',
		sensitive: false,
		dims: [],
		institutions: ['MIA'],
		official: 'MIA'
	},
	{
		code: 'criminal_groups_neutralised',
		en: 'Criminal groups neutralised',
		az: 'Zərərsizləşdirilmiş cinayətkar qruplar',
		sensitive: false,
		dims: [],
		institutions: ['MIA'],
		official: 'MIA'
	},
	{
		code: 'criminal_group_members',
		en: 'Members of those criminal groups',
		az: 'Həmin cinayətkar qrupların üzvləri',
		sensitive: false,
		dims: [],
		institutions: ['MIA'],
		official: 'MIA'
	}
];
