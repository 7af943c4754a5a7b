// Draws each chart from its canvas's data-chart JSON (the server's figures, already summed and formatted).

(() => {
  const Chart = window.Chart;
  if (!Chart) return;
  const style = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  const text = colour('--text', '#17191c');
  const line = 'rgba(127,127,127,0.25)';
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const data = JSON.parse(canvas.dataset.chart);
    const byCategory = data.kind === 'category';
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          {
            label: data.label,
            data: data.values.map(Number),
            backgroundColor: colour(byCategory ? '--chart-1' : '--chart-2', '#2f6fdb'),
            borderRadius: 4,
          },
        ],
      },
      options: {
        indexAxis: byCategory ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => data.formatted[item.dataIndex] } },
        },
        scales: {
          x: { ticks: { color: text }, grid: { color: line } },
          y: { ticks: { color: text }, grid: { color: line }, beginAtZero: true },
        },
      },
    });
  }
})();
