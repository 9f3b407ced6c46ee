/**
 * Entry of the header search bundle, built on its own (see `SearchBox.astro`)
 * and added to the page when the box is first hovered, touched or focused.
 */
import { enhanceSearchBox } from './search-box.ts';

for (const box of document.querySelectorAll<HTMLElement>('site-search')) enhanceSearchBox(box);
