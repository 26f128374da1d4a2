// The whole mission's data model. Conventions: counts are integers, timestamps are integer
// milliseconds UTC (`mode: 'timestamp_ms'`), calendar dates are ISO `YYYY-MM-DD` text, and every
// bilingual text has an `Az` and an `En` column. Tables are singular, columns snake_case in SQL.
import { sql } from 'drizzle-orm';
import {
	sqliteTable,
	text,
	integer,
	real,
	blob,
	primaryKey,
	uniqueIndex,
	index,
	type AnySQLiteColumn,
	type UpdateDeleteAction
} from 'drizzle-orm/sqlite-core';
import { STAT_UNITS } from '../../stat-units';
import { IMPLEMENTATION_STATUSES } from '../../implementation-statuses';

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.default(sql`(unixepoch('subsec') * 1000)`);

// A foreign key that must be set: most references are, and spelling out the chain each time
// buried the columns that differ.
const requiredRef = (name: string, target: () => AnySQLiteColumn, onDelete?: UpdateDeleteAction) =>
	integer(name)
		.notNull()
		.references(target, onDelete ? { onDelete } : {});

// ---------------------------------------------------------------- institutions, users, sessions

export const INSTITUTION_KINDS = [
	'ministry',
	'agency',
	'court',
	'ngo',
	'international',
	'other'
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const institution = sqliteTable('institution', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	code: text('code').notNull().unique(),
	nameAz: text('name_az').notNull(),
	nameEn: text('name_en').notNull(),
	kind: text('kind', { enum: INSTITUTION_KINDS }).notNull(),
	// the finer kind of the source data (police_unit, ngo_shelter, …) and how it was verified
	subKind: text('sub_kind'),
	verification: text('verification'),
	active: integer('active', { mode: 'boolean' }).notNull().default(true),
	createdAt: createdAt()
});

export const ROLES = ['admin', 'reviewer', 'focal_point', 'donor'] as const;
export type Role = (typeof ROLES)[number];
export const LOCALES = ['az', 'en'] as const;

