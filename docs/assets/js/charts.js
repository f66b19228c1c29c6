/* Charts: each chart arrives as a static SVG drawn at build time (visible at once, without
 * JavaScript, and in print). This script turns a chart into an interactive Plotly chart when the
 * reader reaches it after scrolling, or touches, points at or focuses it; only then does the page
 * fetch plotly.js, so opening a page costs nothing extra. Pages without charts fetch nothing.
 *
 * "Plotly is not defined" cannot happen: Plotly is only ever used as the value a promise resolves
 * to once the injected script has loaded, never as a global name.
 */
(function () {
  'use strict';

  var figures = Array.prototype.slice.call(document.querySelectorAll('figure[data-ict-chart]'));
  if (!figures.length) return;

  var CONFIG = {
    displayModeBar: false, displaylogo: false, showLink: false, showTips: false,
    scrollZoom: false, doubleClick: false, editable: false, responsive: false,
    typesetMath: false  // no MathJax, and so never a request for it
  };

  var plotlyPromise = null;

  function loadPlotly(src) {
    if (window.Plotly && typeof window.Plotly.react === 'function') {
      return Promise.resolve(window.Plotly);
    }
    if (plotlyPromise) return plotlyPromise;
    plotlyPromise = new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.onload = function () {
        if (window.Plotly && typeof window.Plotly.react === 'function') resolve(window.Plotly);
        else reject(new Error('plotly.js loaded but did not define Plotly'));
      };
      script.onerror = function () {
        plotlyPromise = null;  // let a later touch try again
        script.remove();
        reject(new Error('could not load ' + src));
      };
      document.head.appendChild(script);
    });
    return plotlyPromise;
  }

  function fetchSpec(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      return response.json();
    });
  }

  // The figure is built with the light palette; swap each colour for the current value of its
  // CSS custom property so the chart follows Material's light/dark toggle.
  function themed(spec, figure) {
    var style = window.getComputedStyle(figure);
    var swap = {};
    Object.keys(spec.roles).forEach(function (hex) {
      var value = style.getPropertyValue(spec.roles[hex]).trim();
      if (value) swap[hex.toLowerCase()] = value;
    });
    var family = style.fontFamily;
    function walk(node) {
      if (typeof node === 'string') {
        var key = node.toLowerCase();
        return Object.prototype.hasOwnProperty.call(swap, key) ? swap[key] : node;
      }
      if (Array.isArray(node)) return node.map(walk);
      if (node && typeof node === 'object') {
        var copy = {};
        Object.keys(node).forEach(function (k) {
          copy[k] = (k === 'family' && family) ? family : walk(node[k]);
        });
        return copy;
      }
      return node;
    }
    return walk(spec.figure);
  }

  var states = new WeakMap();  // figure → {state, host, spec}

  function draw(figure, Plotly, entry) {
    var fig = themed(entry.spec, figure);
    return Plotly.react(entry.host, fig.data, fig.layout, CONFIG);
  }

  function upgrade(figure) {
    var entry = states.get(figure);
    if (entry) return entry.ready;
    var plot = figure.querySelector('.ict-chart__plot');
    entry = { host: null, spec: null, ready: null };
    states.set(figure, entry);
    figure.setAttribute('data-ict-state', 'loading');
    entry.ready = Promise.all([loadPlotly(figure.dataset.ictPlotly), fetchSpec(figure.dataset.ictSpec)])
      .then(function (loaded) {
        var Plotly = loaded[0];
        entry.spec = loaded[1];
        entry.host = document.createElement('div');
        entry.host.className = 'ict-chart__live';
        // The static SVG carries the accessible name; the live chart repeats it for AT users.
        entry.host.setAttribute('role', 'img');
        entry.host.setAttribute('aria-labelledby', 'ict-' + figure.id + '-title');
        entry.host.setAttribute('aria-describedby', 'ict-' + figure.id + '-desc');
        plot.appendChild(entry.host);
        return draw(figure, Plotly, entry).then(function () {
          figure.setAttribute('data-ict-state', 'live');
          watchSize(figure, Plotly, entry);
        });
      })
      .catch(function (error) {
        // The static chart, table and CSV are all still there; note why and allow a retry.
        states.delete(figure);
        figure.setAttribute('data-ict-state', 'static');
        figure.setAttribute('data-ict-error', error.message);
        if (entry.host) entry.host.remove();
        if (window.console) window.console.warn('chart ' + figure.id + ' stays static:', error.message);
      });
    return entry.ready;
  }

  function watchSize(figure, Plotly, entry) {
    if (!('ResizeObserver' in window)) return;
    var lastWidth = entry.host.clientWidth;
    new ResizeObserver(function () {
      var width = entry.host.clientWidth;
      if (width && width !== lastWidth) {
        lastWidth = width;
        Plotly.Plots.resize(entry.host);
      }
    }).observe(entry.host);
  }

  function recolourAll() {
    if (!plotlyPromise) return;
    plotlyPromise.then(function (Plotly) {
      figures.forEach(function (figure) {
        var entry = states.get(figure);
        if (entry && entry.host && figure.getAttribute('data-ict-state') === 'live') {
          draw(figure, Plotly, entry);
        }
      });
    });
  }

  // Material sets data-md-color-scheme on <body> for the toggle (and for the OS preference).
  new MutationObserver(recolourAll)
    .observe(document.body, { attributes: true, attributeFilter: ['data-md-color-scheme'] });

  // Touch, point or focus: the reader wants this chart now.
  figures.forEach(function (figure) {
    figure.setAttribute('data-ict-state', 'static');
    var plot = figure.querySelector('.ict-chart__plot');
    var go = function () { upgrade(figure); };
    // Not `once`: after a failed load the next touch tries again (upgrade() ignores repeats).
    ['pointerenter', 'pointerdown', 'focusin', 'touchstart'].forEach(function (type) {
      plot.addEventListener(type, go, { passive: true });
    });
  });

  // Reached: a chart near the viewport is upgraded once the reader has started moving through
  // the page. Charts visible on arrival stay static until then, so loading costs nothing.
  var visible = new Set();
  var engaged = false;
  function engage() {
    if (engaged) return;
    engaged = true;
    ['scroll', 'wheel', 'touchmove', 'keydown'].forEach(function (type) {
      window.removeEventListener(type, engage, true);
    });
    visible.forEach(upgrade);
  }
  ['scroll', 'wheel', 'touchmove', 'keydown'].forEach(function (type) {
    window.addEventListener(type, engage, { passive: true, capture: true });
  });

  if ('IntersectionObserver' in window) {
    var io = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        var figure = e.target.closest('figure[data-ict-chart]');
        if (e.isIntersecting) {
          visible.add(figure);
          if (engaged) upgrade(figure);
        } else {
          visible.delete(figure);
        }
      });
    }, { rootMargin: '200px 0px' });
    figures.forEach(function (figure) { io.observe(figure.querySelector('.ict-chart__plot')); });
  }
})();
