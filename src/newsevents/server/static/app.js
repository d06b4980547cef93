/* newsevents dashboard. Plain JavaScript over the JSON API; d3 and topojson-client are
   vendored in /static/vendor (nothing comes from a CDN). The URL holds the filters and the
   open event, so any view can be shared. */
"use strict";

const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
  "ASSAULT"];
// Filters the URL may hold; the form shows the first ones, the rest appear as chips.
const FORM_FILTERS = ["type", "quad_class", "status", "country", "actor", "since", "until",
  "outlet", "q"];
const OTHER_FILTERS = ["actor_country", "actor_code", "dyad", "mode", "bbox"];
const QUAD = {
  1: { name: "verbal cooperation", color: "#5aae61" },
  2: { name: "material cooperation", color: "#1b7837" },
  3: { name: "verbal conflict", color: "#f1a340" },
  4: { name: "material conflict", color: "#c2272d" },
};
const PAGE_SIZE = 50;
const MAP_LIMIT = 1000;

const state = { filters: {}, interval: "auto", cursor: null, stats: null, world: null,
  eventId: null, charts: null };
const $ = (selector) => document.querySelector(selector);

/* ------------------------------------------------------------------ API and URL */

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const response = await fetch(`${path}${query.toString() ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(`${response.status}: ${message}`);
  }
  return body;
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.filters = {};
  for (const key of [...FORM_FILTERS, ...OTHER_FILTERS]) {
    if (params.get(key)) state.filters[key] = params.get(key);
  }
  state.interval = params.get("interval") || "auto";
  state.eventId = params.get("event");
}

function writeUrl(push) {
  const params = new URLSearchParams(state.filters);
  if (state.interval !== "auto") params.set("interval", state.interval);
  if (state.eventId) params.set("event", state.eventId);
  const url = `${location.pathname}${params.toString() ? "?" + params : ""}`;
  if (url !== location.pathname + location.search) {
    history[push ? "pushState" : "replaceState"](null, "", url);
  }
}

function showError(error) {
  $("#status-message").textContent = error ? String(error.message || error) : "";
}

/* ------------------------------------------------------------------ filters */

function fillForm() {
  const form = $("#filters");
  for (const key of FORM_FILTERS) form.elements[key].value = state.filters[key] || "";
  $("#interval").value = state.interval;
  const chips = $("#chips");
  chips.replaceChildren();
  for (const key of OTHER_FILTERS) {
    if (!state.filters[key]) continue;
    const chip = document.createElement("button");
    chip.type = "button";
    chip.className = "chip";
    chip.textContent = `${key.replace("_", " ")}: ${state.filters[key]} ×`;
    chip.title = "Remove this filter";
    chip.addEventListener("click", () => { delete state.filters[key]; applyState(true); });
    chips.append(chip);
  }
}

function readForm() {
  const form = $("#filters");
  const filters = {};
  for (const key of OTHER_FILTERS) if (state.filters[key]) filters[key] = state.filters[key];
  for (const key of FORM_FILTERS) {
    let value = form.elements[key].value.trim();
    if (key === "country") value = value.toUpperCase();
    if (value) filters[key] = value;
  }
  return filters;
}

function applyState(push) {
  state.eventId = null;
  closeDetail(false);
  writeUrl(push);
  fillForm();
  loadAll();
}

/* ------------------------------------------------------------------ loading */

function chosenInterval() {
  if (state.interval !== "auto") return state.interval;
  const first = state.filters.since || (state.stats && state.stats.first_date);
  const last = state.filters.until || (state.stats && state.stats.last_date);
  if (!first || !last) return "month";
  const days = (new Date(last) - new Date(first)) / 86400000;
  if (days > 5 * 366) return "year";
  if (days > 366) return "month";
  if (days > 62) return "week";
  return "day";
}

async function loadAll() {
  showError(null);
  state.cursor = null;
  const filters = state.filters;
  const interval = chosenInterval();
  try {
    const [page, located, series, network] = await Promise.all([
      api("/api/events", { ...filters, limit: PAGE_SIZE }),
      api("/api/events", { ...filters, located: "true", limit: MAP_LIMIT }),
      api("/api/timeseries", { ...filters, split: "quad_class", interval }),
      api("/api/dyads", { ...filters, limit: 30 }),
    ]);
    $("#total").textContent = page.total;
    $("#total-label").textContent = page.total === 1 ? "event" : "events";
    renderTable(page, false);
    state.charts = { located, series, network };
    renderCharts();
  } catch (error) {
    showError(error);
  }
}

function renderCharts() {
  if (!state.charts) return;
  renderMap(state.charts.located);
  renderTimeline(state.charts.series);
  renderNetwork(state.charts.network);
}

async function loadMore() {
  try {
    const page = await api("/api/events", { ...state.filters, limit: PAGE_SIZE,
      cursor: state.cursor });
    renderTable(page, true);
  } catch (error) {
    showError(error);
  }
}

/* ------------------------------------------------------------------ table */

function sideLabel(name, code) {
  if (!name && !code) return "";
  return code && name && name !== code ? `${name} (${code})` : name || code;
}

function renderTable(page, append) {
  const body = $("#events tbody");
  if (!append) body.replaceChildren();
  for (const event of page.events) {
    const row = document.createElement("tr");
    row.tabIndex = 0;
    row.dataset.eventId = event.event_id;
    const cells = [
      event.date_start || "–",
      null,
      sideLabel(event.source_name, event.source_code),
      sideLabel(event.target_name, event.target_code),
      event.location_name || "",
      event.status || "",
      String(event.num_mentions),
      (event.sentence || "").trim(),
    ];
    cells.forEach((text, index) => {
      const cell = document.createElement("td");
      if (index === 1) {
        const badge = document.createElement("span");
        badge.className = `type-badge q${event.quad_class}`;
        badge.textContent = event.event_type;
        cell.append(badge);
      } else {
        cell.textContent = index === 7 && text.length > 160 ? text.slice(0, 157) + "…" : text;
      }
      if (index === 7) cell.className = "evidence-col";
      if (index === 0) cell.className = "date-col";
      row.append(cell);
    });
    row.addEventListener("click", () => openEvent(event.event_id, true));
    row.addEventListener("keydown", (e) => { if (e.key === "Enter") openEvent(event.event_id, true); });
    body.append(row);
  }
  state.cursor = page.next_cursor;
  $("#more").hidden = !page.next_cursor;
}

/* ------------------------------------------------------------------ timeline */

function chartWidth(element, fallback) {
  return Math.max(280, Math.floor(element.clientWidth || fallback));
}

function nextPeriod(date, interval) {
  const next = new Date(date);
  if (interval === "day") next.setUTCDate(next.getUTCDate() + 1);
  else if (interval === "week") next.setUTCDate(next.getUTCDate() + 7);
  else if (interval === "month") next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

function renderTimeline(series) {
  const element = $("#timeline");
  element.replaceChildren();
  const width = chartWidth(element, 600), height = Math.max(220, Math.round(width * 0.52) - 24);
  const margin = { top: 10, right: 18, bottom: 26, left: 34 };
  const byPeriod = new Map();
  for (const bucket of series.buckets) {
    const row = byPeriod.get(bucket.period) || { period: new Date(bucket.period), 1: 0, 2: 0, 3: 0, 4: 0 };
    if (QUAD[bucket.key]) row[bucket.key] += bucket.count;
    byPeriod.set(bucket.period, row);
  }
  const rows = [...byPeriod.values()].sort((a, b) => a.period - b.period);
  const svg = d3.select(element).append("svg").attr("viewBox", `0 0 ${width} ${height}`)
    .attr("id", "timeline-svg");
  if (!rows.length) {
    svg.append("text").attr("x", width / 2).attr("y", height / 2).attr("text-anchor", "middle")
      .attr("class", "note").text("no dated events");
    return;
  }
  const start = rows[0].period, end = nextPeriod(rows[rows.length - 1].period, series.interval);
  const x = d3.scaleUtc().domain([start, end]).range([margin.left, width - margin.right]);
  const stacked = d3.stack().keys(["1", "2", "3", "4"])(rows);
  const top = d3.max(stacked[stacked.length - 1], (d) => d[1]) || 1;
  const y = d3.scaleLinear().domain([0, top]).nice().range([height - margin.bottom, margin.top]);
  svg.append("g").selectAll("g").data(stacked).join("g")
    .attr("fill", (layer) => QUAD[layer.key].color).attr("class", (layer) => `quad-${layer.key}`)
    .selectAll("rect").data((layer) => layer.map((d) => Object.assign(d, { key: layer.key })))
    .join("rect")
    .attr("class", "bar")
    .attr("x", (d) => x(d.data.period) + 0.5)
    .attr("width", (d) => Math.max(1, x(nextPeriod(d.data.period, series.interval)) - x(d.data.period) - 1))
    .attr("y", (d) => y(d[1]))
    .attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
    .append("title")
    .text((d) => `${d.data.period.toISOString().slice(0, 10)} · ${QUAD[d.key].name}: ${d[1] - d[0]}`);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))).tickSizeOuter(0));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).tickValues(y.ticks(5).filter(Number.isInteger)).tickFormat(d3.format("d")));
  const undated = series.undated ? ` · ${series.undated} undated` : "";
  $("#quad-legend").replaceChildren(...Object.entries(QUAD).map(([key, quad]) => {
    const item = document.createElement("span");
    item.innerHTML = `<i style="background:${quad.color}"></i>${key} ${quad.name}`;
    return item;
  }), Object.assign(document.createElement("span"), { textContent: `per ${series.interval}${undated}` }));
}

/* ------------------------------------------------------------------ map */

async function worldFeatures() {
  if (!state.world) {
    const response = await fetch("/static/vendor/countries-110m.json");
    const topology = await response.json();
    state.world = topojson.feature(topology, topology.objects.countries).features;
  }
  return state.world;
}

async function renderMap(page) {
  const element = $("#map");
  const countries = await worldFeatures();
  element.replaceChildren();
  const width = chartWidth(element, 600), height = Math.round(width * 0.52);
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]],
    { type: "Sphere" });
  const path = d3.geoPath(projection);
  const svg = d3.select(element).append("svg").attr("viewBox", `0 0 ${width} ${height}`)
    .attr("id", "map-svg");
  svg.append("path").datum({ type: "Sphere" }).attr("class", "sphere").attr("d", path);
  svg.append("path").datum(d3.geoGraticule10()).attr("class", "graticule").attr("d", path);
  svg.append("g").selectAll("path").data(countries).join("path")
    .attr("class", "country").attr("data-name", (d) => d.properties.name).attr("d", path)
    .append("title").text((d) => d.properties.name);
  const events = page.events.filter((e) => e.lat !== null && e.lon !== null)
    .sort((a, b) => b.num_mentions - a.num_mentions);
  svg.append("g").selectAll("circle").data(events).join("circle")
    .attr("class", "point")
    .attr("data-event-id", (d) => d.event_id)
    .attr("data-country", (d) => d.location_country || "")
    .attr("data-place", (d) => d.location_name || "")
    .attr("cx", (d) => projection([d.lon, d.lat])[0])
    .attr("cy", (d) => projection([d.lon, d.lat])[1])
    .attr("r", (d) => 3.5 + 2.2 * Math.sqrt(d.num_mentions))
    .attr("fill", (d) => (QUAD[d.quad_class] || { color: "#777" }).color)
    .on("click", (_event, d) => openEvent(d.event_id, true))
    .append("title")
    .text((d) => `${d.event_type} · ${d.location_name} · ${d.date_start || "undated"}`);
  const more = page.total > events.length ? ` (first ${events.length} of ${page.total})` : "";
  $("#map-note").textContent = `${events.length} events with a place${more}`;
}

/* ------------------------------------------------------------------ network */

function renderNetwork(network) {
  const element = $("#network");
  element.replaceChildren();
  const width = chartWidth(element, 400), height = Math.max(260, Math.round(width * 0.8));
  const svg = d3.select(element).append("svg").attr("viewBox", `0 0 ${width} ${height}`)
    .attr("id", "network-svg");
  if (!network.edges.length) {
    svg.append("text").attr("x", width / 2).attr("y", height / 2).attr("text-anchor", "middle")
      .attr("class", "note").text("no pairs of sides");
    return;
  }
  const nodes = network.nodes.map((n) => ({ ...n }));
  const links = network.edges.map((e) => ({ ...e }));
  const radius = d3.scaleSqrt().domain([1, d3.max(nodes, (n) => n.count)]).range([5, 16]);
  const width_of = d3.scaleLinear().domain([1, d3.max(links, (l) => l.count)]).range([1.5, 7]);
  const color = (net) => {  // green for net cooperation, red for net conflict, grey for even
    if (net > 0) return d3.interpolate("#7fbf7b", "#1b7837")(Math.min(1, (net - 1) / 4));
    if (net < 0) return d3.interpolate("#f4a582", "#b2182b")(Math.min(1, (-net - 1) / 4));
    return "#9aa5b1";
  };
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(60))
    .force("charge", d3.forceManyBody().strength(-140))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("x", d3.forceX(width / 2).strength(0.06))
    .force("y", d3.forceY(height / 2).strength(0.08))
    .force("collide", d3.forceCollide((n) => radius(n.count) + 4 * n.id.length))
    .stop();
  for (let i = 0; i < 300; i += 1) simulation.tick();
  const inside = (value, low, high) => Math.max(low, Math.min(high, value));
  for (const node of nodes) {
    const r = radius(node.count);
    node.x = inside(node.x, r + 2, width - r - 8 * node.id.length - 6);  // room for the label
    node.y = inside(node.y, r + 2, height - r - 2);
  }
  svg.append("g").selectAll("line").data(links).join("line")
    .attr("class", "link")
    .attr("x1", (l) => l.source.x).attr("y1", (l) => l.source.y)
    .attr("x2", (l) => l.target.x).attr("y2", (l) => l.target.y)
    .attr("stroke", (l) => color(l.net_cooperation)).attr("stroke-opacity", 0.85)
    .attr("stroke-width", (l) => width_of(l.count))
    .on("click", (_event, l) => {
      state.filters.dyad = `${l.source.id}-${l.target.id}`;
      applyState(true);
    })
    .append("title")
    .text((l) => `${l.source.id}–${l.target.id}: ${l.count} events, net cooperation ` +
      `${l.net_cooperation}, mean Goldstein ${l.mean_goldstein}`);
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node")
    .attr("transform", (n) => `translate(${n.x},${n.y})`)
    .on("click", (_event, n) => {
      if (/^[A-Z]{3}$/.test(n.id)) { state.filters.actor_country = n.id; applyState(true); }
    });
  node.append("circle").attr("r", (n) => radius(n.count));
  node.append("text").attr("x", (n) => radius(n.count) + 3).attr("y", 4).text((n) => n.id);
  node.append("title").text((n) => `${n.name || n.id}: ${n.count} events in these pairs`);
}

/* ------------------------------------------------------------------ event and article */

function closeDetail(updateUrl) {
  $("#detail").hidden = true;
  if (updateUrl && state.eventId) {
    state.eventId = null;
    writeUrl(true);
  }
}

function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function describe(event) {
  const source = sideLabel(event.source_name, event.source_code) || "?";
  const target = sideLabel(event.target_name, event.target_code);
  return `${event.event_type} · ${source}${target ? " → " + target : ""}`;
}

async function openEvent(eventId, push) {
  state.eventId = eventId;
  if (push) writeUrl(true);
  try {
    const detail = await api(`/api/events/${encodeURIComponent(eventId)}`);
    const event = detail.event;
    $("#detail-title").textContent = describe(event);
    const facts = [
      ["When", event.date_start === event.date_end ? event.date_start
        : `${event.date_start} – ${event.date_end}`, `(${event.date_precision})`],
      ["Where", event.location_name ? `${event.location_name} (${event.location_country || "?"})` : "not stated"],
      ["Status", event.status],
      ["CAMEO", `${event.cameo || "–"} · QuadClass ${event.quad_class} (${(QUAD[event.quad_class] || {}).name}) · Goldstein ${event.goldstein}`],
      ["Reports", `${count(event.num_mentions, "mention")} in ${count(event.num_articles, "article")} ` +
        `from ${count(event.num_sources, "outlet")}`],
    ];
    const info = $("#event-info");
    info.replaceChildren();
    for (const [label, ...values] of facts) {
      const dt = document.createElement("dt"); dt.textContent = label;
      const dd = document.createElement("dd"); dd.textContent = values.filter(Boolean).join(" ");
      info.append(dt, dd);
    }
    renderMentions(detail.mentions, event.best_mention_id);
    $("#detail").hidden = false;
    const best = detail.mentions.find((m) => m.mention_id === event.best_mention_id) || detail.mentions[0];
    if (best) await showArticle(best.article.article_id, best.mention_id);
  } catch (error) {
    showError(error);
  }
}

function renderMentions(mentions, current) {
  const list = $("#mentions");
  list.replaceChildren();
  for (const mention of mentions) {
    const item = document.createElement("li");
    item.dataset.mentionId = mention.mention_id;
    if (mention.mention_id === current) item.className = "current";
    const article = mention.article;
    const link = document.createElement("a");
    link.className = "show";
    link.textContent = article.title || article.article_id;
    link.addEventListener("click", () => showArticle(article.article_id, mention.mention_id));
    const where = [article.outlet, article.pub_date].filter(Boolean).join(", ");
    item.append(link, document.createTextNode(where ? ` — ${where}` : ""));
    if (article.url) {
      const source = document.createElement("a");
      source.href = article.url; source.textContent = " ↗"; source.rel = "noopener";
      source.target = "_blank";
      item.append(source);
    }
    list.append(item);
  }
}

async function showArticle(articleId, mentionId) {
  const data = await api(`/api/articles/${encodeURIComponent(articleId)}`);
  for (const item of document.querySelectorAll("#mentions li")) {
    item.classList.toggle("current", item.dataset.mentionId === mentionId);
  }
  const spans = data.spans.filter((s) => s.mention_id === mentionId);
  const missing = data.unlocated.filter((s) => s.mention_id === mentionId);
  $("#unlocated").textContent = missing.length ? "Not in the sentence (read from the story): " +
    missing.map((s) => `${s.kind} “${s.text}”`).join(", ") : "";
  const view = $("#article-view");
  view.replaceChildren();
  const heading = document.createElement("h4");
  heading.textContent = [data.article.title, data.article.outlet, data.article.pub_date]
    .filter(Boolean).join(" · ");
  view.append(heading, highlighted(data.article.text, spans));
  const mark = view.querySelector("mark.evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}

/* The article text with the evidence sentence as one <mark> and the spans inside it
   (sides, date, place, trigger) as <span>s whose classes name every kind covering them. */
function highlighted(text, spans) {
  const fragment = document.createDocumentFragment();
  const evidence = spans.find((s) => s.kind === "evidence");
  const inner = spans.filter((s) => s.kind !== "evidence");
  const piece = (start, end, container) => {
    const cuts = new Set([start, end]);
    for (const s of inner) {
      if (s.start > start && s.start < end) cuts.add(s.start);
      if (s.end > start && s.end < end) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i += 1) {
      const [from, to] = [points[i], points[i + 1]];
      const kinds = inner.filter((s) => s.start <= from && s.end >= to).map((s) => s.kind);
      const chunk = text.slice(from, to);
      if (!kinds.length) { container.append(document.createTextNode(chunk)); continue; }
      const span = document.createElement("span");
      span.className = [...new Set(kinds)].map((k) => `span-${k}`).join(" ");
      span.title = [...new Set(kinds)].join(", ");
      span.textContent = chunk;
      container.append(span);
    }
  };
  if (!evidence) { piece(0, text.length, fragment); return fragment; }
  // the sentence's trailing line breaks stay outside the mark
  const end = evidence.start + text.slice(evidence.start, evidence.end).trimEnd().length;
  piece(0, evidence.start, fragment);
  const mark = document.createElement("mark");
  mark.className = "evidence";
  piece(evidence.start, end, mark);
  fragment.append(mark);
  piece(end, text.length, fragment);
  return fragment;
}

/* ------------------------------------------------------------------ start */

function start() {
  const typeSelect = $("#f-type");
  for (const type of EVENT_TYPES) typeSelect.append(new Option(type, type));
  readUrl();
  fillForm();
  $("#filters").addEventListener("submit", (event) => {
    event.preventDefault();
    state.filters = readForm();
    applyState(true);
  });
  $("#reset").addEventListener("click", () => { state.filters = {}; applyState(true); });
  $("#interval").addEventListener("change", (event) => {
    state.interval = event.target.value;
    writeUrl(false);
    loadAll();
  });
  $("#more").addEventListener("click", loadMore);
  $("#close-detail").addEventListener("click", () => closeDetail(true));
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeDetail(true); });
  window.addEventListener("popstate", () => {
    readUrl();
    fillForm();
    loadAll();
    if (state.eventId) openEvent(state.eventId, false); else closeDetail(false);
  });
  let resizing = null;
  let lastWidth = window.innerWidth;
  window.addEventListener("resize", () => {
    if (window.innerWidth === lastWidth) return;  // phones resize when the toolbar hides
    lastWidth = window.innerWidth;
    clearTimeout(resizing);
    resizing = setTimeout(renderCharts, 200);
  });
  api("/api/stats").then((stats) => { state.stats = stats; })
    .catch(() => {})
    .finally(() => {
      loadAll();
      if (state.eventId) openEvent(state.eventId, false);
    });
}

start();
