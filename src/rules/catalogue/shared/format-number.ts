/** A number as messages write it (report/message.ts's rule, kept here to import no formatter into the catalogue). */
export const formatNumber = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6));
