import { languageStorageKey } from '../scripts/languagePreference';

/**
 * First paint in one round trip: the page's module scripts only enhance it (search as you type,
 * share buttons, the language switch), yet a `<script type="module" src>` is fetched at high
 * priority next to the HTML, and its static imports start a second round of requests. After
 * the build, each page's module scripts are replaced by one small inline loader that, once the
 * first frame is painted, imports every module the page needs (the entries and everything they
 * import statically) in parallel, so no request waits for another. Its hash goes into the CSP.
 */

/** How Astro writes a bundled script (attribute values always in double quotes). */
const moduleScriptTag = /<script type="module" src="([^"]+)"><\/script>/g;
/** Static imports in Rolldown's output: `import{a as b}from"./x.js"` and `import"./x.js"`. */
const staticImport = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g;

/** The relative modules a bundled module imports statically (not `import()`, which waits). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(staticImport)].map((match) => match[1] ?? '');
}

/**
 * A module and every module it imports statically, as URL paths.
 * @example moduleGraph('/_astro/a.js', () => '') // ['/_astro/a.js']
 */
export function moduleGraph(entries: readonly string[], read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const spec of staticImports(read(path))) visit(new URL(spec, `http://site${path}`).pathname);
  };
  entries.forEach(visit);
  return [...seen];
}

/**
 * The loader: once the first contentful paint is on screen (the browser's own `paint` entry; a
 * frame callback runs before its frame is presented, so it would be too early), or at once when
 * the visitor touches, clicks, types or tabs first, when there is no paint timing, or when the
 * tab is in the background (it paints only when shown). A click on a `type="button"` button
 * before then (share, QR: buttons that do nothing without script) is replayed once the modules
 * are in, so an early tap is not lost. A link marked `data-keep-hash` (the language switch) takes
 * the reader's place, the `#step`, along when followed, and remembers its `data-language-switch`
 * for the next visit to "/" (src/scripts/languagePreference.ts), from the first moment: a link is
 * followed at once, so it cannot wait for the modules. `<html data-enhanced>` then says every
 * module has run.
 */
export function loaderScript(modules: readonly string[]): string {
  const list = JSON.stringify(modules);
  return (
    `<script type="module">const d=document,q=[];let s;` +
    `d.addEventListener("click",e=>{const a=e.target.closest?.("a[data-keep-hash]");if(!a)return;if(location.hash)a.hash=location.hash;` +
    `const v=a.dataset.languageSwitch;if(v)try{localStorage.setItem(${JSON.stringify(languageStorageKey)},v)}catch{}},true);` +
    `const c=e=>{const b=e.target.closest?.('button[type="button"]');if(b)q.push(b)};d.addEventListener("click",c,true);` +
    `const l=()=>{if(s)return;s=1;Promise.all(${list}.map(u=>import(u))).then(()=>{d.removeEventListener("click",c,true);` +
    `d.documentElement.dataset.enhanced="";for(const b of q)if(b.isConnected)b.click()})};` +
    `for(const t of["pointerdown","keydown","focusin"])d.addEventListener(t,l,{capture:true,once:true});` +
    `if(d.hidden||!PerformanceObserver.supportedEntryTypes?.includes("paint"))l();` +
    `else{const p=new PerformanceObserver(e=>{if(e.getEntriesByName("first-contentful-paint").length){p.disconnect();l()}});` +
    `p.observe({type:"paint",buffered:true});addEventListener("visibilitychange",l,{once:true})}</script>`
  );
}

/**
 * Replaces a page's module scripts with one loader at the end of `<body>`; a page without
 * module scripts is returned unchanged.
 */
export function deferModuleScripts(html: string, read: (path: string) => string): string {
  const entries = [...html.matchAll(moduleScriptTag)].map((match) => match[1] ?? '');
  if (entries.length === 0) return html;
  const stripped = html.replace(moduleScriptTag, '');
  const at = stripped.lastIndexOf('</body>');
  if (at < 0) throw new Error('deferModuleScripts: the page has no </body>');
  return stripped.slice(0, at) + loaderScript(moduleGraph(entries, read)) + stripped.slice(at);
}

/** The modules a page loads (its loader's list), for the size gate. */
export function deferredModules(html: string): string[] {
  const match = /Promise\.all\((\[[^\]]*\])\.map\(u=>import\(u\)\)\)/.exec(html);
  return match?.[1] ? (JSON.parse(match[1]) as string[]) : [];
}
