import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LogarithmicScale,
  LineElement,
  PointElement,
  ScatterController,
  Ticks,
  Title,
  Tooltip,
} from 'chart.js';

import { logTickLabel, wholeNumberTicks } from './ticks';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Title,
  Tooltip);

interface Point {
  x: number;
  y: number;
}

interface Series {
  label: string;
  color: string;
  secondAxis: boolean;
  line: boolean;
  /** A reference line (drawn dashed, without dots) rather than data. */
  dashed?: boolean;
  points: Point[];
}

/** What the server sends: see dev.deepcanvas.app.charts.ChartSpec. */
interface Spec {
  title: string;
  xWhole?: boolean;
  xTitle: string;
  yTitle: string;
  /** Values spanning orders of magnitude (update ratios, gradient norms): a logarithmic y axis. */
  yLog?: boolean;
  y2Title: string | null;
  series: Series[];
}

/** At most this often the chart redraws, however fast points arrive by server push. */
const REDRAW_MS = 250;

/**
 * A Chart.js line/scatter chart driven from the server: setSpec() replaces everything, addPoint() adds one point
 * and redraws at most every REDRAW_MS. The number of points drawn is mirrored in the data-points attribute so
 * tests and people can see the chart move.
 */
class DcChart extends HTMLElement {
  private spec: Spec | null = null;
  private chart: Chart | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private redrawTimer: number | null = null;

  connectedCallback() {
    if (!this.canvas) {
      const box = document.createElement('div');
      box.style.position = 'relative';
      box.style.width = '100%';
      box.style.height = '100%';
      this.canvas = document.createElement('canvas');
      box.appendChild(this.canvas);
      this.appendChild(box);
    }
    this.build();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = null;
  }

  setSpec(json: string) {
    this.spec = JSON.parse(json) as Spec;
    this.build();
  }

  addPoint(seriesIndex: number, x: number, y: number) {
    const series = this.spec?.series[seriesIndex];
    if (!series) {
      return;
    }
    series.points.push({ x, y });
    if (this.redrawTimer === null) {
      this.redrawTimer = window.setTimeout(() => {
        this.redrawTimer = null;
        this.chart?.update('none');
        this.countPoints();
      }, REDRAW_MS);
    }
  }

  private build() {
    if (!this.canvas || !this.spec || !this.isConnected) {
      return;
    }
    this.chart?.destroy();
    const spec = this.spec;
    const scales: Record<string, object> = {
      x: {
        type: 'linear',
        title: { display: true, text: spec.xTitle },
        // Epochs and iterations are counted: only whole numbers get a tick.
        ...(spec.xWhole ? { afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
          axis.ticks = wholeNumberTicks(axis.ticks);
        } } : {}),
      },
      y: {
        type: spec.yLog ? 'logarithmic' : 'linear',
        title: { display: true, text: spec.yTitle },
        // Chart.js picks which logarithmic ticks get a label; only the way each is written is ours.
        ...(spec.yLog ? { ticks: { callback(this: unknown, value: number, index: number, ticks: { value: number }[]) {
          const chosen = Ticks.formatters.logarithmic.call(this as never, value, index, ticks as never);
          return chosen === '' ? '' : logTickLabel(value);
        } } } : {}),
      },
    };
    if (spec.y2Title) {
      scales.y2 = {
        type: 'linear',
        position: 'right',
        title: { display: true, text: spec.y2Title },
        grid: { drawOnChartArea: false },
      };
    }
    this.chart = new Chart(this.canvas, {
      type: 'line',
      data: {
        datasets: spec.series.map((s) => ({
          label: s.label,
          data: s.points,
          borderColor: s.color,
          // A reference line's legend box is its dashed outline, not a filled (hatched-looking) box.
          backgroundColor: s.dashed ? 'transparent' : s.color,
          yAxisID: s.secondAxis ? 'y2' : 'y',
          showLine: s.line,
          // Dots help while a curve has few points and clutter it once it has many (it keeps growing live).
          pointRadius: s.dashed ? 0 : s.line
            ? (ctx: { dataset: { data: unknown[] } }) => (ctx.dataset.data.length > 60 ? 0 : 2)
            : 3,
          borderDash: s.dashed ? [6, 4] : [],
          borderWidth: s.dashed ? 1 : 2,
          tension: 0,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        plugins: {
          title: { display: !!spec.title, text: spec.title },
          legend: { display: spec.series.length > 1, position: 'bottom' },
        },
        scales,
      },
    });
    this.countPoints();
  }

  private countPoints() {
    const total = this.spec ? this.spec.series.reduce((sum, s) => sum + s.points.length, 0) : 0;
    this.setAttribute('data-points', String(total));
  }
}

if (!customElements.get('dc-chart')) {
  customElements.define('dc-chart', DcChart);
}
