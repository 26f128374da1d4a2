// A real SMTP server on 127.0.0.1, on a port the system picks, for mail tests: it records what
// it receives, and can refuse every recipient (as a full mailbox or a policy refusal would).
import { SMTPServer } from 'smtp-server';

export interface Received {
	to: string[];
	data: string;
}

export interface TestSmtp {
	url: string;
	received: Received[];
	/** when true, every RCPT TO is answered 550 */
	refuse: boolean;
	close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
	const state = { refuse: false };
	const received: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onRcptTo(_address, _session, cb) {
			if (!state.refuse) return cb();
			const e = new Error('mailbox unavailable') as Error & { responseCode: number };
			e.responseCode = 550;
			cb(e);
		},
		onData(stream, session, cb) {
			let data = '';
			stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
				cb();
			});
		}
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const port = (server.server.address() as { port: number }).port;
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		get refuse() {
			return state.refuse;
		},
		set refuse(v: boolean) {
			state.refuse = v;
		},
		close: () => new Promise<void>((ok) => server.close(() => ok()))
	};
}

const qpBytes = (text: string): Buffer => {
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const m = /^=([0-9A-F]{2})/i.exec(text.slice(i, i + 3));
		if (m) {
			bytes.push(parseInt(m[1], 16));
			i += 2;
		} else bytes.push(...Buffer.from(text[i], 'utf8'));
	}
	return Buffer.from(bytes);
};

/** A received message as text: encoded-word headers and the quoted-printable body decoded. */
export function decodeMail(raw: string): string {
	const split = raw.indexOf('\r\n\r\n');
	const head = raw
		.slice(0, split)
		.replace(/\r\n[ \t]+/g, ' ')
		.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
			enc.toUpperCase() === 'B'
				? Buffer.from(text, 'base64').toString('utf8')
				: qpBytes(text.replace(/_/g, ' ')).toString('utf8')
		);
	const body = qpBytes(raw.slice(split + 4).replace(/=\r?\n/g, '')).toString('utf8');
	return `${head}\r\n\r\n${body}`;
}
