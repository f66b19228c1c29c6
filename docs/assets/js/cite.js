/* Cite box, section links and chart toolbars (scripts/ictsite/cite writes the cite box at the end
 * of every page; charts/tools.py writes a toolbar under every chart).
 *
 * - "Copy reference" / "Copy BibTeX" copy the text shown above them. Without JavaScript the
 *   buttons stay hidden and the text is there to select.
 * - Every heading's permalink (¶) also copies the section's public address (the page's canonical
 *   URL + #id) when clicked, and says so; it still moves to the section as before. Its label
 *   names the section in the page's language.
 * - A chart toolbar's "Link" copies the chart's public address (and keeps the reader where they
 *   are); "Copy code" copies the embed code. Without JavaScript the link goes to the chart and the
 *   code is there to select.
 * Messages come from the cite box's and toolbars' data-ict-* attributes, in the page's language.
 */
(function () {
  'use strict';

  // Print: open every collapsed <details> for the printout and close them again afterwards
  // (print.css does the same with ::details-content where the browser has it).
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('details:not([open])'), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  var box = document.querySelector('.ict-cite');
  var toolbars = document.querySelectorAll('.ict-tools');
  if (!box && !toolbars.length) return;

  var toast = document.createElement('div');
  toast.className = 'ict-toast';
  toast.setAttribute('role', 'status');
  toast.setAttribute('aria-live', 'polite');
  document.body.appendChild(toast);
  var hideTimer = null;

  function say(message) {
    toast.textContent = '';
    toast.classList.add('ict-toast--on');
    // A fresh text node after a tick, so a screen reader announces a repeated message again.
    window.setTimeout(function () { toast.textContent = message; }, 30);
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(function () { toast.classList.remove('ict-toast--on'); }, 2500);
  }

  function legacyCopy(value) {
    var area = document.createElement('textarea');
    area.value = value;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }

  function copy(value) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(value).catch(function () { return legacyCopy(value); });
    }
    return legacyCopy(value);
  }

  function copyAndSay(value, message, failed) {
    copy(value).then(function () { say(message); }, function () { say(failed); });
  }

  // The chart toolbars (charts/tools.py chart_tools). Each carries its chart's public address and
  // its messages in data-ict-* attributes, in the page's language; embed pages have no cite box.
  Array.prototype.forEach.call(toolbars, function (bar) {
    var said = function (name) { return bar.getAttribute('data-ict-' + name) || ''; };
    var embed = bar.querySelector('details.ict-tools__embed');
    bar.addEventListener('click', function (event) {
      var link = event.target.closest('a.ict-tools__link');
      if (link) {
        // Copy the chart's public address; the address bar shows it too, without a jump.
        event.preventDefault();
        if (window.history && history.replaceState) history.replaceState(null, '', link.getAttribute('href'));
        copyAndSay(said('url'), said('copied-link'), said('copy-failed'));
        return;
      }
      var button = event.target.closest('[data-ict-copy-code]');
      if (button) {
        var code = document.getElementById(button.getAttribute('data-ict-copy-code'));
        if (code) copyAndSay(code.textContent.trim(), said('copied-code'), said('copy-failed'));
      }
    });
    if (!embed) return;
    // Escape, or a click elsewhere, closes the embed panel; Escape gives focus back to its button.
    embed.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && embed.open) {
        embed.open = false;
        embed.querySelector('summary').focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (embed.open && !embed.contains(event.target)) embed.open = false;
    });
  });

  if (!box) return;
  box.classList.add('ict-cite--js');

  var canonical = document.querySelector('link[rel="canonical"]');
  var pageUrl = (canonical ? canonical.href : location.href).split('#')[0];
  var text = function (name) { return box.getAttribute('data-ict-' + name) || ''; };

  box.addEventListener('click', function (event) {
    var button = event.target.closest('[data-ict-copy]');
    if (!button) return;
    var source = document.getElementById(button.getAttribute('data-ict-copy'));
    if (!source) return;
    var value = source.tagName === 'PRE'
      ? source.textContent.replace(/\s+$/, '')
      : source.textContent.replace(/\s+/g, ' ').trim();
    copyAndSay(value, text('copied'), text('copy-failed'));
  });

  var links = document.querySelectorAll('.md-content .md-typeset a.headerlink');
  Array.prototype.forEach.call(links, function (link) {
    var heading = link.parentElement;
    if (!heading || !heading.id) return;
    var name = heading.textContent.replace(/\u00b6\s*$/, '').trim();
    var label = text('section-link').replace('{heading}', name);
    link.setAttribute('aria-label', label);
    link.setAttribute('title', label);
    link.addEventListener('click', function () {
      // The default action (moving to the section) goes ahead; the copy rides on the same click.
      copyAndSay(pageUrl + '#' + heading.id, text('section-copied'), text('copy-failed'));
    });
  });
})();
