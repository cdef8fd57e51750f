using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Word lists and patterns for what the dictionary and the gazetteer alone miss in Chinese news and
/// policy writing: names after official titles, organization suffixes, titles in 《》, date
/// expressions and meetings. Everything is written in Simplified and matched against folded text,
/// so one rule serves both scripts.
/// </summary>
internal static partial class EntityRules
{
    /// <summary>Official and professional titles that stand right before a personal name (市委书记李强, 省长马兴瑞).</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal,
        "总书记", "书记", "副书记", "省长", "副省长", "常务副省长", "市长", "副市长", "常务副市长", "区长", "副区长", "县长", "副县长", "州长", "镇长", "乡长", "村长",
        "主席", "副主席", "总理", "副总理", "国务委员", "部长", "副部长", "局长", "副局长", "厅长", "副厅长", "主任", "副主任", "秘书长", "副秘书长", "司长", "处长", "科长",
        "董事长", "总经理", "副总经理", "总裁", "副总裁", "首席执行官", "创始人", "院长", "副院长", "校长", "副校长", "所长", "会长", "理事长", "社长", "总编辑", "主编",
        "主委", "主任委员", "发言人", "新闻发言人", "教授", "副教授", "研究员", "博士", "院士", "记者", "通讯员", "大使", "议员", "总统", "副总统", "首相", "国王", "女王", "王子", "亲王",
        "外长", "外交部长", "国防部长", "财长", "行政长官", "特首", "检察长", "庭长", "法官", "律师", "主持人", "导演", "演员", "歌手", "球员", "教练", "主教练", "队长", "选手",
        "委员长", "副委员长", "政委", "司令", "司令员", "将军", "上将", "中将", "少将", "先生", "女士", "同志", "老师", "总监", "经理", "厂长", "站长", "团长", "作者", "编辑", "责任编辑");

    /// <summary>Titles that may also stand after a name (李强书记, 张三教授); a narrower list, since a name before a noun is rarer.</summary>
    public static readonly FrozenSet<string> TrailingTitles = FrozenSet.Create(StringComparer.Ordinal,
        "书记", "省长", "市长", "县长", "主席", "总理", "部长", "局长", "厅长", "主任", "董事长", "总经理", "院长", "校长", "教授", "院士", "研究员", "博士", "先生", "女士", "同志", "老师",
        "总统", "首相", "大使", "议员", "委员长", "副主席", "副总理", "副省长", "副市长");

    /// <summary>Words that often follow a name in running text; a three-character run ending in their first character is a two-character name.</summary>
    public static readonly string[] AfterName =
    [
        "强调", "表示", "指出", "说", "称", "在", "今年", "去年", "近日", "日前", "提出", "认为", "要求", "主持", "出席", "会见", "等", "和", "与", "同", "的", "对", "向",
        "带队", "率", "一行", "介绍", "透露", "坦言", "也", "还", "曾", "已", "将", "为", "是", "刊文", "发表", "接受", "调研", "签署", "宣布", "及", "以", "于", "到", "去", "来", "就",
    ];

    /// <summary>Two-character words that jieba sometimes tags as names but that are ordinary words in news text.</summary>
    public static readonly FrozenSet<string> NotPersons = FrozenSet.Create(StringComparer.Ordinal,
        "文明", "高峰", "成功", "安全", "平安", "和平", "向前", "明确", "方向", "明显", "明白", "白天", "黄金", "常规", "常年", "高度", "高级", "高速", "左右", "钱包", "金牌", "金额",
        "金融", "石油", "万元", "万人", "万吨", "万亿", "于是", "于此", "周年", "周边", "周末", "周期", "林业", "林区", "段落", "温暖", "温度", "康复", "严格", "严重", "严肃", "武装", "武器",
        "龙头", "江河", "连续", "连接", "华人", "华侨", "管理", "关键", "关于", "关系", "关注", "苏醒", "方面", "方式", "方法", "方案", "时间", "时代", "时候", "时期", "史上", "乐观", "兰花",
        "邓小平理论", "江山", "陈旧", "贺卡", "贺电", "贺信", "宋体", "程度", "程序", "任务", "任何", "任职", "应当", "应该", "应用", "应对", "申请", "申报", "和谐", "和睦", "海关", "海外",
        "金秋", "曲折", "包括", "包含", "包装", "齐全", "齐心", "童年", "童话", "毛病", "孔子", "雷锋", "秦汉", "明清", "唐宋", "宋元");

    /// <summary>
    /// Endings that make a name an organization, longest first. Short, general endings (局, 部, 委)
    /// only count after a place, another organization or an administrative prefix.
    /// </summary>
    public static readonly string[] OrganizationSuffixes =
    [
        "工作领导小组", "领导小组", "工作小组", "常务委员会", "委员会", "常委会", "人民政府", "人民法院", "人民检察院", "人民银行", "办公厅", "办公室", "研究中心", "研究基地", "研究院", "研究所",
        "研究会", "科学院", "工程院", "大学", "学院", "中学", "小学", "医院", "集团", "公司", "银行", "协会", "学会", "联合会", "基金会", "商会", "交易所", "交易中心", "数据中心", "中心",
        "法院", "检察院", "管理局", "监督局", "统计局", "发展改革委", "发展和改革委员会", "发改委", "国资委", "卫健委", "网信办", "教育厅", "财政厅", "商务厅", "人大", "政协", "政府",
        "党委", "省委", "市委", "县委", "区委", "军区", "议会", "国会", "立法院", "行政院", "国务院", "通讯社", "电视台", "广播电台", "日报", "晚报", "时报", "报社", "杂志社", "出版社",
        "俱乐部", "球队", "工厂", "总局", "总署", "总会", "联盟", "组织", "厅", "局", "部", "署", "委", "办", "社", "所", "院", "党", "队", "军", "团", "会",
    ];

    /// <summary>Endings that alone make a name an organization even when what precedes is only ordinary words (城市数字化转型工作领导小组).</summary>
    public static readonly FrozenSet<string> StrongOrganizationSuffixes = FrozenSet.Create(StringComparer.Ordinal,
        "工作领导小组", "领导小组", "工作小组", "委员会", "常委会", "人民政府", "办公厅", "研究中心", "研究基地", "研究院", "研究所", "科学院", "大学", "学院", "集团", "公司", "银行", "协会",
        "学会", "联合会", "基金会", "交易所", "发展改革委", "发改委", "国资委", "卫健委", "网信办", "人民法院", "人民检察院");

    /// <summary>Prefixes that make a short organization ending specific: 省发展改革委, 国家统计局, 中央网信办.</summary>
    public static readonly FrozenSet<string> AdministrativePrefixes = FrozenSet.Create(StringComparer.Ordinal,
        "省", "市", "县", "区", "州", "国家", "中央", "全国", "中共", "中共中央", "国务院", "自治区", "联合国", "国际", "世界", "亚洲", "欧洲");

    /// <summary>Words that cannot start an organization name found by walking back from its suffix.</summary>
    public static readonly FrozenSet<string> NotOrganizationStarts = FrozenSet.Create(StringComparer.Ordinal,
        "各", "该", "本", "这", "那", "其", "此", "每", "各级", "有关", "相关", "所有", "一些", "这些", "那些", "全体", "其他", "其它", "主要", "重要", "新", "原", "前", "现", "多个", "两个", "一个", "当地");

    /// <summary>Words that end in an organization character (部, 局, 院, 会) but name no organization.</summary>
    public static readonly FrozenSet<string> NotOrganizationWords = FrozenSet.Create(StringComparer.Ordinal,
        "干部", "内部", "外部", "全部", "局部", "头部", "腹部", "胸部", "背部", "底部", "顶部", "后部", "前部", "东部", "西部", "南部", "北部", "中部", "腰部", "面部", "脑部", "细部", "领导干部",
        "大局", "格局", "布局", "结局", "开局", "时局", "变局", "政局", "当局", "僵局", "骗局", "棋局", "全局", "残局", "大院", "庭院", "寺院", "剧院", "影院", "住院", "医院",
        "社会", "机会", "大会", "晚会", "宴会", "聚会", "约会", "体会", "误会", "都会", "舞会", "集会", "开会", "协会", "学会", "工会", "议会", "国会", "商会", "年会", "全会", "例会",
        "公司", "上司", "官司", "合同", "共同", "总署", "部署", "签署", "公署", "专署", "场所", "厕所", "住所", "处所", "研究所", "事务所", "诊所", "派出所", "招待所", "托儿所",
        "各级党委", "委", "学委", "编委", "常委", "评委", "纪委", "政委", "团委", "党委", "村委", "居委");

    /// <summary>Characters that cannot be inside an organization name when walking back from a strong suffix.</summary>
    public const string OrganizationStops = "的了在和与及或是由对从将把被为向于就也都而并等、，。；：！？“”‘’「」《》（）()〈〉 \n";

    /// <summary>Endings of meeting names (会议, 全会, 论坛).</summary>
    public static readonly string[] EventSuffixes =
    [
        "全体会议", "工作会议", "代表大会", "人民代表大会", "全会", "大会", "会议", "座谈会", "咨询会", "推进会", "研讨会", "论坛", "峰会", "博览会", "交易会", "运动会", "奥运会", "世博会", "进博会", "锦标赛", "联赛", "世界杯",
    ];

    /// <summary>Characters of a Latin-script or transliterated foreign name joined by a middle dot (乔治·布什).</summary>
    public const string NameDots = "·•・‧";

    [GeneratedRegex(@"《(?<t>[^《》\n]{1,80})》|〈(?<t>[^〈〉\n]{1,80})〉")]
    public static partial Regex Work();

    /// <summary>
    /// Dates: absolute (2021年5月13日, 二〇三五年, 2021-05-13), relative to the publication year
    /// (今年2月18日, 去年底), and month-day without a year (5月13日).
    /// </summary>
    [GeneratedRegex(@"(?<y>(?:1[89]|20|21)\d{2})\s*年\s*(?:(?<m>\d{1,2})\s*月\s*(?:(?<d>\d{1,2})\s*[日号])?)?(?<part>初|底|末|上半年|下半年)?" +
                    @"|(?<cy>[一二三四五六七八九〇○零]{4})年(?:(?<cm>[一二三四五六七八九十]{1,3})月(?:(?<cd>[一二三四五六七八九十]{1,3})日)?)?" +
                    @"|(?<rel>今年|去年|明年|前年)(?:(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号])?|(?<part>初|底|末|年初|年底|年末|上半年|下半年))?" +
                    @"|(?<![\d年])(?<m>\d{1,2})月(?<d>\d{1,2})[日号]" +
                    @"|(?<iy>(?:19|20)\d{2})-(?<im>\d{2})-(?<id>\d{2})(?!\d)")]
    public static partial Regex Date();

    /// <summary>Numbered plenary sessions and congresses (十九届五中全会, 第十三届全国人民代表大会第四次会议) and the two sessions.</summary>
    [GeneratedRegex(@"(?:第?[一二三四五六七八九十]{1,3}届(?:中央委员会|全国人大|全国人民代表大会|全国政协)?(?:[一二三四五六七八九]中全会|第[一二三四五六七八九十]{1,3}次(?:全体)?会议|常委会第[一二三四五六七八九十]{1,3}次会议))" +
                    @"|第?[一二三四五六七八九十]{1,3}次全国代表大会|(?:全国|各级|地方)?两会")]
    public static partial Regex Event();
}
