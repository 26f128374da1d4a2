// Runtime configuration from the environment, for routes and hooks. Domain modules never read
// the environment themselves: they get these values passed in (so seeds and tests can too).
import { env } from '$env/dynamic/private';
import { join, resolve } from 'node:path';
import type { MailConfig } from './mail';

export function dataDir(): string {
	return resolve(env.DATA_DIR || './data');
}

export function uploadsDir(): string {
	return join(dataDir(), 'uploads');
}

/** finished round-table packs (see reviews/pack/jobs.ts) */
export function packsDir(): string {
	return join(dataDir(), 'packs');
}

export function mailConfig(): MailConfig {
	return {
		smtpUrl: env.SMTP_URL || null,
		from: env.MAIL_FROM || 'NAP Tracker <no-reply@nap-tracker.local>',
		outboxDir: join(dataDir(), 'outbox'),
		baseUrl: env.ORIGIN || 'http://localhost:3000'
	};
}
