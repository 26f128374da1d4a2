// Outgoing email: over SMTP (nodemailer) when SMTP_URL is set, otherwise as .eml files in the
// outbox folder, which any mail program opens. A failed SMTP delivery falls back to the outbox,
// so that a reminder is never lost; the workflow mail queue (mail-queue/deliver.ts) asks for
// `strict` instead: a failure throws, and the queue retries it and shows admins what failed.
import nodemailer, { type Transporter } from 'nodemailer';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MailConfig {
	smtpUrl: string | null;
	from: string;
	outboxDir: string;
	/** the app's public address, for links in emails */
	baseUrl: string;
}

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

export type Delivery = { via: 'smtp'; messageId: string } | { via: 'outbox'; path: string };

const transports = new Map<string, Transporter>();
const outbox = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

export async function sendMail(
	cfg: MailConfig,
	mail: Mail,
	opts: { strict?: boolean } = {}
): Promise<Delivery> {
	const message = { from: cfg.from, to: mail.to, subject: mail.subject, text: mail.text };
	if (cfg.smtpUrl) {
		try {
			let t = transports.get(cfg.smtpUrl);
			// bounded waits: a mail server that hangs fails the attempt (and the queue retries it)
			// well before the queue takes a mail left 'sending' for dead (mail-queue/deliver.ts)
			if (!t)
				transports.set(
					cfg.smtpUrl,
					(t = nodemailer.createTransport({
						url: cfg.smtpUrl,
						connectionTimeout: 30_000,
						greetingTimeout: 30_000,
						socketTimeout: 60_000
					}))
				);
			const info = await t.sendMail(message);
			return { via: 'smtp', messageId: info.messageId };
		} catch (e) {
			if (opts.strict) throw e;
			console.error(
				'[mail] SMTP delivery failed, writing to the outbox instead:',
				(e as Error).message
			);
		}
	}
	const info = await outbox.sendMail(message);
	mkdirSync(cfg.outboxDir, { recursive: true });
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const path = join(cfg.outboxDir, `${stamp}-${randomUUID().slice(0, 8)}.eml`);
	writeFileSync(path, info.message as Buffer);
	return { via: 'outbox', path };
}

/** Closes pooled SMTP connections (for scripts and tests). */
export function closeMail(): void {
	for (const t of transports.values()) t.close();
	transports.clear();
}
