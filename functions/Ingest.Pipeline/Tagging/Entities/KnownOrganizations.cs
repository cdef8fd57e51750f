using System.Collections.Frozen;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Organizations news names by a short or abbreviated name that carries no organization ending
/// and that jieba's dictionary does not tag as one: international bodies (东盟, 北约), China's
/// parties, people's organizations and central bodies (民革, 九三学社, 全国人大), and the large
/// news organizations (人民日报, 新华社). Hand-written from common knowledge, Simplified.
/// </summary>
internal static class KnownOrganizations
{
    public static readonly FrozenSet<string> Names = FrozenSet.Create(StringComparer.Ordinal,
        // International
        "联合国", "安理会", "联合国安理会", "联合国大会", "联大", "东盟", "东南亚国家联盟", "欧盟", "欧洲联盟", "北约", "北大西洋公约组织", "非盟", "非洲联盟", "阿盟", "阿拉伯国家联盟",
        "独联体", "上合组织", "上海合作组织", "亚太经合组织", "世贸组织", "世界贸易组织", "世卫组织", "世界卫生组织", "国际货币基金组织", "世界银行", "亚洲开发银行", "亚投行",
        "欧佩克", "石油输出国组织", "国际奥委会", "国际足联", "联合国教科文组织", "教科文组织", "红十字会", "国际红十字会", "七国集团", "八国集团", "二十国集团", "金砖国家", "英联邦", "欧共体",
        // China: party, state and people's organizations
        "中共", "中共中央", "中国共产党", "共产党", "国民党", "中国国民党", "民进党", "亲民党", "新党", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟",
        "全国人大", "全国人大常委会", "全国政协", "中央军委", "中纪委", "中央纪委", "国家监委", "最高法", "最高检", "最高人民法院", "最高人民检察院", "工商联", "全国工商联",
        "全国总工会", "总工会", "共青团", "共青团中央", "团中央", "全国妇联", "妇联", "全国青联", "青联", "侨联", "全国侨联", "科协", "中国科协", "文联", "中国文联", "作协", "中国作协",
        "海协会", "海基会", "国台办", "港澳办", "中联办", "外交部", "国防部", "公安部", "商务部", "财政部", "教育部", "科技部", "工信部", "民政部", "司法部", "人社部",
        "自然资源部", "生态环境部", "住建部", "交通运输部", "水利部", "农业农村部", "文化和旅游部", "国家卫健委", "退役军人事务部", "应急管理部", "审计署", "央行", "中国人民银行",
        "国家发改委", "国家统计局", "国家网信办", "中央网信办", "国家数据局", "证监会", "银保监会", "金融监管总局", "国资委", "中组部", "中宣部", "统战部", "中联部",
        "解放军", "人民解放军", "中国人民解放军", "武警", "中科院", "中国科学院", "社科院", "中国社会科学院", "工程院", "中国工程院",
        // News organizations
        "新华社", "新华网", "人民日报", "人民网", "光明日报", "经济日报", "解放军报", "中国日报", "环球时报", "中央电视台", "央视", "中央人民广播电台", "中新社", "中国新闻社",
        "路透社", "美联社", "法新社", "共同社", "塔斯社", "彭博社", "美国有线电视新闻网", "英国广播公司");

    /// <summary>Length of the longest known name.</summary>
    public static readonly int MaxLength = Names.Max(n => n.Length);
}
