// The part of chart.js the app draws with (bars), loaded on demand by BarChart.svelte. Named
// imports here let the bundler leave the rest of chart.js out; `import('chart.js')` would not.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export { Chart };
