// Writes a queued mail in its recipient's language when it is sent (the queue stores a kind and
// its parameters, as notifications store a message key). Dates are shown in that language too.
import bundle from '../../i18n/messages/mail';
import { fill, type Locale } from '../../i18n/locales';
import { formatDate } from '../../format';
import type { MailKind } from '../db/schema';
import type { MailParams } from './queue';

export interface Recipient {
	name: string;
	locale: Locale;
}

export const tr = (l: Locale, key: string, p?: MailParams) =>
	fill((bundle[l] as Record<string, string>)[key] ?? bundle.en[key as keyof typeof bundle.en], p);

/** "the progress report on action 1.1.2 for 2024-H1" / "the statistics report for 2023". */
export function describeReport(l: Locale, p: MailParams): string {
	return p.subjectType === 'statistics'
		? tr(l, 'mail.what_statistics', p)
		: tr(l, 'mail.what_progress', p);
}

const url = (base: string, path: string | number | undefined) => `${base}${path ?? ''}`;

export function renderMail(
	kind: MailKind,
	to: Recipient,
	p: MailParams,
	baseUrl: string
): { subject: string; text: string } {
	const l = to.locale;
	const lines: string[] = [tr(l, 'mail.greeting', { name: to.name }), ''];
	let subject: string;
	let optional = true;
	switch (kind) {
		case 'invite':
		case 'reset':
			subject = tr(l, `mail.${kind}.subject`);
			lines.push(
				tr(l, `mail.${kind}.body`),
				'',
				url(baseUrl, p.link),
				'',
				tr(l, 'mail.link_ignore')
			);
			optional = false;
			break;
		case 'report_returned':
			subject = tr(l, 'mail.report_returned.subject', p);
			lines.push(
				tr(l, p.reopened ? 'mail.report_reopened.body' : 'mail.report_returned.body', {
					...p,
					what: describeReport(l, p)
				}),
				'',
				String(p.reason ?? ''),
				'',
				tr(l, 'mail.report_returned.next', { url: url(baseUrl, p.link) })
			);
			break;
		case 'report_approved':
			subject = tr(l, 'mail.report_approved.subject', p);
			lines.push(
				tr(l, 'mail.report_approved.body', { ...p, what: describeReport(l, p) }),
				'',
				tr(l, 'mail.open_report', { url: url(baseUrl, p.link) })
			);
			break;
		case 'decision_assigned': {
			const text = String((l === 'az' ? p.textAz : p.textEn) || p.textAz || p.textEn || '');
			const roundTable = String((l === 'az' ? p.titleAz : p.titleEn) || p.titleAz || '');
			subject = tr(l, 'mail.decision.subject', p);
			lines.push(
				tr(l, 'mail.decision.body', {
					...p,
					roundTable,
					heldOn: formatDate(String(p.heldOn), l),
					due: formatDate(String(p.due), l)
				}),
				'',
				text,
				'',
				tr(l, 'mail.decision.next', { url: url(baseUrl, p.link) })
			);
			break;
		}
		case 'submitted_digest': {
			// params: { items: JSON array of each submission's params }
			const items = JSON.parse(String(p.items)) as MailParams[];
			subject = tr(l, 'mail.digest.subject', { count: items.length });
			lines.push(tr(l, 'mail.digest.intro'));
			for (const it of items)
				lines.push(
					`- ${tr(l, 'mail.digest.line', { ...it, what: describeReport(l, it) })}`,
					`  ${url(baseUrl, it.link)}`
				);
			lines.push('', tr(l, 'mail.digest.open', { url: url(baseUrl, '/review') }));
			break;
		}
	}
	lines.push('');
	if (optional) lines.push(tr(l, 'mail.footer_optional', { url: url(baseUrl, '/account') }));
	lines.push(tr(l, 'mail.signature'));
	return { subject, text: lines.join('\n') };
}