export const user = sqliteTable(
	'user',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		// stored lower-cased; unique
		email: text('email').notNull().unique(),
		name: text('name').notNull(),
		// null until an invited user sets a password
		passwordHash: text('password_hash'),
		role: text('role', { enum: ROLES }).notNull(),
		institutionId: integer('institution_id').references(() => institution.id),
		locale: text('locale', { enum: LOCALES }).notNull().default('az'),
		disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
		// demo accounts may skip TOTP enrolment, but only while DEMO_MODE=1
		isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
		// AES-GCM sealed (auth/secret-box.ts), never the plain key
		totpKey: blob('totp_key', { mode: 'buffer' }),
		// the last accepted TOTP time step: a code is never accepted twice
		totpLastCounter: integer('totp_last_counter'),
		// JSON array of SHA-256 hex hashes of unused recovery codes
		recoveryCodes: text('recovery_codes'),
		passwordChangedAt: integer('password_changed_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [index('user_institution_idx').on(t.institutionId)]
);

export const session = sqliteTable(
	'session',
	{
		// public half of the `id.secret` token
		id: text('id').primaryKey(),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		userId: requiredRef('user_id', () => user.id, 'cascade'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		lastVerifiedAt: integer('last_verified_at', { mode: 'timestamp_ms' }).notNull(),
		// false until the second factor is checked (for accounts that have one)
		twoFactorVerified: integer('two_factor_verified', { mode: 'boolean' }).notNull().default(false),
		// when the second factor was last checked: admins and reviewers are asked again after
		// auth/policy.ts SESSION_POLICY.*.secondFactorMs
		twoFactorAt: integer('two_factor_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

// one-time links: invitations and password resets; only the token's hash is stored
export const userToken = sqliteTable('user_token', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	userId: requiredRef('user_id', () => user.id, 'cascade'),
	kind: text('kind', { enum: ['invite', 'reset'] }).notNull(),
	tokenHash: text('token_hash').notNull().unique(),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
	usedAt: integer('used_at', { mode: 'timestamp_ms' }),
	createdBy: integer('created_by').references(() => user.id),
	createdAt: createdAt()
});

// failed sign-in counters, per account ("email:…") and per address ("ip:…")
export const loginThrottle = sqliteTable('login_throttle', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

// ---------------------------------------------------------------- the plan

export const PLAN_STATUSES = ['draft', 'published', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const plan = sqliteTable('plan', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	code: text('code').notNull().unique(),
	titleAz: text('title_az').notNull(),
	titleEn: text('title_en').notNull(),
	startYear: integer('start_year').notNull(),
	endYear: integer('end_year').notNull(),
	approvalRef: text('approval_ref'),
	source: text('source'),
	// draft: only admins see it; published: everyone; archived: read-only history. The default
	// keeps plans that existed before the lifecycle live; new plans are inserted as drafts.
	status: text('status', { enum: PLAN_STATUSES }).notNull().default('published'),
	createdAt: createdAt()
});

export const planSection = sqliteTable(
	'plan_section',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: requiredRef('plan_id', () => plan.id, 'cascade'),
		code: text('code').notNull(),
		titleAz: text('title_az').notNull(),
		titleEn: text('title_en').notNull(),
		sortOrder: integer('sort_order').notNull().default(0),
		source: text('source')
	},
	(t) => [uniqueIndex('plan_section_code_uq').on(t.planId, t.code)]
);

export const roundTable = sqliteTable('round_table', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	planId: requiredRef('plan_id', () => plan.id),
	snapshotId: integer('snapshot_id'),
	heldOn: text('held_on').notNull(),
	titleAz: text('title_az').notNull(),
	titleEn: text('title_en').notNull(),
	notesAz: text('notes_az'),
	notesEn: text('notes_en'),
	createdBy: integer('created_by').references(() => user.id),
	createdAt: createdAt(),
	// withdrawn rather than deleted once any of its decisions has been reported on
	withdrawnAt: integer('withdrawn_at', { mode: 'timestamp_ms' })
});

// An action of the plan; round-table decisions are actions too (kind = 'decision'), so that they
// are assigned, reported on and reviewed by the same mechanism.
export const action = sqliteTable(
	'action',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: requiredRef('plan_id', () => plan.id, 'cascade'),
		sectionId: integer('section_id').references(() => planSection.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['action', 'decision'] })
			.notNull()
			.default('action'),
		roundTableId: integer('round_table_id').references(() => roundTable.id),
		code: text('code').notNull(),
		textAz: text('text_az'),
		textEn: text('text_en'),
		startYear: integer('start_year'),
		endYear: integer('end_year'),
		// decisions have a due date rather than a range of years
		dueDate: text('due_date'),
		// true for demo rows that are not from the decree
		sample: integer('sample', { mode: 'boolean' }).notNull().default(false),
		source: text('source'),
		note: text('note'),
		// numeric sort key so that 4.1.10 follows 4.1.9
		sortKey: text('sort_key').notNull(),
		// both texts folded for Azerbaijani-aware search (see $lib/text)
		searchText: text('search_text').notNull().default(''),
		createdAt: createdAt(),
		// a withdrawn decision is kept (it may have reports) but is off "My actions"
		withdrawnAt: integer('withdrawn_at', { mode: 'timestamp_ms' })
	},
	(t) => [
		uniqueIndex('action_code_uq').on(t.planId, t.code),
		index('action_section_idx').on(t.sectionId)
	]
);

export const ACTION_ROLES = ['lead', 'co', 'recommended'] as const;
export type ActionRole = (typeof ACTION_ROLES)[number];

export const actionInstitution = sqliteTable(
	'action_institution',
	{
		actionId: requiredRef('action_id', () => action.id, 'cascade'),
		institutionId: requiredRef('institution_id', () => institution.id),
		role: text('role', { enum: ACTION_ROLES }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.actionId, t.institutionId] }),
		index('action_institution_inst_idx').on(t.institutionId)
	]
);

export const indicator = sqliteTable('indicator', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	actionId: requiredRef('action_id', () => action.id, 'cascade'),
	nameAz: text('name_az').notNull(),
	nameEn: text('name_en').notNull(),
	unit: text('unit').notNull().default('count'),
	baseline: real('baseline'),
	milestone: real('milestone'),
	target: real('target'),
	sortOrder: integer('sort_order').notNull().default(0)
});

