// The card's stylesheet, inside its shadow root: page CSS cannot reach in, ours cannot leak out.
// Sizes are in em from `font-size: medium` (the reader's own default size, not the page's root size, which many
// news sites shrink to 10px), so the card follows the browser's text size and zoom.
import { PERSPECTIVE_CSS } from './perspective-row.js';

export const CARD_CSS = `
:host { all: initial; }
.cl-wrap {
  position: fixed; z-index: 2147483647; left: 0; top: 0;
  font: normal 400 medium/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Noto Sans CJK KR",
    "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
  color-scheme: light dark;
}
.cl-card {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #52525b; --line: #d4d4d8; --soft: #f4f4f5;
  --warn: #9a3412; --warn-bg: #fff7ed; --info: #1e40af; --info-bg: #eff6ff; --link: #0b57d0; --mark: #fde68a;
  box-sizing: border-box;
  width: min(26em, calc(100vw - 1em));
  max-height: min(34em, calc(100vh - 1em));
  overflow: auto; overscroll-behavior: contain;
  padding: 0.75em 0.9em 0.8em;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 0.6em;
  box-shadow: 0 0.4em 1.6em rgb(0 0 0 / 0.22);
  font-size: 0.875em; text-align: start; word-break: keep-all; overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .cl-card {
    --bg: #1f2024; --fg: #ececef; --muted: #b4b4bb; --line: #45464d; --soft: #2a2b31;
    --warn: #fdba74; --warn-bg: #3a2416; --info: #93c5fd; --info-bg: #172339; --link: #8ab4f8; --mark: #854d0e;
    box-shadow: 0 0.4em 1.6em rgb(0 0 0 / 0.6);
    scrollbar-color: #5b5c63 var(--bg);
  }
}
@media (prefers-reduced-motion: no-preference) {
  .cl-card { animation: cl-in 120ms ease-out; }
  @keyframes cl-in { from { opacity: 0; transform: translateY(-0.25em); } to { opacity: 1; transform: none; } }
}
.cl-card:focus { outline: none; }
.cl-card:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.cl-card * { box-sizing: border-box; }
.cl-card p, .cl-card dl, .cl-card dd, .cl-card ul, .cl-card h3, .cl-card blockquote { margin: 0; padding: 0; }
.cl-card__head { display: flex; align-items: center; justify-content: space-between; gap: 0.5em; }
.cl-card__kind {
  font-size: 0.8em; font-weight: 600; letter-spacing: 0.02em; color: var(--muted);
  text-transform: uppercase;
}
/* A forecast is not a result: said in the head, next to the kind, in the caveat info colour. */
.cl-card__status {
  margin-inline-start: 0.5em; padding: 0 0.45em; border-radius: 0.8em; text-transform: none; letter-spacing: 0;
  border: 1px solid var(--info); background: var(--info-bg); color: var(--fg); font-weight: 600;
}
.cl-card__status[data-status="result"] { border-color: var(--line); background: var(--soft); }
.cl-card__close {
  all: unset; cursor: pointer; display: inline-grid; place-items: center;
  width: 1.9em; height: 1.9em; border-radius: 50%; font-size: 1.05em; color: var(--muted);
}
.cl-card__close:hover { background: var(--soft); color: var(--fg); }
.cl-card__close:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; }
.cl-card__claim { font-size: 1.45em; font-weight: 700; line-height: 1.25; margin: 0.1em 0 0.45em; }
.cl-card__facts { display: grid; gap: 0.3em; margin-bottom: 0.6em; }
.cl-card__row { display: grid; grid-template-columns: minmax(4.5em, auto) 1fr; gap: 0.2em 0.7em; }
.cl-card dt { color: var(--muted); font-size: 0.92em; padding-top: 0.08em; }
.cl-card dd { font-weight: 500; }
.cl-card__alt { color: var(--muted); font-weight: 400; }
.cl-card__note { display: block; color: var(--muted); font-size: 0.85em; font-weight: 400; }
.cl-card__tag {
  display: inline-block; margin-inline-start: 0.4em; padding: 0 0.45em; border-radius: 0.8em;
  background: var(--soft); border: 1px solid var(--line); font-size: 0.8em; font-weight: 500; color: var(--fg);
}
.cl-card__sentence {
  margin: 0 0 0.7em; padding: 0.45em 0.7em; border-inline-start: 3px solid var(--line);
  background: var(--soft); border-radius: 0 0.4em 0.4em 0; font-size: 0.93em; color: var(--fg);
}
.cl-card__sentence mark { background: var(--mark); color: inherit; font-weight: 700; padding: 0 0.1em; border-radius: 0.15em; }
.cl-card__h { font-size: 0.95em; font-weight: 700; margin-bottom: 0.35em; display: flex; gap: 0.4em; align-items: center; }
.cl-card__count {
  font-size: 0.8em; min-width: 1.5em; text-align: center; padding: 0 0.35em; border-radius: 0.8em;
  background: var(--soft); border: 1px solid var(--line);
}
.cl-card__none { color: var(--muted); font-size: 0.92em; }
.cl-card__list { list-style: none; display: grid; gap: 0.45em; }
.cl-caveat { padding: 0.45em 0.6em; border-radius: 0.4em; border-inline-start: 3px solid var(--info); background: var(--info-bg); }
.cl-caveat[data-severity="warn"] { border-inline-start: 3px double var(--warn); border-inline-start-width: 4px; background: var(--warn-bg); }
.cl-caveat__title { font-weight: 700; }
.cl-caveat__severity { font-size: 0.85em; color: var(--info); }
.cl-caveat[data-severity="warn"] .cl-caveat__severity { color: var(--warn); }
.cl-caveat__detail { margin-top: 0.15em; font-size: 0.93em; }
.cl-caveat__sources { margin-top: 0.2em; font-size: 0.85em; color: var(--muted); }
.cl-card a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
.cl-card a:focus-visible, .cl-card__more:focus-visible { outline: 2px solid var(--link); outline-offset: 1px; border-radius: 0.2em; }
.cl-card__more {
  all: unset; cursor: pointer; margin-top: 0.45em; color: var(--link); font-size: 0.92em; font-weight: 600;
  text-decoration: underline; text-underline-offset: 0.15em;
}
.cl-hint {
  all: unset; cursor: pointer; display: inline-flex; align-items: center; gap: 0.3em;
  padding: 0.15em 0.55em; border-radius: 1em; font-size: 0.8em; font-weight: 600; white-space: nowrap;
  background: #1b1b1f; color: #ffffff; box-shadow: 0 0.15em 0.6em rgb(0 0 0 / 0.3);
}
.cl-hint:hover { background: #0b57d0; }
.cl-hint:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .cl-hint { background: #ececef; color: #1b1b1f; }
  .cl-hint:hover { background: #8ab4f8; }
}
@media (forced-colors: active) {
  .cl-hint { border: 1px solid ButtonText; }
  .cl-card { border: 1px solid CanvasText; }
  .cl-caveat { border-inline-start-color: CanvasText; }
}
${PERSPECTIVE_CSS}`;
