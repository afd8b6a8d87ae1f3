/**
 * The GeoJSON shapes (RFC 7946) the map reads, declared here rather than imported from
 * `@types/geojson`: they appear in chiso's published declarations (`MapUnit`), and a user's
 * project with `skipLibCheck: false` must compile with chiso alone installed. They are the same
 * shapes as `@types/geojson`'s, so values pass to and from d3-geo and topojson-client unchanged.
 */

/** `[longitude, latitude]`, maybe with an altitude. */
export type Position = number[];
export type BBox =
  [number, number, number, number] | [number, number, number, number, number, number];

interface GeometryBase {
  bbox?: BBox | undefined;
}
export interface Point extends GeometryBase {
  type: "Point";
  coordinates: Position;
}
export interface MultiPoint extends GeometryBase {
  type: "MultiPoint";
  coordinates: Position[];
}
export interface LineString extends GeometryBase {
  type: "LineString";
  coordinates: Position[];
}
export interface MultiLineString extends GeometryBase {
  type: "MultiLineString";
  coordinates: Position[][];
}
export interface Polygon extends GeometryBase {
  type: "Polygon";
  coordinates: Position[][];
}
export interface MultiPolygon extends GeometryBase {
  type: "MultiPolygon";
  coordinates: Position[][][];
}
export interface GeometryCollection extends GeometryBase {
  type: "GeometryCollection";
  geometries: Geometry[];
}
export type Geometry =
  Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon | GeometryCollection;

export type GeoJsonProperties = { [name: string]: unknown } | null;

export interface Feature<G extends Geometry | null = Geometry, P = GeoJsonProperties> {
  type: "Feature";
  geometry: G;
  id?: string | number | undefined;
  properties: P;
  bbox?: BBox | undefined;
}

export interface FeatureCollection<G extends Geometry | null = Geometry, P = GeoJsonProperties> {
  type: "FeatureCollection";
  features: Array<Feature<G, P>>;
  bbox?: BBox | undefined;
}
