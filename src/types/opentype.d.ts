// The small part of opentype.js 2 the card raster uses (the package ships no types).
declare module 'opentype.js' {
  namespace opentype {
    interface BoundingBox {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
    }
    interface Path {
      getBoundingBox(): BoundingBox;
      toPathData(decimalPlaces?: number): string;
    }
    interface Glyph {
      index: number;
      advanceWidth?: number;
      getPath(x: number, y: number, fontSize: number): Path;
    }
    interface Font {
      unitsPerEm: number;
      charToGlyph(char: string): Glyph;
    }
    function parse(buffer: ArrayBuffer | ArrayBufferLike, options?: { lowMemory?: boolean }): Font;
  }
  export default opentype;
}
