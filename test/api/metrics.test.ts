import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMetricsRegistry } from '../../src/infra/metrics.ts';

describe('metrics registry', () => {
  test('counters and histograms render in Prometheus text format', () => {
    const registry = createMetricsRegistry();
    const runs = registry.counter('finbot_runs_total', 'Runs.', ['status']);
    const latency = registry.histogram('finbot_run_latency_seconds', 'Latency.', [1, 5], ['status']);
    runs.inc({ status: 'completed' });
    runs.inc({ status: 'completed' }, 2);
    runs.inc({ status: 'failed' });
    latency.observe(0.5, { status: 'completed' });
    latency.observe(3, { status: 'completed' });
    latency.observe(9, { status: 'completed' });
    assert.equal(
      registry.render(),
      [
        '# HELP finbot_runs_total Runs.',
        '# TYPE finbot_runs_total counter',
        'finbot_runs_total{status="completed"} 3',
        'finbot_runs_total{status="failed"} 1',
        '# HELP finbot_run_latency_seconds Latency.',
        '# TYPE finbot_run_latency_seconds histogram',
        'finbot_run_latency_seconds_bucket{status="completed",le="1"} 1',
        'finbot_run_latency_seconds_bucket{status="completed",le="5"} 2',
        'finbot_run_latency_seconds_bucket{status="completed",le="+Inf"} 3',
        'finbot_run_latency_seconds_sum{status="completed"} 12.5',
        'finbot_run_latency_seconds_count{status="completed"} 3',
        '',
      ].join('\n'),
    );
  });

  test('label values are escaped and unknown labels refused', () => {
    const registry = createMetricsRegistry();
    const errors = registry.counter('finbot_errors_total', 'Errors.', ['component']);
    errors.inc({ component: 'a"b\\c\nd' });
    assert.match(registry.render(), /finbot_errors_total\{component="a\\"b\\\\c\\nd"\} 1/);
    assert.throws(() => errors.inc({ nope: 'x' }), /no label "nope"/);
    assert.throws(() => registry.counter('finbot_errors_total', 'again'), /twice/);
  });
});
