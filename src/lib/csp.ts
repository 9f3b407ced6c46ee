/**
 * Content-Security-Policy directives added to every page by Astro's
 * `security.csp` (which adds hashes of its own scripts and styles).
 * Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'; nothing needs
 * 'unsafe-inline' or 'unsafe-eval'.
 */
type Directive =
  `${'default' | 'img' | 'font' | 'connect' | 'object'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`;

export const CSP_DIRECTIVES: Directive[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
