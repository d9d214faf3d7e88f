// Indicator page: actual and estimated values against the target, with the forecast for the target year.
// Data come from chart.json (the CSP forbids inline scripts); the page also states every number in text.
(function () {
  'use strict';
  function draw(element, data) {
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var series = [
      { name: data.labels.actual, type: 'line', data: data.actual, connectNulls: true, symbolSize: 8 },
      { name: data.labels.estimate, type: 'line', data: data.estimate, connectNulls: true, lineStyle: { type: 'dashed' } }
    ];
    if (data.target !== null) {
      series[0].markLine = { symbol: 'none', label: { formatter: data.labels.target + ': {c}' },
        data: [{ yAxis: data.target, name: data.labels.target }], lineStyle: { color: '#2e7d32' } };
    }
    if (data.forecast) {
      series.push({ name: data.labels.forecast, type: 'scatter', symbol: 'diamond', symbolSize: 12,
        data: [[data.forecast[0], data.forecast[1]]] });
    }
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, itemGap: 24 },
      grid: { left: 50, right: 90, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.years },
      yAxis: { type: 'value', name: data.unit || '' },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-rendered', 'true');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('indicator-chart');
    if (!element || typeof echarts === 'undefined') { return; }
    fetch(element.getAttribute('data-chart-url'), { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) { draw(element, data); });
  });
})();