// ---------------------------------------------------------------- reporting periods

export const PERIOD_KINDS = ['year', 'half', 'quarter'] as const;

export const reportingPeriod = sqliteTable(
	'reporting_period',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		// null for statistics years that precede or outlive a plan (baselines)
		planId: integer('plan_id').references(() => plan.id, { onDelete: 'cascade' }),
		// 'progress' periods carry action reports, 'statistics' periods carry figures
		scope: text('scope', { enum: ['progress', 'statistics'] })
			.notNull()
			.default('progress'),
		// 'span': statistics published only for several years together (e.g. 2020–2021)
		kind: text('kind', { enum: [...PERIOD_KINDS, 'span'] }).notNull(),
		// e.g. 2021-H1, 2021-Q3, 2021
		code: text('code').notNull(),
		startDate: text('start_date').notNull(),
		endDate: text('end_date').notNull(),
		dueDate: text('due_date').notNull(),
		status: text('status', { enum: ['open', 'closed'] })
			.notNull()
			.default('open'),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('period_code_uq').on(t.planId, t.scope, t.code)]
);

// an admin lets one institution submit into a closed period
export const periodException = sqliteTable(
	'period_exception',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		periodId: requiredRef('period_id', () => reportingPeriod.id, 'cascade'),
		institutionId: requiredRef('institution_id', () => institution.id),
		untilDate: text('until_date').notNull(),
		reason: text('reason').notNull(),
		grantedBy: integer('granted_by').references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('period_exception_uq').on(t.periodId, t.institutionId)]
);

// ---------------------------------------------------------------- workflow subjects

export const WORKFLOW_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

// columns shared by everything that goes draft → submitted → returned/approved
const workflowColumns = () => ({
	state: text('state', { enum: WORKFLOW_STATES }).notNull().default('draft'),
	// optimistic locking: every save must name the version it started from
	version: integer('version').notNull().default(1),
	submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
	submittedBy: integer('submitted_by').references(() => user.id),
	reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
	reviewedBy: integer('reviewed_by').references(() => user.id),
	returnReason: text('return_reason'),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
	updatedBy: integer('updated_by').references(() => user.id),
	createdAt: createdAt()
});

export { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../../implementation-statuses';

// what a progress report says, live and as frozen in a snapshot (snapshot_progress)
const progressColumns = () => ({
	percent: integer('percent'),
	doneAz: text('done_az'),
	doneEn: text('done_en'),
	obstaclesAz: text('obstacles_az'),
	obstaclesEn: text('obstacles_en'),
	nextStepsAz: text('next_steps_az'),
	nextStepsEn: text('next_steps_en')
});

export const progressReport = sqliteTable(
	'progress_report',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		actionId: requiredRef('action_id', () => action.id, 'cascade'),
		institutionId: requiredRef('institution_id', () => institution.id),
		periodId: requiredRef('period_id', () => reportingPeriod.id),
		status: text('status', { enum: IMPLEMENTATION_STATUSES }).notNull().default('not_started'),
		...progressColumns(),
		...workflowColumns()
	},
	(t) => [
		uniqueIndex('progress_report_uq').on(t.actionId, t.institutionId, t.periodId),
		index('progress_report_state_idx').on(t.state, t.periodId),
		index('progress_report_inst_idx').on(t.institutionId, t.periodId)
	]
);

export const indicatorValue = sqliteTable(
	'indicator_value',
	{
		reportId: requiredRef('report_id', () => progressReport.id, 'cascade'),
		indicatorId: requiredRef('indicator_id', () => indicator.id, 'cascade'),
		value: real('value'),
		note: text('note')
	},
	(t) => [primaryKey({ columns: [t.reportId, t.indicatorId] })]
);

export const SUBJECT_TYPES = ['progress', 'statistics'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

// every state change of a workflow subject, with its reason
export const workflowEvent = sqliteTable(
	'workflow_event',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
		subjectId: integer('subject_id').notNull(),
		fromState: text('from_state'),
		toState: text('to_state').notNull(),
		reason: text('reason'),
		actorId: integer('actor_id').references(() => user.id),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('workflow_event_subject_idx').on(t.subjectType, t.subjectId)]
);

