/** Draws a currency's two report charts to PNG with the digest's renderer (resvg and the DejaVu fonts). */
import type { DigestChart } from '../../core/digest/digest-chart-renderer.ts';
import type { MonthReport, ReportCurrency } from '../../core/reports/month-report.ts';
import { renderChartPng } from '../../digest/chart/render-chart-png.ts';
import type { ChartSize } from '../../digest/chart/svg-parts.ts';
import { categoryBarsSvg, dailyColumnsSvg } from './report-chart-svg.ts';

export interface CurrencyCharts {
  readonly byCategory: DigestChart;
  readonly byDay: DigestChart;
}

const size: ChartSize = { width: 800, height: 420 };
/** Pixels per layout pixel: 800 px over the page's 495 pt is about 115 dpi, sharp enough and quick to draw. */
const scale = 1;

export async function renderCurrencyCharts(report: MonthReport, block: ReportCurrency): Promise<CurrencyCharts> {
  const suffix = report.currencies.length > 1 ? ` · ${block.currency}` : '';
  const width = Math.round(size.width * scale);
  const locale = report.owner.locale;
  const [byCategory, byDay] = await Promise.all([
    renderChartPng(categoryBarsSvg(block, locale, `${report.monthLabel}${suffix}`, size), width),
    renderChartPng(dailyColumnsSvg(block, report.period, locale, `${report.monthLabel}${suffix}`, size), width),
  ]);
  return { byCategory, byDay };
}
