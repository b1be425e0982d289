declare module 'edtf' {
  interface EdtfValue {
    min: number;
    max: number;
    type: string;
    edtf: string;
    precision?: number;
  }
  function edtf(value: string, options?: Record<string, unknown>): EdtfValue;
  export function parse(value: string, options?: Record<string, unknown>): { type: string; values: unknown[] };
  export default edtf;
}