export const comment = sqliteTable(
	'comment',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
		subjectId: integer('subject_id').notNull(),
		authorId: requiredRef('author_id', () => user.id),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('comment_subject_idx').on(t.subjectType, t.subjectId)]
);

export const SENSITIVITIES = ['public', 'partners', 'reviewers'] as const;

export const attachment = sqliteTable(
	'attachment',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
		subjectId: integer('subject_id').notNull(),
		kind: text('kind', { enum: ['file', 'link'] }).notNull(),
		fileName: text('file_name'),
		mimeType: text('mime_type'),
		size: integer('size'),
		sha256: text('sha256'),
		// relative to DATA_DIR/uploads; never under static/
		storagePath: text('storage_path'),
		url: text('url'),
		label: text('label'),
		sensitivity: text('sensitivity', { enum: SENSITIVITIES }).notNull().default('partners'),
		uploadedBy: integer('uploaded_by').references(() => user.id),
		createdAt: createdAt()
	},
	(t) => [index('attachment_subject_idx').on(t.subjectType, t.subjectId)]
);

// Append-only: migration 0001 installs triggers that refuse UPDATE and DELETE.
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		actorId: integer('actor_id'),
		actorRole: text('actor_role'),
		entity: text('entity').notNull(),
		entityId: text('entity_id'),
		operation: text('operation').notNull(),
		before: text('before'),
		after: text('after'),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		// the request's source address (as ADDRESS_HEADER/XFF_DEPTH resolve it) and user agent;
		// null for scripts and background jobs
		address: text('address'),
		userAgent: text('user_agent')
	},
	(t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_at_idx').on(t.at)]
);

// ---------------------------------------------------------------- reminders and notifications

export const notification = sqliteTable(
	'notification',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: requiredRef('user_id', () => user.id, 'cascade'),
		kind: text('kind').notNull(),
		// message key + JSON params, rendered in the reader's language
		messageKey: text('message_key').notNull(),
		params: text('params'),
		link: text('link'),
		createdAt: createdAt(),
		readAt: integer('read_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('notification_user_idx').on(t.userId, t.readAt)]
);

// one row per reminder ever sent: the unique key is what makes "never twice" hold
export const reminderLog = sqliteTable('reminder_log', {
	key: text('key').primaryKey(),
	kind: text('kind').notNull(),
	periodId: integer('period_id').references(() => reportingPeriod.id, { onDelete: 'cascade' }),
	institutionId: integer('institution_id').references(() => institution.id),
	sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
	recipients: text('recipients')
});

// ---------------------------------------------------------------- e-mail
// Workflow mail is queued here, in (or right after) the transaction of the step that causes it,
// and sent outside the request by server/mail/deliver.ts: a failed send is retried with backoff
// and, after the last attempt, shown to admins as failed. It never blocks or undoes the step.
// The message is stored as a key + params and written in the recipient's language when sent.
export const MAIL_KINDS = [
	'invite',
	'reset',
	'report_returned',
	'report_approved',
	'submitted_digest',
	'decision_assigned'
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;

export const mailOutbox = sqliteTable(
	'mail_outbox',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		kind: text('kind', { enum: MAIL_KINDS }).notNull(),
		userId: integer('user_id').references(() => user.id, { onDelete: 'cascade' }),
		toAddress: text('to_address').notNull(),
		// JSON: what the template fills in; for invitations and resets it holds the one-time link,
		// so it is blanked once the mail is sent or has failed for good
		params: text('params'),
		status: text('status', { enum: MAIL_STATUSES }).notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
		// when a sender took it (status 'sending'): a sender that died mid-send is recovered
		claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }),
		lastError: text('last_error'),
		sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
		createdAt: createdAt()
	},
	(t) => [
		index('mail_outbox_status_idx').on(t.status, t.nextAttemptAt),
		index('mail_outbox_user_idx').on(t.userId)
	]
);

