// moment's ESM locale files register themselves on import and ship no types.
declare module 'moment/dist/locale/vi.js';
declare module 'moment/dist/locale/en-gb.js';
