import { html } from 'lit';
import {
  CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import { PortalElement } from '../core/portal-element.js';
import { dateTime, number } from '../ui/format.js';
import { INSTRUMENTS, mcidHalfWidth } from './instruments.js';
import { targetWords } from './goals-section.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip, Filler);

/** The score a goal aims at: its "at most", or the baseline moved by its percentage. */
function targetScore(goal, baseline) {
  if (goal.target?.atMost !== null && goal.target?.atMost !== undefined) {
    return goal.target.atMost;
  }
  if (goal.target?.changeFromBaselinePercent !== null && goal.target?.changeFromBaselinePercent !== undefined && baseline !== null) {
    return baseline * (1 + goal.target.changeFromBaselinePercent / 100);
  }
  return null;
}

/**
 * One measure over time: its scores, each goal's target line, and the baseline band of the minimal important change
 * (a result inside it is no real change). The same figures are in a table for screen readers and keyboard users.
 */
class OutcomeChart extends PortalElement {
  static properties = {
    measure: { attribute: false },
    outcomes: { attribute: false },
    goals: { attribute: false },
  };

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = null;
    super.disconnectedCallback();
  }

  series() {
    const points = [...this.outcomes].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    const baseline = points.length ? points[0].score : null;
    const half = baseline === null ? null : mcidHalfWidth(this.measure, baseline);
    // Two goals with the same target draw one line.
    const targets = this.goals.map((goal) => ({ goal, score: targetScore(goal, baseline) }))
      .filter((target) => target.score !== null)
      .filter((target, index, all) => all.findIndex((other) => targetWords(other.goal) === targetWords(target.goal)) === index);
    return { points, baseline, half, targets };
  }

  render() {
    const { points, baseline, half, targets } = this.series();
    const instrument = INSTRUMENTS[this.measure];
    const id = `chart-${this.measure}`;
    return html`<figure class="outcome-chart" data-measure=${this.measure} data-points=${points.length}
        data-targets=${targets.map((t) => number(t.score, 2)).join(' ')}>
      <figcaption id="${id}-caption"><strong>${this.measure}</strong> — ${instrument.name}: ${points.length} result(s)${
  baseline !== null ? `, baseline ${number(baseline, 2)} (band ±${number(half, 2)})` : ''}${
  targets.map((t) => `; goal ${targetWords(t.goal)} (${number(t.score, 2)})`).join('')}</figcaption>
      <div class="chart-box"><canvas id=${id} role="img" aria-labelledby="${id}-caption"></canvas></div>
      <details><summary>Results as a table</summary>
        <table><thead><tr><th scope="col">Recorded</th><th scope="col">Score</th><th scope="col">Band</th></tr></thead>
        <tbody>${points.map((point) => html`<tr><td>${dateTime(point.recordedAt)}</td><td>${number(point.score, 2)}</td><td>${point.band || '—'}</td></tr>`)}</tbody></table>
      </details>
    </figure>`;
  }

  updated() {
    const { points, baseline, half, targets } = this.series();
    const labels = points.map((point) => new Date(point.recordedAt).toLocaleDateString());
    const constant = (value) => points.map(() => value);
    const datasets = [{
      label: `${this.measure} score`, data: points.map((point) => point.score), borderColor: '#0b5f73',
      backgroundColor: '#0b5f73', pointRadius: 5, tension: 0,
    }];
    if (baseline !== null) {
      datasets.push({ label: 'Baseline band (MCID)', data: constant(baseline + half), borderWidth: 0, pointRadius: 0, fill: false,
        backgroundColor: 'rgba(242, 169, 0, 0.18)' });
      datasets.push({ label: 'Baseline band lower', data: constant(Math.max(0, baseline - half)), borderWidth: 0, pointRadius: 0,
        fill: '-1', backgroundColor: 'rgba(242, 169, 0, 0.18)' });
    }
    targets.forEach((target) => datasets.push({
      label: `Target (${targetWords(target.goal)})`, data: constant(target.score), borderColor: '#8a1c1c', borderDash: [6, 4],
      pointRadius: 0, fill: false,
    }));
    const max = INSTRUMENTS[this.measure].scoreMax;
    if (this.chart) {
      this.chart.data.labels = labels;
      this.chart.data.datasets = datasets;
      this.chart.update('none');
      return;
    }
    this.chart = new Chart(this.querySelector('canvas'), {
      type: 'line',
      data: { labels, datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { min: 0, max, title: { display: true, text: `${this.measure} (${INSTRUMENTS[this.measure].unit}, lower is better)` } } },
        plugins: { legend: { labels: { filter: (item) => item.text !== 'Baseline band lower' } } },
      },
    });
  }
}
customElements.define('outcome-chart', OutcomeChart);