// Submissions waiting for a reviewer's daily digest: one row per (reviewer, submission); the
// digest job turns all of a reviewer's rows into one mail (mailId) in one transaction.
export const mailDigestItem = sqliteTable(
	'mail_digest_item',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: requiredRef('user_id', () => user.id, 'cascade'),
		// 'progress' | 'statistics'
		subjectType: text('subject_type').notNull(),
		subjectId: integer('subject_id').notNull(),
		params: text('params').notNull(),
		// set when a digest took it; mailId null then means no mail (the reviewer turned it off)
		digestedAt: integer('digested_at', { mode: 'timestamp_ms' }),
		mailId: integer('mail_id').references(() => mailOutbox.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [index('mail_digest_item_pending_idx').on(t.digestedAt, t.userId)]
);

// A row is a kind of mail the user turned off (invitations and resets cannot be).
export const mailOptOut = sqliteTable(
	'mail_opt_out',
	{
		userId: requiredRef('user_id', () => user.id, 'cascade'),
		kind: text('kind', { enum: MAIL_KINDS }).notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.kind] })]
);

// ---------------------------------------------------------------- statistics

export const STAT_COMBINE_MODES = ['sum', 'official'] as const;
// What a metric's figures count (labels: src/lib/stat-units.ts). Amounts of money are stored in
// whole units of their currency (AZN: manats), as the national report publishes them: integers
// like every count, so sums, checks and disclosure control stay exact.
export { STAT_UNITS, type StatUnit } from '../../stat-units';
export type StatCombineMode = (typeof STAT_COMBINE_MODES)[number];

export const statDimension = sqliteTable('stat_dimension', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	code: text('code').notNull().unique(),
	nameAz: text('name_az').notNull(),
	nameEn: text('name_en').notNull()
});

export const statCategory = sqliteTable(
	'stat_category',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		dimensionId: requiredRef('dimension_id', () => statDimension.id, 'cascade'),
		code: text('code').notNull(),
		nameAz: text('name_az').notNull(),
		nameEn: text('name_en').notNull(),
		// the UNODC GLOTIP category this maps onto, where there is one
		glotip: text('glotip'),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [uniqueIndex('stat_category_uq').on(t.dimensionId, t.code)]
);

export const statMetric = sqliteTable('stat_metric', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	code: text('code').notNull().unique(),
	nameAz: text('name_az').notNull(),
	nameEn: text('name_en').notNull(),
	descriptionAz: text('description_az'),
	descriptionEn: text('description_en'),
	unit: text('unit', { enum: STAT_UNITS }).notNull().default('count'),
	// victims' figures are subject to disclosure control
	sensitive: integer('sensitive', { mode: 'boolean' }).notNull().default(true),
	sortOrder: integer('sort_order').notNull().default(0),
	active: integer('active', { mode: 'boolean' }).notNull().default(true),
	// how the figures of several institutions make the published one: 'sum' for distinct
	// populations (each shelter's clients), 'official' for one fact seen by several bodies
	// (criminal cases by MIA and PGO), published from one official institution only
	combine: text('combine', { enum: STAT_COMBINE_MODES }).notNull().default('sum'),
	officialInstitutionId: integer('official_institution_id').references(() => institution.id)
});

// A reviewer's choice of another institution's figure as the published one for one metric and
// one statistics period, with the reason (audited; the figures themselves are never changed).
export const statOfficialChoice = sqliteTable(
	'stat_official_choice',
	{
		metricId: requiredRef('metric_id', () => statMetric.id, 'cascade'),
		periodId: requiredRef('period_id', () => reportingPeriod.id, 'cascade'),
		institutionId: requiredRef('institution_id', () => institution.id),
		reason: text('reason').notNull(),
		chosenBy: integer('chosen_by').references(() => user.id),
		chosenAt: integer('chosen_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.metricId, t.periodId] })]
);

export const statMetricDimension = sqliteTable(
	'stat_metric_dimension',
	{
		metricId: requiredRef('metric_id', () => statMetric.id, 'cascade'),
		dimensionId: requiredRef('dimension_id', () => statDimension.id),
		optional: integer('optional', { mode: 'boolean' }).notNull().default(false),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.metricId, t.dimensionId] })]
);

