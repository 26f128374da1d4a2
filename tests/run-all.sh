#!/usr/bin/env bash
# Runs every test: type check, unit tests (vitest), then browser tests (Playwright with Debian's
# Chromium against the built server). Installs what is missing on a fresh Debian machine.
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export npm_config_nodedir=/usr   # better-sqlite3 builds against the machine's Node headers
export TZ=UTC

if [ ! -x /usr/bin/chromium ]; then
	echo "== installing Debian's chromium"
	(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ||
		{ echo "could not install chromium"; echo "0 passed, 1 failed"; exit 1; }
fi
# the round-table pack's real client (LibreOffice Writer, poppler) and the charts' font
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null ||
	[ ! -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ]; then
	echo "== installing Debian's libreoffice-writer-nogui, poppler-utils, fonts-liberation2"
	(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		libreoffice-writer-nogui poppler-utils fonts-liberation2 >/dev/null) ||
		{ echo "could not install LibreOffice"; echo "0 passed, 1 failed"; exit 1; }
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "== npm ci"
	npm ci --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }
fi

out=$(mktemp -d)
failed_steps=0

echo "== svelte-check"
if ! npm run -s check; then failed_steps=$((failed_steps + 1)); fi

echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile="$out/vitest.json"

echo "== build"
if ! npm run -s build > "$out/build.log" 2>&1; then
	cat "$out/build.log"; failed_steps=$((failed_steps + 1))
else
	echo "== browser tests"
	PW_REPORTER='[["list"],["json",{"outputFile":"'"$out"'/pw.json"}]]' \
		npx playwright test -c tests/e2e/playwright.config.ts
fi

node -e '
const fs = require("fs");
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const v = read(process.argv[1] + "/vitest.json");
const p = read(process.argv[1] + "/pw.json");
let passed = 0, failed = Number(process.argv[2]);
if (v) { passed += v.numPassedTests; failed += v.numFailedTests; } else failed += 1;
if (p) { passed += p.stats.expected + (p.stats.flaky || 0); failed += p.stats.unexpected; } else failed += 1;
console.log(`unit: ${v ? v.numPassedTests + " passed, " + v.numFailedTests + " failed" : "did not run"}; browser: ${p ? p.stats.expected + " passed, " + p.stats.unexpected + " failed" : "did not run"}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
' "$out" "$failed_steps"
