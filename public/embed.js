/* Peta MPP — embed.js: sizes Peta MPP iframes to their content.
 * Add it once to a page with the iframe from /sematkan. No dependencies.
 * Only a message from an iframe's own window and origin resizes that iframe. */
(function () {
  'use strict';
  if (window.__petaMppEmbed) return;
  window.__petaMppEmbed = true;
  var MIN = 200;
  var MAX = 5000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'peta-mpp:height') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (e) {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = Math.round(Math.max(MIN, Math.min(MAX, height))) + 'px';
      return;
    }
  });
})();
