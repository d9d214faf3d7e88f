// Review page: a line link scrolls the source pane (not the whole page) to the line and marks it.
(function () {
  'use strict';
  function mark(line) {
    var target = document.getElementById('L' + line);
    if (!target) { return; }
    document.querySelectorAll('ol.source li.current').forEach(function (li) { li.classList.remove('current'); });
    target.classList.add('current');
    var pane = target.closest('.source-pane');
    if (pane) {
      pane.scrollTop += target.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientHeight / 3;
    } else {
      target.scrollIntoView({ block: 'center' });
    }
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.line-link[data-line]');
    if (!link || !link.closest('.review')) { return; }
    event.preventDefault();
    mark(link.getAttribute('data-line'));
    history.replaceState(null, '', '#L' + link.getAttribute('data-line'));
  });
  document.addEventListener('DOMContentLoaded', function () {
    if (location.hash.indexOf('#L') === 0) { mark(location.hash.substring(2)); }
  });
})();
