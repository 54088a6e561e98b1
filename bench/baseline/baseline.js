// The baseline for `make bench`: what a careful developer would hand-write
// without a framework — fetch the same feed, list every MPP (new ones
// first), and put them on a Leaflet map. No search, filters or offline.
(async function () {
  'use strict';
  var status = document.getElementById('status');
  var list = document.getElementById('list');
  var response = await fetch('../data/mpp.json');
  var feed = await response.json();
  var mpps = feed.mpps.slice().sort(function (a, b) {
    return (b.status === 'new') - (a.status === 'new') || a.province.code.localeCompare(b.province.code) || a.name.localeCompare(b.name);
  });
  var items = document.createDocumentFragment();
  mpps.forEach(function (m) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = '../mpp/' + m.slug;
    a.textContent = m.name + (m.status === 'new' ? ' ★ Baru' : '');
    var p = document.createElement('p');
    p.textContent = m.regency.name + ' · ' + m.province.name + (m.inauguration ? ' · ' + m.inauguration.date : '');
    li.appendChild(a);
    li.appendChild(p);
    items.appendChild(li);
  });
  list.appendChild(items);
  status.textContent = mpps.length + ' MPP';
  performance.mark('peta-mpp:first-listed');

  var map = L.map('map').fitBounds([[-11, 95], [6, 141]]);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { attribution: '&copy; OpenStreetMap contributors', maxZoom: 19 }).addTo(map);
  var cluster = L.markerClusterGroup();
  mpps.forEach(function (m) {
    if (m.location) cluster.addLayer(L.marker([m.location.lat, m.location.lon], { title: m.name }).bindPopup(m.name));
  });
  cluster.addTo(map);
})();
