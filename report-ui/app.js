// @ts-check
/**
 * syndiq's HTML report, in the browser. The run is embedded once as JSON (the same shape as
 * report.json) and rendered lazily: the summary, a virtual list that only builds the rows on screen,
 * and one article at a time. The view (filters, sort, open article) lives in the URL hash, so a link
 * can be shared. Article text comes from content farms: it only ever reaches the page as text nodes
 * (never as markup), and links are only made from http(s) addresses.
 */
(() => {
  'use strict';

  /** @typedef {import('../src/model.js').RunReport} RunReport */
  /** @typedef {import('../src/model.js').ArticleResult} ArticleResult */
  /** @typedef {import('../src/model.js').Issue} Issue */
  /** @typedef {import('../src/model.js').Field} Field */
  /** @typedef {import('../src/model.js').OriginalText} OriginalText */
  /** @typedef {import('../src/model.js').TextSpan} TextSpan */
  /** @typedef {import('../src/model.js').Verdict} Verdict */
  /** @typedef {import('../src/model.js').Severity} Severity */
  /** @typedef {import('../src/model.js').AlignedPassages} AlignedPassages */

  /**
   * One article with what the list needs precomputed.
   * @typedef {{
   *   a: ArticleResult,
   *   pos: number,
   *   feed: string,
   *   rules: Set<string>,
   *   kinds: Set<string>,
   *   lead: Issue | null,
   *   counts: Record<Severity, number>,
   *   hay: string | null,
   * }} Entry
   */

  /**
   * The view, as kept in the URL hash.
   * @typedef {{
   *   q: string, verdicts: Verdict[], feed: string, kind: string, rule: string, lang: string,
   *   min: number | null, max: number | null, sort: string, article: string | null,
   * }} View
   */

  const VERDICTS = /** @type {Verdict[]} */ (['fail', 'review', 'pass']);
  const SEVERITIES = /** @type {Severity[]} */ (['critical', 'major', 'minor']);
  const SEVERITY_RANK = { critical: 0, major: 1, minor: 2 };
  const VERDICT_RANK = { fail: 0, review: 1, pass: 2 };
  const SORTS = {
    worst: 'worst first',
    best: 'best first',
    findings: 'most findings',
    title: 'title A–Z',
    feed: 'feed',
    id: 'id',
  };
  /** Rows rendered beyond the visible ones, above and below, so fast scrolling shows no blank. */
  const OVERSCAN = 8;
  /** At most this many rows are laid out for printing the list. */
  const PRINT_ROWS = 2000;
  /** Input errors shown before "show all". */
  const ERRORS_SHOWN = 50;
  const SVG_NS = 'http://www.w3.org/2000/svg';

  // ---------------------------------------------------------------------------------------------
  // DOM helpers: text only ever enters as text nodes.

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
   * @param {...(Node | string | null | undefined | false)} children
   * @returns {HTMLElementTagNameMap[K]}
   */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs ?? {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = String(v);
      else if (k === 'text') el.textContent = String(v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    append(el, children);
    return el;
  }

  /**
   * @param {Element} el
   * @param {(Node | string | null | undefined | false)[]} children
   */
  function append(el, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      el.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
  }

  /**
   * @param {string} tag
   * @param {Record<string, string | number>} [attrs]
   * @param {...(Node | string)} children
   */
  function svg(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, String(v));
    for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return el;
  }

  /** @param {string} id */
  function byId(id) {
    const el = document.getElementById(id);
    if (!el) throw new Error(`report page is missing #${id}`);
    return el;
  }

  /** A link for an http(s) address; anything else (javascript:, data:, file:) is shown as text. */
  function safeLink(/** @type {string | null | undefined} */ url, /** @type {string} */ label) {
    if (!url) return null;
    if (!/^https?:\/\//i.test(url))
      return h('span', { class: 'unsafe-url', text: label === url ? url : `${label} (${url})` });
    return h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', text: label });
  }

  /** A language code fit for a `lang` attribute, or null. */
  function langAttr(/** @type {string | null | undefined} */ code) {
    return code && /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(code) && code !== 'und' ? code : null;
  }

  const fmt = new Intl.NumberFormat('en');
  const n = (/** @type {number} */ x) => fmt.format(x);

  function verdictBadge(/** @type {Verdict} */ v, /** @type {string} */ label = v) {
    return h('span', { class: `verdict ${v}`, text: label });
  }

  // ---------------------------------------------------------------------------------------------
  // Data

  const dataEl = byId('syndiq-data');
  const report = /** @type {RunReport} */ (JSON.parse(dataEl.textContent ?? '{}'));
  dataEl.remove(); // the parsed copy is the only one kept
  /** @type {Map<string, OriginalText>} */
  const originals = new Map(report.originals.map((o) => [o.id, o]));

  /** @type {Entry[]} */
  const entries = report.articles.map((a, pos) => {
    const counts = { critical: 0, major: 0, minor: 0 };
    /** @type {Issue | null} */
    let lead = null;
    for (const i of a.issues) {
      counts[i.severity]++;
      if (!lead || SEVERITY_RANK[i.severity] < SEVERITY_RANK[lead.severity]) lead = i;
    }
    return {
      a,
      pos,
      feed: a.feed ?? a.input,
      rules: new Set(a.issues.map((i) => i.rule)),
      kinds: new Set(a.issues.map((i) => i.kind)),
      lead,
      counts,
      hay: null,
    };
  });
  /** @type {Map<string, Entry>} */
  const entryById = new Map(entries.map((e) => [e.a.id, e]));

  /** Lower-cased text searched by the free-text filter, built on first search. */
  function haystack(/** @type {Entry} */ e) {
    if (e.hay === null) {
      const a = e.a;
      const parts = [a.id, a.title, a.url ?? '', e.feed, a.original?.id ?? '', a.body];
      for (const i of a.issues) parts.push(i.rule, i.kind, i.text, i.message, i.suggestion ?? '');
      e.hay = parts.join('\n').toLowerCase();
    }
    return e.hay;
  }

  // ---------------------------------------------------------------------------------------------
  // The view in the URL hash

  /** @returns {View} */
  function readHash() {
    const p = new URLSearchParams(location.hash.replace(/^#/, ''));
    const num = (/** @type {string} */ k) => {
      const v = p.get(k);
      if (v === null || v.trim() === '') return null;
      const x = Number(v);
      return Number.isFinite(x) ? x : null;
    };
    const sort = p.get('sort') ?? 'worst';
    return {
      q: p.get('q') ?? '',
      verdicts: /** @type {Verdict[]} */ (
        (p.get('verdict') ?? '').split(',').filter((v) => VERDICTS.includes(/** @type {Verdict} */ (v)))
      ),
      feed: p.get('feed') ?? '',
      kind: p.get('kind') ?? '',
      rule: p.get('rule') ?? '',
      lang: p.get('lang') ?? '',
      min: num('min'),
      max: num('max'),
      sort: sort in SORTS ? sort : 'worst',
      article: p.get('article'),
    };
  }

  /** @param {View} v */
  function hashOf(v) {
    const p = new URLSearchParams();
    if (v.q) p.set('q', v.q);
    if (v.verdicts.length) p.set('verdict', v.verdicts.join(','));
    for (const k of /** @type {const} */ (['feed', 'kind', 'rule', 'lang'])) if (v[k]) p.set(k, v[k]);
    if (v.min !== null) p.set('min', String(v.min));
    if (v.max !== null) p.set('max', String(v.max));
    if (v.sort !== 'worst') p.set('sort', v.sort);
    if (v.article) p.set('article', v.article);
    const s = p.toString();
    return s ? `#${s}` : '#';
  }

  let view = readHash();

  /**
   * Change the view. Filter edits replace the history entry (typing is not history); opening or
   * closing an article adds one, so the browser's Back returns to the list.
   * @param {Partial<View>} change
   */
  function setView(change) {
    // from the address itself: a hash change may not have been handled yet (a click on a row while a
    // search waits for a pause in typing must still open the article)
    view = readHash();
    const next = { ...view, ...change };
    const opensOrCloses = change.article !== undefined && change.article !== view.article;
    const hash = hashOf(next);
    if (hash === (location.hash || '#')) return;
    if (opensOrCloses) location.hash = hash;
    else {
      history.replaceState(null, '', hash);
      onHashChange();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Filtering and sorting

  /** @param {View} v */
  function filterKey(v) {
    return JSON.stringify([v.q, v.verdicts, v.feed, v.kind, v.rule, v.lang, v.min, v.max, v.sort]);
  }

  /** @type {Record<string, (x: Entry, y: Entry) => number>} */
  const COMPARE = {
    worst: (x, y) =>
      VERDICT_RANK[x.a.verdict] - VERDICT_RANK[y.a.verdict] || x.a.score - y.a.score || x.pos - y.pos,
    best: (x, y) =>
      VERDICT_RANK[y.a.verdict] - VERDICT_RANK[x.a.verdict] || y.a.score - x.a.score || x.pos - y.pos,
    findings: (x, y) => y.a.issues.length - x.a.issues.length || x.a.score - y.a.score || x.pos - y.pos,
    title: (x, y) => x.a.title.localeCompare(y.a.title) || x.pos - y.pos,
    feed: (x, y) => x.feed.localeCompare(y.feed) || COMPARE.worst(x, y),
    id: (x, y) => (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0),
  };

  /** @param {View} v @returns {Entry[]} */
  function applyView(v) {
    const q = v.q.trim().toLowerCase();
    const terms = q ? q.split(/\s+/) : [];
    const out = entries.filter((e) => {
      const a = e.a;
      if (v.verdicts.length && !v.verdicts.includes(a.verdict)) return false;
      if (v.feed && e.feed !== v.feed) return false;
      if (v.kind && !e.kinds.has(v.kind)) return false;
      if (v.rule && !e.rules.has(v.rule)) return false;
      if (v.lang && a.lang.detected !== v.lang) return false;
      if (v.min !== null && a.score < v.min) return false;
      if (v.max !== null && a.score > v.max) return false;
      if (terms.length) {
        const hay = haystack(e);
        for (const t of terms) if (!hay.includes(t)) return false;
      }
      return true;
    });
    return out.sort(COMPARE[v.sort] ?? COMPARE.worst);
  }

  let shownKey = '';
  /** @type {Entry[]} */
  let shown = [];
  function currentList() {
    const key = filterKey(view);
    if (key !== shownKey) {
      performance.mark('syndiq-filter-start');
      shown = applyView(view);
      shownKey = key;
      performance.mark('syndiq-filter-end');
      performance.measure('syndiq-filter', 'syndiq-filter-start', 'syndiq-filter-end');
    }
    return shown;
  }

  // ---------------------------------------------------------------------------------------------
  // Summary

  /** @param {string} title @param {string} desc @param {number} width @param {number} height */
  function chart(title, desc, width, height) {
    const id = `c${Math.random().toString(36).slice(2, 8)}`;
    return svg(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': `${id}t ${id}d` },
      svg('title', { id: `${id}t` }, title),
      svg('desc', { id: `${id}d` }, desc),
    );
  }

  /** Scores in bands of ten, each bar split by verdict (a critical finding fails a high score too). */
  function scoreHistogram() {
    const bins = Array.from({ length: 10 }, () => ({ fail: 0, review: 0, pass: 0 }));
    for (const e of entries) bins[Math.min(9, Math.floor(e.a.score / 10))][e.a.verdict]++;
    const total = bins.map((b) => b.fail + b.review + b.pass);
    const max = Math.max(1, ...total);
    const W = 440;
    const H = 190;
    const bw = 36;
    const band = (/** @type {number} */ k) => `${k * 10}–${k === 9 ? 100 : k * 10 + 9}`;
    const desc = bins
      .map((b, k) => `${band(k)}: ${total[k]} (${b.fail} fail, ${b.review} review, ${b.pass} pass)`)
      .join('; ');
    const s = chart('Articles by score', `Number of articles per score band: ${desc}.`, W, H);
    bins.forEach((b, k) => {
      const x = 24 + k * (bw + 3);
      let y = 150;
      for (const v of VERDICTS) {
        const c = b[v];
        if (!c) continue;
        const bh = Math.max(1, Math.round((c / max) * 125));
        y -= bh;
        const bar = svg('rect', { class: `bar ${v}`, x, y, width: bw, height: bh });
        bar.append(svg('title', {}, `${band(k)}: ${c} ${v}`));
        s.append(bar);
      }
      if (total[k])
        s.append(svg('text', { x: x + bw / 2, y: y - 3, 'text-anchor': 'middle' }, String(total[k])));
      s.append(svg('text', { x: x + bw / 2, y: 164, 'text-anchor': 'middle' }, String(k * 10)));
    });
    VERDICTS.forEach((v, k) => {
      const x = 24 + k * 80;
      s.append(svg('rect', { class: `bar ${v}`, x, y: 176, width: 10, height: 10 }));
      s.append(svg('text', { class: 'swatch-label', x: x + 14, y: 185 }, v));
    });
    s.append(svg('text', { x: W - 10, y: 185, 'text-anchor': 'end' }, 'score →'));
    return h('figure', {}, h('figcaption', { text: 'Scores' }), s);
  }

  function kindChart() {
    /** @type {Map<string, number>} */
    const counts = new Map();
    for (const e of entries) for (const i of e.a.issues) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
    const rows = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const max = Math.max(1, ...rows.map((r) => r[1]));
    const W = 420;
    const H = Math.max(40, rows.length * 20 + 10);
    const desc = rows.length ? rows.map(([k, c]) => `${k}: ${c}`).join('; ') : 'no findings';
    const s = chart('Findings by kind', `Number of findings per kind: ${desc}.`, W, H);
    rows.forEach(([kind, c], k) => {
      const y = 5 + k * 20;
      const bw = Math.round((c / max) * 240);
      s.append(svg('text', { x: 110, y: y + 12, 'text-anchor': 'end' }, kind));
      const bar = svg('rect', { class: 'bar', x: 116, y, width: Math.max(bw, 1), height: 15 });
      bar.append(svg('title', {}, `${kind}: ${c} finding(s)`));
      s.append(bar);
      s.append(svg('text', { x: 120 + bw, y: y + 12 }, String(c)));
    });
    return h('figure', {}, h('figcaption', { text: 'Findings' }), s);
  }

  function feedTable() {
    /** @type {Map<string, {articles: number, fail: number, review: number, pass: number, sum: number, issues: number}>} */
    const feeds = new Map();
    for (const e of entries) {
      let f = feeds.get(e.feed);
      if (!f) feeds.set(e.feed, (f = { articles: 0, fail: 0, review: 0, pass: 0, sum: 0, issues: 0 }));
      f.articles++;
      f[e.a.verdict]++;
      f.sum += e.a.score;
      f.issues += e.a.issues.length;
    }
    const rows = [...feeds].sort((x, y) => x[1].sum / x[1].articles - y[1].sum / y[1].articles);
    const head = ['feed or input', 'articles', 'fail', 'review', 'pass', 'mean score', 'findings'];
    return h(
      'table',
      {},
      h('caption', { text: 'Per feed or source' }),
      h(
        'thead',
        {},
        h('tr', {}, ...head.map((t, k) => h('th', { scope: 'col', class: k ? 'num' : null, text: t }))),
      ),
      h(
        'tbody',
        {},
        ...rows.map(([feed, f]) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              h('button', {
                class: 'linkish',
                type: 'button',
                'data-feed': feed,
                title: 'Show only this feed',
                text: feed,
              }),
            ),
            ...[
              f.articles,
              f.fail,
              f.review,
              f.pass,
              Math.round((f.sum / f.articles) * 10) / 10,
              f.issues,
            ].map((x) => h('td', { class: 'num', text: n(x) })),
          ),
        ),
      ),
    );
  }

  function errorList() {
    const errs = report.errors;
    if (!errs.length) return h('p', { text: 'No input errors.' });
    const item = (/** @type {import('../src/model.js').InputError} */ e) =>
      h('li', { text: `${e.input}${e.line ? `:${e.line}` : ''}: ${e.message}` });
    const list = h('ul', { class: 'errors' }, ...errs.slice(0, ERRORS_SHOWN).map(item));
    if (errs.length <= ERRORS_SHOWN) return list;
    const more = h('button', {
      type: 'button',
      class: 'linkish no-print',
      text: `Show all ${n(errs.length)}`,
    });
    more.addEventListener('click', () => {
      append(list, errs.slice(ERRORS_SHOWN).map(item));
      more.remove();
    });
    return h('div', {}, list, more);
  }

  function renderSummary() {
    const s = report.summary;
    /** @param {number} value @param {string} what @param {Verdict | null} verdict */
    const card = (value, what, verdict) => {
      const body = [h('span', { class: 'n', text: n(value) }), h('span', { class: 'what', text: what })];
      return h(
        'li',
        {},
        verdict
          ? h(
              'button',
              {
                type: 'button',
                class: `card ${verdict}`,
                'data-verdict': verdict,
                title: `Show only ${verdict}`,
              },
              ...body,
            )
          : h('div', { class: 'card' }, ...body),
      );
    };
    const section = byId('summary');
    section.replaceChildren(
      h('h2', { id: 'summary-h', text: 'Summary' }),
      h(
        'ul',
        { class: 'cards', 'aria-label': 'Totals' },
        card(s.articles, 'articles', null),
        card(s.fail, 'fail', 'fail'),
        card(s.review, 'review', 'review'),
        card(s.pass, 'pass', 'pass'),
        card(s.meanScore, 'mean score', null),
        card(s.errors, 'input errors', null),
      ),
      h('div', { class: 'charts' }, scoreHistogram(), kindChart()),
      feedTable(),
      h('h2', { text: `Input errors (${n(report.errors.length)})` }),
      errorList(),
    );
    section.addEventListener('click', (ev) => {
      const t = /** @type {HTMLElement} */ (ev.target).closest('button');
      if (!t) return;
      if (t.dataset.feed !== undefined) setView({ feed: t.dataset.feed, article: null });
      else if (t.dataset.verdict)
        setView({ verdicts: [/** @type {Verdict} */ (t.dataset.verdict)], article: null });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Filters

  /** @param {string} name @param {string} label @param {string[]} values */
  function select(name, label, values) {
    const sel = h('select', { name, id: `f-${name}` }, h('option', { value: '', text: 'any' }));
    for (const v of values) sel.append(h('option', { value: v, text: v }));
    return h('label', { for: `f-${name}` }, label, sel);
  }

  function distinct(/** @type {(e: Entry) => Iterable<string>} */ of) {
    const s = new Set();
    for (const e of entries) for (const v of of(e)) s.add(v);
    return /** @type {string[]} */ ([...s].sort());
  }

  function renderFilters() {
    const form = /** @type {HTMLFormElement} */ (byId('filters'));
    const verdicts = h(
      'fieldset',
      {},
      h('legend', { text: 'Verdict' }),
      ...VERDICTS.map((v) =>
        h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'verdict', value: v }), ` ${v}`),
      ),
    );
    const sort = h('select', { name: 'sort', id: 'f-sort' });
    for (const [k, label] of Object.entries(SORTS)) sort.append(h('option', { value: k, text: label }));
    form.replaceChildren(
      h(
        'label',
        { for: 'f-q' },
        'Search ',
        h('input', {
          type: 'search',
          name: 'q',
          id: 'f-q',
          placeholder: 'title, id, text, finding…  (/)',
          'aria-keyshortcuts': '/',
          autocomplete: 'off',
        }),
      ),
      verdicts,
      select(
        'feed',
        'Feed',
        distinct((e) => [e.feed]),
      ),
      select(
        'kind',
        'Kind',
        distinct((e) => e.kinds),
      ),
      select(
        'rule',
        'Rule',
        distinct((e) => e.rules),
      ),
      select(
        'lang',
        'Language',
        distinct((e) => [e.a.lang.detected]),
      ),
      h(
        'label',
        { for: 'f-min' },
        'Score from',
        h('input', { type: 'number', name: 'min', id: 'f-min', min: 0, max: 100, step: 'any' }),
      ),
      h(
        'label',
        { for: 'f-max' },
        'to',
        h('input', { type: 'number', name: 'max', id: 'f-max', min: 0, max: 100, step: 'any' }),
      ),
      h('label', { for: 'f-sort' }, 'Sort by', sort),
      h('button', { type: 'reset', text: 'Clear' }),
    );
    /** @type {number | undefined} */
    let typing;
    const read = () => {
      const fd = new FormData(form);
      const num = (/** @type {string} */ k) => {
        const v = String(fd.get(k) ?? '').trim();
        return v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
      };
      setView({
        q: String(fd.get('q') ?? ''),
        verdicts: /** @type {Verdict[]} */ (fd.getAll('verdict').map(String)),
        feed: String(fd.get('feed') ?? ''),
        kind: String(fd.get('kind') ?? ''),
        rule: String(fd.get('rule') ?? ''),
        lang: String(fd.get('lang') ?? ''),
        min: num('min'),
        max: num('max'),
        sort: String(fd.get('sort') ?? 'worst'),
      });
    };
    form.addEventListener('input', (ev) => {
      const t = /** @type {HTMLInputElement} */ (ev.target);
      clearTimeout(typing);
      // wait for a pause in typing before filtering thousands of articles
      if (t.type === 'search' || t.type === 'number') typing = window.setTimeout(read, 120);
      else read();
    });
    form.addEventListener('submit', (ev) => ev.preventDefault());
    form.addEventListener('reset', () =>
      setTimeout(
        () =>
          setView({
            ...readHash(),
            q: '',
            verdicts: [],
            feed: '',
            kind: '',
            rule: '',
            lang: '',
            min: null,
            max: null,
            sort: 'worst',
          }),
        0,
      ),
    );
  }

  /** Put the view's values into the filter controls (after a hash change). */
  function syncFilters() {
    const form = /** @type {HTMLFormElement} */ (byId('filters'));
    const set = (/** @type {string} */ name, /** @type {string} */ value) => {
      const el = /** @type {HTMLInputElement | HTMLSelectElement | null} */ (form.elements.namedItem(name));
      if (!el || el instanceof RadioNodeList) return;
      if (el instanceof HTMLSelectElement && value && ![...el.options].some((o) => o.value === value))
        el.append(h('option', { value, text: value }));
      if (el.value !== value && document.activeElement !== el) el.value = value;
    };
    set('q', view.q);
    set('feed', view.feed);
    set('kind', view.kind);
    set('rule', view.rule);
    set('lang', view.lang);
    set('min', view.min === null ? '' : String(view.min));
    set('max', view.max === null ? '' : String(view.max));
    set('sort', view.sort);
    for (const box of form.querySelectorAll('input[name="verdict"]')) {
      const b = /** @type {HTMLInputElement} */ (box);
      b.checked = view.verdicts.includes(/** @type {Verdict} */ (b.value));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The virtual list

  const listBox = /** @type {HTMLElement} */ (byId('list'));
  const rowsEl = /** @type {HTMLUListElement} */ (byId('rows'));
  let rowHeight = 58;
  let cursor = 0;
  let printing = false;

  function measureRow() {
    const probe = h('li', { text: 'x' });
    rowsEl.append(probe);
    rowHeight = probe.getBoundingClientRect().height || rowHeight;
    probe.remove();
  }

  /** @param {Entry} e @param {number} k @param {number} total */
  function row(e, k, total) {
    const a = e.a;
    const lead = e.lead;
    const counts = SEVERITIES.filter((s) => e.counts[s])
      .map((s) => `${e.counts[s]} ${s}`)
      .join(', ');
    const li = h(
      'li',
      { 'aria-setsize': total, 'aria-posinset': k + 1, class: k === cursor ? 'current' : null, 'data-k': k },
      h('a', {
        class: 'title',
        href: hashOf({ ...view, article: a.id }),
        text: a.title || `(untitled) ${a.id}`,
      }),
      h(
        'span',
        { class: 'meta' },
        verdictBadge(a.verdict, `${a.verdict} ${a.score}`),
        h('span', { text: `headline ${a.headline.verdict}` }),
        h('span', { text: e.feed }),
        h('span', { text: a.lang.detected }),
        h('span', { text: counts || 'no findings' }),
        lead && h('span', { class: 'lead', text: `${lead.kind}: ${lead.message}` }),
      ),
    );
    if (!printing) li.style.top = `${k * rowHeight}px`;
    return li;
  }

  let frame = 0;
  function renderRows() {
    frame = 0;
    const list = currentList();
    if (printing) {
      rowsEl.replaceChildren(...list.slice(0, PRINT_ROWS).map((e, k) => row(e, k, list.length)));
      return;
    }
    rowsEl.style.height = `${list.length * rowHeight}px`;
    const first = Math.max(0, Math.floor(listBox.scrollTop / rowHeight) - OVERSCAN);
    const last = Math.min(
      list.length,
      Math.ceil((listBox.scrollTop + listBox.clientHeight) / rowHeight) + OVERSCAN,
    );
    const items = [];
    for (let k = first; k < last; k++) items.push(row(/** @type {Entry} */ (list[k]), k, list.length));
    rowsEl.replaceChildren(...items);
  }

  function scheduleRows() {
    if (!frame) frame = requestAnimationFrame(renderRows);
  }

  function renderCount() {
    const list = currentList();
    byId('count').textContent =
      list.length === entries.length
        ? `${n(entries.length)} articles`
        : `Showing ${n(list.length)} of ${n(entries.length)} articles`;
  }

  /** Move the list cursor to `k` and keep it on screen. */
  function moveCursor(/** @type {number} */ k, focus = true) {
    const list = currentList();
    if (!list.length) return;
    cursor = Math.max(0, Math.min(list.length - 1, k));
    const top = cursor * rowHeight;
    if (top < listBox.scrollTop) listBox.scrollTop = top;
    else if (top + rowHeight > listBox.scrollTop + listBox.clientHeight)
      listBox.scrollTop = top + rowHeight - listBox.clientHeight;
    renderRows();
    const link = /** @type {HTMLElement | null} */ (rowsEl.querySelector(`li[data-k="${cursor}"] a`));
    if (focus) link?.focus();
  }

  // ---------------------------------------------------------------------------------------------
  // Article view

  const tip = byId('tip');
  /** @type {Issue[]} the open article's findings, by index used in marks */
  let openIssues = [];

  /**
   * Marks for every finding (each occurrence) of `field` inside [from, to).
   * @param {HTMLElement} parent
   * @param {string} text the whole field
   * @param {Field} field
   * @param {number} from
   * @param {number} to
   */
  function renderPassage(parent, text, field, from, to) {
    /** @type {{start: number, end: number, issue: number, occ: number}[]} */
    const spans = [];
    openIssues.forEach((i, k) => {
      if (i.field !== field) return;
      (i.occurrences ?? [i]).forEach((o, occ) => {
        if (o.start < to && o.end > from)
          spans.push({ start: Math.max(o.start, from), end: Math.min(o.end, to), issue: k, occ });
      });
    });
    if (!spans.length) {
      parent.append(text.slice(from, to));
      return;
    }
    const cuts = new Set([from, to]);
    for (const s of spans) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    /** @type {Set<string>} occurrences whose first piece has been drawn */
    const started = new Set();
    for (let p = 0; p + 1 < points.length; p++) {
      const a = /** @type {number} */ (points[p]);
      const b = /** @type {number} */ (points[p + 1]);
      const covering = spans.filter((s) => s.start <= a && s.end >= b);
      if (!covering.length) {
        parent.append(text.slice(a, b));
        continue;
      }
      covering.sort(
        (x, y) =>
          SEVERITY_RANK[/** @type {Issue} */ (openIssues[x.issue]).severity] -
          SEVERITY_RANK[/** @type {Issue} */ (openIssues[y.issue]).severity],
      );
      const top = /** @type {(typeof spans)[number]} */ (covering[0]);
      const sev = /** @type {Issue} */ (openIssues[top.issue]).severity;
      const key = `${top.issue}:${top.occ}`;
      const first = !started.has(key);
      started.add(key);
      const mark = h('mark', {
        class: `${sev}${first ? ' first' : ''}`,
        'data-issues': covering.map((c) => c.issue).join(' '),
        'data-occ': top.occ,
        tabindex: first ? 0 : -1,
        id: first ? `m${top.issue}-${top.occ}` : null,
        'aria-describedby': 'tip',
      });
      mark.textContent = text.slice(a, b);
      parent.append(mark);
    }
  }

  /** @param {Issue} i */
  function suggestionText(i) {
    if (i.suggestion === undefined) return null;
    return i.suggestion === '' ? 'Suggested fix: delete it' : `Suggested fix: “${i.suggestion}”`;
  }

  function showTip(/** @type {HTMLElement} */ mark) {
    const ids = (mark.dataset.issues ?? '').split(' ').map(Number);
    const parts = [];
    for (const k of ids) {
      const i = openIssues[k];
      if (!i) continue;
      const occ = i.occurrences
        ? ` (occurrence ${Number(mark.dataset.occ) + 1} of ${i.occurrences.length})`
        : '';
      parts.push(
        h('p', {}, h('span', { class: `sev ${i.severity}`, text: i.severity }), ` ${i.kind}${occ}`),
        h('p', { text: i.message }),
        h('p', { class: 'rule', text: `${i.rule} · ${i.messageId}` }),
        suggestionText(i) && h('p', { text: suggestionText(i) }),
        ...(i.related ?? []).map((r) => h('p', { class: 'rule', text: `also: ${r.rule}: ${r.message}` })),
      );
    }
    tip.replaceChildren(...parts.filter((p) => p !== null));
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const left = Math.min(
      window.scrollX + r.left,
      window.scrollX + document.documentElement.clientWidth - 440,
    );
    tip.style.left = `${Math.max(4, left)}px`;
    tip.style.top = `${window.scrollY + r.bottom + 6}px`;
  }

  function hideTip() {
    tip.hidden = true;
  }

  /** @param {string} label @param {string} cls */
  function cell(cls, label, lang = /** @type {string | null} */ (null)) {
    return h('div', {
      class: `cell ${cls}`,
      role: 'cell',
      lang: langAttr(lang),
      dir: 'auto',
      'aria-label': label,
    });
  }

  /** @param {string} cls @param {string} text */
  function gapCell(cls, text) {
    return h('div', { class: `cell gap ${cls}`, role: 'cell', text });
  }

  /**
   * One row of the side-by-side view.
   * @param {ArticleResult} a @param {OriginalText | null} o
   * @param {TextSpan | null} rep @param {TextSpan | null} orig @param {string} extra
   */
  function pairRow(a, o, rep, orig, extra) {
    const left = rep
      ? cell(`rep ${extra}`, 'republished', a.lang.detected)
      : gapCell(
          `rep ${extra}`,
          'Missing here: this passage of the original has no counterpart in the republished text.',
        );
    if (rep) renderPassage(left, a.body, 'body', rep.start, rep.end);
    const right =
      o && orig
        ? cell(`orig ${extra}`, 'original', o.lang)
        : gapCell(`orig ${extra}`, 'Not in the original.');
    if (o && orig) renderPassage(right, o.body, 'original.body', orig.start, orig.end);
    return h('div', { class: 'pair', role: 'row' }, left, right);
  }

  /** Body paragraphs (blank-line separated) as spans, for an article without an alignment. */
  function paragraphs(/** @type {string} */ text) {
    /** @type {TextSpan[]} */
    const out = [];
    const re = /\n\s*\n/g;
    let from = 0;
    const push = (/** @type {number} */ s, /** @type {number} */ e) => {
      while (s < e && /\s/.test(text[s] ?? '')) s++;
      while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
      if (e > s) out.push({ start: s, end: e });
    };
    for (let m = re.exec(text); m; m = re.exec(text)) {
      push(from, m.index);
      from = m.index + m[0].length;
    }
    push(from, text.length);
    return out;
  }

  function sideBySide(/** @type {ArticleResult} */ a, /** @type {OriginalText | null} */ o) {
    const grid = h('div', {
      class: `side-by-side${o ? '' : ' single'}`,
      role: 'table',
      'aria-label': o ? 'Republished text beside the original' : 'Republished text',
    });
    grid.append(
      h(
        'div',
        { class: 'pair', role: 'row' },
        h('div', { class: 'col-head', role: 'columnheader', text: `Republished (${a.lang.detected})` }),
        o &&
          h(
            'div',
            { class: 'col-head', role: 'columnheader' },
            `Original (${o.lang}) `,
            safeLink(o.url, 'open the original'),
          ),
      ),
    );
    const titleRow = h('div', { class: 'pair', role: 'row' });
    const t = cell('rep title', 'republished headline', a.lang.detected);
    renderPassage(t, a.title, 'title', 0, a.title.length);
    titleRow.append(t);
    if (o) {
      const ot = cell('orig title', 'original headline', o.lang);
      renderPassage(ot, o.title, 'original.title', 0, o.title.length);
      titleRow.append(ot);
    }
    grid.append(titleRow);
    if (o && a.alignment) {
      for (const p of a.alignment.paragraphs) {
        if (p.sentences?.length)
          for (const s of p.sentences) grid.append(pairRow(a, o, s.republished, s.original, 'sentence'));
        else grid.append(pairRow(a, o, p.republished, p.original, ''));
      }
    } else {
      for (const p of paragraphs(a.body)) {
        const c = cell('rep', 'republished', a.lang.detected);
        renderPassage(c, a.body, 'body', p.start, p.end);
        grid.append(h('div', { class: 'pair', role: 'row' }, c, o && gapCell('orig', 'No alignment.')));
      }
    }
    return grid;
  }

  /** Context longer than this is cut around the span. */
  const CONTEXT_CHARS = 320;

  /** `text` shortened to about `max` characters, keeping [from, to) and cutting at spaces. */
  function clip(
    /** @type {string} */ text,
    /** @type {number} */ from,
    /** @type {number} */ to,
    max = CONTEXT_CHARS,
  ) {
    const room = Math.max(0, max - (to - from));
    let s = Math.max(0, from - Math.floor(room / 2));
    let e = Math.min(text.length, to + (room - (from - s)));
    if (s > 0) s = Math.max(0, text.lastIndexOf(' ', s) + 1 || s);
    if (e < text.length) e = Math.max(to, text.indexOf(' ', e) < 0 ? e : text.indexOf(' ', e));
    return { s, e, pre: s > 0 ? '… ' : '', post: e < text.length ? ' …' : '' };
  }

  /**
   * The sentence around a finding, its words emphasised, and the aligned sentence (or passage) of the
   * other text: the original for a finding in the republished text, and the reverse for an omission.
   * @param {Issue} i @param {ArticleResult} a
   */
  function contextBlock(i, a) {
    const c = i.context;
    if (!c) return null;
    const sent = c.sentence;
    const from = Math.max(0, i.start - sent.start);
    const to = Math.min(sent.text.length, i.end - sent.start);
    const cut = clip(sent.text, from, to);
    const inOriginal = i.field.startsWith('original.');
    const o = a.original;
    const box = h(
      'div',
      { class: 'context' },
      h(
        'p',
        {
          class: 'ctx-sentence',
          lang: langAttr(inOriginal ? o?.lang : a.lang.detected),
          dir: 'auto',
        },
        cut.pre + sent.text.slice(cut.s, from),
        h('strong', { text: sent.text.slice(from, to) }),
        sent.text.slice(to, cut.e) + cut.post,
      ),
    );
    if (c.aligned) {
      const t = c.aligned.text;
      const short = clip(t, 0, 0);
      box.append(
        h(
          'p',
          { class: 'ctx-aligned' },
          h('span', { class: 'ctx-label', text: inOriginal ? 'Republished: ' : 'Original: ' }),
          h('span', {
            lang: langAttr(inOriginal ? a.lang.detected : o?.lang),
            dir: 'auto',
            text: t.slice(0, short.e) + short.post,
          }),
        ),
      );
    }
    return box;
  }

  function findingsList(/** @type {ArticleResult} */ a) {
    if (!openIssues.length) return h('p', { text: 'No findings.' });
    const order = openIssues
      .map((i, k) => ({ i, k }))
      .sort((x, y) => SEVERITY_RANK[x.i.severity] - SEVERITY_RANK[y.i.severity] || x.k - y.k);
    const where = (/** @type {Field} */ f) =>
      ({
        title: 'headline',
        body: 'text',
        'original.title': "original's headline",
        'original.body': 'original',
      })[f];
    return h(
      'ol',
      { class: 'findings', 'aria-label': `Findings in ${a.id}` },
      ...order.map(({ i, k }) =>
        h(
          'li',
          { class: i.severity },
          h('span', { class: `sev ${i.severity}`, text: i.severity }),
          ` ${i.kind} in the ${where(i.field)}: `,
          h('button', { type: 'button', class: 'linkish', 'data-goto': k, text: i.message }),
          i.occurrences ? ` (${i.occurrences.length} times)` : '',
          h('div', {
            class: 'quote',
            text: `“${i.text.length > 200 ? `${i.text.slice(0, 199)}…` : i.text}”`,
          }),
          suggestionText(i) && h('div', { text: suggestionText(i) }),
          contextBlock(i, a),
          h('div', { class: 'related', text: i.rule }),
          i.related?.length
            ? h('div', {
                class: 'related',
                text: `Also found here: ${i.related.map((r) => `${r.rule} “${r.text.slice(0, 40)}”`).join('; ')}`,
              })
            : null,
        ),
      ),
    );
  }

  function renderArticle(/** @type {string} */ id) {
    const e = entryById.get(id);
    const box = byId('article');
    if (!e) {
      box.replaceChildren(h('p', { text: `No article "${id}" in this report.` }), backButton());
      return;
    }
    const a = e.a;
    const o = a.original ? (originals.get(a.original.id) ?? null) : null;
    openIssues = a.issues;
    const list = currentList();
    const at = list.indexOf(e);
    const nav = h(
      'nav',
      { class: 'article-nav no-print', 'aria-label': 'Articles' },
      backButton(),
      h('button', {
        type: 'button',
        'data-step': -1,
        disabled: at <= 0,
        'aria-keyshortcuts': 'k',
        text: '← previous (k)',
      }),
      h('button', {
        type: 'button',
        'data-step': 1,
        disabled: at < 0 || at >= list.length - 1,
        'aria-keyshortcuts': 'j',
        text: 'next (j) →',
      }),
      h('span', {
        text: at >= 0 ? `${n(at + 1)} of ${n(list.length)} in this view` : 'not in the current view',
      }),
    );
    const meta = h('dl', { class: 'meta' });
    /** @param {string} k @param {...(Node | string | null)} v */
    const row = (k, ...v) => meta.append(h('dt', { text: k }), h('dd', {}, ...v));
    row('id', a.id);
    row('feed or input', e.feed);
    if (a.url) row('address', safeLink(a.url, a.url));
    row(
      'language',
      `${a.lang.detected}${a.lang.declared ? ` (declared ${a.lang.declared})` : ''}, confidence ${a.lang.confidence}`,
    );
    if (a.original)
      row(
        'original',
        `${a.original.id} (${a.original.lang}), match ${a.original.method}, confidence ${a.original.confidence} `,
        o ? safeLink(o.url, 'open the original') : null,
      );
    else row('original', 'none known');
    row('words', n(a.words));
    box.replaceChildren(
      nav,
      h(
        'article',
        { class: 'article', 'aria-labelledby': 'headline' },
        h('h2', {
          class: 'headline',
          id: 'headline',
          lang: langAttr(a.lang.detected),
          dir: 'auto',
          text: a.title || '(untitled)',
        }),
        h(
          'div',
          { class: 'scores' },
          h(
            'span',
            { class: 'score-headline' },
            'Headline ',
            verdictBadge(a.headline.verdict, `${a.headline.verdict} ${a.headline.score}`),
          ),
          h(
            'span',
            { class: 'score-article' },
            'Article ',
            verdictBadge(a.verdict, `${a.verdict} ${a.score}`),
          ),
        ),
        meta,
        ruleFailures(a),
        h(
          'div',
          { class: 'article-body' },
          h(
            'section',
            { class: 'text', 'aria-labelledby': 'text-h' },
            h('h3', { id: 'text-h', text: o ? 'Text beside the original' : 'Text' }),
            sideBySide(a, o),
          ),
          h(
            'aside',
            { class: 'panel', 'aria-labelledby': 'findings-h' },
            h('h3', { id: 'findings-h', text: `Findings (${a.issues.length})` }),
            h(
              'div',
              { class: 'legend', 'aria-hidden': 'true' },
              ...SEVERITIES.map((s) => h('span', {}, h('mark', { class: `${s} first`, text: s }))),
            ),
            findingsList(a),
          ),
        ),
      ),
    );
    box.querySelector('nav')?.addEventListener('click', (ev) => {
      const b = /** @type {HTMLElement} */ (ev.target).closest('button');
      if (b?.dataset.step) step(Number(b.dataset.step));
    });
    if (at >= 0) cursor = at;
  }

  /** Rules that failed on this article: their findings are missing, and the reader must know. */
  function ruleFailures(/** @type {ArticleResult} */ a) {
    if (!a.ruleErrors?.length) return null;
    return h(
      'div',
      { class: 'rule-errors', role: 'note' },
      h('strong', { text: 'Incomplete check: ' }),
      `${a.ruleErrors.length === 1 ? 'a rule' : `${a.ruleErrors.length} rules`} failed on this article, so their findings are missing.`,
      h('ul', {}, ...a.ruleErrors.map((r) => h('li', { text: `${r.rule}: ${r.message}` }))),
    );
  }

  function backButton() {
    const b = h('button', { type: 'button', 'aria-keyshortcuts': 'Escape', text: '↑ all articles (Esc)' });
    b.addEventListener('click', () => setView({ article: null }));
    return b;
  }

  /** Open the next (+1) or previous (-1) article of the current view. */
  function step(/** @type {number} */ d) {
    const list = currentList();
    const e = view.article ? entryById.get(view.article) : undefined;
    const at = e ? list.indexOf(e) : cursor;
    const next = list[at + d];
    if (next) setView({ article: next.a.id });
  }

  // ---------------------------------------------------------------------------------------------
  // Wiring

  function onHashChange() {
    view = readHash();
    syncFilters();
    const listView = byId('list-view');
    const articleView = byId('article');
    hideTip();
    if (view.article) {
      renderArticle(view.article);
      listView.hidden = true;
      articleView.hidden = false;
      byId('summary').hidden = true;
      byId('headline')?.focus?.();
      window.scrollTo(0, 0);
    } else {
      articleView.hidden = true;
      articleView.replaceChildren();
      listView.hidden = false;
      byId('summary').hidden = false;
      const before = shownKey;
      renderCount();
      if (shownKey !== before) {
        cursor = 0;
        listBox.scrollTop = 0;
      }
      renderRows();
    }
  }

  function typingIn(/** @type {EventTarget | null} */ t) {
    return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName));
  }

  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'Escape') {
      hideTip();
      if (typingIn(ev.target)) {
        // leave the field with its filter kept (a search field would clear itself)
        ev.preventDefault();
        /** @type {HTMLElement} */ (ev.target).blur();
      } else if (view.article) setView({ article: null });
      return;
    }
    if (typingIn(ev.target)) return;
    if (ev.key === '/') {
      ev.preventDefault();
      if (view.article) setView({ article: null });
      /** @type {HTMLInputElement} */ (byId('f-q')).focus();
    } else if (ev.key === 'j' || ev.key === 'k') {
      ev.preventDefault();
      const d = ev.key === 'j' ? 1 : -1;
      if (view.article) step(d);
      else moveCursor(cursor + d);
    }
  });

  document.addEventListener('mouseover', (ev) => {
    const m = /** @type {HTMLElement} */ (ev.target).closest?.('mark[data-issues]');
    if (m) showTip(/** @type {HTMLElement} */ (m));
  });
  document.addEventListener('mouseout', (ev) => {
    if (/** @type {HTMLElement} */ (ev.target).closest?.('mark[data-issues]')) hideTip();
  });
  document.addEventListener('focusin', (ev) => {
    const m = /** @type {HTMLElement} */ (ev.target).closest?.('mark[data-issues]');
    if (m) showTip(/** @type {HTMLElement} */ (m));
    else hideTip();
  });
  byId('article').addEventListener('click', (ev) => {
    const b = /** @type {HTMLElement} */ (ev.target).closest('button[data-goto]');
    if (!b) return;
    const mark = document.getElementById(`m${/** @type {HTMLElement} */ (b).dataset.goto}-0`);
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      mark.focus();
    }
  });
  listBox.addEventListener('scroll', scheduleRows, { passive: true });
  window.addEventListener('resize', scheduleRows);
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('beforeprint', () => {
    printing = true;
    renderRows();
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    renderRows();
  });

  renderSummary();
  renderFilters();
  measureRow();
  onHashChange();
  byId('app').setAttribute('aria-busy', 'false');
  document.documentElement.dataset.ready = 'true';
  performance.mark('syndiq-ready');
})();
