using System.Collections.Frozen;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// One-character short names of countries and provinces as news pairs them (中美关系, 中俄两国,
/// 港澳台, 京津冀, 川渝): each character is a place of its own, canonical the full name, so that
/// facets count 中美关系 under 中国 and 美国.
/// </summary>
internal static class PlaceAbbreviations
{
    private static readonly FrozenDictionary<char, string> Countries = new Dictionary<char, string>
    {
        ['中'] = "中国", ['美'] = "美国", ['俄'] = "俄罗斯", ['日'] = "日本", ['英'] = "英国", ['法'] = "法国", ['德'] = "德国", ['加'] = "加拿大",
        ['墨'] = "墨西哥", ['韩'] = "韩国", ['朝'] = "朝鲜", ['印'] = "印度", ['巴'] = "巴基斯坦", ['意'] = "意大利", ['西'] = "西班牙", ['葡'] = "葡萄牙",
        ['荷'] = "荷兰", ['越'] = "越南", ['泰'] = "泰国", ['菲'] = "菲律宾", ['蒙'] = "蒙古国", ['欧'] = "欧洲", ['非'] = "非洲", ['亚'] = "亚洲",
        ['澳'] = "澳大利亚", ['新'] = "新加坡", ['以'] = "以色列", ['埃'] = "埃及", ['土'] = "土耳其", ['伊'] = "伊朗", ['乌'] = "乌克兰", ['波'] = "波兰",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Provinces = new Dictionary<char, string>
    {
        ['京'] = "北京", ['津'] = "天津", ['冀'] = "河北", ['沪'] = "上海", ['渝'] = "重庆", ['粤'] = "广东", ['闽'] = "福建", ['浙'] = "浙江", ['苏'] = "江苏",
        ['皖'] = "安徽", ['鲁'] = "山东", ['豫'] = "河南", ['川'] = "四川", ['蜀'] = "四川", ['湘'] = "湖南", ['鄂'] = "湖北", ['赣'] = "江西", ['晋'] = "山西",
        ['陕'] = "陕西", ['甘'] = "甘肃", ['黔'] = "贵州", ['滇'] = "云南", ['桂'] = "广西", ['琼'] = "海南", ['藏'] = "西藏", ['疆'] = "新疆", ['港'] = "香港",
        ['澳'] = "澳门", ['台'] = "台湾", ['辽'] = "辽宁", ['吉'] = "吉林", ['黑'] = "黑龙江", ['宁'] = "宁夏", ['青'] = "青海",
    }.ToFrozenDictionary();

    /// <summary>Words after a pair that show it names places (中美关系, 中俄两国, 中日友好).</summary>
    public static readonly FrozenSet<string> RelationWords = FrozenSet.Create(StringComparer.Ordinal,
        "关系", "两国", "三国", "四国", "双方", "三方", "合作", "贸易", "经贸", "联合", "建交", "友好", "友谊", "会谈", "峰会", "之间", "战略", "双边", "人民", "首脑",
        "领导人", "边界", "边境", "同胞", "地区", "两地", "三地", "关系史", "伙伴", "伙伴关系", "对话", "交流", "协定", "声明", "公报", "共同", "一体化", "协同", "经济圈");

    /// <summary>
    /// The full names of a run of one-character short names (中美 → 中国, 美国), or null when a
    /// character is no short name. A run is read as countries or as provinces as a whole; 中 and
    /// 澳 read by their company (中港 → 中国, 香港; 港澳 → 香港, 澳门).
    /// </summary>
    public static string[]? Expand(ReadOnlySpan<char> run)
    {
        if (run.Length is < 2 or > 4)
        {
            return null;
        }

        var asProvinces = true;
        var asCountries = true;
        foreach (var c in run)
        {
            asProvinces &= Provinces.ContainsKey(c) || c == '中';
            asCountries &= Countries.ContainsKey(c);
        }

        if (!asProvinces && !asCountries)
        {
            return null;
        }

        var provincesFirst = asProvinces && (!asCountries || run.IndexOfAny("港台京沪粤") >= 0);
        var names = new string[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            names[i] = run[i] == '中' ? "中国" : provincesFirst ? Provinces[run[i]] : Countries[run[i]];
        }

        return names.Distinct(StringComparer.Ordinal).Count() == names.Length ? names : null;
    }
}
