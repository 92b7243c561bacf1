/** The request header by which proxy.ts hands a view's `?lang=` to the pages. */
export const LOCALE_HEADER = "x-atlas-lang";
