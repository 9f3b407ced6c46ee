import { describe, expect, test } from 'vitest';
import { isAllowedUrl, proseViolations, violationMessage } from '../../src/lib/prose-rules.ts';

/** The violations of a body as "line: message". */
const found = (body: string) => proseViolations(body).map((v) => `${v.line}: ${violationMessage(v)}`);

describe('proseViolations', () => {
  test('returns nothing for Markdown with GFM', () => {
    const body = [
      '## Nội dung "chính"',
      '',
      'Một -- hai, _nghiêng_, **đậm**, ~~gạch~~, `mã` và [liên kết](https://example.org/ "tựa").',
      '',
      '> Trích đoạn',
      '',
      '- [ ] việc',
      '1. một',
      '',
      '| A | B |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '```',
      'code {not an expression}',
      '```',
      '',
      'Chú thích, [tham chiếu][r], <https://example.org> không, www.example.org có.',
      '',
      '[r]: /vi/su-kien/ "Sự kiện"',
      '',
      '***',
      '',
      'Dấu ngoặc \\{ thoát \\} và &lt;thẻ&gt;.',
    ]
      .join('\n')
      .replace('<https://example.org> không, ', '');
    expect(found(body)).toEqual([]);
  });

  test('returns nothing for Cite, Quote and the allowed HTML elements with literal attributes', () => {
    const body = [
      'Đà Nẵng ra mắt <abbr title="Trung tâm Điều hành thông minh">IOC</abbr>. <Cite source="nguon-a" />',
      '',
      '<Quote by="nguoi-a" source="nguon-a" lang="vi" translation="We try">Chúng tôi thử</Quote>',
      '',
      "CO<sub>2</sub>, m<sup>2</sup>,<br/> <span lang='en'>smart city</span> <Cite source='nguon-b'/>",
    ].join('\n');
    expect(found(body)).toEqual([]);
  });

  test('refuses import and export statements, naming them', () => {
    expect(found("Text.\n\nimport fs from 'node:fs';")).toEqual([
      "3: an import statement `import fs from 'node:fs';`. Fix: delete it: prose imports nothing, and <Cite>, <Quote> and the allowed HTML elements need no import.",
    ]);
    expect(found('export const year = 2020;')[0]).toMatch(
      /^1: an export statement `export const year = 2020;`\. Fix: /,
    );
    expect(found("import Chart from '~/components/Chart.astro';\n\n<Chart />")).toHaveLength(2);
  });

  test('refuses expressions in braces, in text, in blocks and as comments', () => {
    expect(found('Secret: {process.env.SECRET_X}.')).toEqual([
      '1: a JavaScript expression in braces `{process.env.SECRET_X}`. Fix: write the text itself; to show a brace, write "\\{".',
    ]);
    expect(found('A\n\n{1 + 1}')[0]).toMatch(/^3: a JavaScript expression in braces `\{1 \+ 1\}`/);
    expect(found('{/* note */}')[0]).toMatch(/^1: a comment in braces `\{\/\* note \*\/\}`\. Fix: delete it/);
  });

  test('refuses expression and spread attributes', () => {
    expect(found('<Cite source={process.env.X} />')).toEqual([
      '1: an expression as a value `source={process.env.X}` on <Cite>. Fix: write a literal value in quotes: source="…".',
    ]);
    expect(found('<span lang="vi" {...props}>x</span>')[0]).toMatch(/a spread attribute `\{\.\.\.props\}` on <span>/);
  });

  test('refuses attributes outside each element’s list, saying why for event attributes', () => {
    expect(found('<span onclick="alert(1)">x</span>')).toEqual([
      '1: the attribute onclick on <span> (event attributes run code in readers’ browsers). Fix: delete it: <span> takes only lang.',
    ]);
    expect(found('<Cite source="a" onMouseOver="x" />')[0]).toMatch(/onMouseOver on <Cite> \(event attributes/);
    expect(found('<sup style="color:red">1</sup>')[0]).toMatch(
      /the attribute style on <sup>\. Fix: delete it: <sup> takes no attributes/,
    );
    expect(found('<span href="https://example.org/">x</span>')[0]).toMatch(/the attribute href on <span>/);
  });

  test('refuses every other element, with a fix for the common ones', () => {
    expect(found('<script>alert(1)</script>')[0]).toMatch(
      /the HTML element <script>\. Fix: delete it: prose never runs code/,
    );
    expect(found('<iframe src="https://example.org/" />')[0]).toMatch(
      /the HTML element <iframe>\. Fix: delete it: prose embeds nothing/,
    );
    expect(found('<a href="https://example.org/">x</a>')[0]).toMatch(
      /the HTML element <a>\. Fix: write a Markdown link/,
    );
    expect(found('<img src="x.png" />')[0]).toMatch(/the HTML element <img>\. Fix: delete it: prose shows no images/);
    expect(found('<div>x</div>')[0]).toMatch(/the HTML element <div>\. Fix: write Markdown instead/);
    expect(found('<Chart />')[0]).toMatch(/unknown component <Chart>\. Fix: prose may use only <Cite>, <Quote>/);
    expect(found('<cite source="a" />')[0]).toMatch(
      /<cite>, which is plain HTML here, not the Cite component\. Fix: write <Cite>/,
    );
    expect(found('<quote by="a">x</quote>')[0]).toMatch(/not the Quote component\. Fix: write <Quote>/);
    expect(found('<>x</>')[0]).toMatch(/a JSX fragment/);
    // Names of inherited object properties are not in any list.
    expect(found('<toString />')[0]).toMatch(/the HTML element <toString>/);
    expect(found('<constructor />')[0]).toMatch(/the HTML element <constructor>/);
    expect(found('<span constructor="x" __proto__="y">z</span>')).toHaveLength(2);
  });

  test('refuses Markdown images, saying why', () => {
    expect(found('Ảnh: ![Trung tâm IOC](./ioc.jpg)')).toEqual([
      '1: a Markdown image ![…](./ioc.jpg). Fix: delete it: prose shows no images (the sources are news reports, and an image would need a module of its own in the build); link to the picture instead: [description](https://…).',
    ]);
    expect(found('![a][r]\n\n[r]: https://example.org/a.png')[0]).toMatch(/^1: a Markdown image/);
  });

  test('refuses footnotes, pointing to <Cite>', () => {
    expect(found('Một ý[^1].\n\n[^1]: Ghi chú.')).toEqual([
      expect.stringMatching(/^1: a footnote \(\[\^…\]\)\. Fix: cite a source with <Cite source="…" \/>/),
      expect.stringMatching(/^3: a footnote/),
    ]);
  });

  test('refuses links and definitions to other schemes, with the line of each', () => {
    expect(found('[a](javascript:alert(1))')).toEqual([
      '1: a link to "javascript:alert(1)". Fix: link only to https://…, http://…, mailto:…, a page of this site (/vi/…, /en/…) or a #fragment.',
    ]);
    expect(found('[a][r]\n\n[r]: java&#x09;script:alert(1)')[0]).toMatch(/^3: a link to "java\\tscript:alert\(1\)"/);
  });

  test('checks required attributes and the language of a quote', () => {
    expect(found('<Cite />')).toEqual([
      '1: <Cite> without source="…". Fix: add source="…" with the id of an entry in src/content/sources/.',
    ]);
    expect(found('<Cite source="" />')[0]).toMatch(/<Cite> with an empty source/);
    expect(found('<Quote source="s" lang="fr">x</Quote>')).toEqual([
      '1: <Quote lang="fr">. Fix: write lang="vi" or lang="en" (the language the words were said in).',
      '1: <Quote> without by="…". Fix: add by="…" with the id of an entry in src/content/people/.',
    ]);
  });

  test('reports every violation of a body, in document order', () => {
    const body = 'import x from "y";\n\n<script>{x}</script>\n\n[a](data:text/html,x)';
    expect(found(body).map((line) => line.slice(0, 14))).toEqual([
      '1: an import s',
      '3: the HTML el',
      '3: a JavaScrip',
      '5: a link to "',
    ]);
  });

  test('returns invalid MDX as one violation, with its line', () => {
    expect(found('Text\n\n<!-- comment -->')[0]).toMatch(/^3: invalid MDX: .*Fix: close every tag/);
  });
});

describe('isAllowedUrl', () => {
  test('returns true for http, https, mailto, site-relative paths and fragments', () => {
    for (const url of [
      'https://example.org/',
      'HTTP://example.org',
      'mailto:ban-bien-tap@example.org',
      '/vi/su-kien/',
      '/',
      '#note-1',
    ]) {
      expect(isAllowedUrl(url), url).toBe(true);
    }
  });

  test('returns false for other schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java&#x09;script:alert(1)',
      'java&#9;script:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      'tel:+84123',
      'javascript&#x99999999;:alert(1)',
    ]) {
      expect(isAllowedUrl(url), url).toBe(false);
    }
  });

  test('returns false for protocol-relative and page-relative URLs', () => {
    for (const url of ['//evil.example/', '/\\evil.example/', '\\\\evil.example', 'su-kien/', './a', '', '?q=1']) {
      expect(isAllowedUrl(url), url).toBe(false);
    }
  });
});
