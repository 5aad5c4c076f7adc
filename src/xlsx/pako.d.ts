/** The part of pako 1.0 (JSZip's own inflater, so no second copy in the bundle) that zip-read.ts uses. */
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    push(data: Uint8Array, last: boolean): boolean;
    err: number;
    msg: string;
  }
  const pako: { Inflate: typeof Inflate };
  export default pako;
}
