/// The reports' only style sheet, inlined into every page: readable from a 375 px phone to
/// print, no web fonts, no external resource.
enum Stylesheet {
  static let css = """
    :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9dde3; --accent: #0072B2; --warn: #8a4b00; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; color: var(--ink); background: #fff; }
    header, main, footer { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
    header { padding-top: 1.5rem; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: .2rem 0 .6rem; }
    h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
    h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
    a { color: var(--accent); }
    .kicker { color: var(--muted); font-size: .95rem; margin: 0; }
    .banner { border: 2px solid var(--warn); color: var(--warn); background: #fff8ef; padding: .5rem .8rem; border-radius: .4rem; font-weight: 600; margin: .8rem 0; }
    .lead { font-size: 1.12rem; max-width: 46rem; }
    .note { max-width: 46rem; border-left: 3px solid var(--muted); padding-left: .7rem; }
    figure.map svg.chart { max-width: 34rem; min-width: 0; }
    .explore { margin: .6rem 0 1rem; }
    .explore fieldset { border: 1px solid #d5dbe1; border-radius: .4rem; padding: .4rem .8rem .6rem; margin: 0 0 .5rem; }
    .explore div.weight { display: grid; grid-template-columns: minmax(8rem, 14rem) minmax(6rem, 16rem) 2.5rem; gap: .5rem; align-items: center; margin: .2rem 0; }
    .explore label.filter { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
    .explore input[type=search] { font: inherit; padding: .2rem .4rem; min-width: 12rem; }
    .explore button, th button.sort { font: inherit; }
    th button.sort { background: none; border: 0; padding: 0; font-weight: inherit; text-align: inherit; cursor: pointer; color: inherit; }
    th[aria-sort=ascending] button.sort::after { content: " ▲"; }
    th[aria-sort=descending] button.sort::after { content: " ▼"; }
    .announce { min-height: 1.2em; font-weight: 600; }
    table.reweighted .plausible, table:not(.reweighted) .shift { display: none; }
    main li, main p { overflow-wrap: anywhere; }
    .locator svg.chart { width: 6rem; min-width: 0; max-width: 6rem; height: auto; }
    .figures { display: flex; flex-wrap: wrap; gap: .6rem 2rem; margin: 1rem 0; }
    .figure b { display: block; font-size: 1.6rem; }
    .figure span { color: var(--muted); font-size: .9rem; }
    .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: .5rem 0 1rem; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; font-variant-numeric: tabular-nums; }
    caption { text-align: left; color: var(--muted); font-size: .85rem; padding-bottom: .3rem; }
    th, td { padding: .3rem .5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
    th { background: #f5f7fa; font-weight: 600; }
    td.num, th.num { text-align: right; }
    td.num { white-space: nowrap; }
    td.value { text-align: right; min-width: 7rem; }
    td.drivers { min-width: 14rem; }
    td.not-compared { white-space: normal; min-width: 9rem; color: var(--muted, #555); }
    th { vertical-align: bottom; }
    td.up { color: #007a4d; } td.down { color: #b3261e; }
    tr.group td { font-weight: 600; background: #fafbfc; }
    td.indent { padding-left: 1.6rem; }
    .unit { color: #555; font-size: .85em; }
    figure { margin: 1rem 0 1.5rem; overflow-x: auto; -webkit-overflow-scrolling: touch; }
    figcaption { color: var(--muted); font-size: .88rem; margin-top: .3rem; }
    svg.chart { width: 100%; height: auto; max-width: 46rem; min-width: 30rem; display: block; }
    svg.chart.compact { max-width: 30rem; min-width: 0; }
    nav.cities { columns: 12rem; font-size: .92rem; }
    nav.cities a { display: block; }
    ul.tree { list-style: none; padding-left: 0; font-size: .92rem; }
    ul.tree li { padding: .1rem 0; }
    code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; }
    pre { background: #f5f7fa; padding: .6rem .8rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
    footer { color: var(--muted); font-size: .85rem; padding: 2rem 1rem 3rem; }
    @media (max-width: 40rem) {
      body { font-size: 15px; }
      h1 { font-size: 1.5rem; }
      th, td { padding: .25rem .35rem; }
      .hide-narrow { display: none; }
      td.city { min-width: 8rem; }
    }
    @media print {
      body { font-size: 10.5pt; }
      header, main, footer { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      nav.back, nav.cities { display: none; }
      .banner { background: none; }
      .table-wrap { overflow: visible; }
      h2 { break-after: avoid; }
      figure, tr, .figures { break-inside: avoid; }
      .hide-narrow { display: table-cell; }
      figure { overflow: visible; }
      svg.chart { min-width: 0; }
    }
    """
}