// A cross-classification a metric publishes: its figures by two of its dimensions at once (victims
// by form of exploitation × country of exploitation), entered in the grid as a two-way table and
// published as one (rows × columns, with their margins).
export const statMetricCross = sqliteTable(
	'stat_metric_cross',
	{
		metricId: requiredRef('metric_id', () => statMetric.id, 'cascade'),
		rowDimensionId: requiredRef('row_dimension_id', () => statDimension.id),
		colDimensionId: requiredRef('col_dimension_id', () => statDimension.id),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.metricId, t.rowDimensionId, t.colDimensionId] })]
);

export const statMetricInstitution = sqliteTable(
	'stat_metric_institution',
	{
		metricId: requiredRef('metric_id', () => statMetric.id, 'cascade'),
		institutionId: requiredRef('institution_id', () => institution.id)
	},
	(t) => [primaryKey({ columns: [t.metricId, t.institutionId] })]
);

// Where published figures appear on the results page and the donor view (the same tables for
// both, protected for donors). A table shows one metric broken down by one dimension (or its
// total alone), or — with rows in result_row — chosen cells of several metrics (the funnel).
// A metric is "published" when a published table shows it; nothing else lists metrics in code.
export const RESULT_CHARTS = ['bar', 'stacked', 'hstacked', 'funnel', 'hbar'] as const;
export type ResultChart = (typeof RESULT_CHARTS)[number];

export const resultTable = sqliteTable('result_table', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	// the table's id in pages, exports and packs
	code: text('code').notNull().unique(),
	// null: named after its metric (and dimension)
	titleAz: text('title_az'),
	titleEn: text('title_en'),
	// the plan aim (section) it belongs to, by position (1–5), for the aim filter
	aim: integer('aim').notNull(),
	sortOrder: integer('sort_order').notNull().default(0),
	chart: text('chart', { enum: RESULT_CHARTS }).notNull().default('stacked'),
	metricId: integer('metric_id').references(() => statMetric.id, { onDelete: 'cascade' }),
	dimensionId: integer('dimension_id').references(() => statDimension.id, {
		onDelete: 'cascade'
	}),
	published: integer('published', { mode: 'boolean' }).notNull().default(true)
});

export const resultRow = sqliteTable(
	'result_row',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		tableId: requiredRef('table_id', () => resultTable.id, 'cascade'),
		metricId: requiredRef('metric_id', () => statMetric.id, 'cascade'),
		// '' for the metric's total or one `dim=cat`
		categoryKey: text('category_key').notNull().default(''),
		labelAz: text('label_az'),
		labelEn: text('label_en'),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [index('result_row_table_idx').on(t.tableId)]
);

// the unit of submission and review for figures: one institution × one period
export const statReport = sqliteTable(
	'stat_report',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		institutionId: requiredRef('institution_id', () => institution.id),
		periodId: requiredRef('period_id', () => reportingPeriod.id),
		...workflowColumns()
	},
	(t) => [uniqueIndex('stat_report_uq').on(t.institutionId, t.periodId)]
);

// one figure, live (stat_value) and as frozen in a snapshot (snapshot_statistic)
const figureColumns = () => ({
	// null with notAvailable = true means "not available", which is not zero
	value: integer('value'),
	notAvailable: integer('not_available', { mode: 'boolean' }).notNull().default(false),
	// where the figure comes from and a note on it, per language: a focal point types them in
	// the language they work in, a reviewer may add the other (migrations 0011–0013)
	sourceAz: text('source_az'),
	sourceEn: text('source_en'),
	derived: integer('derived', { mode: 'boolean' }).notNull().default(false),
	noteAz: text('note_az'),
	noteEn: text('note_en')
});

export const statValue = sqliteTable(
	'stat_value',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		reportId: requiredRef('report_id', () => statReport.id, 'cascade'),
		metricId: requiredRef('metric_id', () => statMetric.id),
		// canonical "dim=cat;dim=cat" sorted by dimension code; '' is the metric's total
		categoryKey: text('category_key').notNull().default(''),
		...figureColumns()
	},
	(t) => [
		uniqueIndex('stat_value_uq').on(t.reportId, t.metricId, t.categoryKey),
		index('stat_value_metric_idx').on(t.metricId, t.categoryKey)
	]
);

// ---------------------------------------------------------------- reviews and round tables

