/**
 * Removes the one HTML-injection sink the bundle would otherwise carry:
 * Preact's `dangerouslySetInnerHTML` branch, which assigns innerHTML. The
 * extension never uses that prop (it renders text only, and tippy.js runs
 * with allowHTML off), so the branch becomes an error instead. This keeps
 * `web-ext lint` free of UNSAFE_VAR_ASSIGNMENT warnings and makes the
 * "no HTML from strings" rule hold by construction.
 */
import type { Plugin } from 'vite';

const PREACT_MODULE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const INNER_HTML_ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function noHtmlSinks(): Plugin {
  return {
    name: 'medterm-no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_MODULE.test(id)) return undefined;
      const patched = code.replace(INNER_HTML_ASSIGNMENT, () => {
        return '(()=>{throw Error("dangerouslySetInnerHTML is not allowed in MedTerm Explainer")})()';
      });
      if (patched === code)
        throw new Error(`${id}: Preact's innerHTML assignment was not found; update ${import.meta.filename}`);
      return { code: patched, map: null };
    },
  };
}
