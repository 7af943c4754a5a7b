/** Counters and histograms in Prometheus' text format, small enough to need no client library; one registry per app. */

export type Labels = Readonly<Record<string, string>>;

export interface Counter {
  inc(labels?: Labels, by?: number): void;
}

export interface Histogram {
  /** Records one observation, in the histogram's unit (seconds for latencies). */
  observe(value: number, labels?: Labels): void;
}

export interface MetricsRegistry {
  counter(name: string, help: string, labelNames?: ReadonlyArray<string>): Counter;
  histogram(name: string, help: string, buckets: ReadonlyArray<number>, labelNames?: ReadonlyArray<string>): Histogram;
  /** The exposition text served at GET /metrics. */
  render(): string;
}

interface Series {
  labels: Labels;
  value: number;
  buckets?: number[];
  sum?: number;
}

interface Family {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  labelNames: ReadonlyArray<string>;
  bucketBounds?: ReadonlyArray<number>;
  series: Map<string, Series>;
}

const namePattern = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

export function createMetricsRegistry(): MetricsRegistry {
  const families = new Map<string, Family>();

  const register = (family: Family): Family => {
    if (!namePattern.test(family.name)) throw new Error(`Invalid metric name "${family.name}"`);
    if (families.has(family.name)) throw new Error(`Metric "${family.name}" is registered twice`);
    families.set(family.name, family);
    return family;
  };

  const seriesOf = (family: Family, labels: Labels = {}): Series => {
    const unknown = Object.keys(labels).find((key) => !family.labelNames.includes(key));
    if (unknown) throw new Error(`Metric "${family.name}" has no label "${unknown}"`);
    const key = family.labelNames.map((name) => labels[name] ?? '').join('\u0000');
    let series = family.series.get(key);
    if (!series) {
      const complete = Object.fromEntries(family.labelNames.map((name) => [name, labels[name] ?? '']));
      series = family.bucketBounds
        ? { labels: complete, value: 0, sum: 0, buckets: family.bucketBounds.map(() => 0) }
        : { labels: complete, value: 0 };
      family.series.set(key, series);
    }
    return series;
  };

  return {
    counter(name, help, labelNames = []) {
      const family = register({ name, help, type: 'counter', labelNames, series: new Map() });
      return {
        inc(labels, by = 1) {
          if (!(by >= 0)) throw new Error(`Counter "${name}" can only go up`);
          seriesOf(family, labels).value += by;
        },
      };
    },
    histogram(name, help, buckets, labelNames = []) {
      const bounds = [...buckets].sort((a, b) => a - b);
      const family = register({ name, help, type: 'histogram', labelNames, bucketBounds: bounds, series: new Map() });
      return {
        observe(value, labels) {
          const series = seriesOf(family, labels);
          series.value += 1;
          series.sum = (series.sum ?? 0) + value;
          bounds.forEach((bound, index) => {
            if (value <= bound && series.buckets) series.buckets[index] = (series.buckets[index] ?? 0) + 1;
          });
        },
      };
    },
    render() {
      const lines: string[] = [];
      for (const family of families.values()) {
        lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} ${family.type}`);
        for (const series of family.series.values()) {
          if (family.type === 'counter') {
            lines.push(`${family.name}${labelText(series.labels)} ${series.value}`);
            continue;
          }
          (family.bucketBounds ?? []).forEach((bound, index) => {
            const le = { ...series.labels, le: String(bound) };
            lines.push(`${family.name}_bucket${labelText(le)} ${series.buckets?.[index] ?? 0}`);
          });
          lines.push(`${family.name}_bucket${labelText({ ...series.labels, le: '+Inf' })} ${series.value}`);
          lines.push(`${family.name}_sum${labelText(series.labels)} ${series.sum ?? 0}`);
          lines.push(`${family.name}_count${labelText(series.labels)} ${series.value}`);
        }
      }
      return `${lines.join('\n')}\n`;
    },
  };
}

/** The metrics finbot's parts increment; the composition root makes one and hands it to each part. */
export interface FinbotMetrics {
  readonly registry: MetricsRegistry;
  /** Inbound chat messages handled, by platform and reply kind. */
  readonly messagesHandled: Counter;
  /** Model runs finished, by status (completed, failed, …). */
  readonly runs: Counter;
  /** Seconds from a run being queued to its end, by status. */
  readonly runLatency: Histogram;
  /** Deferred replies delivered, by platform and status (sent, failed, …). */
  readonly deliveries: Counter;
  /** Weekly digests, by platform and status (sent, unreachable, skipped, failed). */
  readonly digests: Counter;
  /** Errors, by component (telegram, slack, runs, deliveries, digests, http, …). */
  readonly errors: Counter;
}

export function createFinbotMetrics(): FinbotMetrics {
  const registry = createMetricsRegistry();
  return {
    registry,
    messagesHandled: registry.counter('finbot_messages_handled_total', 'Chat messages handled.', ['platform', 'kind']),
    runs: registry.counter('finbot_runs_total', 'Model runs finished, by status.', ['status']),
    runLatency: registry.histogram(
      'finbot_run_latency_seconds',
      'Seconds from a run being queued to its end.',
      [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300],
      ['status'],
    ),
    deliveries: registry.counter('finbot_deliveries_total', 'Deferred replies delivered, by status.', [
      'platform',
      'status',
    ]),
    digests: registry.counter('finbot_digests_total', 'Weekly digests, by platform and status.', [
      'platform',
      'status',
    ]),
    errors: registry.counter('finbot_errors_total', 'Errors, by component.', ['component']),
  };
}

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}`;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function escapeHelp(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
