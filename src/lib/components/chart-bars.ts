// The part of chart.js the app draws with (bars), loaded on demand by BarChart.svelte. Named
// imports here let the bundler leave the rest of chart.js out; `import('chart.js')` would not.
// The client build bundles this module by itself (scripts/chart-bars-plugin.ts) so that the
// scales chart.js declares but the app never registers are left out too.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export { Chart };