export const reviewSnapshot = sqliteTable('review_snapshot', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	planId: requiredRef('plan_id', () => plan.id),
	// the name in English; name_az in Azerbaijani (null for snapshots named in one language)
	name: text('name').notNull(),
	nameAz: text('name_az'),
	asOf: text('as_of').notNull(),
	createdBy: integer('created_by').references(() => user.id),
	createdAt: createdAt()
});

// frozen copies of approved reports as of the snapshot date (immutable; see migration triggers)
export const snapshotProgress = sqliteTable(
	'snapshot_progress',
	{
		snapshotId: requiredRef('snapshot_id', () => reviewSnapshot.id),
		reportId: integer('report_id').notNull(),
		actionId: integer('action_id').notNull(),
		institutionId: integer('institution_id').notNull(),
		periodId: integer('period_id').notNull(),
		status: text('status').notNull(),
		...progressColumns(),
		approvedAt: integer('approved_at', { mode: 'timestamp_ms' })
	},
	(t) => [primaryKey({ columns: [t.snapshotId, t.reportId] })]
);

export const snapshotStatistic = sqliteTable(
	'snapshot_statistic',
	{
		snapshotId: requiredRef('snapshot_id', () => reviewSnapshot.id),
		metricId: integer('metric_id').notNull(),
		institutionId: integer('institution_id').notNull(),
		periodId: integer('period_id').notNull(),
		categoryKey: text('category_key').notNull(),
		// the figure with its source and note as they stood when the snapshot was taken
		...figureColumns()
	},
	(t) => [
		primaryKey({
			columns: [t.snapshotId, t.metricId, t.institutionId, t.periodId, t.categoryKey]
		})
	]
);

// the official-source rules in force when the snapshot was made (which institution's figure a
// 'official' metric publishes, by default and per period), so a later choice cannot change what
// the snapshot publishes; period_id null = the metric's default official institution
export const snapshotCombine = sqliteTable(
	'snapshot_combine',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		snapshotId: requiredRef('snapshot_id', () => reviewSnapshot.id),
		metricId: integer('metric_id').notNull(),
		periodId: integer('period_id'),
		institutionId: integer('institution_id')
	},
	(t) => [index('snapshot_combine_idx').on(t.snapshotId)]
);

export const roundTableParticipant = sqliteTable(
	'round_table_participant',
	{
		roundTableId: requiredRef('round_table_id', () => roundTable.id, 'cascade'),
		institutionId: requiredRef('institution_id', () => institution.id)
	},
	(t) => [primaryKey({ columns: [t.roundTableId, t.institutionId] })]
);

// A round-table pack being generated (or generated): kept in the database so that a restart
// neither loses a finished pack nor leaves a job "running" forever. The file lives under
// DATA_DIR/packs and is removed, with its row, after a day.
export const PACK_JOB_STEPS = [
	'queued',
	'collect',
	'charts',
	'document',
	'done',
	'failed'
] as const;
export const packJob = sqliteTable(
	'pack_job',
	{
		id: text('id').primaryKey(),
		userId: requiredRef('user_id', () => user.id, 'cascade'),
		step: text('step', { enum: PACK_JOB_STEPS }).notNull().default('queued'),
		fileName: text('file_name').notNull(),
		// relative to DATA_DIR/packs; null until the document is written
		filePath: text('file_path'),
		createdAt: createdAt(),
		finishedAt: integer('finished_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('pack_job_user_idx').on(t.userId, t.step)]
);

// ---------------------------------------------------------------- settings

// typed through $lib/server/settings.ts: disclosure threshold, reminder offsets, public page, …
export const appSetting = sqliteTable('app_setting', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

export type Institution = typeof institution.$inferSelect;
export type User = typeof user.$inferSelect;
export type Plan = typeof plan.$inferSelect;
export type PlanSection = typeof planSection.$inferSelect;
export type Action = typeof action.$inferSelect;
export type ReportingPeriod = typeof reportingPeriod.$inferSelect;
export type ProgressReport = typeof progressReport.$inferSelect;
export type StatReport = typeof statReport.$inferSelect;
export type StatValue = typeof statValue.$inferSelect;
export type StatMetric = typeof statMetric.$inferSelect;
