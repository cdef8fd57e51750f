using System.Collections.Frozen;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Chinese family names (Simplified), used to accept a two- to four-character run as a personal
/// name. Hand-written rather than taken from jieba's dictionary, whose person-name entries are too
/// noisy to derive a list from (文明 and 武林中 are tagged as names there): these are the family
/// names of the traditional 百家姓 that are common today, which cover the great majority of people.
/// </summary>
internal static class Surnames
{
    private const string Single =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛阎闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
        "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝" +
        "官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

    private static readonly string[] Compound =
    [
        "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文", "夏侯", "澹台", "端木", "轩辕", "呼延", "南宫", "西门", "独孤", "申屠", "太史", "闻人", "万俟",
    ];

    private static readonly FrozenSet<char> SingleSet = Single.ToFrozenSet();
    private static readonly FrozenSet<string> CompoundSet = Compound.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Length of the family name <paramref name="folded"/> starts with: 2 for a compound name, 1, or 0 for none.</summary>
    public static int Match(ReadOnlySpan<char> folded)
    {
        if (folded.Length >= 3 && CompoundSet.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded[..2]))
        {
            return 2;
        }

        return folded.Length >= 2 && SingleSet.Contains(folded[0]) ? 1 : 0;
    }

    /// <summary>True when <paramref name="c"/> is a common single-character family name.</summary>
    public static bool IsSingle(char c) => SingleSet.Contains(c);
}
