// The production server: adapter-node's handler (build/handler.js) behind gzip/brotli compression,
// as adapter-node documents for a custom server. `node build` serves only the prebuilt assets
// compressed; HTML, JSON and CSV made per request went out raw, which is what a phone on a slow
// connection waits for. The handler itself still reads ORIGIN, BODY_SIZE_LIMIT, the *_HEADER
// variables and the rest of adapter-node's environment; this file reads HOST, PORT, SOCKET_PATH,
// the timeouts and SHUTDOWN_TIMEOUT as build/index.js does, and shuts down the same way.
import http from 'node:http';
import { constants } from 'node:zlib';
import compression from '@polka/compression';
import { handler } from '../build/handler.js';

const env = (name, fallback) => process.env[name] || fallback;
const socketPath = env('SOCKET_PATH', undefined);
const host = env('HOST', '0.0.0.0');
const port = socketPath ? undefined : Number(env('PORT', '3000'));
const shutdownTimeout = Number(env('SHUTDOWN_TIMEOUT', '30'));

// Text only: XLSX/DOCX (zip), PDF and images are compressed already; their streams pass through.
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;

const compress = compression({
	threshold: 1024,
	level: 6,
	gzip: true,
	// quality 11 (the default of the format) costs tens of ms per page; 5 is near gzip's speed and
	// still about a fifth smaller
	brotli: { [constants.BROTLI_PARAM_QUALITY]: 5 },
	mimes: COMPRESSIBLE
});

const server = http.createServer((req, res) => {
	// the answer depends on Accept-Encoding, so shared caches must keep the variants apart
	res.setHeader('Vary', 'Accept-Encoding');
	compress(req, res, () => handler(req, res, () => notFound(res)));
});

for (const [name, prop] of [
	['KEEP_ALIVE_TIMEOUT', 'keepAliveTimeout'],
	['HEADERS_TIMEOUT', 'headersTimeout']
]) {
	if (process.env[name]) server[prop] = Number(process.env[name]) * 1000;
}

function notFound(res) {
	res.statusCode = 404;
	res.end('Not found');
}

server.listen({ path: socketPath, host, port }, () => {
	const address = server.address();
	const where =
		typeof address === 'string'
			? address
			: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address?.port}`;
	console.log(`Listening on ${where}`);
});

let stopping = false;
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	server.closeIdleConnections();
	server.close(() => process.emit('sveltekit:shutdown', reason));
	setTimeout(() => server.closeAllConnections(), shutdownTimeout * 1000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
