// A bar-only plotly.js: the registry pieces the site's charts use, nothing else.
// Mirrors plotly.js/src/core.js but registers only scatter (bar builds on it), bar, and the
// components that plot_api and the cartesian code need to draw (annotations, selections, shapes,
// legend, hover, modebar; charts set displayModeBar: false). The rest (sliders, menus, range
// sliders, images, colour bars, error bars, 3-D) are reached only through plotly's Registry,
// which answers a no-op for anything not registered, so they stay out of the bundle.
'use strict';

var Registry = require('plotly.js/src/registry');
var plotApi = require('plotly.js/src/plot_api');
var Plots = require('plotly.js/src/plots/plots');

require('plotly.js/build/plotcss');

exports.version = require('plotly.js/src/version').version;
exports.register = Registry.register;

Object.keys(plotApi).forEach(function (name) {
  if (name.charAt(0) !== '_') exports[name] = plotApi[name];
  Registry.register({ moduleType: 'apiMethod', name: name, fn: plotApi[name] });
});

Registry.register(require('plotly.js/src/traces/scatter'));
Registry.register([
  require('plotly.js/src/components/annotations'),
  require('plotly.js/src/components/selections'),
  require('plotly.js/src/components/shapes'),  // shapes before legend: legend's draw reads them
  require('plotly.js/src/components/legend'),  // legend before fx: fx's defaults read it
  require('plotly.js/src/components/fx'),
  require('plotly.js/src/components/modebar'),
]);
Registry.register([require('plotly.js/src/locale-en'), require('plotly.js/src/locale-en-us')]);
Registry.register(require('plotly.js/lib/bar'));

exports.Plots = { resize: Plots.resize };
