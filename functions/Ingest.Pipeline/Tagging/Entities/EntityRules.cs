using System.Text.RegularExpressions;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Patterns for what dictionaries alone miss in Chinese policy writing: names after official
/// titles, organization suffixes, titles in 《》, date expressions and meetings. Patterns are
/// written against text folded to Simplified, so one pattern serves both scripts.
/// </summary>
internal static partial class EntityRules
{
    /// <summary>Official titles that precede a personal name (市委书记李强, 省长马兴瑞).</summary>
    public static readonly string[] Titles =
    [
        "总书记", "书记", "副书记", "省长", "副省长", "常务副省长", "市长", "副市长", "区长", "县长", "州长", "主席", "副主席", "总理", "副总理",
        "部长", "副部长", "局长", "副局长", "厅长", "主任", "副主任", "委员", "秘书长", "董事长", "总经理", "总裁", "院长", "校长", "司长", "处长", "科长",
        "主委", "主任委员", "发言人", "教授", "研究员", "记者", "大使", "议员", "总统", "首相", "部长级", "行政长官", "特首",
    ];

    /// <summary>Characters that end a name: what follows a titled name in running text.</summary>
    public static readonly string[] AfterName =
    [
        "强调", "表示", "指出", "说", "称", "在", "今年", "去年", "近日", "日前", "提出", "认为", "要求", "主持", "出席", "会见", "等", "和", "与", "同", "的", "对", "向",
        "带队", "率", "一行", "介绍", "透露", "坦言", "也", "还", "曾", "已", "将", "为", "是", "刊文", "发表", "接受", "调研", "签署", "宣布",
    ];

    public static readonly string[] OrganizationSuffixes =
    [
        "工作领导小组", "领导小组", "委员会", "办公厅", "办公室", "人民政府", "政府", "大学", "学院", "研究院", "研究所", "研究中心", "研究基地", "中心",
        "集团", "公司", "银行", "协会", "学会", "法院", "检察院", "管理局", "监督局", "发展改革委", "发改委", "国资委", "卫健委", "教育厅", "财政厅", "商务厅",
        "厅", "局", "部", "署", "委", "党委", "常委会", "联合会", "基金会", "交易所", "交易中心", "数据中心", "议会", "立法院", "行政院", "国务院",
    ];

    /// <summary>Characters that cannot be inside an organization name when walking back from its suffix.</summary>
    public const string OrganizationStops = "的了在和与及或是由对从将把被为向于就也都而并等、，。；：！？“”‘’「」《》（）() \n";

    [GeneratedRegex(@"《(?<t>[^《》\n]{1,80})》|〈(?<t>[^〈〉\n]{1,80})〉")]
    public static partial Regex Work();

    [GeneratedRegex(@"(?<y>\d{4})年(?:(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号])?)?|(?<rel>今年|去年|明年)(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号])?")]
    public static partial Regex Date();

    [GeneratedRegex(@"(?:[一二三四五六七八九十]{1,3}[届]?(?:[一二三四五六七八九]中全会|全国人民代表大会|次全国代表大会|全会))|两会|全国两会|党代会|人代会|政协会议|进博会|世界互联网大会|(?:\d{4}年)?[^\s，。、]{0,8}(?:论坛|博览会|峰会)")]
    public static partial Regex Event();
}
